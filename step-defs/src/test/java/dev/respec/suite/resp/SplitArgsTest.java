package dev.respec.suite.resp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** sdssplitargs semantics, case by case as redis-cli applies them. */
class SplitArgsTest {

    static List<String> split(String line) {
        return SplitArgs.split(line).stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).toList();
    }

    @Test
    void whitespaceSeparates() {
        assertThat(split("SET  k\tv ")).containsExactly("SET", "k", "v");
        assertThat(split("   ")).isEmpty();
    }

    @Test
    void doubleQuotesTakeEscapes() {
        assertThat(split("SET k \"a b\"")).containsExactly("SET", "k", "a b");
        assertThat(split("ECHO \"\\n\\r\\t\\b\\a\\\\\\\"\\x41\\xe2\\q\""))
                .containsExactly("ECHO", "\n\r\t\b\u0007\\\"A\u00e2q");
        assertThat(split("SET k \"\"")).containsExactly("SET", "k", "");
    }

    @Test
    void singleQuotesTakeOnlyEscapedQuote() {
        assertThat(split("SET k 'it\\'s \\n'")).containsExactly("SET", "k", "it's \\n");
    }

    @Test
    void quotesMayStartInsideAWord() {
        assertThat(split("SET k a\"b c\"")).containsExactly("SET", "k", "ab c");
    }

    @Test
    void nonAsciiIsSentAsUtf8() {
        assertThat(SplitArgs.split("SET k café").get(2)).containsExactly('c', 'a', 'f', 0xc3, 0xa9);
    }

    @Test
    void unbalancedQuotesAreAnError() {
        assertThatThrownBy(() -> SplitArgs.split("SET k \"abc")).hasMessageContaining("unbalanced quotes");
        assertThatThrownBy(() -> SplitArgs.split("SET k 'abc")).hasMessageContaining("unbalanced quotes");
        assertThatThrownBy(() -> SplitArgs.split("SET k \"a\"b")).hasMessageContaining("unbalanced quotes");
        assertThatThrownBy(() -> SplitArgs.split("SET k \"a\\")).hasMessageContaining("unbalanced quotes");
    }
}
