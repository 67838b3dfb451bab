package dev.respec.server.commands;

import dev.respec.server.Main;
import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.network.Client;
import dev.respec.server.network.ClientInfo;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection group: PING, ECHO, HELLO, AUTH, SELECT, RESET, QUIT and CLIENT's subcommands.
 * (QUIT is answered by the command processor before lookup, as in Redis 7.0; it is bound here so
 * that COMMAND INFO lists it.)
 */
public final class ConnectionCommands {
    private ConnectionCommands() {
    }

    static void register(CommandTable t) {
        t.bind("ping", ConnectionCommands::ping);
        t.bind("echo", c -> c.addReplyBulk(c.arg(1)));
        t.bind("hello", ConnectionCommands::hello);
        t.bind("auth", ConnectionCommands::auth);
        t.bind("select", ConnectionCommands::select);
        t.bind("reset", ConnectionCommands::reset);
        t.bind("quit", c -> {
            c.addReplyProto(SharedReplies.OK);
            c.closeAfterReply = true;
        });
        t.bind("client|id", c -> c.addReplyLongLong(c.id));
        t.bind("client|setname", ConnectionCommands::clientSetName);
        t.bind("client|getname", c -> {
            if (c.name == null) {
                c.addReplyNull();
            } else {
                c.addReplyBulk(c.name);
            }
        });
        t.bind("client|info", c -> c.addReplyVerbatim(ClientInfo.describe(c) + "\n", "txt"));
        t.bind("client|list", ConnectionCommands::clientList);
        t.bind("client|kill", ConnectionCommands::clientKill);
        t.bind("client|reply", ConnectionCommands::clientReply);
        t.bind("client|unblock", ConnectionCommands::clientUnblock);
        t.bind("client|no-evict", c -> {
            if (Args.is(c.arg(2), "on") || Args.is(c.arg(2), "off")) {
                c.addReplyProto(SharedReplies.OK);
            } else {
                c.addReplyError(Errors.SYNTAX);
            }
        });
        // Redis's help text as it is, subcommands the reference server lacks included
        t.bind("client|help", c -> c.addReplyHelp("CLIENT", new String[] {
            "CACHING (YES|NO)",
            "    Enable/disable tracking of the keys for next command in OPTIN/OPTOUT modes.",
            "GETREDIR",
            "    Return the client ID we are redirecting to when tracking is enabled.",
            "GETNAME",
            "    Return the name of the current connection.",
            "ID",
            "    Return the ID of the current connection.",
            "INFO",
            "    Return information about the current client connection.",
            "KILL <ip:port>",
            "    Kill connection made from <ip:port>.",
            "KILL <option> <value> [<option> <value> [...]]",
            "    Kill connections. Options are:",
            "    * ADDR (<ip:port>|<unixsocket>:0)",
            "      Kill connections made from the specified address",
            "    * LADDR (<ip:port>|<unixsocket>:0)",
            "      Kill connections made to specified local address",
            "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
            "      Kill connections by type.",
            "    * USER <username>",
            "      Kill connections authenticated by <username>.",
            "    * SKIPME (YES|NO)",
            "      Skip killing current connection (default: yes).",
            "LIST [options ...]",
            "    Return information about client connections. Options:",
            "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
            "      Return clients of specified type.",
            "UNPAUSE",
            "    Stop the current client pause, resuming traffic.",
            "PAUSE <timeout> [WRITE|ALL]",
            "    Suspend all, or just write, clients for <timeout> milliseconds.",
            "REPLY (ON|OFF|SKIP)",
            "    Control the replies sent to the current connection.",
            "SETNAME <name>",
            "    Assign the name <name> to the current connection.",
            "UNBLOCK <clientid> [TIMEOUT|ERROR]",
            "    Unblock the specified blocked client.",
            "TRACKING (ON|OFF) [REDIRECT <id>] [BCAST] [PREFIX <prefix> [...]]",
            "         [OPTIN] [OPTOUT] [NOLOOP]",
            "    Control server assisted client side caching.",
            "TRACKINGINFO",
            "    Report tracking status for the current connection.",
            "NO-EVICT (ON|OFF)",
            "    Protect current client connection from eviction.",
        }));
    }

