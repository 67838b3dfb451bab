package dev.respec.server.persistence;

import java.util.Random;

/**
 * Random client traffic for snapshot tests: every kind of write the keyspace has, on every type
 * (in-place changes, encoding conversions, deletes, expires, renames, moves, SWAPDB, FLUSHDB,
 * FLUSHALL), on a small key space spread over three databases so that writes hit keys already
 * walked, keys not walked yet and new keys alike. Type errors (WRONGTYPE) are part of the traffic.
 */
final class Workload {
    private static final int KEYS = 300;
    private final TestServer t;
    private final Random rnd;

    Workload(TestServer t, Random rnd) {
        this.t = t;
        this.rnd = rnd;
    }

    private String key() {
        return "k" + rnd.nextInt(KEYS);
    }

    private String value() {
        return switch (rnd.nextInt(4)) {
            case 0 -> Integer.toString(rnd.nextInt(20000) - 100);
            case 1 -> "v" + rnd.nextInt(1000);
            case 2 -> "x".repeat(rnd.nextInt(80));
            default -> Long.toString(rnd.nextLong());
        };
    }

    private String member() {
        return rnd.nextBoolean() ? Integer.toString(rnd.nextInt(40)) : "m" + rnd.nextInt(40);
    }

    /** A write that creates or grows a value of a random type. */
    private String typedWrite(String k) {
        return switch (rnd.nextInt(5)) {
            case 0 -> "SET " + k + " " + value();
            case 1 -> (rnd.nextBoolean() ? "RPUSH " : "LPUSH ") + k + " " + value() + " " + member();
            case 2 -> "SADD " + k + " " + member() + " " + member();
            case 3 -> "HSET " + k + " " + member() + " " + value();
            default -> "ZADD " + k + " " + (rnd.nextInt(200) - 100) / 4.0 + " " + member();
        };
    }

    /** A few thousand keys in db 0 (so the walk meets rehashing) and some in dbs 1 and 2, some with expires. */
    void populate() {
        for (int db = 0; db < 3; db++) {
            t.run("SELECT " + db);
            int n = db == 0 ? 2000 + rnd.nextInt(2000) : 100 + rnd.nextInt(100);
            for (int i = 0; i < n; i++) {
                String k = db == 0 && i >= KEYS ? "bulk" + i : key();
                t.run(typedWrite(k));
                if (rnd.nextInt(5) == 0) {
                    t.run("PEXPIRE " + k + " " + (rnd.nextBoolean() ? 100_000 + rnd.nextInt(1000) : 1 + rnd.nextInt(3)));
                }
            }
        }
        t.run("SELECT 0");
    }

    void randomWrite() {
        String k = key();
        if (rnd.nextInt(3) == 0) {
            typeWrite(k);
            return;
        }
        int op = rnd.nextInt(100);
        if (op < 15) {
            t.run(typedWrite(k));
        } else if (op < 25) {
            t.run("APPEND " + k + " " + value());
        } else if (op < 32) {
            t.run("INCRBY " + k + " " + (rnd.nextInt(100) - 50));
        } else if (op < 40) {
            t.run("DEL " + k);
        } else if (op < 46) {
            t.run("PEXPIRE " + k + " " + (1 + rnd.nextInt(100_000)));
        } else if (op < 50) {
            t.run("PERSIST " + k);
        } else if (op < 55) {
            t.run("RENAME " + k + " " + key());
        } else if (op < 59) {
            t.run("MOVE " + k + " " + rnd.nextInt(3));
        } else if (op < 63) {
            t.run("COPY " + k + " " + key() + (rnd.nextBoolean() ? " REPLACE" : "") + " DB " + rnd.nextInt(3));
        } else if (op < 70) {
            t.run("SELECT " + rnd.nextInt(3));
        } else if (op < 73) {
            t.run("GETDEL " + k);
        } else if (op < 76) {
            t.run("GETEX " + k + (rnd.nextBoolean() ? " PERSIST" : " PX 50000"));
        } else if (op < 80) {
            t.run("SETRANGE " + k + " " + rnd.nextInt(10) + " " + value());
        } else if (op < 84) {
            t.run("MSET " + k + " " + value() + " " + key() + " " + value());
        } else if (op < 87) {
            t.run("SET " + k + " " + value() + " KEEPTTL");
        } else if (op < 90) {
            t.run("GET " + k);
        } else if (op < 93) {
            t.run("SET new" + rnd.nextInt(100_000) + " " + value());
        } else if (op < 96) {
            t.run("SWAPDB " + rnd.nextInt(3) + " " + rnd.nextInt(3));
        } else if (op < 97) {
            t.run("DEL bulk" + (KEYS + rnd.nextInt(3700)));
        } else if (op < 98) {
            t.run("SAVE"); // a foreground save in the middle must not disturb the background one
        } else if (op < 99) {
            t.run("FLUSHDB");
        } else if (rnd.nextInt(4) == 0) {
            t.run("FLUSHALL");
        }
    }

    /** In-place changes of aggregates, conversions between their encodings included. */
    private void typeWrite(String k) {
        switch (rnd.nextInt(16)) {
            case 0 -> t.run("LPOP " + k);
            case 1 -> t.run("LSET " + k + " 0 " + value());
            case 2 -> t.run("LINSERT " + k + " BEFORE " + member() + " " + value());
            case 3 -> t.run("LTRIM " + k + " 1 -2");
            case 4 -> t.run("SREM " + k + " " + member());
            case 5 -> t.run("SPOP " + k);
            case 6 -> t.run("SADD " + k + " " + "x".repeat(rnd.nextInt(3)) + member());
            case 7 -> t.run("HDEL " + k + " " + member());
            case 8 -> t.run("HINCRBY " + k + " n" + rnd.nextInt(5) + " " + rnd.nextInt(10));
            case 9 -> t.run("HSET " + k + " big " + "y".repeat(rnd.nextInt(100)));
            case 10 -> t.run("ZREM " + k + " " + member());
            case 11 -> t.run("ZINCRBY " + k + " 1.5 " + member());
            case 12 -> t.run("ZADD " + k + " 1 " + "z".repeat(rnd.nextInt(100)));
            case 13 -> {
                StringBuilder many = new StringBuilder("RPUSH " + k);
                for (int i = rnd.nextInt(300); i > 0; i--) {
                    many.append(' ').append(value());
                }
                t.run(many.toString());
            }
            case 14 -> {
                StringBuilder many = new StringBuilder((rnd.nextBoolean() ? "SADD " : "HSET ") + k);
                for (int i = 2 * rnd.nextInt(300); i > 0; i--) {
                    many.append(' ').append(rnd.nextInt(10_000));
                }
                t.run(many.toString());
            }
            default -> t.run("SINTERSTORE " + k + " " + key() + " " + key());
        }
    }
}
