package dev.respec.server.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An RDB file being written the crash-safe way rdbSave uses: into {@code temp-<pid>.rdb} in the
 * data dir, the CRC64 of every byte kept as it goes, then the checksum trailer (0 with
 * {@code rdbchecksum no}), fsync, close, an atomic rename over the destination and an fsync of the
 * directory. A crash at any point leaves either the old dump or the new one, never a torn file.
 * Used by one thread at a time (the loop for SAVE, the writer thread for BGSAVE).
 */
final class RdbFile implements AutoCloseable {
    private final Path temp;
    private final FileChannel ch;
    private long crc;
    private long size;
    private boolean done;

    private RdbFile(Path temp, FileChannel ch) {
        this.temp = temp;
        this.ch = ch;
    }

    /**
     * The temp file name of a save: Redis's {@code temp-<pid>.rdb}; a background save, which Redis's
     * child writes under its own pid, gets {@code temp-bgsave-<pid>.rdb} here so the two never meet.
     */
    static String tempName(boolean background) {
        return "temp-" + (background ? "bgsave-" : "") + ProcessHandle.current().pid() + ".rdb";
    }

    static RdbFile create(Path dir, boolean background) throws IOException {
        Path temp = dir.resolve(tempName(background));
        FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new RdbFile(temp, ch);
    }

    Path temp() {
        return temp;
    }

    long size() {
        return size;
    }

    void write(byte[] buf, int len) throws IOException {
        crc = Crc64.update(crc, buf, 0, len);
        ByteBuffer b = ByteBuffer.wrap(buf, 0, len);
        while (b.hasRemaining()) {
            ch.write(b);
        }
        size += len;
    }

    /** Appends the trailer, syncs, and renames over {@code target}; the file is then complete. */
    void commit(Path target, boolean checksum) throws IOException {
        long c = checksum ? crc : 0;
        byte[] trailer = new byte[8];
        for (int i = 0; i < 8; i++) {
            trailer[i] = (byte) (c >>> (8 * i));
        }
        ByteBuffer b = ByteBuffer.wrap(trailer);
        while (b.hasRemaining()) {
            ch.write(b);
        }
        size += 8;
        ch.force(true);
        ch.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RenameFailed(temp, target, e);
        }
        done = true;
        fsyncDir(target.toAbsolutePath().getParent());
    }

    /** The last step failed: the new file could not replace the old one (which stays). */
    static final class RenameFailed extends IOException {
        RenameFailed(Path temp, Path target, IOException cause) {
            super("Error moving temp DB file " + temp.getFileName() + " on the final destination "
                    + target.getFileName() + " (in server root dir " + temp.toAbsolutePath().getParent() + "): "
                    + RdbPersistence.reason(cause), cause);
        }
    }

    /** fsyncFileDir: makes the rename itself durable. */
    private static void fsyncDir(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }

    /** Closes and, unless committed, removes the temp file. */
    @Override
    public void close() {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing more to do with a file being thrown away
        }
        if (!done) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover temp file is harmless: the next save truncates it
            }
        }
    }
}
