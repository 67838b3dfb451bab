package dev.respec.server.persistence;

import dev.respec.server.util.Log;

/**
 * The persistence engine as the rest of the server sees it: what shutdown (SHUTDOWN, SIGTERM) asks
 * of it. The RDB and AOF implementation plugs in here through {@code Server#setPersistence}; until
 * then {@link #NONE} keeps the dataset in memory only and says so in the log.
 */
public interface Persistence {
    /**
     * rdbSave before exiting ("Saving the final RDB snapshot before exiting."). Returns false when
     * the snapshot could not be written, which makes a SHUTDOWN without FORCE fail.
     */
    boolean saveOnShutdown();

    /** Flushes and fsyncs the append only file before exiting; nothing to do without AOF. */
    default void flushOnShutdown() {
    }

    /** No persistence engine: nothing is written, and the log says so. */
    Persistence NONE = () -> {
        Log.warning("The reference server has no RDB persistence yet: the dataset was not saved.");
        return true;
    };
}
