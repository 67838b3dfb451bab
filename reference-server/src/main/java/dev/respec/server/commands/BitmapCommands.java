package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.Bitops;
import dev.respec.server.types.StringType;
import dev.respec.server.util.Bytes;
import java.util.Arrays;

/**
 * The bitmap commands (bitops.c): SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD and BITFIELD_RO.
 * A bitmap is a string: reads see an int-encoded value as its decimal text and the bits past the end
 * as zeros; writes leave a raw string, grown with zero bytes to reach the highest bit written.
 *
 * <p>A bit offset must be a non-negative integer whose byte lies below proto-max-bulk-len (so a
 * write never grows a string past that limit), else "bit offset is not an integer or out of range".
 * Writes end with {@code keyModified}: "setbit" for SETBIT and BITFIELD, "set" or "del" for BITOP's
 * destination. A SETBIT that neither grows the string nor flips the bit is no change (no signal, no
 * dirty), though it leaves the value raw as any other SETBIT.
 */
final class BitmapCommands {
    private static final String BIT_OFFSET_ERROR = "bit offset is not an integer or out of range";
    private static final String BIT_VALUE_ERROR = "bit is not an integer or out of range";
    private static final String BITFIELD_TYPE_ERROR =
            "Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.";
    /** The longest Java array: with a proto-max-bulk-len past 2 GB, offsets beyond are refused. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private BitmapCommands() {
    }

    static void register(CommandTable t) {
        t.bind("setbit", BitmapCommands::setbit);
        t.bind("getbit", BitmapCommands::getbit);
        t.bind("bitcount", BitmapCommands::bitcount);
        t.bind("bitpos", BitmapCommands::bitpos);
        t.bind("bitop", BitmapCommands::bitop);
        t.bind("bitfield", c -> bitfieldGeneric(c, false));
        t.bind("bitfield_ro", c -> bitfieldGeneric(c, true));
    }

    /**
     * getBitOffsetFromArgument: a bit offset; with {@code hash} (BITFIELD) "#N" means N times the
     * field's width.
     */
    private static boolean bitOffset(Client c, byte[] arg, boolean hash, int bits, long[] out) {
        int from = hash && bits > 0 && arg.length > 0 && arg[0] == '#' ? 1 : 0;
        if (!Bytes.parseLong(arg, from, arg.length - from, out)) {
            c.addReplyError(BIT_OFFSET_ERROR);
            return false;
        }
        if (from == 1) {
            out[0] *= bits;
        }
        long byteIndex = out[0] >>> 3;
        if (out[0] < 0 || byteIndex >= c.server.config().protoMaxBulkLen || byteIndex >= MAX_ARRAY) {
            c.addReplyError(BIT_OFFSET_ERROR);
            return false;
        }
        return true;
    }

    /** Stores the bytes a bit write produced as the key's raw string and ends the write. */
    private static void storeBits(Client c, byte[] key, RedisObject old, byte[] bits, String event) {
        RedisObject o = StringType.createRaw(bits);
        if (old == null) {
            c.db.add(key, o);
        } else {
            c.db.overwrite(key, o);
        }
        c.server.keyModified(c.db, key, event);
    }

    // ------------------------------------------------------------------ SETBIT / GETBIT

    /** SETBIT key offset 0|1: replies the bit's previous value. */
    private static void setbit(Client c) {
        byte[] key = c.arg(1);
        long[] offset = new long[1];
        long[] on = new long[1];
        if (!bitOffset(c, c.arg(2), false, 0, offset) || !Args.getLong(c, c.arg(3), on, BIT_VALUE_ERROR)) {
            return;
        }
        if ((on[0] & ~1L) != 0) {
            c.addReplyError(BIT_VALUE_ERROR);
            return;
        }
        RedisObject o = c.db.lookupWrite(key);
        if (!StringCommands.checkString(c, o)) {
            return;
        }
        int oldLength = o == null ? 0 : StringType.length(o);
        byte[] bits = StringType.copyPadded(o, (int) (offset[0] >>> 3) + 1);
        int old = Bitops.getBit(bits, bits.length, offset[0]);
        if (bits.length > oldLength || old != on[0]) {
            Bitops.setBit(bits, offset[0], (int) on[0]);
            storeBits(c, key, o, bits, "setbit");
        } else {
            // nothing changes, yet the value becomes raw as dbUnshareStringValue makes it
            c.db.overwrite(key, StringType.createRaw(bits));
        }
        c.addReplyProto(old == 1 ? SharedReplies.CONE : SharedReplies.CZERO);
    }

