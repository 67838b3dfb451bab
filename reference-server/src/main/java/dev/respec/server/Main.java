package dev.respec.server;

import dev.respec.server.config.ConfigLoader;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.util.Log;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;

/**
 * The command line, as redis-server's: {@code reference-server.jar [/path/to/redis.conf] [--port N]
 * [--<config-name> <value> ...]}. Loads the configuration (a bad line stops startup with Redis's
 * report and exit code 1), installs SIGTERM/SIGINT handlers that schedule a clean shutdown, and runs
 * the event loop on the main thread; the process exits 0 once the server shut down.
 */
public final class Main {
    /** The Redis version whose behaviour the reference server reproduces. */
    public static final String REDIS_COMPAT_VERSION = "7.0.15";

    private Main() {
    }

    public static void main(String[] args) {
        List<String> options = new ArrayList<>();
        String configFile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i == 0 && (a.equals("-v") || a.equals("--version"))) {
                System.out.println("Redis server v=" + REDIS_COMPAT_VERSION + " respec-reference=" + Server.VERSION
                        + " bits=64 java=" + System.getProperty("java.version"));
                return;
            }
            if (i == 0 && (a.equals("-h") || a.equals("--help"))) {
                usage();
                return;
            }
            if (i == 0 && !a.startsWith("-")) {
                configFile = a;
            } else {
                options.add(a);
            }
        }
        Log.setRole('C');
        ServerConfig config = new ServerConfig();
        if (configFile != null) {
            config.configFile = Path.of(configFile).toAbsolutePath().normalize().toString();
        }
        ConfigLoader loader = new ConfigLoader(config, REDIS_COMPAT_VERSION);
        try {
            loader.load(configFile, options);
        } catch (ConfigLoader.FatalConfigError e) {
            if (e.logLine) {
                Log.warning(e.getMessage());
            } else {
                System.err.println(e.getMessage());
            }
            System.exit(1);
        }
        Log.warning("oO0OoO0OoO0Oo respec reference server is starting oO0OoO0OoO0Oo");
        Log.warning("respec reference server version=" + Server.VERSION + ", Redis compatibility="
                + REDIS_COMPAT_VERSION + ", java=" + System.getProperty("java.version") + ", pid="
                + ProcessHandle.current().pid() + ", just started");
        if (configFile == null) {
            Log.warning("Warning: no config file specified, using the default config. In order to specify a config "
                    + "file use java -jar reference-server.jar /path/to/redis.conf");
        } else {
            Log.warning("Configuration loaded");
        }
        for (String p : loader.noEffectParameters()) {
            Log.warning("Config option '" + p + "' is accepted for compatibility but has no effect in the reference server");
        }
        Log.setRole('M');
        Server server;
        try {
            server = new Server(config);
            server.start();
        } catch (IOException e) {
            Log.warning(e.getMessage());
            System.exit(1);
            return;
        }
        Signal.handle(new Signal("TERM"), s -> server.signalShutdown("SIGTERM"));
        Signal.handle(new Signal("INT"), s -> server.signalShutdown("SIGINT"));
        Log.notice("Running mode=standalone, port=" + server.port() + ".");
        Log.warning("Server initialized");
        Log.notice("Ready to accept connections");
        server.run();
        System.exit(0);
    }

    private static void usage() {
        System.err.println("Usage: java -jar reference-server.jar [/path/to/redis.conf] [options]");
        System.err.println("       java -jar reference-server.jar -v or --version");
        System.err.println("       java -jar reference-server.jar -h or --help");
        System.err.println();
        System.err.println("Examples:");
        System.err.println("       java -jar reference-server.jar (run the server with default conf)");
        System.err.println("       java -jar reference-server.jar /etc/redis/6379.conf");
        System.err.println("       java -jar reference-server.jar --port 7777");
        System.err.println("       java -jar reference-server.jar /etc/myredis.conf --loglevel verbose");
    }
}
