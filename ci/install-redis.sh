#!/usr/bin/env bash
# Makes sure real Redis (the oracle) is available: Debian's redis-server package, installed when it
# is missing and this runs as root. Fails loudly otherwise: the suite never silently skips real Redis.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [[ "$(id -u)" != 0 ]]; then
  echo "redis-server is not installed and this is not root: install Debian's redis-server (apt-get install redis-server)" >&2
  exit 1
fi
echo "== installing Debian's redis-server"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q redis-server >/dev/null 2>&1; then
  apt-get update -q >/dev/null
  apt-get install -y -q redis-server >/dev/null
fi
# the package may start a system instance on 6379; the suite launches its own, so stop it
if command -v service >/dev/null 2>&1; then service redis-server stop >/dev/null 2>&1 || true; fi
command -v redis-server >/dev/null 2>&1 || { echo "redis-server still missing after apt-get install" >&2; exit 1; }
redis-server --version