    private static void ping(Client c) {
        if (c.argc() > 2) {
            c.addReplyError("wrong number of arguments for 'ping' command");
            return;
        }
        if (c.inPubSubMode() && c.resp() == 2) {
            // a RESP2 subscriber can only parse Pub/Sub-shaped replies: ["pong", message or ""]
            c.addReplyArrayLen(2);
            c.addReplyBulkCString("pong");
            c.addReplyBulk(c.argc() == 1 ? new byte[0] : c.arg(1));
        } else if (c.argc() == 1) {
            c.addReplyProto(SharedReplies.PONG);
        } else {
            c.addReplyBulk(c.arg(1));
        }
    }

    /** HELLO [protover [AUTH username password] [SETNAME clientname]]. */
    private static void hello(Client c) {
        long ver = 0;
        int next = 1;
        if (c.argc() >= 2) {
            long[] v = new long[1];
            if (!Bytes.parseLong(c.arg(1), 0, c.arg(1).length, v)) {
                c.addReplyError("Protocol version is not an integer or out of range");
                return;
            }
            ver = v[0];
            next = 2;
            if (ver < 2 || ver > 3) {
                c.addReplyError("-NOPROTO unsupported protocol version");
                return;
            }
        }
        byte[] user = null;
        byte[] pass = null;
        byte[] setName = null;
        for (int j = next; j < c.argc(); j++) {
            int more = c.argc() - j - 1;
            if (Args.is(c.arg(j), "auth") && more >= 2) {
                user = c.arg(j + 1);
                pass = c.arg(j + 2);
                j += 2;
            } else if (Args.is(c.arg(j), "setname") && more >= 1) {
                setName = c.arg(j + 1);
                j += 1;
            } else {
                c.addReplyError("Syntax error in HELLO option '" + Bytes.str(c.arg(j)) + "'");
                return;
            }
        }
        if (user != null && !authenticate(c, user, pass)) {
            c.addReplyError("-WRONGPASS invalid username-password pair or user is disabled.");
            return;
        }
        if (!c.authenticated) {
            c.addReplyError("-NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO "
                    + "AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol "
                    + "version at the same time");
            return;
        }
        if (setName != null && !validName(setName)) {
            c.addReplyError("Client names cannot contain spaces, newlines or special characters.");
            return;
        }
        if (setName != null) {
            c.name = setName.length == 0 ? null : setName;
        }
        if (ver != 0) {
            c.setResp((int) ver);
        }
        c.addReplyMapLen(7);
        c.addReplyBulkCString("server");
        c.addReplyBulkCString("redis");
        c.addReplyBulkCString("version");
        c.addReplyBulkCString(Main.REDIS_COMPAT_VERSION);
        c.addReplyBulkCString("proto");
        c.addReplyLongLong(c.resp());
        c.addReplyBulkCString("id");
        c.addReplyLongLong(c.id);
        c.addReplyBulkCString("mode");
        c.addReplyBulkCString("standalone");
        c.addReplyBulkCString("role");
        c.addReplyBulkCString("master");
        c.addReplyBulkCString("modules");
        c.addReplyArrayLen(0);
    }

    /**
     * The default user's check: with no requirepass it is "nopass" and any password works for
     * "AUTH default x" / HELLO AUTH; with one, only that password does. Other users do not exist.
     */
    private static boolean authenticate(Client c, byte[] user, byte[] pass) {
        if (!Bytes.str(user).equals("default")) {
            return false;
        }
        String required = c.server.config().requirepass;
        boolean ok = required.isEmpty() || required.equals(Bytes.str(pass));
        if (ok) {
            c.authenticated = true;
            c.user = "default";
        }
        return ok;
    }

