package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.types.HashType;
import dev.respec.server.types.ListType;
import dev.respec.server.types.SetType;
import dev.respec.server.types.StringType;
import dev.respec.server.types.ZSetType;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * SORT and SORT_RO (sort.c): the elements of a list, set or sorted set, sorted numerically (as
 * doubles, ties broken by the element bytes) or with ALPHA by their bytes, optionally by the values
 * of other keys (BY pattern, where "*" is replaced by the element and "key->field" reads a hash
 * field), cut by LIMIT, mapped through GET patterns ("#" is the element itself), and either replied
 * or stored as a list (STORE, refused by SORT_RO).
 *
 * <p>A BY pattern without "*" means "do not sort": lists and sorted sets keep their own order (DESC
 * reverses it) and only the LIMIT range is read; a set is replied in its encoding's order (DESC has
 * no effect), except that it is sorted ALPHA when the result is stored, so that what gets stored does
 * not depend on hash order. A sorted set given to SORT is converted to its skiplist encoding for good,
 * as Redis does. The stored list is a quicklist with the default options (fill -2, no compression),
 * not the configured ones, as createQuicklistObject makes it; an empty result deletes the destination.
 */
final class SortCommand {
    /** What STORE pushes for a GET pattern that names nothing. */
    private static final byte[] EMPTY = new byte[0];

    private SortCommand() {
    }

    static void register(CommandTable t) {
        t.bind("sort", c -> sortGeneric(c, false));
        t.bind("sort_ro", c -> sortGeneric(c, true));
    }

    /** redisSortObject: an element, and what it is compared by. */
    private static final class SortObject {
        final byte[] obj;
        double score;
        byte[] cmpObj;

        SortObject(byte[] obj) {
            this.obj = obj;
        }
    }

