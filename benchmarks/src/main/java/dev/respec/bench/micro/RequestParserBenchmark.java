package dev.respec.bench.micro;

import dev.respec.server.protocol.QueryBuffer;
import dev.respec.server.protocol.RequestParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * RESP request parsing of a pipelined buffer: what processInputBuffer does for every read. The
 * buffer (16 commands, like redis-benchmark -P 16) is built once; each call only rewinds the query
 * buffer's read position, so the measurement is the parser and nothing else.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestParserBenchmark {
    static final int PIPELINE = 16;

    /** The shape of the pipelined commands. */
    @Param({"GET", "SET", "MSET"})
    public String command;

    private final QueryBuffer q = new QueryBuffer();
    private final RequestParser parser = new RequestParser();
    private int length;

    @Setup
    public void prepare() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < PIPELINE; i++) {
            String[] args = switch (command) {
                case "GET" -> new String[] {"GET", "key:00000000" + i % 10};
                case "SET" -> new String[] {"SET", "key:00000000" + i % 10, "xxx"};
                default -> mset(i);
            };
            out.writeBytes(multibulk(args));
        }
        byte[] bytes = out.toByteArray();
        System.arraycopy(bytes, 0, q.data, 0, bytes.length);
        length = bytes.length;
    }

    private static String[] mset(int i) {
        String[] a = new String[21];
        a[0] = "MSET";
        for (int k = 0; k < 10; k++) {
            a[1 + 2 * k] = "key:00000000" + (i + k) % 10;
            a[2 + 2 * k] = "xxx";
        }
        return a;
    }

    static byte[] multibulk(String... args) {
        StringBuilder sb = new StringBuilder();
        sb.append('*').append(args.length).append("\r\n");
        for (String a : args) {
            sb.append('$').append(a.length()).append("\r\n").append(a).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Parses the 16 pipelined commands of the buffer; reports the time per command. */
    @Benchmark
    @OperationsPerInvocation(PIPELINE)
    public void parsePipeline(Blackhole bh) {
        q.pos = 0;
        q.end = length;
        while (parser.next(q, Long.MAX_VALUE, false) == RequestParser.Result.COMMAND) {
            bh.consume(parser.argv());
        }
    }
}
