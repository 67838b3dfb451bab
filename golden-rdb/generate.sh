#!/usr/bin/env bash
# Recreates the golden RDB fixtures from a real redis-server, and the expected dataset of every
# fixture (see README.md). Run it from anywhere; it only writes inside golden-rdb/.
#
#   golden-rdb/generate.sh [--redis-server PATH] [--port N] [--shared DIR]
#
#   --redis-server  the server to use (default: redis-server on PATH; the committed files came
#                   from Redis 7.0.15). The files it writes go to redis-<version>/.
#   --port          first TCP port to use (default 8090; one server at a time)
#   --shared        where the upstream and newer-version fixtures come from
#                   (default: ../shared/redis-assets next to the repository)
#
# For each scripts/<name>.redis: a fresh server (default config plus the script's "# config:"
# lines) runs the commands, SAVEs, and its dump becomes redis-<version>/<name>.rdb. Every fixture
# the server can load is then loaded into a fresh server and described by
# tools/rdbtool.py dataset into <name>.dataset.jsonl (DEBUG DIGEST, each key's type, encoding,
# expire time, DEBUG DIGEST-VALUE and value) plus the load log lines into the header. Files the
# server refuses get <name>.refused.txt: its exit code and the warnings it logged.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REDIS=redis-server
PORT=8090
SHARED="$HERE/../../shared/redis-assets"
while [ $# -gt 0 ]; do
  case "$1" in
    --redis-server) REDIS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --shared) SHARED="$2"; shift 2 ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
TOOL="python3 $HERE/tools/rdbtool.py"
VERSION="$("$REDIS" --version | sed -E 's/.* v=([0-9.]+).*/\1/')"
OUT="$HERE/redis-$VERSION"
WORK="$(mktemp -d)"
trap 'redis-cli -p "$PORT" shutdown nosave >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

start() { # start DIR [extra args...]: a server on $PORT with DIR as its data dir
  local dir="$1"; shift
  "$REDIS" --port "$PORT" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
    --enable-debug-command yes --daemonize yes --logfile "$dir/server.log" "$@" >/dev/null
  for _ in $(seq 1 100); do
    redis-cli -p "$PORT" ping >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  return 1
}

stop() { redis-cli -p "$PORT" shutdown nosave >/dev/null 2>&1 || true; sleep 0.1; }

# describe RDB OUTPUT_BASE: load RDB into a fresh server; write OUTPUT_BASE.dataset.jsonl, or
# OUTPUT_BASE.refused.txt when the server does not start.
describe() {
  local rdb="$1" base="$2" dir="$WORK/load"
  rm -rf "$dir"; mkdir -p "$dir"; cp "$rdb" "$dir/dump.rdb"
  rm -f "$base.dataset.jsonl" "$base.refused.txt"
  local rc=0
  "$REDIS" --port "$PORT" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
    --enable-debug-command yes --logfile "$dir/server.log" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do
    if ! kill -0 "$pid" 2>/dev/null; then wait "$pid" || rc=$?; break; fi
    redis-cli -p "$PORT" ping >/dev/null 2>&1 && break
    sleep 0.05
  done
  if ! kill -0 "$pid" 2>/dev/null; then
    { echo "exit code: $rc"; grep -E ' # ' "$dir/server.log" | sed -E 's/^[0-9]+:[A-Z] [^#]*# //' \
        | grep -v -E 'WARNING Memory overcommit|Configuration loaded|Redis is starting|Redis version=|Server initialized'; } >"$base.refused.txt"
    return 0
  fi
  $TOOL dataset --port "$PORT" --log "$dir/server.log" >"$base.dataset.jsonl"
  stop; wait "$pid" 2>/dev/null || true
}

# 1. Fixtures written by this server.
for script in "$HERE"/scripts/*.redis; do
  name="$(basename "$script" .redis)"
  dir="$WORK/$name"; mkdir -p "$dir"
  mapfile -t config < <(sed -n -E 's/^# config: (.*)$/\1/p' "$script")
  extra=()
  for c in "${config[@]}"; do extra+=("--${c%% *}" "${c#* }"); done
  start "$dir" "${extra[@]}"
  { grep -v -E "^(#|$)" "$script" || true; } | redis-cli -p "$PORT" >/dev/null
  redis-cli -p "$PORT" save >/dev/null
  stop
  cp "$dir/dump.rdb" "$OUT/$name.rdb"
  describe "$OUT/$name.rdb" "$OUT/$name"
  echo "redis-$VERSION/$name.rdb"
done

# 2. Upstream legacy-encoding files and deliberately broken files, as this server loads them.
mkdir -p "$HERE/upstream" "$HERE/negative" "$HERE/newer"
for f in encodings hash-zipmap hash-ziplist zset-ziplist list-quicklist scriptbackup corrupt_empty_keys corrupt_ziplist; do
  install -m 644 "$SHARED/$f.rdb" "$HERE/upstream/$f.rdb"
  describe "$HERE/upstream/$f.rdb" "$HERE/upstream/$f"
  echo "upstream/$f.rdb"
done
python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); open(sys.argv[2], "wb").write(b"REDIS0013" + d[9:])' \
  "$SHARED/hash-ziplist.rdb" "$WORK/hash-ziplist-version13-header.rdb"
for f in bad-signature hash-ziplist-crc-mismatch hash-ziplist-truncated hash-ziplist-version11-header \
    hash-ziplist-version13-header; do
  if [ -f "$SHARED/negative/$f.rdb" ]; then src="$SHARED/negative/$f.rdb"; else src="$WORK/$f.rdb"; fi
  install -m 644 "$src" "$HERE/negative/$f.rdb"
  describe "$HERE/negative/$f.rdb" "$HERE/negative/$f"
  echo "negative/$f.rdb"
done

# 3. Files of newer Redis versions: as written (streams and functions included), and stripped of
#    those (the CRC recomputed). Their expected dataset is the stripped file downgraded to RDB 10
#    by tools/rdbtool.py (set listpacks as sets, hashes with field TTLs as plain hashes) as
#    loaded by this server: what the reference server must hold after loading the newer file.
for v in 7.2.6 7.4.1; do
  install -m 644 "$SHARED/generated/$v/dataset.rdb" "$HERE/newer/redis-$v-dataset.rdb"
  $TOOL strip "$HERE/newer/redis-$v-dataset.rdb" "$HERE/newer/redis-$v-nostream.rdb"
  $TOOL downgrade "$HERE/newer/redis-$v-dataset.rdb" "$WORK/downgraded-$v.rdb"
  describe "$WORK/downgraded-$v.rdb" "$HERE/newer/redis-$v-nostream"
  echo "newer/redis-$v-nostream.rdb"
done
