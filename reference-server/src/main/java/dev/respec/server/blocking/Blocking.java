package dev.respec.server.blocking;

import dev.respec.server.Server;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.LongDouble;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * blocked.c for clients blocked on keys (BLPOP, BLMOVE, BLMPOP, BZPOPMIN, BZMPOP ... and any later
 * XREAD BLOCK): blocking, the ready-key signal, serving in FIFO order, timeouts, CLIENT UNBLOCK and
 * cleanup when a blocked client goes away.
 *
 * <p>How it fits together, as in Redis 7.0:
 * <ul>
 * <li>A blocking command that finds nothing to take calls {@link #blockForKeys} with a
 * {@link BlockedCommand} holding the rest of its work. The client is flagged blocked and stops
 * consuming its query buffer (Networking.processInputBuffer checks the flag); it is appended to the
 * queue of every key it waits on (db->blocking_keys) and, with a timeout, to the timeout table.</li>
 * <li>Every write ends in {@code Server.keyModified}, which calls {@link #signalKeyAsReady}: a key
 * somebody waits on is queued once in the ready list (server.ready_keys / db->ready_keys).</li>
 * <li>{@link #handleClientsBlockedOnKeys} runs after each command processCommand ran (so a command
 * that pushes, a whole EXEC, or a command creating the key for another client serves the waiters
 * before the next command of the pipeline runs) and again in beforeSleep. For each ready key holding
 * a value, the clients waiting on it are served first-blocked first while the value lasts; clients
 * waiting for another type are rotated to the end. Serving can make other keys ready (BLMOVE pushes
 * to its destination); those are handled in the same call, round after round.</li>
 * <li>An unblocked client is queued for reprocessing, so the commands it pipelined behind the
 * blocking one run in the next beforeSleep.</li>
 * <li>{@link #handleBlockedClientsTimeout} (beforeSleep) answers clients whose deadline passed with
 * their command's timeout reply (the null array).</li>
 * </ul>
 * Everything runs on the event loop thread.
 */
public final class Blocking {
    /** A key of one database, usable as a hash key (db->blocking_keys / ready_keys entries). */
    private static final class DbKey {
        final Database db;
        final byte[] key;
        final int hash;

        DbKey(Database db, byte[] key) {
            this.db = db;
            this.key = key;
            this.hash = 31 * db.id + Arrays.hashCode(key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DbKey k && k.db == db && Arrays.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final Comparator<BlockedState> BY_DEADLINE = (a, b) -> {
        int c = Long.compareUnsigned(a.deadline, b.deadline);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    };

    private final Server server;
    /** Clients blocked on each key, in the order they blocked (insertion order of the set). */
    private final Map<DbKey, LinkedHashSet<Client>> blockingKeys = new HashMap<>();
    /** Keys signalled ready since the last handling, in signal order, each once. */
    private LinkedHashSet<DbKey> readyKeys = new LinkedHashSet<>();
    /** Blocked clients with a timeout, soonest deadline first (server.clients_timeout_table). */
    private final TreeSet<BlockedState> timeoutTable = new TreeSet<>(BY_DEADLINE);
    private int blockedClients;
    private long nextSeq;
    private boolean handling;

    public Blocking(Server server) {
        this.server = server;
    }

    /** INFO clients blocked_clients. */
    public int blockedClients() {
        return blockedClients;
    }

    /** INFO clients clients_in_timeout_table. */
    public int clientsInTimeoutTable() {
        return timeoutTable.size();
    }

    // ------------------------------------------------------------------ timeouts

    /**
     * getTimeoutFromObjectOrReply with seconds as the unit (BLPOP, BZPOPMIN ...): a long double
     * number of seconds, times 1000, rounded up to whole milliseconds and converted as Redis 7.0's
     * {@code (long long) ceill(...)} does: a positive timeout below 1 ms becomes 1 ms, a tiny
     * negative one ("-0.0001") becomes 0 and waits for ever, and values past the long range
     * (inf, 1e16) become negative. 0 means forever; otherwise the deadline is now + timeout.
     * Replies Redis's error and returns false when the argument is not acceptable.
     */
    public static boolean getTimeoutSeconds(Client c, byte[] arg, long[] deadline) {
        long ms;
        long[] whole = new long[1];
        if (arg.length <= 15 && Bytes.parseLong(arg, 0, arg.length, whole)) {
            ms = whole[0] * 1000; // |whole| < 10^15: no overflow
        } else {
            LongDouble.Parsed p = LongDouble.parse(arg);
            if (!p.valid()) {
                c.addReplyError("timeout is not a float or out of range");
                return false;
            }
            ms = p.isFinite() ? ceilLikeX87(LongDouble.round(p.value().multiply(BigDecimal.valueOf(1000))))
                    : Long.MIN_VALUE;
        }
        return finishTimeout(c, ms, deadline);
    }

    private static boolean finishTimeout(Client c, long ms, long[] deadline) {
        if (ms < 0) {
            c.addReplyError("timeout is negative");
            return false;
        }
        deadline[0] = ms == 0 ? 0 : ms + System.currentTimeMillis(); // may wrap: see BlockedState
        return true;
    }

    /** (long long) ceill(v) on x86-64: the "integer indefinite" (LLONG_MIN) when out of range. */
    private static long ceilLikeX87(BigDecimal v) {
        if (v == null) {
            return Long.MIN_VALUE;
        }
        BigDecimal t = v.setScale(0, RoundingMode.CEILING);
        if (t.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || t.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return t.longValueExact();
    }

    // ------------------------------------------------------------------ blocking and unblocking

    /**
     * blockForKeys: blocks the client on the given keys of its current database until one of them
     * can serve it or the deadline (0 = forever) passes. The caller has already replied nothing and
     * checked that the client may block ({@link #mayBlock}).
     */
    public void blockForKeys(Client c, BlockType type, List<byte[]> keys, long deadline, BlockedCommand command) {
        List<byte[]> unique = new ArrayList<>(keys.size());
        for (byte[] k : keys) {
            // a key named twice is waited on once (the client is already in its queue)
            if (blockingKeys.computeIfAbsent(new DbKey(c.db, k), x -> new LinkedHashSet<>()).add(c)) {
                unique.add(k);
            }
        }
        BlockedState st = new BlockedState(c, type, c.db, unique, deadline, command, nextSeq++);
        if (deadline != 0) {
            timeoutTable.add(st);
        }
        c.bstate = st;
        c.blocked = true;
        blockedClients++;
    }

    /**
     * True when the client may block now. A client running a transaction or a script
     * (CLIENT_DENY_BLOCKING) must not: its blocking command then replies as if it timed out.
     */
    public static boolean mayBlock(Client c) {
        return !c.denyBlocking;
    }

    /**
     * unblockClient: forgets the client's wait (key queues, timeout table), clears the flag and
     * queues the client so that what it pipelined meanwhile runs in the next beforeSleep.
     */
    public void unblock(Client c) {
        removeWait(c);
        c.server.networking().queueUnblocked(c);
    }

    private void removeWait(Client c) {
        BlockedState st = c.bstate;
        if (st == null) {
            return;
        }
        for (byte[] k : st.keys) {
            DbKey dk = new DbKey(st.db, k);
            LinkedHashSet<Client> waiting = blockingKeys.get(dk);
            if (waiting != null) {
                waiting.remove(c);
                if (waiting.isEmpty()) {
                    blockingKeys.remove(dk);
                }
            }
        }
        if (st.deadline != 0) {
            timeoutTable.remove(st);
        }
        c.bstate = null;
        c.blocked = false;
        blockedClients--;
    }

    /** A blocked client disconnected or was killed: drop its wait without replying. */
    public void onClientClosed(Client c) {
        removeWait(c);
    }

    /**
     * CLIENT UNBLOCK: ends the wait of the client with this id as a timeout (its timeout reply) or
     * with the UNBLOCKED error. False when no such client is blocked.
     */
    public boolean clientUnblock(long id, boolean error) {
        Client target = server.networking().clients().get(id);
        if (target == null || target.bstate == null) {
            return false;
        }
        if (error) {
            target.addReplyError("-UNBLOCKED client unblocked via CLIENT UNBLOCK");
        } else {
            target.bstate.command.replyTimedOut(target);
        }
        unblock(target);
        return true;
    }

    /** handleBlockedClientsTimeout: answers and unblocks every client whose deadline passed. */
    public void handleBlockedClientsTimeout() {
        if (timeoutTable.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        while (!timeoutTable.isEmpty()) {
            BlockedState st = timeoutTable.first();
            if (Long.compareUnsigned(st.deadline, now) >= 0) {
                break;
            }
            st.command.replyTimedOut(st.client);
            unblock(st.client);
        }
    }

    // ------------------------------------------------------------------ ready keys

    /**
     * signalKeyAsReady: called for every modified key (from Server.keyModified). Only keys some
     * client waits on are queued, once until handled; whether the key can serve anybody is decided
     * when it is handled.
     */
    public void signalKeyAsReady(Database db, byte[] key) {
        if (blockingKeys.isEmpty()) {
            return;
        }
        DbKey dk = new DbKey(db, key);
        if (blockingKeys.containsKey(dk)) {
            readyKeys.add(dk);
        }
    }

    /**
     * scanDatabaseForReadyKeys: after SWAPDB (or anything else that replaces a database's contents
     * wholesale), every waited-on key of that database that now exists is ready.
     */
    public void scanDatabaseForReadyKeys(Database db) {
        for (DbKey dk : blockingKeys.keySet()) {
            if (dk.db == db && db.exists(dk.key)) {
                readyKeys.add(dk);
            }
        }
    }

    /**
     * handleClientsBlockedOnKeys: serves the clients waiting on the keys signalled ready, round
     * after round until serving makes no more keys ready. Not re-entrant: a call made while serving
     * returns at once and the running one picks up the new keys.
     */
    public void handleClientsBlockedOnKeys() {
        if (handling || readyKeys.isEmpty()) {
            return;
        }
        handling = true;
        try {
            while (!readyKeys.isEmpty()) {
                LinkedHashSet<DbKey> round = readyKeys;
                readyKeys = new LinkedHashSet<>();
                for (DbKey dk : round) {
                    serveClientsBlockedOnKey(dk);
                }
            }
        } finally {
            handling = false;
        }
    }

    private void serveClientsBlockedOnKey(DbKey dk) {
        LinkedHashSet<Client> waiting = blockingKeys.get(dk);
        if (waiting == null) {
            return;
        }
        server.startCommandClock();
        RedisObject value = lookup(dk);
        int turns = waiting.size();
        while (value != null && turns-- > 0 && !waiting.isEmpty()) {
            Iterator<Client> it = waiting.iterator();
            Client receiver = it.next();
            BlockedState st = receiver.bstate;
            if (st.type.valueType != value.type) {
                // waits for another type: to the end of the queue, so the next round does not meet it first
                it.remove();
                waiting.add(receiver);
                continue;
            }
            st.command.serve(receiver, dk.db, dk.key, value);
            unblock(receiver);
            waiting = blockingKeys.get(dk);
            if (waiting == null) {
                return;
            }
            value = lookup(dk);
        }
    }

    private static RedisObject lookup(DbKey dk) {
        return dk.db.lookup(dk.key, Database.LOOKUP_NOTOUCH | Database.LOOKUP_NOSTATS | Database.LOOKUP_NONOTIFY);
    }
}