    /** GETBIT key offset: 0 past the end of the string or for a missing key. */
    private static void getbit(Client c) {
        long[] offset = new long[1];
        if (!bitOffset(c, c.arg(2), false, 0, offset)) {
            return;
        }
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (!StringCommands.checkString(c, o)) {
            return;
        }
        int bit = Bitops.getBit(StringType.buffer(o), StringType.length(o), offset[0]);
        c.addReplyProto(bit == 1 ? SharedReplies.CONE : SharedReplies.CZERO);
    }

    // ------------------------------------------------------------------ BITCOUNT / BITPOS

    /** The BYTE|BIT unit argument: 1 for BIT, 0 for BYTE, -1 after replying a syntax error. */
    private static int unit(Client c, byte[] arg) {
        if (Args.is(arg, "bit")) {
            return 1;
        }
        if (Args.is(arg, "byte")) {
            return 0;
        }
        c.addReplyError(Errors.SYNTAX);
        return -1;
    }

    /**
     * BITCOUNT key [start end [BYTE|BIT]]: a missing key is 0 before the arguments are read; two
     * negative indexes with start past end count nothing; then indexes are normalised as GETRANGE's.
     */
    private static void bitcount(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (!StringCommands.checkString(c, o)) {
            return;
        }
        byte[] p = StringType.buffer(o);
        int strlen = StringType.length(o);
        long startBit;
        long endBit;
        if (c.argc() == 4 || c.argc() == 5) {
            long[] start = new long[1];
            long[] end = new long[1];
            if (!Args.getLong(c, c.arg(2), start) || !Args.getLong(c, c.arg(3), end)) {
                return;
            }
            int isBit = c.argc() == 5 ? unit(c, c.arg(4)) : 0;
            if (isBit < 0) {
                return;
            }
            if (start[0] < 0 && end[0] < 0 && start[0] > end[0]) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            long[] r = normalise(start[0], end[0], isBit == 1 ? (long) strlen << 3 : strlen);
            if (r == null) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            startBit = isBit == 1 ? r[0] : r[0] << 3;
            endBit = isBit == 1 ? r[1] : (r[1] << 3) + 7;
        } else if (c.argc() == 2) {
            if (strlen == 0) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            startBit = 0;
            endBit = ((long) strlen << 3) - 1;
        } else {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        c.addReplyLongLong(Bitops.count(p, startBit, endBit));
    }

    /**
     * The index normalisation BITCOUNT and BITPOS share: negative counts from the end, then both
     * clamped to [0, total - 1]. Null when the range is empty.
     */
    private static long[] normalise(long start, long end, long total) {
        if (start < 0) {
            start = total + start;
        }
        if (end < 0) {
            end = total + end;
        }
        if (start < 0) {
            start = 0;
        }
        if (end < 0) {
            end = 0;
        }
        if (end >= total) {
            end = total - 1;
        }
        return start > end ? null : new long[] {start, end};
    }

    /**
     * BITPOS key bit [start [end [BYTE|BIT]]]: the bit argument is checked before the key (a missing
     * key holds no 1 and a 0 at position 0). Looking for 0 without an end given, a range of ones
     * answers the first bit after it (the string reads as zero-padded); with an end given, -1.
     */
    private static void bitpos(Client c) {
        long[] bitArg = new long[1];
        if (!Args.getLong(c, c.arg(2), bitArg)) {
            return;
        }
        if (bitArg[0] != 0 && bitArg[0] != 1) {
            c.addReplyError("The bit argument must be 1 or 0.");
            return;
        }
        int bit = (int) bitArg[0];
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyLongLong(bit == 1 ? -1 : 0);
            return;
        }
        if (!StringCommands.checkString(c, o)) {
            return;
        }
        byte[] p = StringType.buffer(o);
        int strlen = StringType.length(o);
        long start = 0;
        long end = strlen - 1L;
        boolean endGiven = false;
        int isBit = 0;
        int argc = c.argc();
        if (argc >= 4 && argc <= 6) {
            long[] v = new long[1];
            if (!Args.getLong(c, c.arg(3), v)) {
                return;
            }
            start = v[0];
            if (argc == 6 && (isBit = unit(c, c.arg(5))) < 0) {
                return;
            }
            if (argc >= 5) {
                if (!Args.getLong(c, c.arg(4), v)) {
                    return;
                }
                end = v[0];
                endGiven = true;
            }
        } else if (argc != 3) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        long[] r = normalise(start, end, isBit == 1 ? (long) strlen << 3 : strlen);
        if (r == null) {
            c.addReplyLongLong(-1);
            return;
        }
        long startBit = isBit == 1 ? r[0] : r[0] << 3;
        long endBit = isBit == 1 ? r[1] : (r[1] << 3) + 7;
        long pos = Bitops.position(p, startBit, endBit, bit);
        if (pos == -1 && bit == 0 && !endGiven) {
            pos = endBit + 1;
        }
        c.addReplyLongLong(pos);
    }

