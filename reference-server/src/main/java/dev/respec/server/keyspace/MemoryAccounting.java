package dev.respec.server.keyspace;

import dev.respec.server.Server;
import dev.respec.server.network.Client;
import dev.respec.server.types.Values;
import dev.respec.server.util.NumberFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's memory accounting: what zmalloc_used_memory() is to Redis. {@link #usedMemory} is the
 * estimated heap footprint of everything the server holds for its users, kept so that reading it is
 * O(databases), which lets eviction check it before every command:
 * <ul>
 *   <li>the dataset, maintained incrementally by {@link Database} on every add, overwrite, delete,
 *       expire change and (through {@code Server.keyModified}) in-place change of a value: per key a
 *       dict entry, the key's byte array and the value ({@link Values#allocatedBytes}); per expire a
 *       dict entry and a boxed Long;</li>
 *   <li>the dicts' bucket arrays, read from the dicts when asked;</li>
 *   <li>client buffers (query and reply buffers, plus a fixed per-client cost), summed by
 *       {@link #cron} hz times a second as Redis's clientsCron tracks client memory;</li>
 *   <li>the {@link #startupAllocated} baseline: the empty server's own structures.</li>
 * </ul>
 * Every size comes from {@link ObjectSizes}; INFO memory, MEMORY STATS/USAGE/DOCTOR and
 * maxmemory eviction all read this one class.
 */
public final class MemoryAccounting {
    /**
     * What an idle reference server keeps live on the heap (command table, configuration, event
     * loop): {@code jcmd <pid> GC.class_histogram} (which collects first) totals 4.9 MB with compressed
     * oops and 6.0 MB without, on a server that has just started; rounded to 5 MB.
     */
    public static final long STARTUP_HEAP = 5L << 20;
    /** A Client object with its parser state and bookkeeping, beyond its two buffers. */
    private static final long CLIENT_FIXED = 1024;
    /**
     * Redis calls an instance empty under 5 MB in total, of which about 1 MB is its startup memory;
     * the same 4 MB are compared here net of the (larger) startup memory of a JVM server.
     */
    private static final long DOCTOR_EMPTY_NET_BELOW = 4L << 20;
    private static final long DOCTOR_BIG_CLIENT = 200L << 10;

    private final Server server;
    private long startupAllocated;
    private long clientsMemory;
    private long peak;

    public MemoryAccounting(Server server) {
        this.server = server;
    }

    /** Records the baseline once the databases exist (server.initial_memory_usage). */
    public void startupDone() {
        startupAllocated = 0;
        startupAllocated = STARTUP_HEAP + usedMemory();
        peak = startupAllocated;
    }

    /** serverCron: client buffers and the peak. */
    public void cron() {
        long sum = 0;
        for (Client c : server.networking().clients().values()) {
            sum += clientMemory(c);
        }
        clientsMemory = sum;
        updatePeak();
    }

    private static long clientMemory(Client c) {
        return CLIENT_FIXED + ObjectSizes.byteArray(c.qbuf.data.length) + ObjectSizes.byteArray(c.outputBufferCapacity());
    }

    // ---------------------------------------------------------------- the figures

    /** used_memory. */
    public long usedMemory() {
        long total = startupAllocated + clientsMemory;
        for (int j = 0; j < server.dbCount(); j++) {
            Database db = server.db(j);
            total += db.datasetBytes() + ObjectSizes.dictTables(db.keys) + ObjectSizes.dictTables(db.expires);
        }
        return total;
    }

    public long startupAllocated() {
        return startupAllocated;
    }

    public long clientsMemory() {
        return clientsMemory;
    }

    /** used_memory_peak, refreshed from the current figure. */
    public long peak() {
        updatePeak();
        return peak;
    }

    private void updatePeak() {
        long used = usedMemory();
        if (used > peak) {
            peak = used;
        }
    }

    /**
     * freeMemoryGetNotCountedMemory: memory eviction ignores (replica output buffers and the AOF
     * buffer in Redis; the reference server has none yet).
     */
    public long notCountedMemory() {
        return 0;
    }

    /** overMaxmemoryAfterAlloc: true when allocating moreMem would pass maxmemory. */
    public boolean overMaxmemoryAfterAlloc(long moreMem) {
        long max = server.config().maxmemory;
        if (max == 0) {
            return false;
        }
        long used = Math.max(0, usedMemory() - notCountedMemory());
        return used + moreMem > max;
    }

    /** The size MEMORY USAGE reports: the key's entry, its bytes and its value. */
    public static long keyUsage(byte[] key, RedisObject val) {
        return ObjectSizes.DICT_ENTRY + ObjectSizes.byteArray(key.length) + Values.allocatedBytes(val);
    }

    // ---------------------------------------------------------------- MEMORY STATS and DOCTOR

    /** getMemoryOverheadData: the figures behind MEMORY STATS and MEMORY DOCTOR. */
    public static final class Overhead {
        public long peakAllocated;
        public long totalAllocated;
        public long startupAllocated;
        public long clientsNormal;
        public long overheadTotal;
        public long totalKeys;
        public long bytesPerKey;
        public long dataset;
        public float datasetPercentage;
        public float peakPercentage;
        /** Per database with keys: {id, overhead.hashtable.main, overhead.hashtable.expires}. */
        public final List<long[]> dbs = new ArrayList<>();
        public long heapUsed;
        public long heapCommitted;
        public long rss;
    }

    public Overhead overhead() {
        Overhead mh = new Overhead();
        long used = usedMemory();
        mh.totalAllocated = used;
        mh.startupAllocated = startupAllocated;
        mh.peakAllocated = peak();
        mh.clientsNormal = clientsMemory;
        long total = startupAllocated + clientsMemory;
        for (int j = 0; j < server.dbCount(); j++) {
            Database db = server.db(j);
            long keys = db.size();
            if (keys == 0) {
                continue;
            }
            mh.totalKeys += keys;
            long main = keys * (ObjectSizes.DICT_ENTRY + ObjectSizes.REDIS_OBJECT) + ObjectSizes.dictTables(db.keys);
            long expires = db.expiresSize() * ObjectSizes.DICT_ENTRY + ObjectSizes.dictTables(db.expires);
            mh.dbs.add(new long[] {j, main, expires});
            total += main + expires;
        }
        mh.overheadTotal = total;
        mh.dataset = used - total;
        mh.peakPercentage = (float) used * 100 / mh.peakAllocated;
        long net = used > startupAllocated ? used - startupAllocated : 1;
        mh.datasetPercentage = (float) mh.dataset * 100 / net;
        mh.bytesPerKey = mh.totalKeys > 0 ? net / mh.totalKeys : 0;
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        mh.heapUsed = heap.getUsed();
        mh.heapCommitted = heap.getCommitted();
        mh.rss = processRss();
        return mh;
    }

    /** getMemoryDoctorReport (the checks that apply to a JVM server: emptiness, peak, client buffers). */
    public String doctorReport() {
        Overhead mh = overhead();
        boolean empty = false;
        boolean bigPeak = false;
        boolean bigClientBuf = false;
        int reports = 0;
        if (mh.totalAllocated - mh.startupAllocated < DOCTOR_EMPTY_NET_BELOW) {
            empty = true;
            reports++;
        } else {
            if ((float) mh.peakAllocated / mh.totalAllocated > 1.5) {
                bigPeak = true;
                reports++;
            }
            long clients = server.networking().clients().size();
            if (clients > 0 && mh.clientsNormal / clients > DOCTOR_BIG_CLIENT) {
                bigClientBuf = true;
                reports++;
            }
        }
        if (reports == 0) {
            return "Hi Sam, I can't find any memory issue in your instance. "
                    + "I can only account for what occurs on this base.\n";
        }
        if (empty) {
            return "Hi Sam, this instance is empty or is using very little memory, "
                    + "my issues detector can't be used in these conditions. "
                    + "Please, leave for your mission on Earth and fill it with some data. "
                    + "The new Sam and I will be back to our programming as soon as I "
                    + "finished rebooting.\n";
        }
        StringBuilder s = new StringBuilder("Sam, I detected a few issues in this Redis instance memory implants:\n\n");
        if (bigPeak) {
            s.append(" * Peak memory: In the past this instance used more than 150% the memory that is currently "
                    + "using. The allocator is normally not able to release memory after a peak, so you can expect "
                    + "to see a big fragmentation ratio, however this is actually harmless and is only due to the "
                    + "memory peak, and if the Redis instance Resident Set Size (RSS) is currently bigger than "
                    + "expected, the memory will be used as soon as you fill the Redis instance with more data. If "
                    + "the memory peak was only occasional and you want to try to reclaim memory, please try the "
                    + "MEMORY PURGE command, otherwise the only other option is to shutdown and restart the "
                    + "instance.\n\n");
        }
        if (bigClientBuf) {
            s.append(" * Big client buffers: The clients output buffers in this instance are greater than 200K per "
                    + "client (on average). This may result from different causes, like Pub/Sub clients subscribed "
                    + "to channels bot not receiving data fast enough, so that data piles on the Redis instance "
                    + "output buffer, or clients sending commands with large replies or very large sequences of "
                    + "commands in the same pipeline. Please use the CLIENT LIST command in order to investigate "
                    + "the issue if it causes problems in your instance, or to understand better why certain "
                    + "clients are using a big amount of memory.\n\n");
        }
        s.append("I'm here to keep you safe, Sam. I want to help you.\n");
        return s.toString();
    }

    /** The process's resident set size (Linux /proc), or 0 where unavailable. */
    public static long processRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** bytesToHuman: "123B", "1.21K", "3.50M", "2.00G" ... as INFO prints them. */
    public static String bytesToHuman(long n) {
        String[] units = {"K", "M", "G", "T", "P"};
        if (n < 1024) {
            return n + "B";
        }
        long unit = 1024;
        for (String name : units) {
            if (unit > Long.MAX_VALUE / 1024 || n < unit * 1024) {
                return NumberFormat.fixed((double) n / unit, 2) + name;
            }
            unit *= 1024;
        }
        return n + "B";
    }
}