    private static void auth(Client c) {
        if (c.argc() > 3) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        byte[] user = c.argc() == 3 ? c.arg(1) : Bytes.of("default");
        byte[] pass = c.arg(c.argc() - 1);
        if (c.argc() == 2 && c.server.config().requirepass.isEmpty()) {
            c.addReplyError("AUTH <password> called without any password configured for the default user. "
                    + "Are you sure your configuration is correct?");
            return;
        }
        if (authenticate(c, user, pass)) {
            c.addReplyProto(SharedReplies.OK);
        } else {
            c.addReplyError("-WRONGPASS invalid username-password pair or user is disabled.");
        }
    }

    private static void select(Client c) {
        long[] id = new long[1];
        if (!Args.getLong(c, c.arg(1), id)) {
            return;
        }
        if (id[0] < Integer.MIN_VALUE || id[0] > Integer.MAX_VALUE) {
            c.addReplyError("value is out of range, value must between -2147483648 and 2147483647");
            return;
        }
        if (id[0] < 0 || id[0] >= c.server.dbCount()) {
            c.addReplyError(Errors.DB_OUT_OF_RANGE);
            return;
        }
        c.db = c.server.db((int) id[0]);
        c.addReplyProto(SharedReplies.OK);
    }

    /** RESET: back to a fresh connection's state (RESP2, db 0, no name, no subscriptions, replies on, auth as new). */
    private static void reset(Client c) {
        c.server.processor().onClientClosed(c);
        c.server.transactions().forget(c);
        c.server.pubsub().clientGone(c);
        c.db = c.server.db(0);
        c.name = null;
        c.replyOff = false;
        c.replySkipNext = false;
        c.authenticated = c.server.config().requirepass.isEmpty();
        c.user = "default";
        c.setResp(2);
        c.addReplyStatus("RESET");
    }

    /** Redis accepts names of printable ASCII without spaces (clientSetName). */
    static boolean validName(byte[] name) {
        for (byte b : name) {
            if (b < '!' || b > '~') {
                return false;
            }
        }
        return true;
    }

    private static void clientSetName(Client c) {
        byte[] name = c.arg(2);
        if (!validName(name)) {
            c.addReplyError("Client names cannot contain spaces, newlines or special characters.");
            return;
        }
        c.name = name.length == 0 ? null : name;
        c.addReplyProto(SharedReplies.OK);
    }