    // ------------------------------------------------------------------ BITOP

    private static final int AND = 0;
    private static final int OR = 1;
    private static final int XOR = 2;
    private static final int NOT = 3;

    /**
     * BITOP AND|OR|XOR|NOT destkey key [key ...]: missing sources are empty strings, shorter ones are
     * zero-padded to the longest, which is the result's length (the reply). An empty result deletes
     * the destination; otherwise it is stored as a raw string replacing any value and TTL.
     */
    private static void bitop(Client c) {
        byte[] name = c.arg(1);
        int op;
        if (Args.is(name, "and")) {
            op = AND;
        } else if (Args.is(name, "or")) {
            op = OR;
        } else if (Args.is(name, "xor")) {
            op = XOR;
        } else if (Args.is(name, "not")) {
            op = NOT;
        } else {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        if (op == NOT && c.argc() != 4) {
            c.addReplyError("BITOP NOT must be called with a single source key.");
            return;
        }
        int numkeys = c.argc() - 3;
        byte[][] src = new byte[numkeys][];
        int[] len = new int[numkeys];
        int maxlen = 0;
        for (int j = 0; j < numkeys; j++) {
            RedisObject o = c.db.lookupRead(c.arg(j + 3));
            if (o == null) {
                src[j] = Bytes.EMPTY;
                continue;
            }
            if (!StringCommands.checkString(c, o)) {
                return;
            }
            src[j] = StringType.buffer(o);
            len[j] = StringType.length(o);
            maxlen = Math.max(maxlen, len[j]);
        }
        byte[] target = c.arg(2);
        if (maxlen == 0) {
            if (c.db.delete(target)) {
                c.server.keyModified(c.db, target, "del");
            }
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        byte[] res = new byte[maxlen];
        System.arraycopy(src[0], 0, res, 0, len[0]);
        if (op == NOT) {
            for (int i = 0; i < maxlen; i++) {
                res[i] = (byte) ~res[i];
            }
        }
        for (int j = 1; j < numkeys; j++) {
            byte[] s = src[j];
            int n = len[j];
            for (int i = 0; i < n; i++) {
                res[i] = (byte) (op == AND ? res[i] & s[i] : op == OR ? res[i] | s[i] : res[i] ^ s[i]);
            }
            if (op == AND) {
                Arrays.fill(res, n, maxlen, (byte) 0);
            }
        }
        c.db.setKey(target, StringType.createRaw(res), false);
        c.server.keyModified(c.db, target, "set");
        c.addReplyLongLong(maxlen);
    }

    // ------------------------------------------------------------------ BITFIELD

    private static final int GET = 0;
    private static final int SET = 1;
    private static final int INCRBY = 2;

    /** One parsed BITFIELD operation; the overflow behaviour is the one in force where it appears. */
    private record FieldOp(int opcode, long offset, int bits, boolean signed, long value, int overflow) {
    }

    /**
     * BITFIELD key [GET type offset] [SET type offset value] [INCRBY type offset incr]
     * [OVERFLOW WRAP|SAT|FAIL] ..., and BITFIELD_RO (GET only). Every operation is parsed before the
     * key is looked up; then a write grows the string to the highest bit any operation writes and
     * the operations run in order. One reply per GET/SET/INCRBY: SET answers the old value, INCRBY
     * the new one, and an overflow under FAIL answers nil and writes nothing (the string is still
     * grown and the key still signalled).
     */
    private static void bitfieldGeneric(Client c, boolean readonlyCommand) {
        int argc = c.argc();
        FieldOp[] ops = new FieldOp[(argc - 2) / 3 + 1];
        int numops = 0;
        int overflow = Bitops.OVERFLOW_WRAP;
        boolean readonly = true;
        int writes = 0;
        long highestWrite = 0;
        long[] v = new long[1];
        for (int j = 2; j < argc; j++) {
            int remargs = argc - j - 1;
            byte[] sub = c.arg(j);
            int opcode;
            if (Args.is(sub, "get") && remargs >= 2) {
                opcode = GET;
            } else if (Args.is(sub, "set") && remargs >= 3) {
                opcode = SET;
            } else if (Args.is(sub, "incrby") && remargs >= 3) {
                opcode = INCRBY;
            } else if (Args.is(sub, "overflow") && remargs >= 1) {
                byte[] type = c.arg(++j);
                if (Args.is(type, "wrap")) {
                    overflow = Bitops.OVERFLOW_WRAP;
                } else if (Args.is(type, "sat")) {
                    overflow = Bitops.OVERFLOW_SAT;
                } else if (Args.is(type, "fail")) {
                    overflow = Bitops.OVERFLOW_FAIL;
                } else {
                    c.addReplyError("Invalid OVERFLOW type specified");
                    return;
                }
                continue;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
            int type = fieldType(c.arg(j + 1));
            if (type == 0) {
                c.addReplyError(BITFIELD_TYPE_ERROR);
                return;
            }
            int bits = Math.abs(type);
            if (!bitOffset(c, c.arg(j + 2), true, bits, v)) {
                return;
            }
            long offset = v[0];
            long value = 0;
            if (opcode != GET) {
                readonly = false;
                writes++;
                highestWrite = Math.max(highestWrite, offset + bits - 1);
                if (!Args.getLong(c, c.arg(j + 3), v)) {
                    return;
                }
                value = v[0];
            }
            ops[numops++] = new FieldOp(opcode, offset, bits, type < 0, value, overflow);
            j += opcode == GET ? 2 : 3;
        }

        byte[] key = c.arg(1);
        RedisObject o;
        byte[] p;
        int len;
        if (readonly) {
            o = c.db.lookupRead(key);
            if (!StringCommands.checkString(c, o)) {
                return;
            }
            p = o == null ? Bytes.EMPTY : StringType.buffer(o);
            len = o == null ? 0 : StringType.length(o);
        } else {
            if (readonlyCommand) {
                c.addReplyError("BITFIELD_RO only supports the GET subcommand");
                return;
            }
            if ((highestWrite >>> 3) >= MAX_ARRAY) {
                c.addReplyError(BIT_OFFSET_ERROR);
                return;
            }
            o = c.db.lookupWrite(key);
            if (!StringCommands.checkString(c, o)) {
                return;
            }
            p = StringType.copyPadded(o, (int) (highestWrite >>> 3) + 1);
            len = p.length;
        }

        c.addReplyArrayLen(numops);
        long[] limited = new long[1];
        for (int j = 0; j < numops; j++) {
            FieldOp op = ops[j];
            if (op.opcode == GET) {
                c.addReplyLongLong(op.signed ? Bitops.getSigned(p, len, op.offset, op.bits)
                        : Bitops.getUnsigned(p, len, op.offset, op.bits));
                continue;
            }
            long oldval = op.signed ? Bitops.getSigned(p, len, op.offset, op.bits)
                    : Bitops.getUnsigned(p, len, op.offset, op.bits);
            long newval;
            long retval;
            int overflowed;
            if (op.opcode == INCRBY) {
                overflowed = op.signed ? Bitops.checkSigned(oldval, op.value, op.bits, op.overflow, limited)
                        : Bitops.checkUnsigned(oldval, op.value, op.bits, op.overflow, limited);
                newval = overflowed != 0 ? limited[0] : oldval + op.value;
                retval = newval;
            } else {
                overflowed = op.signed ? Bitops.checkSigned(op.value, 0, op.bits, op.overflow, limited)
                        : Bitops.checkUnsigned(op.value, 0, op.bits, op.overflow, limited);
                newval = overflowed != 0 ? limited[0] : op.value;
                retval = oldval;
            }
            if (overflowed != 0 && op.overflow == Bitops.OVERFLOW_FAIL) {
                c.addReplyNull();
            } else {
                c.addReplyLongLong(retval);
                Bitops.setField(p, op.offset, op.bits, newval);
            }
        }
        if (!readonly) {
            storeBits(c, key, o, p, "setbit");
            // Redis counts every SET and INCRBY as a change
            c.server.dirty += writes - 1;
        }
    }

    /**
     * getBitfieldTypeFromArgument: "i1".."i64" as minus the width, "u1".."u63" as the width, 0 when
     * the type is invalid (u64 is refused: its values could not all be replied as integers).
     */
    private static int fieldType(byte[] arg) {
        if (arg.length == 0 || (arg[0] != 'i' && arg[0] != 'u')) {
            return 0;
        }
        long[] bits = new long[1];
        if (!Bytes.parseLong(arg, 1, arg.length - 1, bits) || bits[0] < 1 || bits[0] > (arg[0] == 'i' ? 64 : 63)) {
            return 0;
        }
        return arg[0] == 'i' ? (int) -bits[0] : (int) bits[0];
    }
}
