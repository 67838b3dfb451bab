package dev.respec.server.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Glob (stringmatchlen) against what real Redis 7.0.15 answers. Each case-sensitive row was seen
 * with {@code FLUSHALL; SET <string> 1; KEYS <pattern>} (chars stand for bytes, U+0080..U+00FF are
 * bytes 0x80..0xFF); the nocase rows with {@code CONFIG GET <pattern>} against "maxmemory-policy".
 */
class GlobTest {
    /** {pattern, string, does real Redis KEYS list the string}. */
    private static final Object[][] KEYS_CASES = {
            {"*", "", true},
            {"*", "a", true},
            {"*", "abc", true},
            {"**", "", false},
            {"**", "x", true},
            {"a*", "a", true},
            {"a*", "ab", true},
            {"a*", "ba", false},
            {"a*", "", false},
            {"*a", "a", true},
            {"*a", "ba", true},
            {"*a", "ab", false},
            {"a*b*c", "abc", true},
            {"a*b*c", "aXbYc", true},
            {"a*b*c", "acb", false},
            {"a*b*c", "abcc", true},
            {"a*b*c", "ab", false},
            {"*a*b", "ab", true},
            {"*a*b", "xaxb", true},
            {"*a*b", "aab", true},
            {"*a*b", "abb", true},
            {"*a*b", "ba", false},
            {"?", "", false},
            {"?", "a", true},
            {"?", "ab", false},
            {"??", "ab", true},
            {"??", "a", false},
            {"??", "abc", false},
            {"a?c", "abc", true},
            {"a?c", "ac", false},
            {"a?c", "abbc", false},
            {"h?llo", "hello", true},
            {"h?llo", "hallo", true},
            {"h?llo", "hllo", false},
            {"h*llo", "hllo", true},
            {"h*llo", "heeeello", true},
            {"h*llo", "hello", true},
            {"h[ae]llo", "hello", true},
            {"h[ae]llo", "hallo", true},
            {"h[ae]llo", "hillo", false},
            {"h[^e]llo", "hallo", true},
            {"h[^e]llo", "hbllo", true},
            {"h[^e]llo", "hello", false},
            {"h[!e]llo", "hallo", false},
            {"h[!e]llo", "h!llo", true},
            {"h[!e]llo", "hello", true},
            {"h[a-b]llo", "hallo", true},
            {"h[a-b]llo", "hbllo", true},
            {"h[a-b]llo", "hcllo", false},
            {"[b-a]", "a", true},
            {"[b-a]", "b", true},
            {"[b-a]", "c", false},
            {"[z-a]x", "mx", true},
            {"[z-a]x", "Ax", false},
            {"[z-a]x", "zx", true},
            {"[-]", "-", true},
            {"[-]", "a", false},
            {"[a-]", "a", true},
            {"[a-]", "-", false},
            {"[a-]", "]", true},
            {"[-a]", "a", true},
            {"[-a]", "-", true},
            {"[-a]", "b", false},
            {"[]", "", false},
            {"[]", "]", false},
            {"[]", "[", false},
            {"[]]", "]", false},
            {"[]]", "]]", false},
            {"[]]", "", false},
            {"[^]]", "a", false},
            {"[^]]", "]", false},
            {"[^]]", "^]", true},
            {"[\\]]", "]", true},
            {"[\\]]", "\\", false},
            {"[\\-]", "-", true},
            {"[\\-]", "\\", false},
            {"[a\\-z]", "-", true},
            {"[a\\-z]", "b", false},
            {"[a\\-z]", "a", true},
            {"[a\\-z]", "z", true},
            {"[\\a-z]", "b", false},
            {"[\\a-z]", "\\", false},
            {"[\\a-z]", "-", true},
            {"[^a-z]", "A", true},
            {"[^a-z]", "m", false},
            {"[^a-z]", "1", true},
            {"[a-z0-9]", "5", true},
            {"[a-z0-9]", "q", true},
            {"[a-z0-9]", "Q", false},
            {"[a-z0-9]", "-", false},
            {"[abc", "a", true},
            {"[abc", "b", true},
            {"[abc", "d", false},
            {"[abc", "abc", false},
            {"[abc", "[", false},
            {"[^abc", "a", false},
            {"[^abc", "d", true},
            {"[", "", false},
            {"[", "[", false},
            {"[", "a", false},
            {"[^", "", false},
            {"[^", "x", true},
            {"[^", "^", true},
            {"[^", "xy", false},
            {"a[", "a", false},
            {"a[", "a[", false},
            {"a[", "ab", false},
            {"a[b", "ab", true},
            {"a[b", "a[b", false},
            {"a[b", "a", false},
            {"a[b\\", "ab", true},
            {"a[b\\", "a\\", true},
            {"[\\", "\\", true},
            {"[\\", "[", false},
            {"[\\", "a", false},
            {"a[]b", "ab", false},
            {"a[]b", "a]b", false},
            {"a[]b", "a[]b", false},
            {"\\", "\\", true},
            {"\\", "", false},
            {"a\\", "a", false},
            {"a\\", "a\\", true},
            {"\\*", "*", true},
            {"\\*", "a", false},
            {"\\*", "\\*", false},
            {"\\?", "?", true},
            {"\\?", "a", false},
            {"\\[a]", "[a]", true},
            {"\\[a]", "a", false},
            {"\\\\", "\\", true},
            {"\\\\", "\\\\", false},
            {"a\\bc", "abc", true},
            {"a\\bc", "a\\bc", false},
            {"*\\", "\\", true},
            {"*\\", "a\\", true},
            {"*\\", "a", false},
            {"*\\*", "*", true},
            {"*\\*", "a*", true},
            {"*\\*", "a", false},
            {"[a-\u00ff]", "a", true},
            {"[a-\u00ff]", "A", true},
            {"[a-\u00ff]", "0", true},
            {"[a-\u00ff]", "\u00ff", true},
            {"[a-\u00ff]", "\u0080", false},
            {"[a-\u00ff]", "b", false},
            {"[\u0080-\u00ff]", "\u0090", true},
            {"[\u0080-\u00ff]", "a", false},
            {"[\u0080-\u00ff]", "\u00ff", true},
            {"\u00e9*", "\u00e9t\u00e9", true},
            {"\u00e9*", "e", false},
            {"Foo", "foo", false},
            {"Foo", "Foo", true},
            {"Foo", "FOO", false},
            {"f[O]o", "foo", false},
            {"f[O]o", "fOo", true},
            {"[A-Z]x", "ax", false},
            {"[A-Z]x", "Ax", true},
            {"a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false},
            {"a*a*a*a*a*a*a*b", "aaaaaaaaaab", true},
            {"*?", "", false},
            {"*?", "a", true},
            {"?*?", "a", false},
            {"?*?", "ab", true},
            {"a\u0000b", "a\u0000b", true},
            {"a\u0000b", "a", false},
            {"", "", true},
            {"", "a", false},
    };

    /** {pattern, does real Redis CONFIG GET (case-insensitive) match "maxmemory-policy"}. */
    private static final Object[][] NOCASE_CASES = {
            {"[M]axmemory-policy", true},
            {"[L-N]axmemory-policy", true},
            {"[l-n]AXMEMORY-POLICY", true},
            {"[^M]axmemory-policy", false},
            {"Maxmemory-Polic?", true},
            {"MAXMEM*-POLICY", true},
    };

    static Stream<Arguments> keysCases() {
        return Stream.of(KEYS_CASES).map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    static Stream<Arguments> nocaseCases() {
        return Stream.of(NOCASE_CASES).map(r -> Arguments.of(r[0], r[1]));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "KEYS \"{0}\" lists \"{1}\": {2}")
    @MethodSource("keysCases")
    void matchesLikeRedisKeys(String pattern, String string, boolean listed) {
        // KEYS answers the lone "*" without calling stringmatchlen, so it also lists the empty key.
        boolean allKeys = pattern.equals("*");
        assertThat(allKeys || Glob.match(bytes(pattern), bytes(string), false)).isEqualTo(listed);
    }

    @ParameterizedTest(name = "nocase \"{0}\" matches maxmemory-policy: {1}")
    @MethodSource("nocaseCases")
    void matchesLikeRedisConfigGet(String pattern, boolean matched) {
        assertThat(Glob.match(pattern, "maxmemory-policy", true)).isEqualTo(matched);
    }
}
