package dev.respec.bench.micro;

import dev.respec.server.command.CommandSpec;
import dev.respec.server.command.CommandTable;
import dev.respec.server.commands.Commands;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Command lookup as dispatch does it for every request: the command name straight from the request
 * bytes, in the case the client sent (redis-benchmark sends upper case), into the sealed table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CommandTableBenchmark {
    @Param({"GET", "set", "INCR", "CONFIG"})
    public String name;

    private final CommandTable table = new CommandTable();
    private byte[][] argv;

    @Setup
    public void prepare() {
        Commands.registerAll(table);
        table.seal();
        argv = name.equals("CONFIG")
                ? new byte[][] {bytes(name), bytes("GET"), bytes("save")}
                : new byte[][] {bytes(name), bytes("key")};
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Benchmark
    public CommandSpec lookup() {
        return table.lookup(argv);
    }
}
