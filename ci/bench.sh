#!/usr/bin/env bash
# ci/bench.sh — the reference server against real Redis, side by side, in one run.
#
# Builds the reference server and the benchmarks jar, starts both servers on free loopback ports,
# runs redis-benchmark (50 clients; pipeline 1 and 16) for each test against each server
# alternately — reference, Redis, Redis, reference, ... over several rounds — so that the noise of
# a shared machine hits both alike, then prints one table (ops/s, p50/p99 per server, ratio
# reference/Redis per test, and each server's own CPU time per request) and writes target/bench/{results.csv,results.json,chart.png,table.txt}.
# Tests the reference answers "unknown command" to are reported as unsupported and skipped.
# The benchmark reports; it never fails on numbers (exit 0 unless the harness itself breaks).
#
# Usage: ci/bench.sh [--quick] [--rounds N] [--tests set,get,...] [--no-build] [--clients]
#   --clients  also run the Jedis/Lettuce client benchmarks (HdrHistogram p50/p99/p99.9/max) against
#              both servers, into target/bench/clients.csv
# Environment:
#   BENCH_JVM_FLAGS   JVM flags for the reference server (default: $DEFAULT_JVM_FLAGS below)
#   BENCH_PORT_BASE   first port to try for the two servers (default: any free port)
#   REDIS_SERVER, REDIS_BENCHMARK, REDIS_CLI   binaries (default: from PATH)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/target/bench"

# The reference server's JVM flags, chosen in docs/benchmarks.md ("JVM flags"): a concurrent collector,
# because a server keeps its data for long, so every young collection of a stop-the-world collector
# copies what was written since the last one (ParallelGC and G1 paused 115-150 ms with 1M keys written);
# Shenandoah rather than ZGC, because Java 17's ZGC has no compressed pointers (bigger entries, slower
# lookups: GET/INCR at P=16 0.82-0.86x Redis with ZGC, 0.96x with Shenandoah, same session); no periodic
# "cleanup" safepoint; a fixed, pre-touched heap (no resizing, no page faults mid-run).
DEFAULT_JVM_FLAGS="-XX:+UseShenandoahGC -Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0"
JVM_FLAGS=${BENCH_JVM_FLAGS:-$DEFAULT_JVM_FLAGS}

ALL_TESTS="set,get,incr,lpush,lpop,sadd,hset,zadd,lrange_100,mset"
PIPELINES="1 16"
CLIENTS=50
KEYSPACE=100000
QUICK=0
ROUNDS=""
TESTS=$ALL_TESTS
BUILD=1
CLIENT_BENCH=0
ORIG_ARGS="$*"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --rounds) ROUNDS=$2; shift ;;
        --tests) TESTS=$2; shift ;;
        --no-build) BUILD=0 ;;
        --clients) CLIENT_BENCH=1 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

# Requests per run, by pipeline depth; quick runs are about 0.3 s each, full runs about 1 s.
if [[ $QUICK == 1 ]]; then
    ROUNDS=${ROUNDS:-2}; N_P1=25000; N_PIPE=150000
else
    ROUNDS=${ROUNDS:-5}; N_P1=100000; N_PIPE=600000
fi

REDIS_SERVER=${REDIS_SERVER:-redis-server}
REDIS_BENCHMARK=${REDIS_BENCHMARK:-redis-benchmark}
REDIS_CLI=${REDIS_CLI:-redis-cli}
for bin in "$REDIS_SERVER" "$REDIS_BENCHMARK" "$REDIS_CLI" java; do
    command -v "$bin" >/dev/null || { echo "bench: $bin not found (ci/install-redis.sh or apt-get install redis-server)" >&2; exit 2; }
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------- build
JAR="$ROOT/reference-server/target/reference-server.jar"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [[ $BUILD == 1 ]]; then
    log "building reference-server and benchmarks"
    missing=0
    for m in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do [[ -d $m ]] || missing=1; done
    if [[ $missing == 0 ]]; then
        mvn -B -q -pl reference-server,benchmarks -am package -DskipTests
    else
        # a module of the aggregator is missing from this checkout: build the two modules on their own
        mvn -B -q -N install
        mvn -B -q -f reference-server/pom.xml install -DskipTests
        mvn -B -q -f benchmarks/pom.xml package -DskipTests
    fi
fi
[[ -f $JAR && -f $BENCH_JAR ]] || { echo "bench: build the jars first (drop --no-build)" >&2; exit 2; }

