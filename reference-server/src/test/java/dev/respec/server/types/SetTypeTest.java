package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetTypeTest {
    private final ServerConfig cfg = new ServerConfig();

    private static byte[] b(String s) {
        return Bytes.of(s);
    }

    private RedisObject setOf(String... members) {
        RedisObject o = SetType.create(b(members[0]));
        for (String m : members) {
            SetType.add(cfg, o, b(m));
        }
        return o;
    }

    private RedisObject intsOf(int n) {
        RedisObject o = SetType.createIntset();
        for (int i = 0; i < n; i++) {
            SetType.add(cfg, o, Bytes.fromLong(i));
        }
        return o;
    }

    private static List<String> members(RedisObject o) {
        List<String> out = new ArrayList<>();
        SetType.forEach(o, m -> out.add(Bytes.str(m)));
        return out;
    }

    @Test
    void defaultThresholdIsRedis70s() {
        assertThat(cfg.setMaxIntsetEntries).isEqualTo(512);
    }

    @Test
    void firstMemberDecidesTheInitialEncoding() {
        assertThat(SetType.create(b("12")).encoding).isEqualTo(RedisObject.ENC_INTSET);
        assertThat(SetType.create(b("a")).encoding).isEqualTo(RedisObject.ENC_HT);
        assertThat(SetType.create(b("012")).encoding).as("not canonical").isEqualTo(RedisObject.ENC_HT);
        assertThat(SetType.create(b("9223372036854775808")).encoding).isEqualTo(RedisObject.ENC_HT);
        assertThat(SetType.create(b("-9223372036854775808")).encoding).isEqualTo(RedisObject.ENC_INTSET);
    }

    @Test
    void nonIntegerMemberConvertsAndKeepsEveryMember() {
        RedisObject o = setOf("3", "1", "2");
        assertThat(members(o)).containsExactly("1", "2", "3");
        assertThat(SetType.add(cfg, o, b("x"))).isTrue();
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        assertThat(members(o)).containsExactlyInAnyOrder("1", "2", "3", "x");
    }

    @Test
    void convertsOnTheMemberPastTheIntsetLimit() {
        RedisObject o = intsOf(512);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_INTSET);
        assertThat(SetType.add(cfg, o, b("0"))).isFalse();
        assertThat(o.encoding).as("a duplicate adds nothing").isEqualTo(RedisObject.ENC_INTSET);
        SetType.add(cfg, o, b("512"));
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        assertThat(SetType.size(o)).isEqualTo(513);
    }

    @Test
    void zeroLimitConvertsOnFirstAdd() {
        cfg.setMaxIntsetEntries = 0;
        RedisObject o = SetType.create(b("1"));
        SetType.add(cfg, o, b("1"));
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
    }

    @Test
    void hashtableNeverConvertsBack() {
        RedisObject o = setOf("1", "x");
        SetType.remove(o, b("x"));
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        assertThat(members(o)).containsExactly("1");
    }

    @Test
    void membershipOnAnIntsetIsByCanonicalForm() {
        RedisObject o = setOf("1", "-5");
        assertThat(SetType.isMember(o, b("1"))).isTrue();
        assertThat(SetType.isMember(o, b("01"))).isFalse();
        assertThat(SetType.isMember(o, b("+1"))).isFalse();
        assertThat(SetType.isMember(o, b("x"))).isFalse();
        assertThat(SetType.remove(o, b("-05"))).isFalse();
        assertThat(SetType.remove(o, b("-5"))).isTrue();
    }

    @Test
    void popManyRebuildsFromSurvivorsWhenFewRemain() {
        cfg.setMaxIntsetEntries = 4;
        RedisObject o = intsOf(6);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        List<String> popped = new ArrayList<>();
        SetType.popMany(cfg, o, 5, m -> popped.add(Bytes.str(m)));
        assertThat(popped).hasSize(5).doesNotHaveDuplicates();
        assertThat(SetType.size(o)).isEqualTo(1);
        assertThat(o.encoding).as("a fresh value for the survivor").isEqualTo(RedisObject.ENC_INTSET);
        assertThat(popped).doesNotContain(members(o).get(0));
    }

    @Test
    void popManyExtractsWhenManyRemain() {
        RedisObject o = setOf("a", "b", "c", "d", "e", "f", "g");
        List<String> popped = new ArrayList<>();
        SetType.popMany(cfg, o, 2, m -> popped.add(Bytes.str(m)));
        assertThat(popped).hasSize(2).doesNotHaveDuplicates();
        assertThat(SetType.size(o)).isEqualTo(5);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        for (String m : popped) {
            assertThat(SetType.isMember(o, b(m))).isFalse();
        }
    }

    @Test
    void dupKeepsTheEncoding() {
        for (RedisObject o : List.of(setOf("1", "2"), setOf("a", "b"))) {
            RedisObject copy = SetType.dup(o);
            assertThat(copy.encoding).isEqualTo(o.encoding);
            assertThat(members(copy)).containsExactlyInAnyOrderElementsOf(members(o));
            SetType.add(cfg, copy, b("3"));
            assertThat(SetType.isMember(o, b("3"))).isFalse();
        }
    }

    @Test
    void scanOfAnIntsetReturnsEverythingWithCursorZero() {
        RedisObject o = setOf("5", "1");
        List<byte[]> out = new ArrayList<>();
        assertThat(SetType.scan(o, 0, out)).isZero();
        assertThat(out).extracting(Bytes::str).containsExactly("1", "5");
    }

    // ------------------------------------------------------------------ SRANDMEMBER count semantics

    private static List<String> draw(RedisObject o, long count, boolean unique) {
        List<String> picks = new ArrayList<>();
        SetType.randomMembers(o, count, unique, m -> picks.add(Bytes.str(m)));
        return picks;
    }

    @Test
    void negativeCountRepeatsAndReturnsExactlyCount() {
        for (RedisObject o : List.of(intsOf(3), setOf("a", "b", "c"))) {
            List<String> picks = draw(o, 100, false);
            assertThat(picks).hasSize(100);
            assertThat(new HashSet<>(picks)).isSubsetOf(members(o));
        }
    }

    @Test
    void countAtLeastTheSizeReturnsTheWholeSet() {
        RedisObject o = intsOf(7);
        assertThat(draw(o, 7, true)).containsExactlyInAnyOrderElementsOf(members(o));
        assertThat(draw(o, 1000, true)).containsExactlyInAnyOrderElementsOf(members(o));
    }

    @Test
    void positiveCountBelowTheSizeReturnsDistinctMembersInEveryStrategy() {
        long[][] cases = {{10, 9}, {10, 4}, {10, 3}, {10, 1}, {600, 300}, {600, 199}, {600, 10}};
        for (long[] c : cases) {
            RedisObject ints = intsOf((int) c[0]);
            RedisObject strings = SetType.createHashtable();
            for (int i = 0; i < c[0]; i++) {
                SetType.add(cfg, strings, b("m" + i));
            }
            for (RedisObject o : List.of(ints, strings)) {
                List<String> picks = draw(o, c[1], true);
                Set<String> distinct = new HashSet<>(picks);
                assertThat(picks).hasSize((int) c[1]);
                assertThat(distinct).hasSize((int) c[1]);
                assertThat(distinct).isSubsetOf(members(o));
            }
        }
    }
}
