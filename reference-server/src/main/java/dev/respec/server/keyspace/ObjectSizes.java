package dev.respec.server.keyspace;

import java.lang.management.ManagementFactory;

/**
 * The heap footprint of the JVM objects the dataset is made of, as HotSpot lays them out: what
 * zmalloc_size is to Redis. Memory accounting adds these up incrementally; nothing here walks a heap.
 *
 * <p>Layout (64-bit HotSpot): an object is a 12-byte header (mark word + compressed class pointer)
 * plus its fields, an array a 16-byte header plus its elements, everything padded to 8 bytes.
 * References take 4 bytes with compressed oops (heaps under 32 GB) and 8 without. Every size
 * returned is a multiple of 8.
 */
public final class ObjectSizes {
    public static final boolean COMPRESSED_OOPS = compressedOops();
    public static final int REFERENCE = COMPRESSED_OOPS ? 4 : 8;
    public static final int OBJECT_HEADER = 12;
    public static final int ARRAY_HEADER = 16;

    /** Dict.Entry: key, val, next references, hash and meta ints. */
    public static final long DICT_ENTRY = align(OBJECT_HEADER + 3L * REFERENCE + 8);
    /** RedisObject: type, encoding and shared bytes, lru int, ptr reference. */
    public static final long REDIS_OBJECT = align(OBJECT_HEADER + 3 + 4 + REFERENCE);
    /** A boxed Long (expire times in the expires dict). */
    public static final long LONG_BOX = align(OBJECT_HEADER + 8);
    /**
     * A Dict: its fields (table, size, segments and used arrays, policy, scratch entry, rehash index,
     * pause count) and its three small arrays.
     */
    public static final long DICT = align(OBJECT_HEADER + 6L * REFERENCE + 8 + 4)
            + referenceArray(2) + 2 * align(ARRAY_HEADER + 2 * 4) + align(ARRAY_HEADER + 2 * 8);

    private ObjectSizes() {
    }

    public static long align(long n) {
        return (n + 7) & ~7L;
    }

    public static long byteArray(long length) {
        return align(ARRAY_HEADER + length);
    }

    public static long referenceArray(long length) {
        return align(ARRAY_HEADER + length * REFERENCE);
    }

    /** The dict itself, its bucket arrays and its entries (not what keys and values point to). */
    public static long dictOverhead(Dict d) {
        return DICT + d.tableBytes() + d.size() * DICT_ENTRY;
    }

    /** The bucket arrays of a dict (the segments in use and their directories). */
    public static long dictTables(Dict d) {
        return d.tableBytes();
    }

    private static boolean compressedOops() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean bean =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Boolean.parseBoolean(bean.getVMOption("UseCompressedOops").getValue());
        } catch (RuntimeException | LinkageError e) {
            return Runtime.getRuntime().maxMemory() < (32L << 30);
        }
    }
}