    private static void sortGeneric(Client c, boolean readonly) {
        boolean desc = false;
        boolean alpha = false;
        long[] limitStart = {0};
        long[] limitCount = {-1};
        boolean dontSort = false;
        byte[] sortBy = null;
        byte[] storeKey = null;
        List<byte[]> getPatterns = new ArrayList<>();
        for (int j = 2; j < c.argc(); j++) {
            int leftArgs = c.argc() - j - 1;
            byte[] opt = c.arg(j);
            if (Args.is(opt, "asc")) {
                desc = false;
            } else if (Args.is(opt, "desc")) {
                desc = true;
            } else if (Args.is(opt, "alpha")) {
                alpha = true;
            } else if (Args.is(opt, "limit") && leftArgs >= 2) {
                if (!Args.getLong(c, c.arg(j + 1), limitStart) || !Args.getLong(c, c.arg(j + 2), limitCount)) {
                    return;
                }
                j += 2;
            } else if (!readonly && Args.is(opt, "store") && leftArgs >= 1) {
                storeKey = c.arg(++j);
            } else if (Args.is(opt, "by") && leftArgs >= 1) {
                sortBy = c.arg(++j);
                dontSort = indexOf(sortBy, (byte) '*', 0, cStringLength(sortBy)) < 0;
            } else if (Args.is(opt, "get") && leftArgs >= 1) {
                getPatterns.add(c.arg(++j));
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }

        RedisObject sortVal = c.db.lookupRead(c.arg(1));
        if (sortVal != null && sortVal.type != RedisObject.SET && sortVal.type != RedisObject.LIST
                && sortVal.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return;
        }
        byte type = sortVal == null ? RedisObject.LIST : sortVal.type;
        if (dontSort && type == RedisObject.SET && storeKey != null) {
            dontSort = false;
            alpha = true;
            sortBy = null;
        }
        if (type == RedisObject.ZSET) {
            ZSetType.convertToSkiplist(sortVal);
        }
        long vectorLen = sortVal == null ? 0 : length(sortVal);

        long start = Math.min(Math.max(limitStart[0], 0), vectorLen);
        long count = Math.min(Math.max(limitCount[0], -1), vectorLen);
        long end = count < 0 ? vectorLen - 1 : start + count - 1;
        if (start >= vectorLen) {
            start = vectorLen - 1;
            end = vectorLen - 2;
        }
        if (end >= vectorLen) {
            end = vectorLen - 1;
        }

        List<SortObject> vector = new ArrayList<>();
        if (sortVal != null) {
            if (dontSort && type != RedisObject.SET) {
                // Only the LIMIT range is loaded, already in the order to output.
                if (end >= start) {
                    loadRange(sortVal, start, end, desc, vector);
                }
                end -= start;
                start = 0;
            } else if (type == RedisObject.LIST) {
                ListType.range(sortVal, 0, vectorLen - 1, false, e -> vector.add(new SortObject(e)));
            } else if (type == RedisObject.SET) {
                SetType.forEach(sortVal, m -> vector.add(new SortObject(m)));
            } else {
                ZSetType.forEachInDictOrder(sortVal, (m, s) -> vector.add(new SortObject(m)));
            }
        }

        boolean conversionError = false;
        if (!dontSort) {
            for (SortObject so : vector) {
                byte[] byVal;
                if (sortBy != null) {
                    byVal = lookupKeyByPattern(c.db, sortBy, so.obj);
                    if (byVal == null) {
                        continue;
                    }
                } else {
                    byVal = so.obj;
                }
                if (alpha) {
                    if (sortBy != null) {
                        so.cmpObj = byVal;
                    }
                } else {
                    so.score = NumberFormat.strtodInRange(byVal);
                    if (Double.isNaN(so.score)) {
                        conversionError = true;
                    }
                }
            }
            vector.sort(comparator(alpha, sortBy != null, desc));
        }

        long outputLen = getPatterns.isEmpty() ? end - start + 1 : getPatterns.size() * (end - start + 1);
        if (conversionError) {
            c.addReplyError("One or more scores can't be converted into double");
        } else if (storeKey == null) {
            c.addReplyArrayLen(outputLen);
            for (long j = start; j <= end; j++) {
                SortObject so = vector.get((int) j);
                if (getPatterns.isEmpty()) {
                    c.addReplyBulk(so.obj);
                }
                for (byte[] pattern : getPatterns) {
                    byte[] val = lookupKeyByPattern(c.db, pattern, so.obj);
                    if (val == null) {
                        c.addReplyNull();
                    } else {
                        c.addReplyBulk(val);
                    }
                }
            }
        } else {
            store(c, storeKey, vector, start, end, getPatterns, outputLen);
        }
    }

    /**
     * The lists' and sorted sets' "do not sort" load: ranks start..end (0 &lt;= start &lt;= end &lt;
     * length) counted from the head, or from the tail when desc.
     */
    private static void loadRange(RedisObject o, long start, long end, boolean desc, List<SortObject> vector) {
        if (o.type == RedisObject.ZSET) {
            ZSetType.rangeByRank(o, start, end, desc, (m, s) -> vector.add(new SortObject(m)));
        } else if (desc) {
            long last = ListType.length(o) - 1;
            ListType.range(o, last - end, last - start, true, e -> vector.add(new SortObject(e)));
        } else {
            ListType.range(o, start, end, false, e -> vector.add(new SortObject(e)));
        }
    }

    /**
     * STORE: the output (each GET's value, "" where it is missing) pushed onto a new list at the
     * destination, which an empty output deletes instead. Redis counts every stored element as a change.
     */
    private static void store(Client c, byte[] storeKey, List<SortObject> vector, long start, long end,
                              List<byte[]> getPatterns, long outputLen) {
        RedisObject sobj = ListType.createDefault();
        for (long j = start; j <= end; j++) {
            SortObject so = vector.get((int) j);
            if (getPatterns.isEmpty()) {
                ListType.push(sobj, so.obj, ListType.TAIL);
            }
            for (byte[] pattern : getPatterns) {
                byte[] val = lookupKeyByPattern(c.db, pattern, so.obj);
                ListType.push(sobj, val == null ? EMPTY : val, ListType.TAIL);
            }
        }
        if (outputLen > 0) {
            c.db.setKey(storeKey, sobj, false);
            c.server.dirty += outputLen - 1;
            c.server.keyModified(c.db, storeKey, "sortstore");
        } else if (c.db.delete(storeKey)) {
            c.server.keyModified(c.db, storeKey, "del");
        }
        c.addReplyLongLong(outputLen);
    }

    private static long length(RedisObject o) {
        return switch (o.type) {
            case RedisObject.LIST -> ListType.length(o);
            case RedisObject.SET -> SetType.size(o);
            default -> ZSetType.length(o);
        };
    }

    /**
     * sortCompare: numeric by score, ties by the element's bytes; ALPHA by the BY values (a missing
     * one sorts first) or the elements themselves, as bytes (the C locale's strcoll). DESC reverses.
     */
    private static Comparator<SortObject> comparator(boolean alpha, boolean byPattern, boolean desc) {
        Comparator<SortObject> cmp;
        if (!alpha) {
            cmp = (a, b) -> a.score > b.score ? 1 : a.score < b.score ? -1 : Bytes.compare(a.obj, b.obj);
        } else if (byPattern) {
            cmp = (a, b) -> {
                if (a.cmpObj == null || b.cmpObj == null) {
                    return a.cmpObj == b.cmpObj ? 0 : a.cmpObj == null ? -1 : 1;
                }
                return Bytes.compare(a.cmpObj, b.cmpObj);
            };
        } else {
            cmp = (a, b) -> Bytes.compare(a.obj, b.obj);
        }
        return desc ? cmp.reversed() : cmp;
    }

    /**
     * lookupKeyByPattern: "#" is the element itself; otherwise the first "*" is replaced by the
     * element to name a key (no "*": nothing), whose string value is returned, or, when the pattern
     * goes on with "->field" after the "*", that field of the hash at the key. Anything else (missing
     * key, other type, missing field) is null. Patterns are read as C strings for "*" and "->".
     */
    static byte[] lookupKeyByPattern(Database db, byte[] pattern, byte[] subst) {
        int plen = cStringLength(pattern);
        if (plen == 1 && pattern[0] == '#') {
            return subst;
        }
        int star = indexOf(pattern, (byte) '*', 0, plen);
        if (star < 0) {
            return null;
        }
        int arrow = -1;
        for (int i = star + 1; i + 1 < plen; i++) {
            if (pattern[i] == '-' && pattern[i + 1] == '>') {
                arrow = i;
                break;
            }
        }
        byte[] field = null;
        if (arrow >= 0 && arrow + 2 < plen) {
            field = Arrays.copyOfRange(pattern, arrow + 2, pattern.length);
        }
        int postfixEnd = field != null ? arrow : pattern.length;
        byte[] key = new byte[star + subst.length + (postfixEnd - star - 1)];
        System.arraycopy(pattern, 0, key, 0, star);
        System.arraycopy(subst, 0, key, star, subst.length);
        System.arraycopy(pattern, star + 1, key, star + subst.length, postfixEnd - star - 1);
        RedisObject o = db.lookupRead(key);
        if (o == null) {
            return null;
        }
        if (field != null) {
            return o.type == RedisObject.HASH ? HashType.get(o, field) : null;
        }
        return o.type == RedisObject.STRING ? StringType.bytes(o) : null;
    }

    private static int cStringLength(byte[] s) {
        int n = 0;
        while (n < s.length && s[n] != 0) {
            n++;
        }
        return n;
    }

    private static int indexOf(byte[] s, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
