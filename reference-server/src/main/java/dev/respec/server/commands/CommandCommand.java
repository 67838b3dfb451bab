package dev.respec.server.commands;

import dev.respec.server.command.CommandSpec;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * COMMAND, COMMAND COUNT / INFO / DOCS / LIST / GETKEYS / GETKEYSANDFLAGS / HELP: the command table
 * rendered back to clients. The table holds Redis's specs as captured, so these replies match real
 * Redis field for field; the RESP types are re-applied here as Redis's addReplyCommand* functions
 * write them (flags as sets of status strings, key specs and tips as sets, docs as maps).
 */
public final class CommandCommand {
    private CommandCommand() {
    }

    static void register(CommandTable t) {
        t.bind("command", c -> {
            List<CommandSpec> all = c.server.commands().implemented();
            c.addReplyArrayLen(all.size());
            for (CommandSpec s : all) {
                addCommandInfo(c, s);
            }
        });
        t.bind("command|count", c -> c.addReplyLongLong(c.server.commands().implemented().size()));
        t.bind("command|info", CommandCommand::info);
        t.bind("command|docs", CommandCommand::docs);
        t.bind("command|list", CommandCommand::list);
        t.bind("command|getkeys", c -> getKeys(c, false));
        t.bind("command|getkeysandflags", c -> getKeys(c, true));
        t.bind("command|help", c -> c.addReplyHelp("COMMAND", new String[] {
            "(no subcommand)",
            "    Return details about all Redis commands.",
            "COUNT",
            "    Return the total number of commands in this Redis server.",
            "LIST",
            "    Return a list of all commands in this Redis server.",
            "INFO [<command-name> ...]",
            "    Return details about multiple Redis commands.",
            "    If no command names are given, documentation details for all",
            "    commands are returned.",
            "DOCS [<command-name> ...]",
            "    Return documentation details about multiple Redis commands.",
            "    If no command names are given, documentation details for all",
            "    commands are returned.",
            "GETKEYS <full-command>",
            "    Return the keys from a full Redis command.",
            "GETKEYSANDFLAGS <full-command>",
            "    Return the keys and the access flags from a full Redis command.",
        }));
    }

    private static void info(Client c) {
        CommandTable t = c.server.commands();
        if (c.argc() == 2) {
            List<CommandSpec> all = t.implemented();
            c.addReplyArrayLen(all.size());
            for (CommandSpec s : all) {
                addCommandInfo(c, s);
            }
            return;
        }
        c.addReplyArrayLen(c.argc() - 2);
        for (int i = 2; i < c.argc(); i++) {
            CommandSpec s = t.lookupByFullName(Bytes.str(c.arg(i)));
            if (s == null) {
                c.addReplyNull();
            } else {
                addCommandInfo(c, s);
            }
        }
    }

    /** addReplyCommandInfo: the ten fields of COMMAND INFO. */
    @SuppressWarnings("unchecked")
    static void addCommandInfo(Client c, CommandSpec s) {
        Map<String, Object> spec = s.spec;
        c.addReplyArrayLen(10);
        c.addReplyBulkCString(s.fullName);
        c.addReplyLongLong(s.arity);
        addStatusSet(c, (List<Object>) spec.get("flags"));
        c.addReplyLongLong(s.firstKey);
        c.addReplyLongLong(s.lastKey);
        c.addReplyLongLong(s.keyStep);
        addStatusSet(c, (List<Object>) spec.get("acl_categories"));
        List<Object> tips = (List<Object>) spec.get("tips");
        c.addReplySetLen(tips.size());
        for (Object tip : tips) {
            c.addReplyBulkCString((String) tip);
        }
        List<Object> keySpecs = (List<Object>) spec.get("key_specs");
        c.addReplySetLen(keySpecs.size());
        for (Object ks : keySpecs) {
            addValue(c, "key_spec", ks);
        }
        List<CommandSpec> subs = s.implementedSubcommands();
        if (subs.isEmpty()) {
            c.addReplySetLen(0);
        } else {
            c.addReplyArrayLen(subs.size());
            for (CommandSpec sub : subs) {
                addCommandInfo(c, sub);
            }
        }
    }

    private static void addStatusSet(Client c, List<Object> items) {
        c.addReplySetLen(items.size());
        for (Object o : items) {
            c.addReplyStatus((String) o);
        }
    }

