package dev.respec.server.command;

/**
 * Redis's error texts, kept in one place (server.c createSharedObjects and the messages handlers
 * share). Pass them to {@code addReplyError}: a text starting with "-" carries its own error code,
 * any other text gets "ERR ".
 */
public final class Errors {
    public static final String WRONGTYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value";
    public static final String SYNTAX = "syntax error";
    public static final String NOT_INTEGER = "value is not an integer or out of range";
    public static final String NOT_FLOAT = "value is not a valid float";
    public static final String OVERFLOW = "increment or decrement would overflow";
    public static final String NO_SUCH_KEY = "no such key";
    public static final String DB_OUT_OF_RANGE = "DB index is out of range";
    public static final String OUT_OF_RANGE = "index out of range";
    public static final String INVALID_CURSOR = "invalid cursor";
    public static final String SAME_OBJECT = "source and destination objects are the same";
    public static final String OOM = "-OOM command not allowed when used memory > 'maxmemory'.";
    /** shared.bgsaveerr: writes refused after a failed background save (stop-writes-on-bgsave-error). */
    public static final String MISCONF = "-MISCONF Redis is configured to save RDB snapshots, but it's currently "
            + "unable to persist to disk. Commands that may modify the data set are disabled, because this instance "
            + "is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error "
            + "option). Please check the Redis logs for details about the RDB error.";

    private Errors() {
    }

    /** "unknown subcommand or wrong number of arguments for 'x'. Try CMD HELP." */
    public static String subcommandSyntax(String sub, String command) {
        return "unknown subcommand or wrong number of arguments for '" + sub + "'. Try "
                + command.toUpperCase() + " HELP.";
    }
}
