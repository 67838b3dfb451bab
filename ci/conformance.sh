#!/usr/bin/env bash
# Plays the respec features against one target and reports how compatible it is.
#
#   ci/conformance.sh [--target reference|redis|external|HOST:PORT] [--tags EXPR] [--launch TEMPLATE]
#
#   --target   reference (default): the bundled reference server, built by this script
#              redis: real Redis (Docker image if an engine answers, else redis-server on PATH)
#              HOST:PORT: a server already running there (capabilities are probed)
#              external: a server this script launches from --launch (implied by --launch alone)
#   --tags     a Cucumber tag expression, e.g. "@needs:restart and not @slow"
#   --launch   how to start your server, e.g. "myserver --port {port} --dir {dir}" ({host}, {args} too);
#              enables the restart/kill/files/launch scenarios for an external target
#
# Builds what it needs from a clean clone (the reference server jar, the suite) in one Maven reactor run
# without running the reference server's unit tests, then runs the suite. Leaves Cucumber JSON/HTML and
# JUnit XML in step-defs/target/cucumber/, the compatibility report in step-defs/target/respec/, and the
# Maven log in step-defs/target/conformance-maven.log. Its last line is exactly "N passed, M failed, K skipped";
# it exits 1 if a scenario failed, 2 if the run broke.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET=""
TAGS=""
LAUNCH=""

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --target) TARGET="${2:?--target needs a value}"; shift 2 ;;
    --tags)   TAGS="${2:?--tags needs a value}"; shift 2 ;;
    --launch) LAUNCH="${2:?--launch needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if [ -z "$TARGET" ]; then
  if [ -n "$LAUNCH" ]; then TARGET=external; else TARGET=reference; fi
fi

OUT="$ROOT/step-defs/target"
REPORT="$OUT/respec"
LOG="$OUT/conformance-maven.log"
mkdir -p "$OUT"
rm -f "$REPORT/summary.txt" "$REPORT/report.txt"
# Maven copies features/ onto the classpath but never deletes there: drop the copy so that a feature file
# removed from features/ does not run from a stale one.
rm -rf "$OUT/test-classes/features"

MVN_ARGS=(-B -f "$ROOT/pom.xml" -pl step-defs -am verify
  -Dtest=ConformanceSuite -Dsurefire.failIfNoSpecifiedTests=false
  "-Drespec.target=$TARGET")
[ -n "$TAGS" ] && MVN_ARGS+=("-Dcucumber.filter.tags=$TAGS")
[ -n "$LAUNCH" ] && MVN_ARGS+=("-Drespec.launch=$LAUNCH")

echo "respec: building and running the features against target '$TARGET' (Maven log: ${LOG#"$ROOT"/})"
mvn "${MVN_ARGS[@]}" >"$LOG" 2>&1
rc=$?

if [ ! -s "$REPORT/summary.txt" ]; then
  tail -n 40 "$LOG"
  echo "respec: the run broke before the suite reported (Maven exit code $rc); see $LOG" >&2
  echo "conformance run broke: no scenario results"
  exit 2
fi

summary="$(cat "$REPORT/summary.txt")"
failed="$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$summary")"
if [ "$rc" -ne 0 ] && [ "$failed" = "0" ]; then
  # Scenarios passed but Maven failed anyway (e.g. after the tests): show why, before the summary.
  grep -E '^\[ERROR\]' "$LOG" | head -n 20
  echo "respec: Maven failed (exit code $rc) although no scenario failed; see $LOG"
  cat "$REPORT/report.txt"
  exit 2
fi
cat "$REPORT/report.txt"
[ "$failed" = "0" ] || exit 1
exit 0
