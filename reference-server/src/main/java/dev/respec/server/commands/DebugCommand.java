package dev.respec.server.commands;

import dev.respec.server.command.CommandHandler;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DEBUG (debug.c) as a small registry of subcommands. DEBUG is one command to Redis (not a
 * container), so it dispatches on argv[1] itself: a subcommand runs when its name and argument
 * count match, and anything else gets Redis's "unknown subcommand or wrong number of arguments"
 * error. Whether DEBUG may run at all (enable-debug-command) is checked by the command processor.
 *
 * <p>Subcommands that belong to other parts of the server (DIGEST, HTSTATS, OBJECT, RELOAD ...)
 * are added from their own files: give the file a {@code static void addDebugSubcommands(Registry r)}
 * and call it from {@link #register}. DEBUG HELP lists the registered subcommands in Redis's order.
 */
public final class DebugCommand {
    private DebugCommand() {
    }

    /** The subcommand names in the order Redis's DEBUG HELP lists them. */
    private static final List<String> HELP_ORDER = List.of("aof-flush-sleep", "assert", "change-repl-id",
            "config-rewrite-force-all", "crash-and-recover", "digest", "digest-value", "error", "leak", "log",
            "htstats", "htstats-key", "loadaof", "replicate", "mallctl", "mallctl-str", "object",
            "drop-cluster-packet-filter", "oom", "panic", "populate", "protocol", "reload", "restart", "sdslen",
            "segfault", "set-active-expire", "quicklist-packed-threshold", "set-skip-checksum-validation", "sleep",
            "stringmatch-test", "structsize", "listpack", "quicklist", "client-eviction", "pause-cron",
            "replybuffer", "clusterlink");

    /** Accepts an argument count (argc includes "DEBUG" and the subcommand name). */
    @FunctionalInterface
    public interface Arity {
        boolean accepts(int argc);
    }

    private record Subcommand(String name, Arity arity, String[] help, CommandHandler handler) {
    }

    /** The DEBUG subcommands; other files add theirs through {@link #add}. */
    public static final class Registry {
        private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

        /** Adds a subcommand; {@code help} are its DEBUG HELP lines (usage line first). */
        public void add(String name, Arity arity, String[] help, CommandHandler handler) {
            subcommands.put(name.toLowerCase(Locale.ROOT), new Subcommand(name, arity, help, handler));
        }

        void dispatch(Client c) {
            String name = Bytes.lower(c.arg(1));
            if (name.equals("help") && c.argc() == 2) {
                c.addReplyHelp("DEBUG", helpLines());
                return;
            }
            Subcommand s = subcommands.get(name);
            if (s == null || !s.arity().accepts(c.argc())) {
                c.addReplyError(Errors.subcommandSyntax(truncated(c.arg(1)), "DEBUG"));
                return;
            }
            s.handler().call(c);
        }

        private String[] helpLines() {
            List<Subcommand> ordered = new ArrayList<>(subcommands.values());
            ordered.sort(Comparator.comparingInt(s -> {
                int at = HELP_ORDER.indexOf(s.name().toLowerCase(Locale.ROOT));
                return at < 0 ? HELP_ORDER.size() : at;
            }));
            List<String> lines = new ArrayList<>();
            for (Subcommand s : ordered) {
                lines.addAll(List.of(s.help()));
            }
            return lines.toArray(new String[0]);
        }
    }

    /** %.128s of the subcommand name, as Redis prints it in the error. */
    private static String truncated(byte[] arg) {
        String s = Bytes.str(arg);
        return s.length() > 128 ? s.substring(0, 128) : s;
    }

    static void register(CommandTable t) {
        Registry r = new Registry();
        r.add("sleep", argc -> argc == 3, new String[] {
            "SLEEP <seconds>",
            "    Stop the server for <seconds>. Decimals allowed.",
        }, DebugCommand::sleep);
        r.add("set-active-expire", argc -> argc == 3, new String[] {
            "SET-ACTIVE-EXPIRE <0|1>",
            "    Setting it to 0 disables expiring keys in background when they are not",
            "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
            "    default.",
        }, c -> {
            c.server.activeExpireEnabled = atoi(c.arg(2)) != 0;
            c.addReplyProto(SharedReplies.OK);
        });
        r.add("protocol", argc -> argc == 3, new String[] {
            "PROTOCOL <type>",
            "    Reply with a test value of the specified type. <type> can be: string,",
            "    integer, double, bignum, null, array, set, map, attrib, push, verbatim,",
            "    true, false.",
        }, DebugCommand::protocol);
        KeyspaceDebug.addDebugSubcommands(r);
        ListDebug.addDebugSubcommands(r);
        dev.respec.server.persistence.PersistenceCommands.addDebugSubcommands(r);
        t.bind("debug", r::dispatch);
    }

    /** DEBUG SLEEP: blocks the whole server (the event loop) for the given seconds, like Redis. */
    private static void sleep(Client c) {
        long micros = (long) (strtod(Bytes.str(c.arg(2))) * 1_000_000);
        if (micros > 0) {
            try {
                Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        c.addReplyProto(SharedReplies.OK);
    }

    /**
     * DEBUG PROTOCOL: one sample reply of each type, through the reply layer, so a client (or the
     * suite) sees how each one is framed in the connection's protocol. Push is refused in RESP2 and an
     * attribute is left out there, as Redis does.
     */
    private static void protocol(Client c) {
        switch (Bytes.lower(c.arg(2))) {
            case "string" -> c.addReplyBulkCString("Hello World");
            case "integer" -> c.addReplyLongLong(12345);
            case "double" -> c.addReplyDouble(3.141);
            case "bignum" -> c.addReplyBigNum("1234567999999999999999999999999999999");
            case "null" -> c.addReplyNull();
            case "array" -> {
                c.addReplyArrayLen(3);
                zeroOneTwo(c);
            }
            case "set" -> {
                c.addReplySetLen(3);
                zeroOneTwo(c);
            }
            case "map" -> {
                c.addReplyMapLen(3);
                for (int j = 0; j < 3; j++) {
                    c.addReplyLongLong(j);
                    c.addReplyBool(j == 1);
                }
            }
            case "attrib" -> {
                if (c.resp() >= 3) {
                    c.addReplyAttributeLen(1);
                    c.addReplyBulkCString("key-popularity");
                    c.addReplyArrayLen(2);
                    c.addReplyBulkCString("key:123");
                    c.addReplyLongLong(90);
                }
                c.addReplyBulkCString("Some real reply following the attribute");
            }
            case "push" -> {
                if (c.resp() < 3) {
                    c.addReplyError("RESP2 is not supported by this command");
                    return;
                }
                c.addReplyPushLen(2);
                c.addReplyBulkCString("server-cpu-usage");
                c.addReplyLongLong(42);
                c.addReplyBulkCString("Some real reply following the push reply");
            }
            case "true" -> c.addReplyBool(true);
            case "false" -> c.addReplyBool(false);
            case "verbatim" -> c.addReplyVerbatim("This is a verbatim\nstring", "txt");
            default -> c.addReplyError("Wrong protocol type name. Please use one of the following: "
                    + "string|integer|double|bignum|null|array|set|map|attrib|push|verbatim|true|false");
        }
    }

    private static void zeroOneTwo(Client c) {
        for (int j = 0; j < 3; j++) {
            c.addReplyLongLong(j);
        }
    }

    /** C atoi: optional space and sign, then digits; 0 when there are none. */
    public static int atoi(byte[] s) {
        int i = 0;
        while (i < s.length && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) {
            i++;
        }
        boolean negative = i < s.length && s[i] == '-';
        if (i < s.length && (s[i] == '-' || s[i] == '+')) {
            i++;
        }
        long v = 0;
        while (i < s.length && s[i] >= '0' && s[i] <= '9' && v < Integer.MAX_VALUE) {
            v = v * 10 + (s[i++] - '0');
        }
        return (int) (negative ? -v : v);
    }

    /** C strtod of the longest numeric prefix; 0 when there is none. */
    static double strtod(String s) {
        String t = s.strip();
        for (int end = t.length(); end > 0; end--) {
            try {
                String prefix = t.substring(0, end);
                if (prefix.endsWith("d") || prefix.endsWith("f") || prefix.endsWith("D") || prefix.endsWith("F")) {
                    continue; // Java-only suffixes
                }
                return Double.parseDouble(prefix);
            } catch (NumberFormatException e) {
                // try a shorter prefix
            }
        }
        return 0;
    }
}
