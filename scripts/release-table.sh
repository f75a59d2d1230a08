#!/usr/bin/env bash
# Shared runner of the long release-mode tables (stage3-quadrature.sh, order-Tm-reference.sh):
#   release-table.sh ENV_FLAG TEST_FILTER LINE_PATTERN
# runs `swift test -c release` on TEST_FILTER with ENV_FLAG=1 in its own scratch path
# (SCRATCH_PATH, default .build-quad-release), prints the lines matching LINE_PATTERN and the
# test summary, and on failure the last 40 lines of the log.
set -euo pipefail
cd "$(dirname "$0")/.."
flag=$1 filter=$2 pattern=$3
scratch=${SCRATCH_PATH:-.build-quad-release}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
env "$flag=1" swift test -c release --scratch-path "$scratch" --filter "$filter" >"$log" 2>&1 || status=$?
grep -E "$pattern|error:|failed|Executed" "$log" || true
if [ "$status" -ne 0 ]; then tail -40 "$log"; fi
exit "$status"
