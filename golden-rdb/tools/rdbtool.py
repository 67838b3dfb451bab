#!/usr/bin/env python3
"""Helpers for golden-rdb/generate.sh (standard library only).

  rdbtool.py dataset --port P [--log F]  the dataset of a running server, one JSON object per line
                                         (with F, its log's load lines in the header)
  rdbtool.py cmd --port P ARG...         one command (for scripts: binary-safe, prints the reply)
  rdbtool.py strip IN OUT                copy an RDB without its streams, functions and module data
                                         (the CRC64 trailer recomputed)
  rdbtool.py downgrade IN OUT            rewrite an RDB 11/12 file as RDB 10 the way the reference
                                         server converts on load (set listpacks as sets, 7.4 hashes with
                                         field TTLs as plain hashes), so real Redis 7.0 can load it

The dataset format (see golden-rdb/README.md): a first line {"digest": DEBUG DIGEST, "keyspace": {...}}
then one line per key, sorted by db then key:
  {"db", "key", "type", "encoding" (OBJECT ENCODING), "expire_at_ms" (PEXPIRETIME, -1 for none),
   "digest_value" (DEBUG DIGEST-VALUE), "dump" (DUMP, hex), "value"}
Values: strings as text (bytes that are not printable ASCII as "hex:..."), lists in order, sets
sorted, hashes as sorted [field, value] pairs, zsets as [member, score] pairs in ZRANGE order.
"""
import json
import socket
import struct
import sys


# ---------------------------------------------------------------- a minimal RESP2 client

