package dev.respec.server.types;

import dev.respec.server.keyspace.ObjectSizes;
import dev.respec.server.keyspace.Digest;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sorted-set type's API (t_zset.c "Common sorted set API"): the only code that knows how sorted
 * sets are encoded and that converts them.
 *
 * <p>Encodings, as Redis 7.0:
 * <ul>
 *   <li>"listpack": a {@link Listpack} of member, score, member, score ... in (score, member) order.
 *       A score is stored as an integer entry when it is integral within ±2^62 (double2ll), otherwise
 *       as its "%.17g" text ("inf", "-inf"), so -0 becomes 0 and 1e17 reads back as
 *       "100000000000000000" in ZSCAN;</li>
 *   <li>"skiplist": a {@link Skiplist} for order and ranks plus a {@link Dict} from member to its node
 *       (scores kept exactly, -0 included).</li>
 * </ul>
 * When they convert: ZADD creates a skiplist directly when {@code zset-max-listpack-entries} is 0 or
 * its first member is longer than {@code zset-max-listpack-value}; a listpack converts when an added
 * member would pass either threshold (or the listpack's 1 GB safety limit). A skiplist never converts
 * back on its own; only fresh values come back as listpacks: the destinations of ZUNIONSTORE,
 * ZINTERSTORE and ZDIFFSTORE ({@link #convertToListpackIfNeeded}) and of ZRANGESTORE (which starts as
 * a listpack unless the rank range is longer than the entries limit). SORT converts its listpack
 * input to a skiplist for good ({@link #convertToSkiplist}), as Redis does.
 *
 * <p>Members come back as byte[] that callers must not modify.
 */
public final class ZSetType {
    /** ZADD input flags (ZADD_IN_*). */
    public static final int IN_INCR = 1;
    public static final int IN_NX = 1 << 1;
    public static final int IN_XX = 1 << 2;
    public static final int IN_GT = 1 << 3;
    public static final int IN_LT = 1 << 4;
    /** ZADD output flags (ZADD_OUT_*). */
    public static final int OUT_NOP = 1;
    public static final int OUT_NAN = 1 << 1;
    public static final int OUT_ADDED = 1 << 2;
    public static final int OUT_UPDATED = 1 << 3;

    /** LISTPACK_MAX_SAFETY_SIZE: a listpack never grows past 1 GB. */
    private static final long LISTPACK_MAX_SAFETY_SIZE = 1L << 30;
    /** ZRANDMEMBER_SUB_STRATEGY_MUL: below this ratio of size to count, copy the set and remove. */
    private static final int RANDOM_SUB_STRATEGY_MUL = 3;

    private ZSetType() {
    }

    /** The skiplist encoding: ordered nodes plus member → node. */
    static final class Zset implements Dict.Backed {
        /** The Zset object and its empty Skiplist, for memory accounting. */
        static final long OBJECT_BYTES = ObjectSizes.align(ObjectSizes.OBJECT_HEADER + 2L * ObjectSizes.REFERENCE) + Skiplist.FIXED_BYTES;

        final Dict dict = new Dict();
        final Skiplist zsl = new Skiplist();

        @Override
        public Dict dict() {
            return dict;
        }
    }

    /** Receives (member, score) pairs in the order an operation defines. */
    @FunctionalInterface
    public interface PairVisitor {
        void visit(byte[] member, double score);
    }

    // ------------------------------------------------------------------ creation and conversion

    /** createZsetListpackObject. */
    public static RedisObject createListpack() {
        return new RedisObject(RedisObject.ZSET, RedisObject.ENC_LISTPACK, new Listpack());
    }

    /** createZsetObject. */
    public static RedisObject createSkiplist() {
        return new RedisObject(RedisObject.ZSET, RedisObject.ENC_SKIPLIST, new Zset());
    }

    /**
     * The value ZADD creates for a missing key: a skiplist when listpacks are off (entries limit 0) or
     * the first member given is longer than the value limit, a listpack otherwise. Later members are
     * not looked at here; adding them converts as usual.
     */
    public static RedisObject createForAdd(ServerConfig cfg, byte[] firstMember) {
        if (cfg.zsetMaxListpackEntries == 0 || cfg.zsetMaxListpackValue < firstMember.length) {
            return createSkiplist();
        }
        return createListpack();
    }

    /** zrangeResultBeginStore: the destination of ZRANGESTORE for a result of this many members (-1: unknown). */
    public static RedisObject createForStore(ServerConfig cfg, long length) {
        return length > cfg.zsetMaxListpackEntries ? createSkiplist() : createListpack();
    }

    /** zsetConvert(listpack → skiplist). */
    public static void convertToSkiplist(RedisObject o) {
        if (o.encoding != RedisObject.ENC_LISTPACK) {
            return;
        }
        Listpack lp = (Listpack) o.ptr;
        Zset zs = new Zset();
        for (int e = lp.first(); e >= 0; ) {
            int s = lp.next(e);
            byte[] ele = lp.getBytes(e);
            Skiplist.Node node = zs.zsl.insert(scoreAt(lp, s), ele);
            zs.dict.add(ele, node);
            e = lp.next(s);
        }
        o.ptr = zs;
        o.encoding = RedisObject.ENC_SKIPLIST;
    }

    /** zsetConvert(skiplist → listpack). */
    static void convertToListpack(RedisObject o) {
        if (o.encoding != RedisObject.ENC_SKIPLIST) {
            return;
        }
        Zset zs = (Zset) o.ptr;
        Listpack lp = new Listpack();
        for (Skiplist.Node n = zs.zsl.first(); n != null; n = n.next()) {
            insertAt(lp, -1, n.ele, n.score());
        }
        o.ptr = lp;
        o.encoding = RedisObject.ENC_LISTPACK;
    }

    /**
     * zsetConvertToListpackIfNeeded: a freshly computed skiplist (ZUNIONSTORE, ZINTERSTORE,
     * ZDIFFSTORE) becomes a listpack when it is small enough: at most the entries limit, no member
     * longer than the value limit, and the members' total length safe for a listpack.
     */
    public static void convertToListpackIfNeeded(ServerConfig cfg, RedisObject o, long maxElementLength,
                                                 long totalElementLength) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return;
        }
        Zset zs = (Zset) o.ptr;
        if (zs.zsl.length() <= cfg.zsetMaxListpackEntries && maxElementLength <= cfg.zsetMaxListpackValue
                && totalElementLength <= LISTPACK_MAX_SAFETY_SIZE) {
            convertToListpack(o);
        }
    }

    // ------------------------------------------------------------------ persistence

    /** A listpack sorted set kept as it is (an RDB ZSET_LISTPACK blob, already validated). */
    public static RedisObject fromListpack(Listpack lp) {
        return new RedisObject(RedisObject.ZSET, RedisObject.ENC_LISTPACK, lp);
    }

    /** The exact listpack image of a listpack sorted set (what RDB and DUMP write). */
    public static byte[] listpackImage(RedisObject o) {
        return ((Listpack) o.ptr).toBytes();
    }

    /** zsetDup (COPY): a deep copy in the same encoding. */
    public static RedisObject dup(RedisObject o) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return new RedisObject(RedisObject.ZSET, RedisObject.ENC_LISTPACK, ((Listpack) o.ptr).copy());
        }
        Zset src = (Zset) o.ptr;
        RedisObject copy = createSkiplist();
        Zset dst = (Zset) copy.ptr;
        dst.dict.expand(src.dict.size());
        for (Skiplist.Node n = src.zsl.last(); n != null; n = n.prev()) {
            dst.dict.add(n.ele, dst.zsl.insert(n.score(), n.ele));
        }
        return copy;
    }

    // ------------------------------------------------------------------ listpack helpers (zzl*)

    /** zzlGetScore: an integer entry, or the text of a double. */
    private static double scoreAt(Listpack lp, int sptr) {
        if (lp.isInt(sptr)) {
            return lp.getLong(sptr);
        }
        return NumberFormat.strtod(lp.getBytes(sptr), 0);
    }

    /**
     * double2ll: the score as a long when it is integral and within ±LLONG_MAX/2 (which is how a
     * listpack stores it), else null.
     */
    static boolean double2ll(double d, long[] out) {
        if (d < -(double) (Long.MAX_VALUE / 2) || d > (double) (Long.MAX_VALUE / 2)) {
            return false;
        }
        long ll = (long) d;
        if (ll == d) {
            out[0] = ll;
            return true;
        }
        return false;
    }

    /** The listpack entry for a score: integers in decimal (stored as integers), else d2string's text. */
    static byte[] scoreEntry(double score) {
        long[] ll = new long[1];
        if (double2ll(score, ll)) {
            return Bytes.fromLong(ll[0]);
        }
        return Bytes.latin1(NumberFormat.g17(score));
    }

    /** zzlInsertAt: inserts the pair before the member at eptr, or appends it (eptr -1). */
    private static void insertAt(Listpack lp, int eptr, byte[] ele, double score) {
        byte[] s = scoreEntry(score);
        if (eptr < 0) {
            lp.append(ele);
            lp.append(s);
        } else {
            int p = lp.insertBefore(eptr, ele);
            lp.insertAfter(p, s);
        }
    }

    /** zzlInsert: inserts the pair at its place in (score, member) order. */
    private static void insert(Listpack lp, byte[] ele, double score) {
        int e = lp.first();
        while (e >= 0) {
            int s = lp.next(e);
            double cur = scoreAt(lp, s);
            if (cur > score || (cur == score && lp.compareAt(e, ele) > 0)) {
                insertAt(lp, e, ele, score);
                return;
            }
            e = lp.next(s);
        }
        insertAt(lp, -1, ele, score);
    }

    /** zzlFind: the member's position, or -1; its score in score[0]. */
    private static int find(Listpack lp, byte[] ele, double[] score) {
        int e = lp.first();
        if (e < 0) {
            return -1;
        }
        e = lp.find(e, ele, 1);
        if (e >= 0 && score != null) {
            score[0] = scoreAt(lp, lp.next(e));
        }
        return e;
    }

    /** zzlDelete: the member at eptr and its score (each delete moves what follows into place). */
    private static void deletePair(Listpack lp, int eptr) {
        lp.delete(eptr);
        lp.delete(eptr);
    }

    private static boolean safeToAdd(Listpack lp, long add) {
        return lp.bytesUsed() + add <= LISTPACK_MAX_SAFETY_SIZE;
    }

    // ------------------------------------------------------------------ reads

    /** zsetLength. */
    public static long length(RedisObject o) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return ((Listpack) o.ptr).size() / 2;
        }
        return ((Zset) o.ptr).zsl.length();
    }

    /** zsetScore: true with the member's score in out[0], false when it is absent. */
    public static boolean score(RedisObject o, byte[] member, double[] out) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return find((Listpack) o.ptr, member, out) >= 0;
        }
        Object n = ((Zset) o.ptr).dict.get(member);
        if (n == null) {
            return false;
        }
        out[0] = ((Skiplist.Node) n).score();
        return true;
    }

    /** zsetRank: the 0-based rank (from the top when reverse), or -1 when the member is absent. */
    public static long rank(RedisObject o, byte[] member, boolean reverse) {
        long len = length(o);
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            long rank = 0;
            for (int e = lp.first(); e >= 0; e = lp.next(lp.next(e))) {
                if (lp.equalsAt(e, member)) {
                    return reverse ? len - 1 - rank : rank;
                }
                rank++;
            }
            return -1;
        }
        Zset zs = (Zset) o.ptr;
        Object n = zs.dict.get(member);
        if (n == null) {
            return -1;
        }
        long rank = zs.zsl.rank(((Skiplist.Node) n).score(), member);
        return reverse ? len - rank : rank - 1;
    }

    // ------------------------------------------------------------------ writes

    /**
     * zsetAdd: adds, updates or (with flags) refuses one member. Returns the ZADD_OUT_* flags; OUT_NAN
     * means nothing changed because the score (or the incremented score) is not a number. The score
     * the member ends up with (when not OUT_NOP) is left in newScore[0].
     */
    public static int add(ServerConfig cfg, RedisObject o, double score, byte[] ele, int flags, double[] newScore) {
        boolean incr = (flags & IN_INCR) != 0;
        boolean nx = (flags & IN_NX) != 0;
        boolean xx = (flags & IN_XX) != 0;
        boolean gt = (flags & IN_GT) != 0;
        boolean lt = (flags & IN_LT) != 0;
        if (Double.isNaN(score)) {
            return OUT_NAN;
        }
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            double[] cur = new double[1];
            int e = find(lp, ele, cur);
            if (e >= 0) {
                if (nx) {
                    return OUT_NOP;
                }
                if (incr) {
                    score += cur[0];
                    if (Double.isNaN(score)) {
                        return OUT_NAN;
                    }
                }
                if ((lt && score >= cur[0]) || (gt && score <= cur[0])) {
                    return OUT_NOP;
                }
                newScore[0] = score;
                if (score != cur[0]) {
                    deletePair(lp, e);
                    insert(lp, ele, score);
                    return OUT_UPDATED;
                }
                return 0;
            }
            if (xx) {
                return OUT_NOP;
            }
            if (lp.size() / 2 + 1 > cfg.zsetMaxListpackEntries || ele.length > cfg.zsetMaxListpackValue
                    || !safeToAdd(lp, ele.length)) {
                convertToSkiplist(o);
            } else {
                insert(lp, ele, score);
                newScore[0] = score;
                return OUT_ADDED;
            }
        }
        Zset zs = (Zset) o.ptr;
        Dict.Entry de = zs.dict.find(ele);
        if (de != null) {
            if (nx) {
                return OUT_NOP;
            }
            Skiplist.Node node = (Skiplist.Node) de.val;
            double cur = node.score();
            if (incr) {
                score += cur;
                if (Double.isNaN(score)) {
                    return OUT_NAN;
                }
            }
            if ((lt && score >= cur) || (gt && score <= cur)) {
                return OUT_NOP;
            }
            newScore[0] = score;
            if (score != cur) {
                de.val = zs.zsl.updateScore(cur, node.ele, score);
                return OUT_UPDATED;
            }
            return 0;
        }
        if (xx) {
            return OUT_NOP;
        }
        zs.dict.add(ele, zs.zsl.insert(score, ele));
        newScore[0] = score;
        return OUT_ADDED;
    }

    /** zsetDel: true when the member was there. A skiplist's dict shrinks when it gets sparse. */
    public static boolean delete(RedisObject o, byte[] ele) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int e = find(lp, ele, null);
            if (e < 0) {
                return false;
            }
            deletePair(lp, e);
            return true;
        }
        Zset zs = (Zset) o.ptr;
        Dict.Entry de = zs.dict.remove(ele);
        if (de == null) {
            return false;
        }
        zs.zsl.delete(((Skiplist.Node) de.val).score(), de.key);
        zs.dict.shrinkIfNeeded();
        return true;
    }

    /**
     * genericZpopCommand's step: removes the member with the lowest (or highest) score and returns it,
     * with its score in score[0]. The set must not be empty.
     */
    public static byte[] pop(RedisObject o, boolean max, double[] score) {
        byte[] ele;
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int e = lp.seek(max ? -2 : 0);
            ele = lp.getBytes(e);
            score[0] = scoreAt(lp, lp.next(e));
            deletePair(lp, e);
            return ele;
        }
        Zset zs = (Zset) o.ptr;
        Skiplist.Node n = max ? zs.zsl.last() : zs.zsl.first();
        score[0] = n.score();
        delete(o, n.ele);
        return n.ele;
    }

    // ------------------------------------------------------------------ ranges

    /**
     * The members of 0-based ranks start..end inclusive (already clamped to the set), from the lowest
     * score, or from the highest when reverse.
     */
    public static void rangeByRank(RedisObject o, long start, long end, boolean reverse, PairVisitor v) {
        long n = end - start + 1;
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int e = lp.seek(reverse ? -2 - 2 * start : 2 * start);
            while (n-- > 0) {
                int s = lp.next(e);
                v.visit(lp.getBytes(e), scoreAt(lp, s));
                e = reverse ? prevMember(lp, e) : lp.next(s);
            }
            return;
        }
        Zset zs = (Zset) o.ptr;
        long len = zs.zsl.length();
        Skiplist.Node x;
        if (reverse) {
            x = start > 0 ? zs.zsl.byRank(len - start) : zs.zsl.last();
        } else {
            x = start > 0 ? zs.zsl.byRank(start + 1) : zs.zsl.first();
        }
        while (n-- > 0) {
            v.visit(x.ele, x.score());
            x = reverse ? x.prev() : x.next();
        }
    }

    private static int prevMember(Listpack lp, int eptr) {
        int s = lp.prev(eptr);
        return s < 0 ? -1 : lp.prev(s);
    }

    /** zzlFirstInRange / zzlLastInRange for a listpack. */
    private static int listpackEdgeInRange(Listpack lp, ZRange.Score range, boolean last) {
        if (range.isEmpty() || lp.size() == 0) {
            return -1;
        }
        if (!range.gteMin(scoreAt(lp, lp.seek(-1))) || !range.lteMax(scoreAt(lp, lp.seek(1)))) {
            return -1;
        }
        if (!last) {
            for (int e = lp.first(); e >= 0; ) {
                int s = lp.next(e);
                double score = scoreAt(lp, s);
                if (range.gteMin(score)) {
                    return range.lteMax(score) ? e : -1;
                }
                e = lp.next(s);
            }
            return -1;
        }
        for (int e = lp.seek(-2); e >= 0; e = prevMember(lp, e)) {
            double score = scoreAt(lp, lp.next(e));
            if (range.lteMax(score)) {
                return range.gteMin(score) ? e : -1;
            }
        }
        return -1;
    }

    /** zzlFirstInLexRange / zzlLastInLexRange for a listpack. */
    private static int listpackEdgeInLexRange(Listpack lp, ZRange.Lex range, boolean last) {
        if (range.isEmpty() || lp.size() == 0) {
            return -1;
        }
        if (!range.gteMin(lp.getBytes(lp.seek(-2))) || !range.lteMax(lp.getBytes(lp.seek(0)))) {
            return -1;
        }
        if (!last) {
            for (int e = lp.first(); e >= 0; e = lp.next(lp.next(e))) {
                byte[] ele = lp.getBytes(e);
                if (range.gteMin(ele)) {
                    return range.lteMax(ele) ? e : -1;
                }
            }
            return -1;
        }
        for (int e = lp.seek(-2); e >= 0; e = prevMember(lp, e)) {
            byte[] ele = lp.getBytes(e);
            if (range.lteMax(ele)) {
                return range.gteMin(ele) ? e : -1;
            }
        }
        return -1;
    }

    /**
     * genericZrangebyscoreCommand's walk: skips {@code offset} members of the range (in its order),
     * then visits up to {@code limit} of them (all when negative). Returns how many were visited. As
     * in C, a negative offset never stops skipping, so it visits nothing.
     */
    public static long rangeByScore(RedisObject o, ZRange.Score range, long offset, long limit, boolean reverse,
                                    PairVisitor v) {
        if (offset > 0 && offset >= length(o)) {
            return 0;
        }
        long visited = 0;
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int e = listpackEdgeInRange(lp, range, reverse);
            while (e >= 0 && offset-- != 0) {
                e = reverse ? prevMember(lp, e) : lp.next(lp.next(e));
            }
            while (e >= 0 && limit-- != 0) {
                int s = lp.next(e);
                double score = scoreAt(lp, s);
                if (reverse ? !range.gteMin(score) : !range.lteMax(score)) {
                    break;
                }
                visited++;
                v.visit(lp.getBytes(e), score);
                e = reverse ? prevMember(lp, e) : lp.next(s);
            }
            return visited;
        }
        Zset zs = (Zset) o.ptr;
        Skiplist.Node x = reverse ? zs.zsl.lastInRange(range) : zs.zsl.firstInRange(range);
        while (x != null && offset-- != 0) {
            x = reverse ? x.prev() : x.next();
        }
        while (x != null && limit-- != 0) {
            if (reverse ? !range.gteMin(x.score()) : !range.lteMax(x.score())) {
                break;
            }
            visited++;
            v.visit(x.ele, x.score());
            x = reverse ? x.prev() : x.next();
        }
        return visited;
    }

    /** genericZrangebylexCommand's walk, with the same offset and limit rules as {@link #rangeByScore}. */
    public static long rangeByLex(RedisObject o, ZRange.Lex range, long offset, long limit, boolean reverse,
                                  PairVisitor v) {
        long visited = 0;
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int e = listpackEdgeInLexRange(lp, range, reverse);
            while (e >= 0 && offset-- != 0) {
                e = reverse ? prevMember(lp, e) : lp.next(lp.next(e));
            }
            while (e >= 0 && limit-- != 0) {
                int s = lp.next(e);
                byte[] ele = lp.getBytes(e);
                if (reverse ? !range.gteMin(ele) : !range.lteMax(ele)) {
                    break;
                }
                visited++;
                v.visit(ele, scoreAt(lp, s));
                e = reverse ? prevMember(lp, e) : lp.next(s);
            }
            return visited;
        }
        Zset zs = (Zset) o.ptr;
        Skiplist.Node x = reverse ? zs.zsl.lastInLexRange(range) : zs.zsl.firstInLexRange(range);
        while (x != null && offset-- != 0) {
            x = reverse ? x.prev() : x.next();
        }
        while (x != null && limit-- != 0) {
            if (reverse ? !range.gteMin(x.ele) : !range.lteMax(x.ele)) {
                break;
            }
            visited++;
            v.visit(x.ele, x.score());
            x = reverse ? x.prev() : x.next();
        }
        return visited;
    }

    /** ZCOUNT: members whose score is in the range (by ranks on a skiplist). */
    public static long count(RedisObject o, ZRange.Score range) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            long count = 0;
            for (int e = listpackEdgeInRange(lp, range, false); e >= 0; ) {
                int s = lp.next(e);
                if (!range.lteMax(scoreAt(lp, s))) {
                    break;
                }
                count++;
                e = lp.next(s);
            }
            return count;
        }
        Skiplist zsl = ((Zset) o.ptr).zsl;
        Skiplist.Node first = zsl.firstInRange(range);
        if (first == null) {
            return 0;
        }
        Skiplist.Node last = zsl.lastInRange(range);
        return zsl.rank(last.score(), last.ele) - zsl.rank(first.score(), first.ele) + 1;
    }

    /** ZLEXCOUNT: members in the lexicographic range. */
    public static long lexCount(RedisObject o, ZRange.Lex range) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            long count = 0;
            for (int e = listpackEdgeInLexRange(lp, range, false); e >= 0; e = lp.next(lp.next(e))) {
                if (!range.lteMax(lp.getBytes(e))) {
                    break;
                }
                count++;
            }
            return count;
        }
        Skiplist zsl = ((Zset) o.ptr).zsl;
        Skiplist.Node first = zsl.firstInLexRange(range);
        if (first == null) {
            return 0;
        }
        Skiplist.Node last = zsl.lastInLexRange(range);
        return zsl.rank(last.score(), last.ele) - zsl.rank(first.score(), first.ele) + 1;
    }

    /** ZREMRANGEBYRANK: removes 0-based ranks start..end (already clamped); returns how many. */
    public static long deleteRangeByRank(RedisObject o, long start, long end) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            ((Listpack) o.ptr).deleteRange(2 * start, 2 * (end - start + 1));
            return end - start + 1;
        }
        Zset zs = (Zset) o.ptr;
        long removed = zs.zsl.deleteRangeByRank(start + 1, end + 1, zs.dict);
        zs.dict.shrinkIfNeeded();
        return removed;
    }

    /** ZREMRANGEBYSCORE. */
    public static long deleteRangeByScore(RedisObject o, ZRange.Score range) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            long removed = 0;
            int e = listpackEdgeInRange(lp, range, false);
            while (e >= 0 && range.lteMax(scoreAt(lp, lp.next(e)))) {
                e = deletePairReturningNext(lp, e);
                removed++;
            }
            return removed;
        }
        Zset zs = (Zset) o.ptr;
        long removed = zs.zsl.deleteRangeByScore(range, zs.dict);
        zs.dict.shrinkIfNeeded();
        return removed;
    }

    /** ZREMRANGEBYLEX. */
    public static long deleteRangeByLex(RedisObject o, ZRange.Lex range) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            long removed = 0;
            int e = listpackEdgeInLexRange(lp, range, false);
            while (e >= 0 && range.lteMax(lp.getBytes(e))) {
                e = deletePairReturningNext(lp, e);
                removed++;
            }
            return removed;
        }
        Zset zs = (Zset) o.ptr;
        long removed = zs.zsl.deleteRangeByLex(range, zs.dict);
        zs.dict.shrinkIfNeeded();
        return removed;
    }

    private static int deletePairReturningNext(Listpack lp, int eptr) {
        int next = lp.delete(eptr);
        return lp.delete(next);
    }

    // ------------------------------------------------------------------ iteration

    /**
     * Every member with its score: in descending order, as zuiNext walks a sorted set from its tail
     * (ZUNION/ZINTER/ZDIFF inputs, ZRANDMEMBER with a count past the size).
     */
    public static void forEachDescending(RedisObject o, PairVisitor v) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            for (int e = lp.seek(-2); e >= 0; e = prevMember(lp, e)) {
                v.visit(lp.getBytes(e), scoreAt(lp, lp.next(e)));
            }
            return;
        }
        for (Skiplist.Node n = ((Zset) o.ptr).zsl.last(); n != null; n = n.prev()) {
            v.visit(n.ele, n.score());
        }
    }

    /** Every member in the skiplist's dict order (SORT's input vector); the value must be a skiplist. */
    public static void forEachInDictOrder(RedisObject o, PairVisitor v) {
        ((Zset) o.ptr).dict.forEach(e -> v.visit(e.key, ((Skiplist.Node) e.val).score()));
    }

    /**
     * One ZSCAN step: a listpack hands over every member and score (the score as stored, so integers
     * in full) with cursor 0; a skiplist visits one dictScan bucket (scores as "%.17g").
     */
    public static long scan(RedisObject o, long cursor, List<byte[]> out) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            for (int p = lp.first(); p >= 0; p = lp.next(p)) {
                out.add(lp.getBytes(p));
            }
            return 0;
        }
        return ((Zset) o.ptr).dict.scan(cursor, e -> {
            out.add(e.key);
            out.add(Bytes.latin1(NumberFormat.g17(((Skiplist.Node) e.val).score())));
        });
    }

    // ------------------------------------------------------------------ random members

    /** A random member with its score (zsetTypeRandomElement); the set must not be empty. */
    public static void randomMember(RedisObject o, PairVisitor v) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int e = lp.seek(2L * ThreadLocalRandom.current().nextLong(lp.size() / 2));
            v.visit(lp.getBytes(e), scoreAt(lp, lp.next(e)));
            return;
        }
        Dict.Entry de = ((Zset) o.ptr).dict.randomEntry();
        v.visit(de.key, ((Skiplist.Node) de.val).score());
    }

    /**
     * ZRANDMEMBER with a count (zrandmemberWithCountCommand's cases): when not {@code unique}, exactly
     * {@code count} draws with repetition; otherwise min(count, size) distinct members: all of them
     * (descending) when count reaches the size, a copy thinned at random when count is more than a
     * third of the size, fresh draws until enough distinct ones otherwise.
     */
    public static void randomMembers(RedisObject o, long count, boolean unique, PairVisitor v) {
        long size = length(o);
        if (!unique || count == 1) {
            while (count-- > 0) {
                randomMember(o, v);
            }
            return;
        }
        if (count >= size) {
            forEachDescending(o, v);
            return;
        }
        if (count * RANDOM_SUB_STRATEGY_MUL > size) {
            Dict copy = new Dict();
            copy.expand(size);
            forEachDescending(o, (m, s) -> copy.add(m, s));
            while (size-- > count) {
                copy.remove(copy.randomEntry().key);
            }
            copy.forEach(e -> v.visit(e.key, (Double) e.val));
            return;
        }
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            randomListpackPairsUnique((Listpack) o.ptr, count, v);
            return;
        }
        Dict picked = new Dict();
        picked.expand(count);
        while (picked.size() < count) {
            randomMember(o, (m, s) -> {
                if (picked.add(m, null) != null) {
                    v.visit(m, s);
                }
            });
        }
    }

    /** lpRandomPairsUnique: selection sampling, so the picks come in listpack order. */
    private static void randomListpackPairsUnique(Listpack lp, long count, PairVisitor v) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        long total = lp.size() / 2;
        long picked = 0;
        long index = 0;
        for (int e = lp.first(); e >= 0 && picked < count; index++) {
            int s = lp.next(e);
            long remaining = total - index;
            long wanted = count - picked;
            if (rnd.nextLong(remaining) < wanted) {
                v.visit(lp.getBytes(e), scoreAt(lp, s));
                picked++;
            }
            e = lp.next(s);
        }
    }

    /** For tests: the members in order with their scores, as "member=score" with scores in "%.17g". */
    static String describe(RedisObject o) {
        StringBuilder sb = new StringBuilder();
        rangeByRank(o, 0, length(o) - 1, false, (m, s) -> sb.append(Bytes.str(m)).append('=')
                .append(NumberFormat.g17(s)).append(' '));
        return sb.toString().trim();
    }

    /** The digest feed (see {@link Values}): each member with its score as "%.17g", in any order. */
    public static void digest(RedisObject o, Digest d) {
        forEachDescending(o, (member, score) -> d.xorPair(member, Bytes.latin1(NumberFormat.g17(score))));
    }

    /**
     * The heap bytes behind ptr (see {@link Values}): the listpack and its buffer, or the dict's
     * entries and tables plus the skiplist's nodes (which hold the members the dict's keys share).
     */
    public static long allocatedBytes(RedisObject o) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return Listpack.OBJECT_BYTES + ObjectSizes.byteArray(((Listpack) o.ptr).bytesAllocated());
        }
        Zset z = (Zset) o.ptr;
        return Zset.OBJECT_BYTES + ObjectSizes.dictOverhead(z.dict) + z.zsl.nodeBytes();
    }
}
