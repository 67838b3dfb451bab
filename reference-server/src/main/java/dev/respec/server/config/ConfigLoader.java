package dev.respec.server.config;

import dev.respec.server.network.ClientInfo;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Glob;
import dev.respec.server.util.SplitArgs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * loadServerConfig: a redis.conf file and redis-server style {@code --name value} options, loaded
 * the way Redis 7.0.15 does it. The options are turned into config lines appended after the file's
 * content (so they win, and error messages count lines the same way), then every line is split with
 * sdssplitargs and applied. The first error stops startup with Redis's FATAL CONFIG FILE ERROR
 * report naming the line.
 */
public final class ConfigLoader {
    /** A config error to report and exit on; the message is the complete report. */
    public static final class FatalConfigError extends Exception {
        /** True when the report is a log line (a file that cannot be opened) rather than the FATAL block. */
        public final boolean logLine;

        public FatalConfigError(String report, boolean logLine) {
            super(report, null, false, false);
            this.logLine = logLine;
        }
    }

    /** Directives of old versions that Redis 7.0 still accepts and ignores (with exactly one argument). */
    private static final Set<String> DEPRECATED = Set.of("list-max-ziplist-entries", "list-max-ziplist-value",
            "lua-replicate-commands");

    private final ServerConfig config;
    private final String compatVersion;
    private final List<String> noEffectSet = new ArrayList<>();
    /** Parameters already set by a line of the configuration (several save lines add up). */
    private final Set<ConfigParam> seen = new HashSet<>();
    /** reading_config_file: cleared when an included file ends, as in Redis. */
    private boolean readingConfigFile;

    public ConfigLoader(ServerConfig config, String compatVersion) {
        this.config = config;
        this.compatVersion = compatVersion;
    }

    /** Parameters that the loaded configuration set although they have no effect here. */
    public List<String> noEffectParameters() {
        return noEffectSet;
    }

    /**
     * The text redis-server builds from its command-line arguments after the config file: each
     * "--name" starts a line, values are appended quoted. An option name directly followed by another
     * "--name" takes that as its value, except that a bare "--save" means {@code save ""}.
     */
    public static String optionsToConfig(List<String> args) {
        StringBuilder options = new StringBuilder();
        boolean handledLastConfigArg = true;
        for (int j = 0; j < args.size(); j++) {
            String a = args.get(j);
            if (handledLastConfigArg && a.startsWith("--")) {
                if (options.length() > 0) {
                    options.append('\n');
                }
                options.append(a.substring(2)).append(' ');
                List<byte[]> parts = SplitArgs.split(a);
                if (parts != null && parts.size() == 1) {
                    handledLastConfigArg = false;
                    boolean last = j == args.size() - 1;
                    if (a.equalsIgnoreCase("--save") && (last || args.get(j + 1).startsWith("--"))) {
                        options.append("\"\"");
                        handledLastConfigArg = !last;
                    } else if (a.equalsIgnoreCase("--sentinel") && !last && args.get(j + 1).startsWith("--")) {
                        handledLastConfigArg = true;
                    }
                } else {
                    handledLastConfigArg = true;
                }
            } else {
                byte[] b = a.getBytes(StandardCharsets.UTF_8);
                options.append(ClientInfo.repr(b, 0, b.length)).append(' ');
                handledLastConfigArg = true;
            }
        }
        return options.toString();
    }

