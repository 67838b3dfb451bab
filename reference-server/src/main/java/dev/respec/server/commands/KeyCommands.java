package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.command.Scan;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.StringType;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Glob;

/**
 * The generic keyspace group (db.c): commands that work on keys whatever their type, and on whole
 * databases. Reads go through {@link Database#lookup} so lazy expiry, keyspace hits/misses and the
 * LRU/LFU clock behave as Redis's lookupKey* flavours (EXISTS, TYPE and the SCAN TYPE filter do not
 * touch the clock; TOUCH does). Every write ends with {@code server.keyModified} (or
 * {@code dbModified} for whole databases), which counts the change once per key as Redis does.
 */
public final class KeyCommands {
    private KeyCommands() {
    }

    static void register(CommandTable t) {
        t.bind("del", KeyCommands::del);
        t.bind("unlink", KeyCommands::del);
        t.bind("exists", KeyCommands::exists);
        t.bind("touch", KeyCommands::touch);
        t.bind("type", KeyCommands::type);
        t.bind("rename", c -> renameGeneric(c, false));
        t.bind("renamenx", c -> renameGeneric(c, true));
        t.bind("keys", KeyCommands::keys);
        t.bind("scan", KeyCommands::scan);
        t.bind("randomkey", KeyCommands::randomkey);
        t.bind("dbsize", c -> c.addReplyLongLong(c.db.size()));
        t.bind("flushdb", KeyCommands::flushdb);
        t.bind("flushall", KeyCommands::flushall);
        t.bind("swapdb", KeyCommands::swapdb);
        t.bind("move", KeyCommands::move);
        t.bind("copy", KeyCommands::copy);
    }

    /**
     * delGenericCommand (DEL and UNLINK: freeing is the garbage collector's job either way). An
     * expired key is expired first, so it is not counted as deleted.
     */
    private static void del(Client c) {
        long deleted = 0;
        for (int j = 1; j < c.argc(); j++) {
            byte[] key = c.arg(j);
            c.db.expireIfNeeded(key);
            if (c.db.delete(key)) {
                c.server.keyModified(c.db, key, "del");
                deleted++;
            }
        }
        c.addReplyLongLong(deleted);
    }

    /** EXISTS counts every argument that names a live key, repeated names included. */
    private static void exists(Client c) {
        long count = 0;
        for (int j = 1; j < c.argc(); j++) {
            if (c.db.lookup(c.arg(j), Database.LOOKUP_NOTOUCH) != null) {
                count++;
            }
        }
        c.addReplyLongLong(count);
    }

    /** TOUCH: like EXISTS, but every lookup refreshes the LRU/LFU clock. */
    private static void touch(Client c) {
        long count = 0;
        for (int j = 1; j < c.argc(); j++) {
            if (c.db.lookupRead(c.arg(j)) != null) {
                count++;
            }
        }
        c.addReplyLongLong(count);
    }

    private static void type(Client c) {
        RedisObject o = c.db.lookup(c.arg(1), Database.LOOKUP_NOTOUCH);
        c.addReplyStatus(o == null ? "none" : o.typeName());
    }

    /**
     * renameGenericCommand: the source must exist ("no such key"), even when both names are the same
     * (then nothing changes). The value keeps its TTL and its LRU/LFU clock; an existing destination
     * is replaced (RENAME) or left alone (RENAMENX replies 0).
     */
    private static void renameGeneric(Client c, boolean nx) {
        byte[] src = c.arg(1);
        byte[] dst = c.arg(2);
        RedisObject o = c.db.lookupWrite(src);
        if (o == null) {
            c.addReplyError(Errors.NO_SUCH_KEY);
            return;
        }
        if (Bytes.equals(src, dst)) {
            c.addReplyProto(nx ? SharedReplies.CZERO : SharedReplies.OK);
            return;
        }
        long expire = c.db.getExpire(src);
        if (c.db.lookupWrite(dst) != null) {
            if (nx) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            c.db.delete(dst);
        }
        c.db.addExisting(dst, o);
        if (expire != -1) {
            c.db.setExpire(dst, expire);
        }
        c.db.delete(src);
        c.server.keySignaled(c.db, src, "rename_from");
        c.server.keyModified(c.db, dst, "rename_to");
        c.addReplyProto(nx ? SharedReplies.CONE : SharedReplies.OK);
    }

