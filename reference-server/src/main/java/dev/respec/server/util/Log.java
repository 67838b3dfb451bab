package dev.respec.server.util;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * serverLog: lines in Redis's format, {@code pid:M 25 Nov 2026 21:53:22.123 * message}, with the level
 * marks '.' debug, '-' verbose, '*' notice, '#' warning. Writes to stdout or to {@code logfile}.
 * Thread-safe (background threads log too); each line is written whole.
 */
public final class Log {
    public static final int DEBUG = 0;
    public static final int VERBOSE = 1;
    public static final int NOTICE = 2;
    public static final int WARNING = 3;

    private static final char[] MARKS = {'.', '-', '*', '#'};
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS", Locale.ENGLISH);
    private static final long PID = ProcessHandle.current().pid();

    private static volatile int level = NOTICE;
    private static volatile PrintStream out = System.out;
    private static volatile char role = 'M';

    private Log() {
    }

    public static void setLevel(int newLevel) {
        level = newLevel;
    }

    public static int level() {
        return level;
    }

    /** Sends the log to a file (appending), or to stdout for an empty name, as Redis's logfile does. */
    public static synchronized void setFile(String path) throws IOException {
        PrintStream next = path == null || path.isEmpty()
                ? System.out
                : new PrintStream(new FileOutputStream(path, true), true, StandardCharsets.UTF_8);
        PrintStream prev = out;
        out = next;
        if (prev != System.out && prev != next) {
            prev.close();
        }
    }

    public static void setRole(char newRole) {
        role = newRole;
    }

    public static void log(int lvl, String msg) {
        if (lvl < level) {
            return;
        }
        String line = PID + ":" + role + " " + LocalDateTime.now().format(TIME) + " " + MARKS[lvl] + " " + msg;
        PrintStream o = out;
        synchronized (Log.class) {
            o.println(line);
            o.flush();
        }
    }

    /**
     * serverLogFromHandler: the line a signal handler writes, {@code pid:signal-handler (unixtime) msg},
     * without the usual time format (Redis avoids non async-signal-safe calls there).
     */
    public static void fromSignalHandler(String msg) {
        String line = PID + ":signal-handler (" + System.currentTimeMillis() / 1000 + ") " + msg;
        PrintStream o = out;
        synchronized (Log.class) {
            o.println(line);
            o.flush();
        }
    }

    public static void debug(String msg) {
        log(DEBUG, msg);
    }

    public static void verbose(String msg) {
        log(VERBOSE, msg);
    }

    public static void notice(String msg) {
        log(NOTICE, msg);
    }

    public static void warning(String msg) {
        log(WARNING, msg);
    }
}
