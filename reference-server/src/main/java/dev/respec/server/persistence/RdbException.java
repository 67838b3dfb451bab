package dev.respec.server.persistence;

/**
 * A failure to read RDB data: a short read (the file or payload ended early) or corruption
 * (rdbReportCorruptRDB). The message is Redis's text after the "->" of its
 * "Internal error in RDB reading offset ..." line, e.g. "Hash ziplist integrity check failed.".
 */
public final class RdbException extends Exception {
    private final boolean corruption;

    private RdbException(String message, boolean corruption) {
        super(message, null, false, false);
        this.corruption = corruption;
    }

    /** rdbReportCorruptRDB. */
    public static RdbException corrupt(String message) {
        return new RdbException(message, true);
    }

    /** rdbReportReadError: the data ended before the structure did. */
    public static RdbException shortRead() {
        return new RdbException("Unexpected EOF reading RDB file", false);
    }

    public boolean isCorruption() {
        return corruption;
    }
}
