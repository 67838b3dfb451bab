package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.SetType;
import dev.respec.server.types.ZSetType;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Sorted-set algebra (t_zset.c zunionInterDiffGenericCommand): ZUNION, ZINTER, ZDIFF, their STORE
 * forms and ZINTERCARD. Inputs may be sorted sets or plain sets (whose members count with score 1);
 * missing keys are empty inputs. Scores are multiplied by the WEIGHTS and combined with AGGREGATE
 * SUM (a NaN sum, inf + -inf, becomes 0), MIN or MAX.
 *
 * <p>The result is built as a skiplist; a STORE destination then becomes a listpack when it is small
 * enough ({@link ZSetType#convertToListpackIfNeeded}), and an empty result deletes the destination.
 */
final class ZSetOpCommands {
    private enum Op { UNION, INTER, DIFF }

    private enum Aggregate { SUM, MIN, MAX }

    private ZSetOpCommands() {
    }

    static void register(CommandTable t) {
        t.bind("zunionstore", c -> zsetOpGeneric(c, c.arg(1), 2, Op.UNION, false));
        t.bind("zinterstore", c -> zsetOpGeneric(c, c.arg(1), 2, Op.INTER, false));
        t.bind("zdiffstore", c -> zsetOpGeneric(c, c.arg(1), 2, Op.DIFF, false));
        t.bind("zunion", c -> zsetOpGeneric(c, null, 1, Op.UNION, false));
        t.bind("zinter", c -> zsetOpGeneric(c, null, 1, Op.INTER, false));
        t.bind("zintercard", c -> zsetOpGeneric(c, null, 1, Op.INTER, true));
        t.bind("zdiff", c -> zsetOpGeneric(c, null, 1, Op.DIFF, false));
    }

    /** zsetopsrc: one input, its weight, and how to walk and probe it whatever its type. */
    private static final class Source {
        /** The score every member of a plain set counts with. */
        private static final double SET_SCORE = 1.0;

        final RedisObject subject;
        double weight = 1;

        Source(RedisObject subject) {
            this.subject = subject;
        }

        long length() {
            if (subject == null) {
                return 0;
            }
            return subject.type == RedisObject.SET ? SetType.size(subject) : ZSetType.length(subject);
        }

        /**
         * zuiNext over the whole input: a sorted set from its highest score down, a set in its
         * encoding's order (an intset ascending) with scores of 1.
         */
        void forEach(ZSetType.PairVisitor v) {
            if (subject == null) {
                return;
            }
            if (subject.type == RedisObject.SET) {
                SetType.forEach(subject, m -> v.visit(m, SET_SCORE));
            } else {
                ZSetType.forEachDescending(subject, v);
            }
        }

        /** zuiFind: true with the member's score (1 for a set member). */
        boolean find(byte[] member, double[] score) {
            if (subject == null) {
                return false;
            }
            if (subject.type == RedisObject.SET) {
                score[0] = SET_SCORE;
                return SetType.isMember(subject, member);
            }
            return ZSetType.score(subject, member, score);
        }
    }

    /** zunionInterAggregate. */
    private static double aggregate(double target, double val, Aggregate aggregate) {
        switch (aggregate) {
            case SUM: {
                double sum = target + val;
                return Double.isNaN(sum) ? 0.0 : sum;
            }
            case MIN:
                return val < target ? val : target;
            default:
                return val > target ? val : target;
        }
    }

    /**
     * zunionInterDiffGenericCommand: numkeys, then every key looked up (WRONGTYPE before any option
     * error), then the options this form allows (WEIGHTS and AGGREGATE unless DIFF or INTERCARD,
     * WITHSCORES without a destination, LIMIT for INTERCARD), then the operation.
     */
    private static void zsetOpGeneric(Client c, byte[] dstKey, int numkeysIndex, Op op, boolean cardinalityOnly) {
        long[] n = new long[1];
        if (!Args.getLong(c, c.arg(numkeysIndex), n)) {
            return;
        }
        if (n[0] < 1) {
            c.addReplyError("at least 1 input key is needed for '" + c.cmd.fullName + "' command");
            return;
        }
        if (n[0] > c.argc() - (numkeysIndex + 1)) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        int setnum = (int) n[0];
        Source[] src = new Source[setnum];
        int j = numkeysIndex + 1;
        for (int i = 0; i < setnum; i++, j++) {
            RedisObject o = c.db.lookupRead(c.arg(j));
            if (o != null && o.type != RedisObject.ZSET && o.type != RedisObject.SET) {
                c.addReplyError(Errors.WRONGTYPE);
                return;
            }
            src[i] = new Source(o);
        }
        Aggregate aggregate = Aggregate.SUM;
        boolean withScores = false;
        long[] limit = {0};
        double[] weight = new double[1];
        int remaining = c.argc() - j;
        while (remaining > 0) {
            byte[] opt = c.arg(j);
            if (op != Op.DIFF && !cardinalityOnly && remaining >= setnum + 1 && Args.is(opt, "weights")) {
                j++;
                remaining--;
                for (int i = 0; i < setnum; i++, j++, remaining--) {
                    if (!Args.getDouble(c, c.arg(j), weight, "weight value is not a float")) {
                        return;
                    }
                    src[i].weight = weight[0];
                }
            } else if (op != Op.DIFF && !cardinalityOnly && remaining >= 2 && Args.is(opt, "aggregate")) {
                byte[] a = c.arg(j + 1);
                if (Args.is(a, "sum")) {
                    aggregate = Aggregate.SUM;
                } else if (Args.is(a, "min")) {
                    aggregate = Aggregate.MIN;
                } else if (Args.is(a, "max")) {
                    aggregate = Aggregate.MAX;
                } else {
                    c.addReplyError(Errors.SYNTAX);
                    return;
                }
                j += 2;
                remaining -= 2;
            } else if (dstKey == null && !cardinalityOnly && Args.is(opt, "withscores")) {
                j++;
                remaining--;
                withScores = true;
            } else if (cardinalityOnly && remaining >= 2 && Args.is(opt, "limit")) {
                if (!Args.getRange(c, c.arg(j + 1), 0, Long.MAX_VALUE, limit, "LIMIT can't be negative")) {
                    return;
                }
                j += 2;
                remaining -= 2;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        if (op != Op.DIFF) {
            Arrays.sort(src, Comparator.comparingLong(Source::length));
        }

        RedisObject dstObj = ZSetType.createSkiplist();
        long[] lengths = new long[2]; // max element length, total element length
        long cardinality = 0;
        double[] tmp = new double[1];
        if (op == Op.INTER) {
            cardinality = inter(c, src, aggregate, cardinalityOnly, limit[0], dstObj, lengths);
        } else if (op == Op.UNION) {
            union(c, src, aggregate, dstObj, lengths);
        } else if (src[0].length() > 0) {
            src[0].forEach((m, s) -> {
                for (int k = 1; k < src.length; k++) {
                    if (src[k].subject == src[0].subject || src[k].find(m, tmp)) {
                        return;
                    }
                }
                insert(c, dstObj, m, s, lengths);
            });
        }

        long length = ZSetType.length(dstObj);
        if (dstKey != null) {
            if (length > 0) {
                ZSetType.convertToListpackIfNeeded(c.server.config(), dstObj, lengths[0], lengths[1]);
                c.db.setKey(dstKey, dstObj, false);
                c.addReplyLongLong(length);
                c.server.keyModified(c.db, dstKey,
                        op == Op.UNION ? "zunionstore" : op == Op.INTER ? "zinterstore" : "zdiffstore");
            } else {
                c.addReplyProto(SharedReplies.CZERO);
                if (c.db.delete(dstKey)) {
                    c.server.keyModified(c.db, dstKey, "del");
                }
            }
        } else if (cardinalityOnly) {
            c.addReplyLongLong(cardinality);
        } else {
            boolean nested = withScores && c.resp() > 2;
            c.addReplyArrayLen(withScores && !nested ? length * 2 : length);
            boolean scores = withScores;
            ZSetType.rangeByRank(dstObj, 0, length - 1, false, (m, s) -> {
                if (nested) {
                    c.addReplyArrayLen(2);
                }
                c.addReplyBulk(m);
                if (scores) {
                    c.addReplyDouble(s);
                }
            });
        }
    }

    private static void insert(Client c, RedisObject dst, byte[] member, double score, long[] lengths) {
        ZSetType.add(c.server.config(), dst, score, member, 0, new double[1]);
        lengths[0] = Math.max(lengths[0], member.length);
        lengths[1] += member.length;
    }

    /**
     * The intersection: walks the smallest input and probes the others in order of size; an input
     * given twice counts its own score again. Returns the cardinality (stopping at a non-zero limit)
     * when only that is wanted, else fills dst.
     */
    private static long inter(Client c, Source[] src, Aggregate aggregate, boolean cardinalityOnly, long limit,
                              RedisObject dst, long[] lengths) {
        if (src[0].length() == 0) {
            return 0;
        }
        long[] cardinality = new long[1];
        double[] value = new double[1];
        boolean[] stop = new boolean[1];
        src[0].forEach((m, s) -> {
            if (stop[0]) {
                return;
            }
            double score = src[0].weight * s;
            if (Double.isNaN(score)) {
                score = 0;
            }
            for (int j = 1; j < src.length; j++) {
                if (src[j].subject == src[0].subject) {
                    score = aggregate(score, s * src[j].weight, aggregate);
                } else if (src[j].find(m, value)) {
                    score = aggregate(score, value[0] * src[j].weight, aggregate);
                } else {
                    return;
                }
            }
            if (cardinalityOnly) {
                cardinality[0]++;
                if (limit != 0 && cardinality[0] >= limit) {
                    stop[0] = true;
                }
            } else {
                insert(c, dst, m, score, lengths);
            }
        });
        return cardinality[0];
    }

    /** The union: scores gathered per member in an accumulator dict, then inserted into dst. */
    private static void union(Client c, Source[] src, Aggregate aggregate, RedisObject dst, long[] lengths) {
        Dict accumulator = new Dict();
        accumulator.expand(src[src.length - 1].length());
        for (Source s : src) {
            if (s.length() == 0) {
                continue;
            }
            s.forEach((m, sc) -> {
                double score = s.weight * sc;
                if (Double.isNaN(score)) {
                    score = 0;
                }
                Dict.Entry e = accumulator.find(m);
                if (e == null) {
                    accumulator.add(m, score);
                } else {
                    e.val = aggregate((Double) e.val, score, aggregate);
                }
            });
        }
        accumulator.forEach(e -> insert(c, dst, e.key, (Double) e.val, lengths));
    }
}
