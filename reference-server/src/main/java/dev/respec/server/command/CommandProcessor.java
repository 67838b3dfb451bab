package dev.respec.server.command;

import dev.respec.server.Server;
import dev.respec.server.keyspace.Eviction;
import dev.respec.server.multi.Transactions;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.LatencyHistogram;
import dev.respec.server.util.Log;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * processCommand and call (server.c): the generic checks every request passes before its handler
 * runs, in Redis's order and with Redis's exact error texts, then the call itself with its
 * bookkeeping (commandstats, total commands processed).
 *
 * <p>Order: QUIT; lookup (unknown command, unknown subcommand); arity (negative = at least);
 * protected commands (DEBUG / MODULE and enable-debug-command / enable-module-command);
 * authentication; maxmemory (evict, then refuse DENYOOM commands with -OOM when nothing more can
 * be freed); writes (and PING) after a failed background save (MISCONF); commands not allowed in
 * MULTI; in a RESP2 client's Pub/Sub mode, anything but (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PING,
 * QUIT and RESET; queueing while in MULTI; then the call. After each processed command (rejected or not)
 * the networking layer calls {@link #resetClient}.
 */
public final class CommandProcessor {
    private final Server server;
    private final CommandTable table;

    public CommandProcessor(Server server, CommandTable table) {
        this.server = server;
        this.table = table;
    }

    public void processCommand(Client c) {
        byte[][] argv = c.argv;
        if (argv.length == 0) {
            return;
        }
        // Redis 7.0 answers QUIT before any other check, whatever its arguments.
        if (Bytes.eqIgnoreCase(argv[0], "quit")) {
            c.addReplyProto(SharedReplies.OK);
            c.closeAfterReply = true;
            return;
        }
        CommandSpec cmd = table.lookup(argv);
        c.cmd = cmd;
        c.lastCmd = cmd;
        if (cmd == null) {
            if (table.isContainer(argv[0])) {
                reject(c, null, "unknown subcommand '" + truncate(argv[1], 128) + "'. Try "
                        + Bytes.str(argv[0]).toUpperCase() + " HELP.");
            } else {
                StringBuilder args = new StringBuilder();
                for (int i = 1; i < argv.length && args.length() < 128; i++) {
                    String arg = truncate(argv[i], 128 - args.length()); // room measured before the quote
                    args.append('\'').append(arg).append("' ");
                }
                reject(c, null, "unknown command '" + truncate(argv[0], 128) + "', with args beginning with: " + args);
            }
            return;
        }
        if ((cmd.arity > 0 && cmd.arity != argv.length) || argv.length < -cmd.arity) {
            reject(c, cmd, "wrong number of arguments for '" + cmd.fullName + "' command");
            return;
        }
        String protectedOption = protectedBy(cmd);
        if (protectedOption != null && !allowProtectedAction(protectedOption.equals("DEBUG")
                ? server.config().enableDebugCommand : server.config().get("enable-module-command"), c)) {
            reject(c, cmd, protectedOption + " command not allowed. If the enable-" + protectedOption.toLowerCase()
                    + "-command option is set to \"local\", you can run it from a local connection, otherwise you need "
                    + "to set this option in the configuration file, and then restart the server.");
            return;
        }
        if (!c.authenticated && !cmd.has(CommandSpec.NO_AUTH)) {
            reject(c, cmd, "-NOAUTH Authentication required.");
            return;
        }
        boolean inMulti = Transactions.inMulti(c);
        if (inMulti && cmd.has(CommandSpec.NO_MULTI)) {
            reject(c, cmd, "Command not allowed inside a transaction");
            return;
        }
        boolean controlsMulti = controlsTransaction(cmd);
        if (server.config().maxmemory != 0) {
            boolean outOfMemory = server.evictionPolicy().performEvictions() == Eviction.EVICT_FAIL;
            // while queueing, any command could grow the queue without bound: refuse them all on OOM
            boolean denyOom = cmd.has(CommandSpec.DENYOOM) || (inMulti && !controlsMulti)
                    || (cmd.name.equals("exec") && c.mstate != null && c.mstate.hasDenyOom());
            if (outOfMemory && denyOom) {
                reject(c, cmd, Errors.OOM);
                return;
            }
        }
        boolean isWrite = cmd.has(CommandSpec.WRITE)
                || (cmd.name.equals("exec") && c.mstate != null && c.mstate.hasWrite());
        if ((isWrite || cmd.fullName.equals("ping")) && server.rdb().writesDenied()) {
            reject(c, cmd, Errors.MISCONF); // stop-writes-on-bgsave-error: PING too, as in Redis 7.0
            return;
        }
        if (c.inPubSubMode() && c.resp() == 2 && !allowedWhenSubscribed(cmd)) {
            reject(c, cmd, "Can't execute '" + cmd.fullName + "': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / "
                    + "QUIT / RESET are allowed in this context");
            return;
        }
        if (inMulti && !controlsMulti) {
            server.transactions().queue(c, cmd);
            c.addReplyProto(SharedReplies.QUEUED);
            return;
        }
        call(c, cmd);
        // serve clients blocked on keys this command (or this EXEC) made ready, before the next command runs
        server.blocking().handleClientsBlockedOnKeys();
    }

    /**
     * CMD_PROTECTED: DEBUG and MODULE run only when enable-debug-command / enable-module-command
     * allow the client. (COMMAND INFO does not show this flag, so it is recognised by name.)
     */
    private static String protectedBy(CommandSpec cmd) {
        CommandSpec top = cmd.parent == null ? cmd : cmd.parent;
        return switch (top.name) {
            case "debug" -> "DEBUG";
            case "module" -> "MODULE";
            default -> null;
        };
    }

    private static boolean allowProtectedAction(String setting, Client c) {
        return setting.equals("yes") || (setting.equals("local") && c.local);
    }

    /** A C "%.*s" of a byte string: at most max bytes, and nothing past a NUL byte. */
    private static String truncate(byte[] b, int max) {
        int n = 0;
        while (n < b.length && n < max && b[n] != 0) {
            n++;
        }
        return Bytes.str(b, 0, n);
    }

    /** What a RESP2 client in Pub/Sub mode may run (RESP3 clients may run anything). */
    private static boolean allowedWhenSubscribed(CommandSpec cmd) {
        return switch (cmd.fullName) {
            case "ping", "subscribe", "ssubscribe", "unsubscribe", "sunsubscribe", "psubscribe", "punsubscribe",
                    "quit", "reset" -> true;
            default -> false;
        };
    }

    /** EXEC, DISCARD, MULTI, WATCH and RESET run at once even inside MULTI (QUIT never gets here). */
    private static boolean controlsTransaction(CommandSpec cmd) {
        return switch (cmd.fullName) {
            case "exec", "discard", "multi", "watch", "reset" -> true;
            default -> false;
        };
    }

    /**
     * rejectCommand: the error reply, counted as a rejected call of the command when known; inside
     * MULTI it dooms the transaction, and a rejected EXEC aborts it with the reason.
     */
    private void reject(Client c, CommandSpec cmd, String message) {
        if (cmd != null) {
            cmd.rejectedCalls++;
        }
        Transactions.flagTransaction(c);
        if (cmd != null && cmd.fullName.equals("exec")) {
            server.transactions().discard(c);
            c.addReplyError("-EXECABORT Transaction discarded because of: "
                    + (message.startsWith("-") ? message.substring(1) : message));
            return;
        }
        c.addReplyError(message);
    }

    /** call(): runs the handler and records commandstats and the latency histogram. */
    public void call(Client c, CommandSpec cmd) {
        long start = System.nanoTime();
        server.startCommandClock(start);
        c.errorRepliesThisCommand = 0;
        try {
            cmd.handler.call(c);
        } catch (RuntimeException e) {
            handlerFailed(c, cmd, e);
        }
        long micros = (System.nanoTime() - start) / 1000;
        if (c.errorRepliesThisCommand > 0) {
            cmd.failedCalls++;
        }
        if (!c.blocked) {
            cmd.calls++;
            cmd.microseconds += micros;
            if (server.config().latencyTracking) {
                if (cmd.latencyHistogram == null) {
                    cmd.latencyHistogram = new LatencyHistogram();
                }
                cmd.latencyHistogram.record(micros * 1000);
            }
        }
        server.stats().totalCommandsProcessed++;
        c.lastInteractionMs = server.mstime();
    }

    /**
     * A handler threw: a bug in the reference server, never an answer to bad input (that is always an
     * error reply). Where Redis would crash with a bug report, the server logs the stack trace, tells
     * the client, and closes that one connection (its reply may stop mid-array), so the dataset and
     * every other client are kept.
     */
    private void handlerFailed(Client c, CommandSpec cmd, RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Log.warning("=== REFERENCE SERVER BUG: '" + cmd.fullName + "' threw " + e + "\n" + trace);
        c.addReplyError("internal error in '" + cmd.fullName + "': " + e.getClass().getSimpleName()
                + " (this is a bug in the reference server; see its log)");
        c.closeAfterReply = true;
    }

    /**
     * resetClient: the end of a processed command. A CLIENT REPLY SKIP that just ran turns into
     * skipping the reply of the next command, and a skip that was in force ends.
     */
    public void resetClient(Client c) {
        c.replySkip = false;
        if (c.replySkipNext) {
            c.replySkip = true;
            c.replySkipNext = false;
        }
    }

    /** Cleanup when a client goes away (blocked state, subscriptions, ...). */
    public void onClientClosed(Client c) {
        c.blocked = false;
    }
}
