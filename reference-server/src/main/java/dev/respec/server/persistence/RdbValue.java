package dev.respec.server.persistence;

import java.util.List;

/**
 * A value as the RDB decoder hands it over: its Redis type and its elements as plain strings, free
 * of any encoding, plus what Redis 7.0's loader needs to know about where it came from to choose
 * the in-memory encoding — and, when the source was a blob Redis 7.0 keeps as it is (a listpack,
 * an intset, the nodes of a quicklist), that blob, so the loaded value is byte for byte Redis's.
 * {@link ValueFactory} turns it into a keyspace value; tests compare it with the datasets real
 * Redis reported.
 */
public sealed interface RdbValue {

    /** STRING. */
    record Str(byte[] value) implements RdbValue {
    }

    /**
     * LIST, LIST_ZIPLIST, LIST_QUICKLIST(_2): the elements head to tail. {@code nodes} is null when
     * Redis pushes the elements one by one (LIST, LIST_ZIPLIST), else the quicklist nodes it adopts
     * as they are (empty nodes already dropped).
     */
    record ListValue(List<byte[]> elements, List<Node> nodes) implements RdbValue {
    }

    /** A quicklist node: a listpack image, or one PLAIN element. */
    record Node(byte[] bytes, boolean plain) {
    }

    /** SET, SET_INTSET, SET_LISTPACK: distinct members in file order; {@code intset} the SET_INTSET blob. */
    record SetValue(List<byte[]> members, byte[] intset) implements RdbValue {
    }

    /**
     * HASH and its compact forms: fields[i] maps to values[i], fields distinct. {@code compact} is
     * true for a listpack/ziplist blob, which Redis 7.0 keeps compact unless it has too many entries
     * (element sizes are not checked), {@code listpack} then the listpack Redis holds: the blob
     * itself, or the one its conversion of a ziplist appends entry by entry;
     * {@code droppedFieldTtls} counts the field expiry times of a Redis 7.4 hash that the conversion
     * left out.
     */
    record HashValue(List<byte[]> fields, List<byte[]> values, boolean compact, byte[] listpack,
                     int droppedFieldTtls) implements RdbValue {
    }

    /**
     * ZSET, ZSET_2 and the compact forms: members[i] has scores[i], members distinct, no NaN.
     * {@code compact} and {@code listpack} as for hashes.
     */
    record ZSetValue(List<byte[]> members, double[] scores, boolean compact, byte[] listpack) implements RdbValue {
    }
}