    /**
     * A spec value with its RESP type: maps as maps, "flags"/"doc_flags" as sets of status strings,
     * "history" as a set of arrays, other lists as arrays, strings as bulk, numbers as integers.
     */
    @SuppressWarnings("unchecked")
    private static void addValue(Client c, String field, Object v) {
        if (v instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) v;
            c.addReplyMapLen(m.size());
            for (Map.Entry<String, Object> e : m.entrySet()) {
                c.addReplyBulkCString(e.getKey());
                addValue(c, e.getKey(), e.getValue());
            }
        } else if (v instanceof List) {
            List<Object> l = (List<Object>) v;
            if (field.equals("flags") || field.equals("doc_flags")) {
                addStatusSet(c, l);
                return;
            }
            if (field.equals("history")) {
                c.addReplySetLen(l.size());
            } else {
                c.addReplyArrayLen(l.size());
            }
            for (Object o : l) {
                addValue(c, "", o);
            }
        } else if (v instanceof Long) {
            c.addReplyLongLong((Long) v);
        } else {
            c.addReplyBulkCString(String.valueOf(v));
        }
    }

    private static void docs(Client c) {
        CommandTable t = c.server.commands();
        List<CommandSpec> selected = new ArrayList<>();
        if (c.argc() == 2) {
            selected.addAll(t.implemented());
        } else {
            for (int i = 2; i < c.argc(); i++) {
                CommandSpec s = t.lookupByFullName(Bytes.str(c.arg(i)));
                if (s != null) {
                    selected.add(s);
                }
            }
        }
        c.addReplyMapLen(selected.size());
        for (CommandSpec s : selected) {
            c.addReplyBulkCString(s.fullName);
            addDocs(c, s);
        }
    }

    /** addReplyCommandDocs: the docs map, with implemented subcommands appended as a map. */
    private static void addDocs(Client c, CommandSpec s) {
        List<CommandSpec> subs = s.implementedSubcommands();
        c.addReplyMapLen(s.docs.size() + (subs.isEmpty() ? 0 : 1));
        for (Map.Entry<String, Object> e : s.docs.entrySet()) {
            c.addReplyBulkCString(e.getKey());
            addValue(c, e.getKey(), e.getValue());
        }
        if (!subs.isEmpty()) {
            c.addReplyBulkCString("subcommands");
            c.addReplyMapLen(subs.size());
            for (CommandSpec sub : subs) {
                c.addReplyBulkCString(sub.fullName);
                addDocs(c, sub);
            }
        }
    }

    /** COMMAND LIST [FILTERBY MODULE name | ACLCAT cat | PATTERN pattern]. */
    private static void list(Client c) {
        String filter = null;
        String value = null;
        if (c.argc() == 5 && Bytes.eqIgnoreCase(c.arg(2), "filterby")) {
            filter = Bytes.lower(c.arg(3));
            value = Bytes.str(c.arg(4));
            if (!filter.equals("module") && !filter.equals("aclcat") && !filter.equals("pattern")) {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        } else if (c.argc() != 2) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        List<String> names = new ArrayList<>();
        for (CommandSpec s : c.server.commands().implemented()) {
            collect(s, filter, value, names);
            for (CommandSpec sub : s.implementedSubcommands()) {
                collect(sub, filter, value, names);
            }
        }
        c.addReplyArrayLen(names.size());
        for (String n : names) {
            c.addReplyBulkCString(n);
        }
    }

    private static void collect(CommandSpec s, String filter, String value, List<String> out) {
        if (filter == null) {
            out.add(s.fullName);
        } else if (filter.equals("aclcat")) {
            if (s.aclCategories.contains("@" + value.toLowerCase())) {
                out.add(s.fullName);
            }
        } else if (filter.equals("pattern")) {
            if (Glob.match(value, s.fullName, true)) {
                out.add(s.fullName);
            }
        }
        // FILTERBY MODULE: the reference server loads no modules, so nothing matches
    }

    /** COMMAND GETKEYS / GETKEYSANDFLAGS, resolved from the command's key specs. */
    private static void getKeys(Client c, boolean withFlags) {
        byte[][] argv = new byte[c.argc() - 2][];
        System.arraycopy(c.argv, 2, argv, 0, argv.length);
        CommandSpec s = c.server.commands().lookup(argv);
        if (s == null) {
            c.addReplyError("Invalid command specified");
            return;
        }
        if (((List<?>) s.spec.get("key_specs")).isEmpty()) {
            c.addReplyError("The command has no key arguments");
            return;
        }
        if ((s.arity > 0 && s.arity != argv.length) || argv.length < -s.arity) {
            c.addReplyError("Invalid number of arguments specified for command");
            return;
        }
        List<KeySpecs.KeyRef> keys = KeySpecs.keys(s, argv);
        if (keys == null || keys.isEmpty()) {
            if (s.has(CommandSpec.NO_MANDATORY_KEYS)) {
                c.addReplyArrayLen(0);
            } else {
                c.addReplyError("Invalid arguments specified for command");
            }
            return;
        }
        c.addReplyArrayLen(keys.size());
        for (KeySpecs.KeyRef k : keys) {
            if (withFlags) {
                c.addReplyArrayLen(2);
                c.addReplyBulk(argv[k.position()]);
                c.addReplySetLen(k.flags().size());
                for (String f : k.flags()) {
                    c.addReplyStatus(f);
                }
            } else {
                c.addReplyBulk(argv[k.position()]);
            }
        }
    }
}
