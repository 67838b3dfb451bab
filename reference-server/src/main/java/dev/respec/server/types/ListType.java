package dev.respec.server.types;

import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.protocol.BulkSink;
import java.util.function.Consumer;

/**
 * The list type's API (t_list.c "List API"): the only code that knows a list value is a
 * {@link Quicklist}. In Redis 7.0 every list is quicklist-encoded, whatever its size (OBJECT
 * ENCODING always says "quicklist"); the quicklist's fill ({@code list-max-listpack-size}) and
 * compress depth ({@code list-compress-depth}) are the configuration's when the list is created.
 *
 * <p>Indexes follow Redis: 0 is the head, -1 the tail. Where a direction is asked for, {@link #HEAD}
 * means the left end (LPUSH, LPOP) and {@link #TAIL} the right end. The API never leaves an empty
 * list behind on its own: callers delete the key when {@link #length} reaches 0.
 */
public final class ListType {
    public static final int HEAD = Quicklist.HEAD;
    public static final int TAIL = Quicklist.TAIL;
    /** quicklistCreate's fill: listpacks of up to 8 KB. */
    private static final int DEFAULT_FILL = -2;

    private ListType() {
    }

    /** createQuicklistObject + quicklistSetOptions with the current configuration. */
    public static RedisObject create(int fill, int compressDepth) {
        return new RedisObject(RedisObject.LIST, RedisObject.ENC_QUICKLIST, new Quicklist(fill, compressDepth));
    }

    /**
     * createQuicklistObject on its own, without quicklistSetOptions: quicklist's defaults (fill -2,
     * no compression) whatever the configuration says. What SORT ... STORE builds its list with.
     */
    public static RedisObject createDefault() {
        return create(DEFAULT_FILL, 0);
    }

    /** Wraps a quicklist built elsewhere (RDB loading). */
    public static RedisObject fromQuicklist(Quicklist ql) {
        return new RedisObject(RedisObject.LIST, RedisObject.ENC_QUICKLIST, ql);
    }

    /** The quicklist behind a list value, for persistence (RDB saving walks its nodes). */
    public static Quicklist quicklist(RedisObject o) {
        return (Quicklist) o.ptr;
    }

    private static Quicklist ql(RedisObject o) {
        return (Quicklist) o.ptr;
    }

    public static long length(RedisObject o) {
        return ql(o).count();
    }

    /** listTypePush. */
    public static void push(RedisObject o, byte[] value, int where) {
        ql(o).push(value, where);
    }

    /** listTypePop: the element taken from that end, or null when the list is empty. */
    public static byte[] pop(RedisObject o, int where) {
        return ql(o).pop(where);
    }

    /** LINDEX: the element at index, or null when out of range. */
    public static byte[] index(RedisObject o, long index) {
        return ql(o).index(index);
    }

    /** LSET: false when the index is out of range. */
    public static boolean set(RedisObject o, long index, byte[] value) {
        return ql(o).replaceAtIndex(index, value);
    }

    /**
     * LINSERT: inserts value before (or after) the first element equal to pivot, searching from the
     * head. False when the pivot is not in the list.
     */
    public static boolean insert(RedisObject o, byte[] pivot, byte[] value, boolean after) {
        Quicklist.Iter it = ql(o).iterator(Quicklist.HEAD);
        while (it.next()) {
            if (it.valueEquals(pivot)) {
                it.insert(value, after);
                it.release();
                return true;
            }
        }
        it.release();
        return false;
    }

    /**
     * Hands the elements of [start, end] (already normalised, 0 &lt;= start &lt;= end &lt; length) to
     * the sink, head to tail, or tail to head when reverse (addListRangeReply). The sink may keep
     * the arrays it gets.
     */
    public static void range(RedisObject o, long start, long end, boolean reverse, Consumer<byte[]> sink) {
        forRange(o, start, end, reverse, it -> sink.accept(it.value()));
    }

    /** The same range as bulk replies written straight from the list's nodes (LRANGE's reply). */
    public static void replyRange(RedisObject o, long start, long end, boolean reverse, BulkSink sink) {
        forRange(o, start, end, reverse, it -> it.emitValue(sink));
    }

