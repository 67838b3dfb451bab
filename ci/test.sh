#!/usr/bin/env bash
# The project's test command (README "Run the tests"): unit tests, then the whole conformance suite
# against BOTH the bundled reference server and real Redis. Real Redis is the oracle, so its absence
# is a failure, never a skip: this script installs Debian's redis-server when it can (as root) and
# stops with an error when it cannot.
#
# usage: ci/test.sh            (exit status 0 only when everything passed on both targets)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/ci/install-redis.sh"

echo "== unit tests"
mvn -B -q -ntp install -DskipTests=false -Dtest='!ConformanceSuite' -Dsurefire.failIfNoSpecifiedTests=false

summary() { tail -n 1 "$1"; }
run_target() {
  local target="$1" log="$root/target/ci-conformance-$1.log"
  mkdir -p "$root/target"
  echo "== conformance suite against '$target'"
  if "$root/ci/conformance.sh" --target "$target" | tee "$log"; then
    return 0
  fi
  return 1
}

status=0
run_target reference || status=1
run_target redis || status=1

ref=$(summary "$root/target/ci-conformance-reference.log")
red=$(summary "$root/target/ci-conformance-redis.log")
echo "reference: $ref"
echo "redis:     $red"
ref_passed=${ref%% passed*}
red_passed=${red%% passed*}
if [[ "$ref_passed" != "$red_passed" ]]; then
  echo "FAIL: the two targets passed a different number of scenarios ($ref_passed vs $red_passed)" >&2
  status=1
fi
exit $status
