package dev.respec.server.config;

import dev.respec.server.network.ClientInfo;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.SplitArgs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * loadServerConfig: a redis.conf file and redis-server style {@code --name value} options, loaded
 * the way Redis does it. The options are turned into config lines appended after the file's content
 * (so they win, and error messages count lines the same way), then every line is split with
 * sdssplitargs and applied. The first error stops startup with Redis's FATAL CONFIG FILE ERROR
 * report naming the line.
 */
public final class ConfigLoader {
    /** A config error to report and exit on; the message is the complete report. */
    public static final class FatalConfigError extends Exception {
        public FatalConfigError(String report) {
            super(report, null, false, false);
        }
    }

    private final ServerConfig config;
    private final String compatVersion;
    private final List<String> noEffectSet = new ArrayList<>();

    public ConfigLoader(ServerConfig config, String compatVersion) {
        this.config = config;
        this.compatVersion = compatVersion;
    }

    /** Parameters that the loaded configuration set although they have no effect here. */
    public List<String> noEffectParameters() {
        return noEffectSet;
    }

    /** The text Redis builds from command-line options: "\nname value..." with quoted values. */
    public static String optionsToConfig(List<String> args) {
        StringBuilder options = new StringBuilder();
        for (String a : args) {
            if (a.startsWith("--") && a.length() > 2) {
                if (options.length() > 0) {
                    options.append('\n');
                }
                options.append(a.substring(2)).append(' ');
            } else {
                byte[] b = a.getBytes(StandardCharsets.UTF_8);
                options.append(ClientInfo.repr(b, 0, b.length)).append(' ');
            }
        }
        return options.toString();
    }

    /** Loads the file (may be null) and then the options. */
    public void load(String file, List<String> optionArgs) throws FatalConfigError {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            try {
                text.append(Files.readString(Path.of(file), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new FatalConfigError("Fatal error, can't open config file '" + file + "': "
                        + e.getMessage());
            }
        }
        if (!optionArgs.isEmpty()) {
            text.append('\n').append(optionsToConfig(optionArgs));
        }
        loadFromString(text.toString(), file == null ? null : Path.of(file).toAbsolutePath().getParent());
    }

    public void loadFromString(String text, Path baseDir) throws FatalConfigError {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
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
            String name = Bytes.str(parts.get(0)).toLowerCase();
            List<String> args = new ArrayList<>();
            for (int j = 1; j < parts.size(); j++) {
                args.add(Bytes.str(parts.get(j)));
            }
            if (name.equals("include") && args.size() == 1) {
                Path inc = baseDir == null ? Path.of(args.get(0)) : baseDir.resolve(args.get(0));
                try {
                    loadFromString(Files.readString(inc, StandardCharsets.ISO_8859_1), inc.toAbsolutePath().getParent());
                } catch (IOException e) {
                    throw fatal(i + 1, line, "Fatal error, can't open config file '" + args.get(0) + "'");
                }
                continue;
            }
            ConfigParam p = config.registry.lookup(name);
            if (p == null) {
                throw fatal(i + 1, line, "Bad directive or wrong number of arguments");
            }
            if (p.fileArgs != -1 && args.size() != p.fileArgs) {
                throw fatal(i + 1, line, "wrong number of arguments");
            }
            if (args.isEmpty()) {
                throw fatal(i + 1, line, "wrong number of arguments");
            }
            try {
                config.registry.set(p, args);
            } catch (ConfigException e) {
                throw fatal(i + 1, line, e.getMessage());
            }
            if (p.has(ConfigParam.NO_EFFECT) && !noEffectSet.contains(p.name)) {
                noEffectSet.add(p.name);
            }
        }
    }

    private FatalConfigError fatal(int lineNo, String line, String reason) {
        return new FatalConfigError("\n*** FATAL CONFIG FILE ERROR (Redis " + compatVersion + ") ***\n"
                + "Reading the configuration file, at line " + lineNo + "\n"
                + ">>> '" + line + "'\n"
                + reason);
    }
}