    private static void forRange(RedisObject o, long start, long end, boolean reverse, Consumer<Quicklist.Iter> each) {
        long n = end - start + 1;
        Quicklist.Iter it = ql(o).iteratorAtIndex(reverse ? Quicklist.TAIL : Quicklist.HEAD, reverse ? end : start);
        while (n-- > 0 && it.next()) {
            each.accept(it);
        }
        it.release();
    }

    /** listTypeDelRange: deletes n elements from start (negative from the tail). */
    public static void deleteRange(RedisObject o, long start, long n) {
        ql(o).delRange(start, n);
    }

    /** LTRIM's deletions: ltrim elements from the head, then rtrim from the tail. */
    public static void trim(RedisObject o, long ltrim, long rtrim) {
        Quicklist q = ql(o);
        q.delRange(0, ltrim);
        q.delRange(-rtrim, rtrim);
    }

    /**
     * LREM: removes elements equal to value, at most count of them (0 = all), from the head when
     * fromTail is false, else from the tail. Returns how many went away.
     */
    public static long remove(RedisObject o, byte[] value, long count, boolean fromTail) {
        Quicklist q = ql(o);
        Quicklist.Iter it = fromTail ? q.iteratorAtIndex(Quicklist.TAIL, -1) : q.iteratorAtIndex(Quicklist.HEAD, 0);
        long removed = 0;
        if (it == null) {
            return 0;
        }
        while (it.next()) {
            if (it.valueEquals(value)) {
                it.delete();
                removed++;
                if (count != 0 && removed == count) {
                    break;
                }
            }
        }
        it.release();
        return removed;
    }

    /** What LPOS reports for each match: its index counted from the head, and how many matched so far. */
    @FunctionalInterface
    public interface MatchSink {
        /** Returns false to stop the search. */
        boolean match(long index, long matches);
    }

    /**
     * LPOS's scan: visits at most maxlen elements (0 = all) from the head, or from the tail when
     * fromTail, and reports the index of every match from the rank-th on until the sink says stop
     * (a rank below 1 lets every match through, as Redis's C arithmetic does for the lowest rank).
     */
    public static void positions(RedisObject o, byte[] value, long rank, long maxlen, boolean fromTail,
                                 MatchSink sink) {
        Quicklist q = ql(o);
        long llen = q.count();
        Quicklist.Iter it = fromTail ? q.iteratorAtIndex(Quicklist.TAIL, -1) : q.iteratorAtIndex(Quicklist.HEAD, 0);
        if (it == null) {
            return;
        }
        long index = 0;
        long matches = 0;
        while ((maxlen == 0 || index < maxlen) && it.next()) {
            if (it.valueEquals(value)) {
                matches++;
                if (matches >= rank && !sink.match(fromTail ? llen - index - 1 : index, matches)) {
                    break;
                }
            }
            index++;
        }
        it.release();
    }

    /** Visits every element head to tail (DEBUG DIGEST, SORT, persistence). */
    public static void forEach(RedisObject o, Consumer<byte[]> sink) {
        Quicklist.Iter it = ql(o).iterator(Quicklist.HEAD);
        while (it.next()) {
            sink.accept(it.valueView());
        }
        it.release();
    }

    /** listTypeDup (COPY): a deep copy with the same quicklist options and node layout. */
    public static RedisObject dup(RedisObject o) {
        return new RedisObject(RedisObject.LIST, RedisObject.ENC_QUICKLIST, ql(o).dup());
    }

    /** Heap bytes behind the value (MEMORY USAGE, maxmemory accounting); O(1). */
    public static long allocatedBytes(RedisObject o) {
        return ql(o).allocatedBytes();
    }

    /** DEBUG QUICKLIST's printout (quicklistRepr without the per-entry detail). */
    public static String describe(RedisObject o) {
        return ql(o).repr();
    }

    /** DEBUG OBJECT's quicklist fields (debug.c), leading space included. */
    public static String debugObjectFields(RedisObject o) {
        Quicklist q = ql(o);
        double avg = (double) q.count() / q.nodeCount();
        return " ql_nodes:" + q.nodeCount()
                + " ql_avg_node:" + String.format(java.util.Locale.ROOT, "%.2f", avg)
                + " ql_listpack_max:" + q.fill()
                + " ql_compressed:" + (q.compressDepth() != 0 ? 1 : 0)
                + " ql_uncompressed_size:" + q.uncompressedSize();
    }
}