    /**
     * KEYS: every key matching the pattern, in dict order. Logically expired keys are left out but
     * not deleted (KEYS only reads).
     */
    private static void keys(Client c) {
        byte[] pattern = c.arg(1);
        boolean allKeys = pattern.length == 1 && pattern[0] == '*';
        Database db = c.db;
        long[] count = new long[1];
        int handle = c.addReplyDeferredLen();
        db.keys.forEach(e -> {
            if ((allKeys || Glob.match(pattern, e.key, false)) && !db.isExpired(e.key)) {
                c.addReplyBulk(e.key);
                count[0]++;
            }
        });
        c.setDeferredArrayLen(handle, count[0]);
    }

    /**
     * SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]. After the dictScan loop the keys are
     * filtered in Redis's order: MATCH, then TYPE (a lookup that may expire the key, which then
     * reads as type "none"), then expiry (expired keys are deleted and left out).
     */
    private static void scan(Client c) {
        long[] cursor = new long[1];
        if (!Scan.parseCursor(c, c.arg(1), cursor)) {
            return;
        }
        Scan.Options opt = Scan.parseOptions(c, 2, true);
        if (opt == null) {
            return;
        }
        Database db = c.db;
        Scan.scan(c, cursor[0], opt, false, (cur, out) -> db.keys.scan(cur, e -> out.add(e.key)), key -> {
            if (opt.type() != null) {
                RedisObject o = db.lookup(key, Database.LOOKUP_NOTOUCH);
                if (!Bytes.eqIgnoreCase(opt.type(), o == null ? "none" : o.typeName())) {
                    return false;
                }
            }
            return !db.expireIfNeeded(key);
        });
    }

    private static void randomkey(Client c) {
        byte[] key = c.db.randomKey();
        if (key == null) {
            c.addReplyNull();
        } else {
            c.addReplyBulk(key);
        }
    }

    /** getFlushCommandFlags: only ASYNC or SYNC, alone. Both free the same way here. */
    private static boolean flushFlags(Client c) {
        if (c.argc() > 2 || (c.argc() == 2 && !Args.is(c.arg(1), "sync") && !Args.is(c.arg(1), "async"))) {
            c.addReplyError(Errors.SYNTAX);
            return false;
        }
        return true;
    }

    private static void flushdb(Client c) {
        if (!flushFlags(c)) {
            return;
        }
        c.server.dbModified(c.db, c.db.flush());
        c.addReplyProto(SharedReplies.OK);
    }

    private static void flushall(Client c) {
        if (!flushFlags(c)) {
            return;
        }
        for (int i = 0; i < c.server.dbCount(); i++) {
            Database db = c.server.db(i);
            c.server.dbModified(db, db.flush());
        }
        c.addReplyProto(SharedReplies.OK);
    }

    /** SWAPDB: clients keep their selected index and see the other database's contents. */
    private static void swapdb(Client c) {
        long[] id1 = new long[1];
        long[] id2 = new long[1];
        if (!intArg(c, c.arg(1), id1, "invalid first DB index")
                || !intArg(c, c.arg(2), id2, "invalid second DB index")) {
            return;
        }
        if (!validDb(c, id1[0]) || !validDb(c, id2[0])) {
            c.addReplyError(Errors.DB_OUT_OF_RANGE);
            return;
        }
        Database a = c.server.db((int) id1[0]);
        Database b = c.server.db((int) id2[0]);
        if (a != b) {
            a.swapWith(b);
        }
        c.server.dbModified(a, 1);
        c.server.dbModified(b, 0);
        c.addReplyProto(SharedReplies.OK);
    }

