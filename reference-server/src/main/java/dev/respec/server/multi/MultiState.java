package dev.respec.server.multi;

import dev.respec.server.command.CommandSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * multiState: the commands a client queued between MULTI and EXEC, and whether an error while
 * queueing doomed the transaction (CLIENT_DIRTY_EXEC).
 */
public final class MultiState {
    record Queued(CommandSpec cmd, byte[][] argv) {
    }

    private final List<Queued> commands = new ArrayList<>();
    boolean execAbort;

    void add(CommandSpec cmd, byte[][] argv) {
        commands.add(new Queued(cmd, argv));
    }

    int size() {
        return commands.size();
    }

    Iterator<Queued> iterator() {
        return commands.iterator();
    }

    /** Bytes held by the queued arguments (CLIENT LIST multi-mem). */
    public long memory() {
        long n = 0;
        for (Queued q : commands) {
            for (byte[] a : q.argv()) {
                n += a.length;
            }
        }
        return n;
    }

    /** True when a queued command is flagged DENYOOM (EXEC is then refused on OOM). */
    public boolean hasDenyOom() {
        for (Queued q : commands) {
            if (q.cmd().has(CommandSpec.DENYOOM)) {
                return true;
            }
        }
        return false;
    }

    /** True when a queued command is flagged WRITE (EXEC is then refused with MISCONF). */
    public boolean hasWrite() {
        for (Queued q : commands) {
            if (q.cmd().has(CommandSpec.WRITE)) {
                return true;
            }
        }
        return false;
    }

    /** Number of queued commands (CLIENT LIST multi=). */
    public int count() {
        return commands.size();
    }
}
