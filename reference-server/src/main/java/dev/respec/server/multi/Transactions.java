package dev.respec.server.multi;

import dev.respec.server.Server;
import dev.respec.server.command.CommandSpec;
import dev.respec.server.keyspace.Database;
import dev.respec.server.network.Client;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * multi.c: MULTI/EXEC transactions and WATCH's optimistic locking.
 *
 * <p>A client in MULTI has its commands queued ({@link MultiState}); an error while queueing
 * (unknown command, arity, OOM ...) flags the transaction so EXEC answers EXECABORT. EXEC runs the
 * queue atomically, blocking commands inside it reply as if they timed out.
 *
 * <p>WATCH: each database keeps, per watched key, the clients watching it. Any write to the key
 * ({@link #touch}, from the common end of writes, expiry and eviction), a flush or a swap of its
 * database marks those clients "dirty CAS", and their EXEC answers a null array. A watched key that
 * was alive at WATCH time and is logically expired at EXEC time also fails the EXEC, as in 7.0.
 * Owned by the event loop thread.
 */
public final class Transactions {
    /** A key watched by a client, and whether it was already expired when watched. */
    public record WatchedKey(Database db, ByteBuffer key, boolean expired) {
    }

    private final Server server;
    /** Per database: watched key -> clients watching it. */
    private final Map<Database, Map<ByteBuffer, List<Client>>> watched = new HashMap<>();

    /** server.in_exec: true while EXEC runs its queue (BGSAVE is then only scheduled). */
    private boolean executing;

    public boolean inExec() {
        return executing;
    }

    public Transactions(Server server) {
        this.server = server;
    }

    // ------------------------------------------------------------------ queueing

    public static boolean inMulti(Client c) {
        return c.mstate != null;
    }

    /** multiCommand. */
    public void multi(Client c) {
        c.mstate = new MultiState();
    }

    /** queueMultiCommand: keeps the command for EXEC (its argv is the client's own copy). */
    public void queue(Client c, CommandSpec cmd) {
        c.mstate.add(cmd, c.argv);
    }

    /** flagTransaction: an error while queueing dooms the transaction. */
    public static void flagTransaction(Client c) {
        if (c.mstate != null) {
            c.mstate.execAbort = true;
        }
    }

    /** discardTransaction: leaves MULTI and forgets every watched key. */
    public void discard(Client c) {
        c.mstate = null;
        unwatchAll(c);
    }

    // ------------------------------------------------------------------ WATCH

    /** watchForKey. */
    public void watch(Client c, Database db, byte[] key) {
        ByteBuffer k = ByteBuffer.wrap(key);
        for (WatchedKey wk : c.watchedKeys) {
            if (wk.db() == db && wk.key().equals(k)) {
                return;
            }
        }
        watched.computeIfAbsent(db, d -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>()).add(c);
        c.watchedKeys.add(new WatchedKey(db, k, db.isExpired(key)));
    }

    /** unwatchAllKeys. */
    public void unwatchAll(Client c) {
        for (WatchedKey wk : c.watchedKeys) {
            Map<ByteBuffer, List<Client>> keys = watched.get(wk.db());
            if (keys == null) {
                continue;
            }
            List<Client> clients = keys.get(wk.key());
            if (clients != null) {
                clients.remove(c);
                if (clients.isEmpty()) {
                    keys.remove(wk.key());
                }
            }
        }
        c.watchedKeys.clear();
        c.dirtyCas = false;
    }

    /** touchWatchedKey: a write to key in db. */
    public void touch(Database db, byte[] key) {
        if (watched.isEmpty()) {
            return;
        }
        Map<ByteBuffer, List<Client>> keys = watched.get(db);
        if (keys == null) {
            return;
        }
        List<Client> clients = keys.get(ByteBuffer.wrap(key));
        if (clients != null) {
            for (Client c : clients) {
                c.dirtyCas = true;
            }
        }
    }

    /**
     * touchAllWatchedKeysInDb, before {@code emptied} is flushed or swapped with {@code replacedWith}:
     * a watched key is touched when it exists on either side.
     */
    public void touchAllInDb(Database emptied, Database replacedWith) {
        Map<ByteBuffer, List<Client>> keys = watched.get(emptied);
        if (keys == null) {
            return;
        }
        for (Map.Entry<ByteBuffer, List<Client>> e : keys.entrySet()) {
            byte[] key = bytes(e.getKey());
            boolean exists = emptied.keys.contains(key) || (replacedWith != null && replacedWith.keys.contains(key));
            if (exists) {
                for (Client c : e.getValue()) {
                    c.dirtyCas = true;
                }
            }
        }
    }

    /** isWatchedKeyExpired: a key alive when watched that is now logically expired. */
    private static boolean watchedKeyExpired(Client c) {
        for (WatchedKey wk : c.watchedKeys) {
            if (!wk.expired() && wk.db().isExpired(bytes(wk.key()))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(ByteBuffer b) {
        return b.array();
    }

    // ------------------------------------------------------------------ EXEC

    /** execCommand. */
    public void exec(Client c) {
        if (c.mstate == null) {
            c.addReplyError("EXEC without MULTI");
            return;
        }
        if (watchedKeyExpired(c)) {
            c.dirtyCas = true;
        }
        if (c.mstate.execAbort) {
            discard(c);
            c.addReplyError("-EXECABORT Transaction discarded because of previous errors.");
            return;
        }
        if (c.dirtyCas) {
            discard(c);
            c.addReplyNullArray();
            return;
        }
        MultiState ms = c.mstate;
        c.mstate = null;
        unwatchAll(c);
        byte[][] execArgv = c.argv;
        CommandSpec execCmd = c.cmd;
        boolean deny = c.denyBlocking;
        c.denyBlocking = true;
        c.addReplyArrayLen(ms.size());
        executing = true;
        try {
            for (Iterator<MultiState.Queued> it = ms.iterator(); it.hasNext(); ) {
                MultiState.Queued q = it.next();
                c.argv = q.argv();
                c.cmd = q.cmd();
                server.processor().call(c, q.cmd());
            }
        } finally {
            executing = false;
            c.argv = execArgv;
            c.cmd = execCmd;
            c.denyBlocking = deny;
        }
    }

    /** Cleanup of a client going away or RESET. */
    public void forget(Client c) {
        c.mstate = null;
        unwatchAll(c);
    }
}