# ---------------------------------------------------------------- servers
free_port() {
    python3 - "$1" <<'EOF'
import socket, sys
start = int(sys.argv[1])
for port in ([0] if start == 0 else range(start, start + 100)):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        print(s.getsockname()[1])
        break
    except OSError:
        pass
    finally:
        s.close()
EOF
}

rm -rf "$OUT"
mkdir -p "$OUT/raw"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

wait_ready() { # port name pid
    for _ in $(seq 300); do
        if [[ $("$REDIS_CLI" -h 127.0.0.1 -p "$1" PING 2>/dev/null) == PONG ]]; then
            return 0
        fi
        kill -0 "$3" 2>/dev/null || { echo "bench: $2 exited during startup, see $OUT/$2.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "bench: $2 did not answer PING within 30 s" >&2
    exit 1
}

BASE=${BENCH_PORT_BASE:-0}
REDIS_PORT=$(free_port "$BASE")
REDIS_START=$BASE
[[ $BASE != 0 ]] && REDIS_START=$((REDIS_PORT + 1))
"$REDIS_SERVER" --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no \
    --dir "$OUT" >"$OUT/redis.log" 2>&1 &
REDIS_PID=$!
PIDS+=($REDIS_PID)
wait_ready "$REDIS_PORT" redis "$REDIS_PID"
REF_PORT=$(free_port "$REDIS_START")
[[ $REF_PORT == "$REDIS_PORT" ]] && REF_PORT=$(free_port 0)
# shellcheck disable=SC2086
java $JVM_FLAGS -jar "$JAR" --port "$REF_PORT" --bind 127.0.0.1 --dir "$OUT" >"$OUT/reference.log" 2>&1 &
REF_PID=$!
PIDS+=($REF_PID)
wait_ready "$REF_PORT" reference "$REF_PID"
REDIS_VERSION=$("$REDIS_CLI" -p "$REDIS_PORT" INFO server | sed -n 's/^redis_version:\([^\r]*\).*/\1/p')
log "Redis $REDIS_VERSION on $REDIS_PORT, reference on $REF_PORT ($JVM_FLAGS)"

# ---------------------------------------------------------------- which tests the reference supports
probe() { # test -> the command(s) redis-benchmark will send, one probe per line
    case "$1" in
        set) echo "SET bench:probe:s v" ;;
        get) echo "GET bench:probe:s" ;;
        incr) echo "INCR bench:probe:i" ;;
        lpush) echo "LPUSH bench:probe:l v" ;;
        lpop) echo "LPOP bench:probe:l" ;;
        sadd) echo "SADD bench:probe:set m" ;;
        hset) echo "HSET bench:probe:h f v" ;;
        zadd) echo "ZADD bench:probe:z 1 m" ;;
        rpush) echo "RPUSH bench:probe:l v" ;;
        rpop) echo "RPOP bench:probe:l" ;;
        spop) echo "SPOP bench:probe:set" ;;
        zpopmin) echo "ZPOPMIN bench:probe:z" ;;
        lrange_100|lrange_300|lrange_500|lrange_600)
            printf '%s\n' "LPUSH bench:probe:l v" "LRANGE bench:probe:l 0 ${1#lrange_}" ;;
        mset) echo "MSET bench:probe:s v" ;;
        *) echo "bench: no probe for test $1" >&2; return 1 ;;
    esac
}
SUPPORTED=()
: >"$OUT/unsupported"
for t in ${TESTS//,/ }; do
    ok=1
    while read -r -a cmd; do
        reply=$("$REDIS_CLI" -h 127.0.0.1 -p "$REF_PORT" "${cmd[@]}" 2>&1 || true)
        if [[ $reply == *"unknown command"* || $reply == *"unknown subcommand"* ]]; then
            ok=0
        fi
    done < <(probe "$t")
    if [[ $ok == 1 ]]; then SUPPORTED+=("$t"); else echo "$t" >>"$OUT/unsupported"; fi
done
log "supported by the reference: ${SUPPORTED[*]:-none}; unsupported: $(tr '\n' ' ' <"$OUT/unsupported")"

requests() { # test pipeline -> -n
    local n=$N_P1
    [[ $2 != 1 ]] && n=$N_PIPE
    case "$1" in lrange_*|mset) n=$((n / 4)) ;; esac
    echo "$n"
}

CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { # pid -> user+system CPU ticks of the process so far (all its threads)
    awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}

run_one() { # server port test pipeline file pid
    local n before after
    n=$(requests "$3" "$4")
    before=$(cpu_ticks "$6")
    timeout 300 "$REDIS_BENCHMARK" -h 127.0.0.1 -p "$2" -c "$CLIENTS" -n "$n" -P "$4" -r "$KEYSPACE" \
        -t "$3" --csv >"$5" 2>>"$OUT/redis-benchmark.stderr" || log "redis-benchmark failed on $1 $3 P=$4"
    after=$(cpu_ticks "$6")
    # the server's own CPU per request: steadier than ops/s when neighbours load the machine
    [[ $5 != /dev/null ]] && echo "$((after - before)) $n $CLK_TCK" >"${5%.csv}.cpu"
    return 0
}

# ---------------------------------------------------------------- warm-up (JIT), not recorded
if [[ ${#SUPPORTED[@]} -gt 0 ]]; then
    log "warming up both servers"
    for p in $PIPELINES; do
        for t in "${SUPPORTED[@]}"; do
            for target in "reference $REF_PORT $REF_PID" "redis $REDIS_PORT $REDIS_PID"; do
                read -r name port pid <<<"$target"
                run_one "$name" "$port" "$t" "$p" /dev/null "$pid"
            done
        done
    done
fi

# ---------------------------------------------------------------- the rounds
start=$(date +%s)
for r in $(seq "$ROUNDS"); do
    log "round $r of $ROUNDS"
    i=0
    for p in $PIPELINES; do
        for t in "${SUPPORTED[@]}"; do
            # alternate which server goes first so neither always runs right after the other
            if (( (r + i) % 2 == 1 )); then
                order=("reference $REF_PORT $REF_PID" "redis $REDIS_PORT $REDIS_PID")
            else
                order=("redis $REDIS_PORT $REDIS_PID" "reference $REF_PORT $REF_PID")
            fi
            i=$((i + 1))
            for target in "${order[@]}"; do
                read -r name port pid <<<"$target"
                if [[ $name == reference ]] && ! kill -0 "$REF_PID" 2>/dev/null; then
                    log "the reference server has exited; see $OUT/reference.log"
                    continue
                fi
                run_one "$name" "$port" "$t" "$p" "$OUT/raw/r$r-$name-$t-p$p.csv" "$pid"
            done
        done
    done
done

if [[ $CLIENT_BENCH == 1 ]]; then
    log "client benchmarks (Jedis, Lettuce)"
    CLIENT_SECONDS=3; [[ $QUICK == 1 ]] && CLIENT_SECONDS=1
    java -cp "$BENCH_JAR" dev.respec.bench.client.ClientBenchmark --target "reference=127.0.0.1:$REF_PORT" \
        --target "redis=127.0.0.1:$REDIS_PORT" --seconds "$CLIENT_SECONDS" --rounds "$ROUNDS" \
        --csv "$OUT/clients.csv" || log "client benchmarks failed"
fi
elapsed=$(( $(date +%s) - start ))

# ---------------------------------------------------------------- report
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
JAVA=$(java -version 2>&1 | head -1 | sed 's/"//g')
MODE=full; [[ $QUICK == 1 ]] && MODE=quick
{
    echo "tests=${TESTS}"
    echo "pipelines=${PIPELINES// /,}"
    echo "rounds=$ROUNDS"
    echo "mode=$MODE"
    echo "redis_version=$REDIS_VERSION"
    echo "jvm_flags=$JVM_FLAGS"
    echo "java=$JAVA"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "elapsed_seconds=$elapsed"
    echo "machine=$(nproc) cores ($CPU), $MEM RAM, $(uname -sr); client and servers share the machine"
    echo "subtitle=redis-benchmark -c $CLIENTS -r $KEYSPACE, P=1 and P=16, $ROUNDS rounds alternating servers, median per test; $(date -u +%Y-%m-%d)"
    echo "command=ci/bench.sh${ORIG_ARGS:+ $ORIG_ARGS}   (reference: java $JVM_FLAGS -jar reference-server.jar)"
} | sed 's/\\/\\\\/g' >"$OUT/meta.properties"
java -Djava.awt.headless=true -cp "$BENCH_JAR" dev.respec.bench.report.BenchReport "$OUT"
