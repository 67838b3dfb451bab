package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListTypeTest {
    private static RedisObject list(String... values) {
        RedisObject o = ListType.create(2, 0); // two elements per node: every edge crosses nodes
        for (String v : values) {
            ListType.push(o, Bytes.of(v), ListType.TAIL);
        }
        return o;
    }

    private static List<String> all(RedisObject o) {
        List<String> out = new ArrayList<>();
        ListType.forEach(o, v -> out.add(Bytes.str(v)));
        return out;
    }

    private static List<Long> positions(RedisObject o, String v, long rank, long maxlen, boolean fromTail, long count) {
        List<Long> out = new ArrayList<>();
        ListType.positions(o, Bytes.of(v), rank, maxlen, fromTail, (index, matches) -> {
            out.add(index);
            return count == 0 || matches - rank + 1 < count;
        });
        return out;
    }

    /** SORT ... STORE's list: quicklist's own defaults, as in DEBUG OBJECT after a STORE in Redis 7.0.15. */
    @Test
    void aDefaultListHasQuicklistsOwnOptions() {
        RedisObject o = ListType.createDefault();
        for (int i = 0; i < 4; i++) {
            ListType.push(o, Bytes.of("e" + i), ListType.TAIL);
        }
        assertThat(o.encodingName()).isEqualTo("quicklist");
        assertThat(ListType.debugObjectFields(o))
                .contains(" ql_nodes:1 ", " ql_listpack_max:-2 ", " ql_compressed:0 ");
    }

    @Test
    void everyListIsQuicklistEncoded() {
        RedisObject o = list("a");
        assertThat(o.type).isEqualTo(RedisObject.LIST);
        assertThat(o.encodingName()).isEqualTo("quicklist");
        assertThat(ListType.dup(o).encodingName()).isEqualTo("quicklist");
    }

    @Test
    void integersComeBackAsTheirDecimalText() {
        RedisObject o = list("12", "-7", "9223372036854775807", "007", "1.5");
        assertThat(all(o)).containsExactly("12", "-7", "9223372036854775807", "007", "1.5");
        assertThat(Bytes.str(ListType.index(o, -2))).isEqualTo("007");
    }

    @Test
    void rangesRunEitherWay() {
        RedisObject o = list("a", "b", "c", "d", "e");
        List<String> fwd = new ArrayList<>();
        ListType.range(o, 1, 3, false, v -> fwd.add(Bytes.str(v)));
        assertThat(fwd).containsExactly("b", "c", "d");
        List<String> rev = new ArrayList<>();
        ListType.range(o, 2, 4, true, v -> rev.add(Bytes.str(v)));
        assertThat(rev).containsExactly("e", "d", "c");
    }

    @Test
    void removeHonoursCountAndDirection() {
        RedisObject o = list("x", "a", "x", "b", "x", "c", "x");
        assertThat(ListType.remove(o, Bytes.of("x"), 2, true)).isEqualTo(2);
        assertThat(all(o)).containsExactly("x", "a", "x", "b", "c");
        assertThat(ListType.remove(o, Bytes.of("x"), 1, false)).isEqualTo(1);
        assertThat(all(o)).containsExactly("a", "x", "b", "c");
        assertThat(ListType.remove(o, Bytes.of("nope"), 0, false)).isZero();
        assertThat(ListType.remove(o, Bytes.of("x"), 0, false)).isEqualTo(1);
        assertThat(all(o)).containsExactly("a", "b", "c");
    }

    @Test
    void insertNeedsThePivotAndUsesItsFirstOccurrence() {
        RedisObject o = list("p", "q", "p");
        assertThat(ListType.insert(o, Bytes.of("z"), Bytes.of("new"), true)).isFalse();
        assertThat(ListType.insert(o, Bytes.of("p"), Bytes.of("new"), true)).isTrue();
        assertThat(all(o)).containsExactly("p", "new", "q", "p");
    }

    @Test
    void positionsFollowRankCountAndMaxlen() {
        RedisObject o = list("a", "b", "a", "c", "a", "b", "a");
        assertThat(positions(o, "a", 1, 0, false, 0)).containsExactly(0L, 2L, 4L, 6L);
        assertThat(positions(o, "a", 2, 0, false, 2)).containsExactly(2L, 4L);
        assertThat(positions(o, "a", 1, 0, true, 0)).containsExactly(6L, 4L, 2L, 0L);
        assertThat(positions(o, "a", 1, 3, false, 0)).containsExactly(0L, 2L);
        assertThat(positions(o, "b", 3, 0, false, 0)).isEmpty();
        // Redis negates the lowest rank into itself; every match then qualifies
        assertThat(positions(o, "a", Long.MIN_VALUE, 0, true, 0)).containsExactly(6L, 4L, 2L, 0L);
    }

    @Test
    void trimAndDeleteRangeLeaveTheMiddle() {
        RedisObject o = list("a", "b", "c", "d", "e", "f");
        ListType.trim(o, 1, 2);
        assertThat(all(o)).containsExactly("b", "c", "d");
        ListType.deleteRange(o, -2, 5);
        assertThat(all(o)).containsExactly("b");
        ListType.trim(o, 1, 0);
        assertThat(ListType.length(o)).isZero();
    }

    @Test
    void setReportsAnIndexOutOfRange() {
        RedisObject o = list("a", "b");
        assertThat(ListType.set(o, 2, Bytes.of("x"))).isFalse();
        assertThat(ListType.set(o, -3, Bytes.of("x"))).isFalse();
        assertThat(ListType.set(o, -1, Bytes.of("x"))).isTrue();
        assertThat(all(o)).containsExactly("a", "x");
    }

    @Test
    void debugObjectFieldsAreRedisOnes() {
        RedisObject o = list("a", "b", "c");
        assertThat(ListType.debugObjectFields(o))
                .isEqualTo(" ql_nodes:2 ql_avg_node:1.50 ql_listpack_max:2 ql_compressed:0 ql_uncompressed_size:23");
    }

    @Test
    void describeIsWhatDebugQuicklistPrints() {
        // real Redis 7.0.15: RPUSH l a b c; DEBUG QUICKLIST l 0 prints exactly this on stdout
        RedisObject o = ListType.create(-2, 0);
        for (String v : new String[] {"a", "b", "c"}) {
            ListType.push(o, Bytes.of(v), ListType.TAIL);
        }
        assertThat(ListType.describe(o)).isEqualTo("{count : 3}\n{len : 1}\n{fill : -2}\n{compress : 0}\n"
                + "{bookmark_count : 0}\n{quicklist node(0)\n"
                + "{container : PACKED, encoding: RAW, size: 16, count: 3, recompress: 0, attempted_compress: 0}\n");
    }
}