class Conn:
    def __init__(self, port, host="127.0.0.1"):
        self.s = socket.create_connection((host, port), timeout=30)
        self.buf = b""

    def call(self, *args):
        out = b"*%d\r\n" % len(args)
        for a in args:
            if isinstance(a, str):
                a = a.encode()
            elif isinstance(a, int):
                a = str(a).encode()
            out += b"$%d\r\n%s\r\n" % (len(a), a)
        self.s.sendall(out)
        return self._read()

    def _line(self):
        while b"\r\n" not in self.buf:
            chunk = self.s.recv(65536)
            if not chunk:
                raise EOFError("connection closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def _exact(self, n):
        while len(self.buf) < n + 2:
            chunk = self.s.recv(65536)
            if not chunk:
                raise EOFError("connection closed")
            self.buf += chunk
        data, self.buf = self.buf[:n], self.buf[n + 2:]
        return data

    def _read(self):
        line = self._line()
        t, rest = line[:1], line[1:]
        if t == b"+":
            return rest.decode()
        if t == b"-":
            raise RuntimeError(rest.decode())
        if t == b":":
            return int(rest)
        if t == b"$":
            n = int(rest)
            return None if n < 0 else self._exact(n)
        if t == b"*":
            n = int(rest)
            return None if n < 0 else [self._read() for _ in range(n)]
        raise RuntimeError("unexpected reply " + repr(line))


def text(b):
    if all(32 <= c < 127 for c in b):
        return b.decode()
    return "hex:" + b.hex()


def as_text(v):
    return v.decode() if isinstance(v, bytes) else v


LOAD_LOG = ("Done loading RDB", "skipping empty key", "checksum disabled", "Loading RDB produced")


def load_log(path):
    """The lines of a server log that describe an RDB load, without the pid/time prefix."""
    out = []
    for line in open(path, encoding="utf-8", errors="replace"):
        msg = line.rstrip("\n").split(" ", 5)[-1] if line[:1].isdigit() else line.rstrip("\n")
        if any(m in msg for m in LOAD_LOG):
            out.append(msg)
    return out


def dataset(port, log=None):
    c = Conn(port)
    lines = []
    keyspace = {}
    for line in c.call("INFO", "keyspace").decode().splitlines():
        if line.startswith("db"):
            name, fields = line.split(":", 1)
            kv = dict(f.split("=") for f in fields.split(","))
            keyspace[name] = {"keys": int(kv["keys"]), "expires": int(kv["expires"])}  # avg_ttl varies
    header = {"digest": c.call("DEBUG", "DIGEST"), "keyspace": keyspace}
    if log:
        header["log"] = load_log(log)
    for name in sorted(keyspace, key=lambda n: int(n[2:])):
        db = int(name[2:])
        c.call("SELECT", db)
        keys, cursor = set(), b"0"
        while True:
            cursor, batch = c.call("SCAN", cursor, "COUNT", 1000)
            keys.update(batch)
            if cursor == b"0":
                break
        for k in sorted(keys):
            t = c.call("TYPE", k)
            rec = {"db": db, "key": text(k), "type": t, "encoding": c.call("OBJECT", "ENCODING", k).decode(),
                   "expire_at_ms": c.call("PEXPIRETIME", k),
                   "digest_value": as_text(c.call("DEBUG", "DIGEST-VALUE", k)[0]),
                   "dump": c.call("DUMP", k).hex()}
            if t == "string":
                rec["value"] = text(c.call("GET", k))
            elif t == "list":
                rec["value"] = [text(e) for e in c.call("LRANGE", k, 0, -1)]
            elif t == "set":
                rec["value"] = sorted(text(e) for e in c.call("SMEMBERS", k))
            elif t == "hash":
                flat = c.call("HGETALL", k)
                rec["value"] = sorted([text(flat[i]), text(flat[i + 1])] for i in range(0, len(flat), 2))
            elif t == "zset":
                flat = c.call("ZRANGE", k, 0, -1, "WITHSCORES")
                rec["value"] = [[text(flat[i]), flat[i + 1].decode()] for i in range(0, len(flat), 2)]
            else:
                rec["value"] = None
            lines.append(rec)
    header["digest"] = as_text(header["digest"])
    print(json.dumps(header))
    for r in lines:
        print(json.dumps(r))


# ---------------------------------------------------------------- RDB rewriting

CRC_TABLE = []
for i in range(256):
    crc = i
    for _ in range(8):
        crc = (crc >> 1) ^ 0x95AC9329AC4BC9B5 if crc & 1 else crc >> 1
    CRC_TABLE.append(crc)


def crc64(data, crc=0):
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc


class Reader:
    def __init__(self, data):
        self.d, self.p = data, 0

    def byte(self):
        b = self.d[self.p]
        self.p += 1
        return b

    def take(self, n):
        b = self.d[self.p:self.p + n]
        if len(b) != n:
            raise EOFError
        self.p += n
        return b

    def length(self):
        b = self.byte()
        kind = b >> 6
        if kind == 0:
            return b & 0x3F
        if kind == 1:
            return ((b & 0x3F) << 8) | self.byte()
        if kind == 3:
            return ("enc", b & 0x3F)
        if b == 0x80:
            return struct.unpack(">I", self.take(4))[0]
        if b == 0x81:
            return struct.unpack(">Q", self.take(8))[0]
        raise ValueError("bad length byte %d" % b)

    def string(self):
        n = self.length()
        if isinstance(n, tuple):
            enc = n[1]
            if enc == 0:
                return str(struct.unpack("<b", self.take(1))[0]).encode()
            if enc == 1:
                return str(struct.unpack("<h", self.take(2))[0]).encode()
            if enc == 2:
                return str(struct.unpack("<i", self.take(4))[0]).encode()
            if enc == 3:
                clen, ulen = self.length(), self.length()
                return lzf_decompress(self.take(clen), ulen)
            raise ValueError("bad string encoding %d" % enc)
        return self.take(n)


def lzf_decompress(src, ulen):
    out = bytearray()
    i = 0
    while i < len(src):
        ctrl = src[i]
        i += 1
        if ctrl < 32:
            out += src[i:i + ctrl + 1]
            i += ctrl + 1
        else:
            n = ctrl >> 5
            if n == 7:
                n += src[i]
                i += 1
            ref = len(out) - ((ctrl & 0x1F) << 8) - src[i] - 1
            i += 1
            for _ in range(n + 2):
                out.append(out[ref])
                ref += 1
    if len(out) != ulen:
        raise ValueError("bad LZF data")
    return bytes(out)


def w_len(n):
    if n < 64:
        return bytes([n])
    if n < 16384:
        return bytes([0x40 | (n >> 8), n & 0xFF])
    if n <= 0xFFFFFFFF:
        return b"\x80" + struct.pack(">I", n)
    return b"\x81" + struct.pack(">Q", n)


def w_str(b):
    return w_len(len(b)) + b


def lp_entries(lp):
    """The elements of a listpack, integers as decimal text."""
    out, p = [], 6
    while lp[p] != 0xFF:
        b = lp[p]
        if b & 0x80 == 0:
            v, size = str(b & 0x7F).encode(), 1
        elif b & 0xC0 == 0x80:
            n = b & 0x3F
            v, size = lp[p + 1:p + 1 + n], 1 + n
        elif b & 0xE0 == 0xC0:
            u = ((b & 0x1F) << 8) | lp[p + 1]
            v, size = str(u - 8192 if u >= 4096 else u).encode(), 2
        elif b & 0xF0 == 0xE0:
            n = ((b & 0x0F) << 8) | lp[p + 1]
            v, size = lp[p + 2:p + 2 + n], 2 + n
        elif b == 0xF0:
            n = struct.unpack("<I", lp[p + 1:p + 5])[0]
            v, size = lp[p + 5:p + 5 + n], 5 + n
        else:
            width = {0xF1: 2, 0xF2: 3, 0xF3: 4, 0xF4: 8}[b]
            raw = lp[p + 1:p + 1 + width]
            v = str(int.from_bytes(raw, "little", signed=True)).encode()
            size = 1 + width
        out.append(v)
        back = 1 if size < 128 else 2 if size < 16384 else 3 if size < 2097152 else 4 if size < 268435456 else 5
        p += size + back
    return out


def rewrite(data, downgrade, strip):
    """Copies an RDB record by record; returns the new file."""
    r = Reader(data)
    magic = r.take(9)
    version = int(magic[5:])
    out = bytearray(b"REDIS%04d" % (10 if downgrade else version))
    key_start = None  # where the current key's EXPIRETIME/IDLE/FREQ opcodes began in out
    while True:
        start = r.p
        t = r.byte()
        if t in (0xFC, 0xFD, 0xF8, 0xF9) and key_start is None:
            key_start = len(out)
        if t == 0xFF:
            out.append(0xFF)
            break
        if t in (0xFE,):
            r.length()
        elif t == 0xFB:
            r.length(), r.length()
        elif t == 0xF4:
            r.length(), r.length(), r.length()
        elif t == 0xFC:
            r.take(8)
        elif t == 0xFD:
            r.take(4)
        elif t == 0xF8:
            r.length()
        elif t == 0xF9:
            r.byte()
        elif t == 0xFA:
            r.string(), r.string()
        elif t == 0xF5:
            r.string()
            if strip:
                continue
        elif t == 0xF7:
            raise ValueError("module AUX data: not handled")
        else:
            key = r.string()
            vstart = r.p
            skip_value(r, t)
            pending, key_start = key_start, None
            if strip and t in (15, 19, 21, 6, 7):
                if pending is not None:
                    del out[pending:]  # the key's own EXPIRETIME/IDLE/FREQ opcodes go with it
                continue
            if downgrade and t in (20, 22, 23, 24, 25):
                out += convert(t, key, data[vstart:r.p])
                continue
        out += data[start:r.p]
    out += struct.pack("<Q", crc64(bytes(out)))
    return bytes(out)


def skip_value(r, t):
    if t == 0:
        r.string()
    elif t in (1, 2):
        for _ in range(r.length()):
            r.string()
    elif t == 3:
        for _ in range(r.length()):
            r.string()
            n = r.byte()
            if n < 253:
                r.take(n)
    elif t == 4:
        for _ in range(r.length()):
            r.string(), r.string()
    elif t == 5:
        for _ in range(r.length()):
            r.string()
            r.take(8)
    elif t in (9, 10, 11, 12, 13, 16, 17, 20):
        r.string()
    elif t == 14:
        for _ in range(r.length()):
            r.string()
    elif t == 18:
        for _ in range(r.length()):
            r.length()
            r.string()
    elif t in (15, 19, 21):
        for _ in range(r.length()):
            r.string(), r.string()
        r.length(), r.length(), r.length()
        if t >= 19:
            for _ in range(5):
                r.length()
        for _ in range(r.length()):
            r.string()
            r.length(), r.length()
            if t >= 19:
                r.length()
            for _ in range(r.length()):
                r.take(16), r.take(8), r.length()
            for _ in range(r.length()):
                r.string(), r.take(8)
                if t >= 21:
                    r.take(8)
                for _ in range(r.length()):
                    r.take(16)
    elif t in (23, 25):
        if t == 25:
            r.take(8)
        r.string()
    elif t in (22, 24):
        if t == 24:
            r.take(8)
        for _ in range(r.length()):
            r.length(), r.string(), r.string()
    else:
        raise ValueError("type %d not handled" % t)


def convert(t, key, value):
    r = Reader(value)
    if t == 20:
        members = lp_entries(r.string())
        return bytes([2]) + w_str(key) + w_len(len(members)) + b"".join(w_str(m) for m in members)
    pairs = []
    if t in (23, 25):
        if t == 25:
            r.take(8)
        e = lp_entries(r.string())
        pairs = [(e[i], e[i + 1]) for i in range(0, len(e), 3)]
    else:
        if t == 24:
            r.take(8)
        for _ in range(r.length()):
            r.length()
            pairs.append((r.string(), r.string()))
    return bytes([4]) + w_str(key) + w_len(len(pairs)) + b"".join(w_str(f) + w_str(v) for f, v in pairs)


def main():
    cmd = sys.argv[1]
    if cmd == "dataset":
        log = sys.argv[sys.argv.index("--log") + 1] if "--log" in sys.argv else None
        dataset(int(sys.argv[sys.argv.index("--port") + 1]), log)
    elif cmd == "cmd":
        port = int(sys.argv[sys.argv.index("--port") + 1])
        args = sys.argv[sys.argv.index("--port") + 2:]
        print(Conn(port).call(*args))
    elif cmd in ("strip", "downgrade"):
        data = open(sys.argv[2], "rb").read()
        open(sys.argv[3], "wb").write(rewrite(data, downgrade=cmd == "downgrade", strip=True))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
