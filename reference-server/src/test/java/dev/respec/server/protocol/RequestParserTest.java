package dev.respec.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestParserTest {
    private static final long MAX_BULK = 512L * 1024 * 1024;

    /** The commands (space-joined arguments) and the error, if any, that the input yields. */
    private record Outcome(List<String> commands, String error) {
    }

    private static Outcome parse(String input, int piece) {
        return parse(input, piece, false);
    }

    /**
     * Feeds {@code input} in pieces of {@code piece} bytes (0 = all at once), parsing after each, for a
     * client that has (or has not yet) authenticated.
     */
    private static Outcome parse(String input, int piece, boolean authRequired) {
        byte[] all = input.getBytes(StandardCharsets.ISO_8859_1);
        QueryBuffer q = new QueryBuffer();
        RequestParser p = new RequestParser();
        List<String> commands = new ArrayList<>();
        int fed = 0;
        while (fed < all.length) {
            int n = piece == 0 ? all.length : Math.min(piece, all.length - fed);
            q.reserve(n);
            System.arraycopy(all, fed, q.data, q.end, n);
            q.end += n;
            fed += n;
            while (true) {
                RequestParser.Result r = p.next(q, MAX_BULK, authRequired);
                if (r == RequestParser.Result.ERROR) {
                    return new Outcome(commands, p.error());
                }
                if (r == RequestParser.Result.NEED_MORE) {
                    break;
                }
                List<String> args = new ArrayList<>();
                for (byte[] a : p.argv()) {
                    args.add(new String(a, StandardCharsets.ISO_8859_1));
                }
                commands.add(String.join(" ", args));
            }
            if (!p.inRequest()) {
                q.compact();
            }
        }
        return new Outcome(commands, null);
    }

    /** Every split of the input gives what the whole input gives. */
    private static Outcome parseEverySplit(String input) {
        return parseEverySplit(input, false);
    }

    private static Outcome parseEverySplit(String input, boolean authRequired) {
        Outcome whole = parse(input, 0, authRequired);
        for (int piece = 1; piece <= 7; piece++) {
            assertThat(parse(input, piece, authRequired)).as("fed %d bytes at a time", piece).isEqualTo(whole);
        }
        return whole;
    }

    @Test
    void pipelinedMultibulkCommands() {
        Outcome o = parseEverySplit("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n");
        assertThat(o.commands()).containsExactly("SET key value", "GET key");
        assertThat(o.error()).isNull();
    }

    @Test
    void emptyAndLongArguments() {
        String big = "x".repeat(100_000);
        Outcome o = parse("*3\r\n$3\r\nSET\r\n$0\r\n\r\n$100000\r\n" + big + "\r\n", 0);
        assertThat(o.commands()).containsExactly("SET  " + big);
        assertThat(parse("*3\r\n$3\r\nSET\r\n$0\r\n\r\n$100000\r\n" + big + "\r\n", 4096)).isEqualTo(o);
    }

    @Test
    void payloadBytesAreBinarySafe() {
        Outcome o = parseEverySplit("*2\r\n$4\r\nECHO\r\n$6\r\na\r\n$\0b\r\n");
        assertThat(o.commands()).containsExactly("ECHO a\r\n$\0b");
    }

    @Test
    void emptyMultibulkAndEmptyLinesAreSkipped() {
        Outcome o = parseEverySplit("*0\r\n*-1\r\n\r\n*1\r\n$4\r\nPING\r\n");
        assertThat(o.commands()).containsExactly("PING");
    }

    @Test
    void inlineCommandsWithQuotes() {
        Outcome o = parseEverySplit("SET k \"a b\"\r\nPING\n");
        assertThat(o.commands()).containsExactly("SET k a b", "PING");
    }

    @Test
    void twoBytesAfterAPayloadAreSkippedUnchecked() {
        // Redis's quirk: it does not look at the CRLF that ends a bulk payload
        assertThat(parseEverySplit("*1\r\n$4\r\nPINGxx").commands()).containsExactly("PING");
    }

    @Test
    void leadingZerosPlusSignsAndSpacesInLengthsAreRejected() {
        for (String header : List.of("$03", "$+3", "$ 3", "$3 ", "$-1", "$")) {
            Outcome o = parseEverySplit("*1\r\n" + header + "\r\nabc\r\n");
            assertThat(o.error()).as(header).isEqualTo("Protocol error: invalid bulk length");
        }
        assertThat(parseEverySplit("*1\r\n$0\r\n\r\n").commands()).containsExactly("");
    }

    @Test
    void lengthLimits() {
        QueryBuffer q = new QueryBuffer();
        byte[] b = "*1\r\n$11\r\nhello world\r\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, q.data, 0, b.length);
        q.end = b.length;
        RequestParser p = new RequestParser();
        assertThat(p.next(q, 10, false)).isEqualTo(RequestParser.Result.ERROR);
        assertThat(p.error()).isEqualTo("Protocol error: invalid bulk length");

        q.pos = 0;
        RequestParser fits = new RequestParser();
        assertThat(fits.next(q, 11, false)).isEqualTo(RequestParser.Result.COMMAND);
        assertThat(new String(fits.argv()[0], StandardCharsets.ISO_8859_1)).isEqualTo("hello world");

        String nineteen = "*1\r\n$1000000000000000000\r\n";
        assertThat(parse(nineteen, 0).error()).isEqualTo("Protocol error: invalid bulk length");
    }

    @Test
    void protocolErrorsUseRedisTexts() {
        assertThat(parseEverySplit("*x\r\n").error()).isEqualTo("Protocol error: invalid multibulk length");
        assertThat(parseEverySplit("*1\r\n:3\r\n").error()).isEqualTo("Protocol error: expected '$', got ':'");
        assertThat(parseEverySplit("SET k \"oops\r\n").error())
                .isEqualTo("Protocol error: unbalanced quotes in request");
        assertThat(parse("*1\r\n$" + "1".repeat(70_000), 0).error())
                .isEqualTo("Protocol error: too big bulk count string");
        assertThat(parse("*" + "1".repeat(70_000), 0).error())
                .isEqualTo("Protocol error: too big mbulk count string");
        assertThat(parse("A".repeat(70_000), 0).error()).isEqualTo("Protocol error: too big inline request");
    }

    @Test
    void commandsBeforeAnErrorAreStillParsed() {
        Outcome o = parseEverySplit("*1\r\n$4\r\nPING\r\n*1\r\n$x\r\n");
        assertThat(o.commands()).containsExactly("PING");
        assertThat(o.error()).isEqualTo("Protocol error: invalid bulk length");
    }

    @Test
    void argvIsAFreshArrayPerCommand() {
        QueryBuffer q = new QueryBuffer();
        byte[] b = "*1\r\n$1\r\na\r\n*1\r\n$1\r\nb\r\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, q.data, 0, b.length);
        q.end = b.length;
        RequestParser p = new RequestParser();
        p.next(q, MAX_BULK, false);
        byte[][] first = p.argv();
        p.next(q, MAX_BULK, false);
        byte[][] second = p.argv();
        assertThat(first).isNotSameAs(second);
        assertThat(Arrays.asList(first[0][0], second[0][0])).containsExactly((byte) 'a', (byte) 'b');
    }

    @Test
    void unauthenticatedClientsMayAnnounceTenArgumentsOf16KbAtMost() {
        String ten = "*10\r\n" + "$1\r\na\r\n".repeat(10);
        assertThat(parseEverySplit(ten, true).commands()).containsExactly("a a a a a a a a a a");
        assertThat(parseEverySplit("*11\r\n", true).error())
                .isEqualTo("Protocol error: unauthenticated multibulk length");
        assertThat(parseEverySplit("*0\r\n*-1\r\n*11\r\n", true).error())
                .isEqualTo("Protocol error: unauthenticated multibulk length");

        String fits = "x".repeat(16384);
        assertThat(parse("*1\r\n$16384\r\n" + fits + "\r\n", 0, true).commands()).containsExactly(fits);
        assertThat(parseEverySplit("*1\r\n$16385\r\n", true).error())
                .isEqualTo("Protocol error: unauthenticated bulk length");
        // the general limits come first
        assertThat(parseEverySplit("*2147483648\r\n", true).error()).isEqualTo("Protocol error: invalid multibulk length");
        assertThat(parseEverySplit("*1\r\n$-1\r\n", true).error()).isEqualTo("Protocol error: invalid bulk length");

        assertThat(parseEverySplit("*11\r\n", false).error()).isNull();
        assertThat(parseEverySplit("*1\r\n$16385\r\n", false).error()).isNull();
    }
}
