#!/usr/bin/env bash
# Release-build benchmarks (not part of the tests): the 12-vector trace and `verify traces`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
bin=.build/release/verify
vectors=$(printf 'p%02d ' $(seq 1 12))
time_it() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); echo "$(( (t1 - t0) / 1000000 )) ms"; }
echo "tr of 12 slashed vectors (10395 terms): $(time_it "$bin" trace "tr($vectors)")"
echo "tr of g5 and 12 slashed vectors:       $(time_it "$bin" trace "tr(g5 $vectors)")"
for i in 1 2 3; do echo "verify traces (run $i):               $(time_it "$bin" traces --quiet)"; done