    /** Loads the file (may be null) and then the options; checks the log file like Redis at the end. */
    public void load(String file, List<String> optionArgs) throws FatalConfigError {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(readConfigFile(file));
        }
        if (!optionArgs.isEmpty()) {
            text.append('\n').append(optionsToConfig(optionArgs));
        }
        loadFromString(text.toString());
        String logfile = config.get("logfile");
        if (!logfile.isEmpty()) {
            try {
                dev.respec.server.util.Log.setFile(Path.of(config.dir).resolve(logfile).toString());
            } catch (IOException e) {
                throw fatal(-1, null, "Can't open the log file: " + strerror(e));
            }
        }
        if (config.get("cluster-enabled").equals("yes") && !config.get("replicaof").isEmpty()) {
            throw fatal(-1, null, "replicaof directive not allowed in cluster mode");
        }
    }

    /** Reads a config file (relative to the current dir); a glob pattern reads every match, or nothing. */
    private String readConfigFile(String file) throws FatalConfigError {
        Path base = Path.of(config.dir);
        if (file.indexOf('*') >= 0 || file.indexOf('?') >= 0 || file.indexOf('[') >= 0) {
            Path pattern = base.resolve(file);
            Path dir = pattern.getParent();
            StringBuilder all = new StringBuilder();
            List<Path> matches = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    if (Glob.match(pattern.getFileName().toString(), p.getFileName().toString(), false)) {
                        matches.add(p);
                    }
                }
            } catch (IOException e) {
                return "";
            }
            matches.sort(null);
            for (Path p : matches) {
                all.append(readOne(p, p.toString()));
            }
            return all.toString();
        }
        return readOne(base.resolve(file), file);
    }

    private static String readOne(Path p, String shown) throws FatalConfigError {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new FatalConfigError("Fatal error, can't open config file '" + shown + "': " + strerror(e), true);
        }
    }

    /** loadServerConfigFromString. */
    public void loadFromString(String text) throws FatalConfigError {
        readingConfigFile = true;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = trim(lines[i]);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            byte[] raw = line.getBytes(StandardCharsets.ISO_8859_1);
            List<byte[]> parts = SplitArgs.split(raw, 0, raw.length);
            if (parts == null) {
                throw fatal(i + 1, line, "Unbalanced quotes in configuration line");
            }
            if (parts.isEmpty()) {
                continue;
            }
            String name = Bytes.str(parts.get(0)).toLowerCase(Locale.ROOT);
            List<String> args = new ArrayList<>();
            for (int j = 1; j < parts.size(); j++) {
                args.add(Bytes.str(parts.get(j)));
            }
            ConfigParam p = config.registry.lookup(name);
            if (p != null) {
                setParameter(p, args, i + 1, line);
                continue;
            }
            if (DEPRECATED.contains(name) && args.size() == 1) {
                continue;
            }
            String error = directive(name, args);
            if (error != null) {
                throw fatal(i + 1, line, error);
            }
        }
        readingConfigFile = false;
    }

    private void setParameter(ConfigParam p, List<String> args, int lineNo, String line) throws FatalConfigError {
        if (!p.has(ConfigParam.MULTI_ARG) && args.size() != 1) {
            throw fatal(lineNo, line, "wrong number of arguments");
        }
        if (p.has(ConfigParam.MULTI_ARG) && args.size() == 1 && !args.get(0).isEmpty()) {
            args = List.of(args.get(0).split(" ", -1)); // a single quoted argument holds the words
        }
        try {
            config.registry.load(p, args, readingConfigFile && seen.contains(p));
        } catch (ConfigException e) {
            throw fatal(lineNo, line, e.getMessage());
        }
        seen.add(p);
        if (p.has(ConfigParam.NO_EFFECT) && !noEffectSet.contains(p.name)) {
            noEffectSet.add(p.name);
        }
    }

    /** The directives that are not parameters; returns the error text, or null when accepted. */
    private String directive(String name, List<String> args) throws FatalConfigError {
        if (name.equals("include") && args.size() == 1) {
            loadFromString(readConfigFile(args.get(0)));
            return null;
        }
        if (name.equals("rename-command") && args.size() == 2) {
            return "rename-command is not supported by the reference server";
        }
        if (name.equals("user") && !args.isEmpty()) {
            return "Error in user declaration '" + args.get(0) + "': ACL users are not supported by the reference "
                    + "server";
        }
        if (name.equals("loadmodule") && !args.isEmpty()) {
            return "Module " + args.get(0) + " failed to load: modules are not supported by the reference server";
        }
        if (name.indexOf('.') >= 0) {
            return args.size() != 1 ? "Module config specified without value"
                    : "Module configuration detected without loadmodule directive";
        }
        if (name.equals("sentinel")) {
            return args.isEmpty() ? null : "sentinel directive while not in sentinel mode";
        }
        return "Bad directive or wrong number of arguments";
    }

    /** sdstrim(line, " \t\r\n"). */
    private static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && " \t\r\n".indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && " \t\r\n".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    /** The strerror text of a failed file operation. */
    static String strerror(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        String m = String.valueOf(e.getMessage());
        int open = m.lastIndexOf('(');
        return open >= 0 && m.endsWith(")") ? m.substring(open + 1, m.length() - 1) : m;
    }

    /** The FATAL CONFIG FILE ERROR report; without a line when the error is not about one. */
    private FatalConfigError fatal(int lineNo, String line, String reason) {
        StringBuilder r = new StringBuilder("\n*** FATAL CONFIG FILE ERROR (Redis " + compatVersion + ") ***\n");
        if (line != null) {
            r.append("Reading the configuration file, at line ").append(lineNo).append('\n');
            r.append(">>> '").append(line).append("'\n");
        }
        return new FatalConfigError(r.append(reason).toString(), false);
    }
}
