package dev.respec.server.persistence;

import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.types.HashType;
import dev.respec.server.types.Intset;
import dev.respec.server.types.ListType;
import dev.respec.server.types.Listpack;
import dev.respec.server.types.Quicklist;
import dev.respec.server.types.SetType;
import dev.respec.server.types.StringType;
import dev.respec.server.types.ZSetType;

/**
 * The values a Redis 7.0 loader builds from decoded RDB data (rdbLoadObject's conversions), with
 * the encodings its rules choose under the current configuration:
 * <ul>
 *   <li>strings as tryObjectEncoding leaves them (int, embstr, raw);</li>
 *   <li>lists: the quicklist nodes of the file adopted as they are (QUICKLIST, QUICKLIST_2), or the
 *       elements pushed one by one (LIST, LIST_ZIPLIST), with list-max-listpack-size and
 *       list-compress-depth;</li>
 *   <li>sets: an intset blob kept as it is unless it has more than set-max-intset-entries members;
 *       any other set is built member by member (intset while every member is an integer and the
 *       count allows, else hashtable);</li>
 *   <li>hashes and sorted sets from a compact blob (listpack, or ziplist converted to a listpack)
 *       stay listpacks unless they have more entries than hash/zset-max-listpack-entries — element
 *       sizes are not checked, as Redis 7.0 does not; the plain forms become listpacks only when
 *       both the count and every element's size allow it.</li>
 * </ul>
 */
public final class ValueFactory {
    private ValueFactory() {
    }

    public static RedisObject create(RdbValue v, ServerConfig cfg) {
        if (v instanceof RdbValue.Str s) {
            return StringType.createEncoded(s.value());
        } else if (v instanceof RdbValue.ListValue l) {
            return list(l, cfg);
        } else if (v instanceof RdbValue.SetValue s) {
            return set(s, cfg);
        } else if (v instanceof RdbValue.HashValue h) {
            return hash(h, cfg);
        }
        return zset((RdbValue.ZSetValue) v, cfg);
    }

    private static RedisObject list(RdbValue.ListValue l, ServerConfig cfg) {
        if (l.nodes() == null) {
            RedisObject o = ListType.create(cfg.listMaxListpackSize, cfg.listCompressDepth);
            for (byte[] e : l.elements()) {
                ListType.push(o, e, ListType.TAIL);
            }
            return o;
        }
        Quicklist ql = new Quicklist(cfg.listMaxListpackSize, cfg.listCompressDepth);
        for (RdbValue.Node n : l.nodes()) {
            if (n.plain()) {
                ql.appendPlainNode(n.bytes());
            } else {
                ql.appendListpack(Listpack.fromBytes(n.bytes()));
            }
        }
        return ListType.fromQuicklist(ql);
    }

    private static RedisObject set(RdbValue.SetValue s, ServerConfig cfg) {
        if (s.intset() != null) {
            RedisObject o = SetType.fromIntset(Intset.fromBytes(s.intset()));
            if (s.members().size() > cfg.setMaxIntsetEntries) {
                SetType.convertToHashtable(o);
            }
            return o;
        }
        RedisObject o = s.members().size() > cfg.setMaxIntsetEntries
                ? SetType.createHashtable() : SetType.create(s.members().get(0));
        for (byte[] m : s.members()) {
            SetType.add(cfg, o, m);
        }
        return o;
    }

    private static RedisObject hash(RdbValue.HashValue h, ServerConfig cfg) {
        if (h.compact()) {
            RedisObject o = HashType.fromListpack(Listpack.fromBytes(h.listpack()));
            if (h.fields().size() > cfg.hashMaxListpackEntries) {
                HashType.convertToHashtable(o);
            }
            return o;
        }
        RedisObject o = HashType.create();
        if (h.fields().size() > cfg.hashMaxListpackEntries) {
            HashType.convertToHashtable(o);
        }
        for (int i = 0; i < h.fields().size(); i++) {
            HashType.set(cfg, o, h.fields().get(i), h.values().get(i));
        }
        return o;
    }

    private static RedisObject zset(RdbValue.ZSetValue z, ServerConfig cfg) {
        if (z.compact()) {
            RedisObject o = ZSetType.fromListpack(Listpack.fromBytes(z.listpack()));
            if (z.members().size() > cfg.zsetMaxListpackEntries) {
                ZSetType.convertToSkiplist(o);
            }
            return o;
        }
        RedisObject o = ZSetType.createSkiplist();
        long maxLen = 0;
        long totalLen = 0;
        double[] out = new double[1];
        for (int i = 0; i < z.members().size(); i++) {
            byte[] m = z.members().get(i);
            maxLen = Math.max(maxLen, m.length);
            totalLen += m.length;
            ZSetType.add(cfg, o, z.scores()[i], m, 0, out);
        }
        ZSetType.convertToListpackIfNeeded(cfg, o, maxLen, totalLen);
        return o;
    }
}
