package dev.respec.server.persistence;

import java.util.Random;

/**
 * Random client traffic for snapshot tests: every kind of write the keyspace has, on a small key
 * space spread over three databases so that writes hit keys already walked, keys not walked yet and
 * new keys alike.
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

    /** A few thousand keys in db 0 (so the walk meets rehashing) and some in dbs 1 and 2, some with expires. */
    void populate() {
        for (int db = 0; db < 3; db++) {
            t.run("SELECT " + db);
            int n = db == 0 ? 2000 + rnd.nextInt(2000) : 100 + rnd.nextInt(100);
            for (int i = 0; i < n; i++) {
                String k = db == 0 && i >= KEYS ? "bulk" + i : key();
                t.run("SET " + k + " " + value());
                if (rnd.nextInt(5) == 0) {
                    t.run("PEXPIRE " + k + " " + (rnd.nextBoolean() ? 100_000 + rnd.nextInt(1000) : 1 + rnd.nextInt(3)));
                }
            }
        }
        t.run("SELECT 0");
    }

    void randomWrite() {
        String k = key();
        int op = rnd.nextInt(100);
        if (op < 15) {
            t.run("SET " + k + " " + value());
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
}
