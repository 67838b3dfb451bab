package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.config.Config;
import dev.respec.server.config.ConfigParam;
import dev.respec.server.config.ConfigRewrite;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CONFIG GET / SET / RESETSTAT / REWRITE / HELP (config.c). The parameters, their types and the
 * all-or-nothing update live in the config package; this file is the command surface: argument
 * checks in Redis's order and Redis's error texts.
 */
final class ConfigCommand {
    private ConfigCommand() {
    }

    static void register(CommandTable t) {
        t.bind("config|get", ConfigCommand::get);
        t.bind("config|set", ConfigCommand::set);
        t.bind("config|resetstat", ConfigCommand::resetStat);
        t.bind("config|rewrite", ConfigCommand::rewrite);
        t.bind("config|help", c -> c.addReplyHelp("CONFIG", new String[] {
            "GET <pattern>",
            "    Return parameters matching the glob-like <pattern> and their values.",
            "SET <directive> <value>",
            "    Set the configuration <directive> to <value>.",
            "RESETSTAT",
            "    Reset statistics reported by the INFO command.",
            "REWRITE",
            "    Rewrite the configuration file.",
        }));
    }

    private static void get(Client c) {
        List<String> patterns = new ArrayList<>();
        for (int i = 2; i < c.argc(); i++) {
            patterns.add(Bytes.str(c.arg(i)));
        }
        Map<String, String> found = c.server.config().registry.matching(patterns);
        c.addReplyMapLen(found.size());
        for (Map.Entry<String, String> e : found.entrySet()) {
            c.addReplyBulk(Bytes.latin1(e.getKey()));
            c.addReplyBulk(Bytes.latin1(e.getValue()));
        }
    }

    /**
     * configSetCommand: every pair is checked first (unknown name, immutable or protected parameter,
     * loading, duplicate); the first problem decides the error. Then the values are set together.
     */
    private static void set(Client c) {
        if ((c.argc() & 1) != 0) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        ServerConfig config = c.server.config();
        List<Config.Change> changes = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        String unknown = null;
        String errArg = null;
        String error = null;
        boolean denyLoading = false;
        for (int i = 2; i < c.argc(); i += 2) {
            String asGiven = Bytes.str(c.arg(i));
            ConfigParam p = config.registry.lookup(asGiven);
            boolean failed = unknown != null || error != null || denyLoading;
            if (p == null) {
                if (!failed) {
                    unknown = asGiven;
                }
                continue;
            }
            if (failed) {
                continue;
            }
            if (p.has(ConfigParam.IMMUTABLE)
                    || (p.has(ConfigParam.PROTECTED) && !allowProtectedAction(config.enableProtectedConfigs, c))) {
                error = p.has(ConfigParam.IMMUTABLE) ? "can't set immutable config" : "can't set protected config";
                errArg = asGiven;
                continue;
            }
            if (c.server.isLoading() && p.has(ConfigParam.DENY_LOADING)) {
                denyLoading = true;
                continue;
            }
            String lower = asGiven.toLowerCase(Locale.ROOT);
            String entry = lower.equals(p.name) ? p.name : p.alias;
            if (entries.contains(entry)) {
                error = "duplicate parameter";
                errArg = asGiven;
                continue;
            }
            entries.add(entry);
            changes.add(new Config.Change(p, entry, Bytes.str(c.arg(i + 1))));
        }
        if (denyLoading) {
            c.addReplyError("-LOADING Redis is loading the dataset in memory");
        } else if (unknown != null) {
            c.addReplyError("Unknown option or number of arguments for CONFIG SET - '" + unknown + "'");
        } else if (error != null) {
            c.addReplyError("CONFIG SET failed (possibly related to argument '" + errArg + "') - " + error);
        } else {
            try {
                config.registry.setAtomically(changes);
                c.addReplyProto(SharedReplies.OK);
            } catch (Config.SetFailure f) {
                c.addReplyError("CONFIG SET failed (possibly related to argument '" + f.argName + "') - " + f.reason);
            }
        }
    }

    /** allowProtectedAction: "yes", or "local" and the client is on a loopback address or unix socket. */
    static boolean allowProtectedAction(String setting, Client c) {
        return setting.equals("yes") || (setting.equals("local") && c.local);
    }

    private static void resetStat(Client c) {
        c.server.resetStats();
        c.addReplyProto(SharedReplies.OK);
    }

    private static void rewrite(Client c) {
        ServerConfig config = c.server.config();
        if (config.configFile == null) {
            c.addReplyError("The server is running without a config file");
            return;
        }
        try {
            ConfigRewrite.rewrite(Path.of(config.configFile), config.registry, state -> {
                if (config.get("aclfile").isEmpty()) {
                    state.rewriteLine("user", "user default on " + defaultUserPassword(config) + " ~* &* +@all", true);
                }
                state.markProcessed("user");
            });
        } catch (IOException e) {
            String reason = strerror(e);
            Log.warning("CONFIG REWRITE failed: " + reason);
            c.addReplyError("Rewriting config file: " + reason);
            return;
        }
        Log.warning("CONFIG REWRITE executed with success.");
        c.addReplyProto(SharedReplies.OK);
    }

    /** The default user's password rule as ACL describes it: nopass, or the SHA-256 of requirepass. */
    private static String defaultUserPassword(ServerConfig config) {
        if (config.requirepass.isEmpty()) {
            return "nopass";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return "#" + HexFormat.of().formatHex(sha.digest(config.requirepass.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String strerror(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        return String.valueOf(e.getMessage());
    }
}