    /**
     * MOVE key db: the value (with its TTL and LRU/LFU clock) goes to the other database unless the
     * key is missing there; 1 when moved, 0 otherwise.
     */
    private static void move(Client c) {
        Database dst = targetDb(c, c.arg(2));
        if (dst == null) {
            return;
        }
        Database src = c.db;
        if (src == dst) {
            c.addReplyError(Errors.SAME_OBJECT);
            return;
        }
        byte[] key = c.arg(1);
        RedisObject o = src.lookupWrite(key);
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        long expire = src.getExpire(key);
        if (dst.lookupWrite(key) != null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        dst.addExisting(key, o);
        if (expire != -1) {
            dst.setExpire(key, expire);
        }
        src.delete(key);
        c.server.keyModified(src, key, "move_from");
        c.server.keySignaled(dst, key, "move_to");
        c.addReplyProto(SharedReplies.CONE);
    }

    /**
     * COPY source destination [DB index] [REPLACE]: a duplicate of the value (made by its type's
     * API) with the source's TTL. Options are parsed left to right, each error reported as met.
     */
    private static void copy(Client c) {
        Database src = c.db;
        Database dst = c.db;
        boolean replace = false;
        for (int j = 3; j < c.argc(); j++) {
            if (Args.is(c.arg(j), "replace")) {
                replace = true;
            } else if (Args.is(c.arg(j), "db") && j + 1 < c.argc()) {
                dst = targetDb(c, c.arg(++j));
                if (dst == null) {
                    return;
                }
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        byte[] key = c.arg(1);
        byte[] newKey = c.arg(2);
        if (src == dst && Bytes.equals(key, newKey)) {
            c.addReplyError(Errors.SAME_OBJECT);
            return;
        }
        RedisObject o = src.lookupRead(key);
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        long expire = src.getExpire(key);
        boolean delete = false;
        if (dst.lookupWrite(newKey) != null) {
            if (!replace) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            delete = true;
        }
        RedisObject copy = duplicate(o);
        if (copy == null) {
            c.addReplyError("unknown type object");
            return;
        }
        if (delete) {
            dst.delete(newKey);
        }
        dst.add(newKey, copy);
        if (expire != -1) {
            dst.setExpire(newKey, expire);
        }
        c.server.keyModified(dst, newKey, "copy_to");
        c.addReplyProto(SharedReplies.CONE);
    }

    /**
     * A deep copy of a value by its type's API (each type's dup keeps the encoding). A type without
     * one yet answers null, which COPY reports as Redis reports an unknown type.
     */
    private static RedisObject duplicate(RedisObject o) {
        switch (o.type) {
            case RedisObject.STRING:
                return StringType.dup(o);
            default:
                return null;
        }
    }

    /** getIntFromObjectOrReply with Redis's generic error or the given one. */
    private static boolean intArg(Client c, byte[] arg, long[] out, String error) {
        if (!Bytes.parseLong(arg, 0, arg.length, out) || out[0] < Integer.MIN_VALUE || out[0] > Integer.MAX_VALUE) {
            c.addReplyError(error);
            return false;
        }
        return true;
    }

    private static boolean validDb(Client c, long id) {
        return id >= 0 && id < c.server.dbCount();
    }

    /** A DB index argument of MOVE and COPY: an int, then a valid index, else the error replied. */
    private static Database targetDb(Client c, byte[] arg) {
        long[] id = new long[1];
        if (!intArg(c, arg, id, Errors.NOT_INTEGER)) {
            return null;
        }
        if (!validDb(c, id[0])) {
            c.addReplyError(Errors.DB_OUT_OF_RANGE);
            return null;
        }
        return c.server.db((int) id[0]);
    }
}
