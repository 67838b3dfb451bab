#!/usr/bin/env python3
"""Capture the command table of a running real Redis into the reference server's declarative spec.

The reference server's command table (reference-server/src/main/resources/commands.json) is data that
describes Redis's commands the way Redis's own src/commands/*.json do: arity, flags, key positions,
key specs, ACL categories, tips, and the COMMAND DOCS text. We take it from the oracle itself, so that
COMMAND INFO / COMMAND DOCS of the reference match real Redis by construction. Handlers live in Java;
a spec without a handler is simply not registered.

usage: capture-command-specs.py [--port 6379] [--out path/to/commands.json]
"""
import argparse
import json
import socket


class Resp3:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.file = self.sock.makefile("rb")

    def call(self, *args):
        out = b"*%d\r\n" % len(args)
        for a in args:
            a = a.encode()
            out += b"$%d\r\n%s\r\n" % (len(a), a)
        self.sock.sendall(out)
        return self.read()

    def read(self):
        line = self.file.readline()[:-2]
        kind, rest = chr(line[0]), line[1:]
        if kind in "+$=":
            if kind == "+":
                return rest.decode()
            n = int(rest)
            data = self.file.read(n + 2)[:-2].decode()
            return data[4:] if kind == "=" else data
        if kind == "-":
            raise RuntimeError(rest.decode())
        if kind == ":":
            return int(rest)
        if kind in "*~":
            return [self.read() for _ in range(int(rest))]
        if kind == "%":
            pairs = [(self.read(), self.read()) for _ in range(int(rest))]
            return dict(pairs)
        if kind == "_":
            return None
        raise RuntimeError("unexpected RESP type " + kind)


def info_to_spec(info):
    name, arity, flags, first, last, step, acl, tips, key_specs, subs = info
    return {
        "name": name,
        "arity": arity,
        "flags": flags,
        "first_key": first,
        "last_key": last,
        "step": step,
        "acl_categories": acl,
        "tips": tips,
        "key_specs": key_specs,
        "subcommands": [info_to_spec(s) for s in subs],
    }


def attach_docs(spec, docs):
    doc = dict(docs.get(spec["name"], {}))
    sub_docs = doc.pop("subcommands", {})
    spec["docs"] = doc
    for sub in spec["subcommands"]:
        attach_docs(sub, sub_docs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=6379)
    parser.add_argument("--out", default="reference-server/src/main/resources/commands.json")
    args = parser.parse_args()

    redis = Resp3(args.port)
    redis.call("HELLO", "3")
    version = redis.call("INFO", "server").split("redis_version:")[1].split("\r\n")[0]
    infos = redis.call("COMMAND")
    docs = redis.call("COMMAND", "DOCS")
    specs = sorted((info_to_spec(i) for i in infos), key=lambda s: s["name"])
    for spec in specs:
        attach_docs(spec, docs)
    with open(args.out, "w") as out:
        json.dump({"redis_version": version, "commands": specs}, out, indent=1)
        out.write("\n")
    print(f"{len(specs)} commands from Redis {version} -> {args.out}")


if __name__ == "__main__":
    main()
