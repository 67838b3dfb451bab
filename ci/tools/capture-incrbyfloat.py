#!/usr/bin/env python3
"""Captures INCRBYFLOAT results from a running real Redis into the table that LongDoubleTest replays.

Usage: capture-incrbyfloat.py PORT > reference-server/src/test/resources/incrbyfloat-redis-7.0.15.tsv

Each row is: stored value, increment, Redis's reply (the new value, or the error text). The inputs are
hand-picked edge cases (x87 rounding, %.17Lf ties, hex floats, infinities, subnormals, overflow) plus a
seeded random sample, so the table is reproducible.
"""
import random
import socket
import sys

EDGE = [
    ("10.5", "0.1"), ("10.50", "0.1"), ("10.6", "-5.0e3"), ("-4989.39999999999999991", "3.0e3"),
    ("0", "5.0e3"), ("0", "3.0e3"), ("0", "-3.0e3"), ("0", "0x10"), ("16", "0x1p-2"), ("0", "0X1P4"),
    ("0", "0x1p-18"), ("0", "inf"), ("0", "-inf"), ("0", "INF"), ("0", "infinity"), ("inf", "1"),
    ("0", "nan"), ("0", " 1"), ("0", "1 "), ("0", ""), ("0", "1e"), ("0", ".5"), ("0", "5."), ("0", "."),
    ("0", "0x"), ("0", "1_000"), ("0", "1.0d"), ("0", "1e5000"), ("0", "1e-5000"), ("5.5", "1e-4940"),
    ("0", "1e-4950"), ("0", "3.6e-4951"), ("0", "-0"), ("-0", "0"), ("-0.0", "-0.0"), ("0", "+5"),
    ("0", "1E2"), ("0", "1e+2"), ("0", "00012"), ("1e308", "1e308"), ("0", "1e308"), ("0", "1e4000"),
    ("1.18e4932", "1.18e4932"), ("0", "1.18e4932"), ("0.1", "0.2"), ("0", "1.23456789012345678"),
    ("0", "1234567890123456789"), ("0", "0.000000000000000001"), ("0", "0.00000000000000001"),
    ("0", "0.000000000000000005"), ("0", "0.000000000000000015"), ("0", "1e-17"), ("17", "0.5"),
    ("17", "1"), ("1.5", "1.5"), ("  1.5", "1"), ("1.5  ", "1"), ("1e5000", "1"), ("abc", "1"),
    ("9223372036854775807", "1"), ("-9223372036854775808", "-1"), ("0.1", "-0.1"), ("3", "-3"),
    ("1", "-0.99999999999999999"), ("0", "5e-324"), ("0", "0x1.fffffffffffffffep16383"),
    ("0", "0x1p16384"), ("1.7976931348623157e308", "1.7976931348623157e308"),
]


def number(rnd):
    k = rnd.random()
    sign = rnd.choice(["", "-"])
    if k < 0.3:
        return sign + str(rnd.randint(0, 10 ** rnd.randint(1, 25)))
    if k < 0.6:
        return sign + "%d.%0*d" % (rnd.randint(0, 10 ** rnd.randint(0, 8)), rnd.randint(1, 20),
                                   rnd.randint(0, 10 ** rnd.randint(1, 19)))
    if k < 0.75:
        return sign + "%de%d" % (rnd.randint(1, 999), rnd.randint(-400, 400))
    if k < 0.85:
        return sign + "0x%x.%xp%d" % (rnd.randint(0, 2 ** 40), rnd.randint(0, 2 ** 20), rnd.randint(-100, 100))
    return sign + repr(rnd.uniform(0, 1000))


def command(sock, f, *args):
    sock.sendall(b"*%d\r\n" % len(args) + b"".join(b"$%d\r\n%s\r\n" % (len(a), a) for a in args))
    line = f.readline()[:-2]
    if line[:1] == b"$":
        return f.read(int(line[1:]) + 2)[:-2].decode()
    return line[1:].decode()


def main():
    sock = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
    f = sock.makefile("rb")
    rnd = random.Random(7015)
    rows = EDGE + [(number(rnd), number(rnd)) for _ in range(400)]
    print("# stored value\tincrement\treply of real Redis 7.0.15 (captured by ci/tools/capture-incrbyfloat.py)")
    for stored, incr in rows:
        command(sock, f, b"SET", b"respec:incrbyfloat", stored.encode())
        reply = command(sock, f, b"INCRBYFLOAT", b"respec:incrbyfloat", incr.encode())
        print("%s\t%s\t%s" % (stored, incr, reply))
    command(sock, f, b"DEL", b"respec:incrbyfloat")


if __name__ == "__main__":
    main()