    /** CLIENT LIST [TYPE NORMAL|MASTER|REPLICA|PUBSUB] [ID id ...]. */
    private static void clientList(Client c) {
        List<Client> selected = new ArrayList<>(c.server.networking().clients().values());
        if (c.argc() == 4 && Args.is(c.arg(2), "type")) {
            String type = Bytes.lower(c.arg(3));
            if (!List.of("normal", "master", "replica", "slave", "pubsub").contains(type)) {
                c.addReplyError("Unknown client type '" + Bytes.str(c.arg(3)) + "'");
                return;
            }
            selected.removeIf(x -> !clientType(x).equals(type));
        } else if (c.argc() > 3 && Args.is(c.arg(2), "id")) {
            List<Long> ids = new ArrayList<>();
            for (int j = 3; j < c.argc(); j++) {
                long[] id = new long[1];
                if (!Bytes.parseLong(c.arg(j), 0, c.arg(j).length, id)) {
                    c.addReplyError("Invalid client ID");
                    return;
                }
                ids.add(id[0]);
            }
            selected.removeIf(x -> !ids.contains(x.id));
        } else if (c.argc() != 2) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Client x : selected) {
            out.append(ClientInfo.describe(x)).append('\n');
        }
        c.addReplyVerbatim(out.toString(), "txt");
    }

    /** CLIENT KILL addr:port (old form) or CLIENT KILL <filter> <value> ... (new form). */
    private static void clientKill(Client c) {
        if (c.argc() == 3) {
            String addr = Bytes.str(c.arg(2));
            for (Client x : c.server.networking().clients().values()) {
                if (x.addr.equals(addr)) {
                    kill(c, x);
                    c.addReplyProto(SharedReplies.OK);
                    return;
                }
            }
            c.addReplyError("No such client");
            return;
        }
        if (c.argc() % 2 != 0) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        Long id = null;
        String addr = null;
        String laddr = null;
        String type = null;
        String user = null;
        boolean skipMe = true;
        for (int j = 2; j < c.argc(); j += 2) {
            String opt = Bytes.lower(c.arg(j));
            String val = Bytes.str(c.arg(j + 1));
            switch (opt) {
                case "id" -> {
                    long[] v = new long[1];
                    if (!Bytes.parseLong(c.arg(j + 1), 0, c.arg(j + 1).length, v) || v[0] <= 0) {
                        c.addReplyError("client-id should be greater than 0");
                        return;
                    }
                    id = v[0];
                }
                case "type" -> {
                    type = val.toLowerCase();
                    if (!List.of("normal", "master", "replica", "slave", "pubsub").contains(type)) {
                        c.addReplyError("Unknown client type '" + val + "'");
                        return;
                    }
                }
                case "addr" -> addr = val;
                case "laddr" -> laddr = val;
                case "user" -> {
                    if (!val.equals("default")) {
                        c.addReplyError("No such user '" + val + "'"); // the default user is the only one
                        return;
                    }
                    user = val;
                }
                case "skipme" -> {
                    if (val.equalsIgnoreCase("yes")) {
                        skipMe = true;
                    } else if (val.equalsIgnoreCase("no")) {
                        skipMe = false;
                    } else {
                        c.addReplyError(Errors.SYNTAX);
                        return;
                    }
                }
                default -> {
                    c.addReplyError(Errors.SYNTAX);
                    return;
                }
            }
        }
        List<Client> victims = new ArrayList<>();
        for (Client x : c.server.networking().clients().values()) {
            if ((id != null && x.id != id) || (addr != null && !x.addr.equals(addr))
                    || (laddr != null && !x.laddr.equals(laddr)) || (user != null && !x.user.equals(user))
                    || (type != null && !type.equals(clientType(x))) || (skipMe && x == c)) {
                continue;
            }
            victims.add(x);
        }
        for (Client x : victims) {
            kill(c, x);
        }
        c.addReplyLongLong(victims.size());
    }

    /** getClientType's name: "pubsub" or "normal" (no master or replica connections here). */
    private static String clientType(Client c) {
        return c.inPubSubMode() ? "pubsub" : "normal";
    }

    private static void kill(Client self, Client victim) {
        if (victim == self) {
            victim.closeAfterReply = true;
        } else {
            victim.server.networking().closeAsap(victim);
        }
    }

    /** CLIENT UNBLOCK id [TIMEOUT|ERROR]: the reason is checked before the id, as in Redis. */
    private static void clientUnblock(Client c) {
        boolean error = false;
        if (c.argc() == 4) {
            if (Args.is(c.arg(3), "error")) {
                error = true;
            } else if (!Args.is(c.arg(3), "timeout")) {
                c.addReplyError("CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
                return;
            }
        }
        long[] id = new long[1];
        if (!Args.getLong(c, c.arg(2), id)) {
            return;
        }
        c.addReplyLongLong(c.server.blocking().clientUnblock(id[0], error) ? 1 : 0);
    }

    /** CLIENT REPLY ON|OFF|SKIP: SKIP takes effect once this command is done (resetClient). */
    private static void clientReply(Client c) {
        if (Args.is(c.arg(2), "on")) {
            c.replySkip = false;
            c.replyOff = false;
            c.addReplyProto(SharedReplies.OK);
        } else if (Args.is(c.arg(2), "off")) {
            c.replyOff = true;
        } else if (Args.is(c.arg(2), "skip")) {
            if (!c.replyOff) {
                c.replySkipNext = true;
            }
        } else {
            c.addReplyError(Errors.SYNTAX);
        }
    }
}
