#!/usr/bin/env bash
# Robustness fuzz run, in a release build:
#  1. FUZZ_ITERATIONS (default 100000) random and mutated inputs to each of the expression
#     parser, the Dirac parser and the seed-file reader (every entry parsed);
#  2. TRACE_FUZZ_CASES (default 1000000) generated `verify trace` texts — γ5, fixed upper and
#     lower indices, σ with vectors and indices, contracted pairs, sums, products, powers, some
#     large enough to hit the term budget — half of them randomly edited; every unedited text
#     that gets a value is checked against explicit 4×4 matrices (0 wrong values required).
# Each input must end in a value or a clean error. A crash fails the run; a watchdog ends it
# naming the input when one case takes more than 10 s (exit 3) or the process holds more than
# 1 GB (exit 4). The default `swift test` runs the same tests with 3000 and 200 inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
export FUZZ_ITERATIONS="${FUZZ_ITERATIONS:-100000}"
export TRACE_FUZZ_CASES="${TRACE_FUZZ_CASES:-1000000}"
scratch="${SCRATCH:-.build-fuzz}"
swift build -c release -Xswiftc -enable-testing --scratch-path "$scratch" --build-tests 2>&1 | grep -E "error|Compiling|Build" | tail -3
for filter in RobustnessFuzzTests TraceDifferentialTests.testTraceFuzz; do
  set +e
  /usr/bin/time -f "$filter: %e s, peak resident %M KB" \
    swift test -c release -Xswiftc -enable-testing --scratch-path "$scratch" --skip-build --filter "$filter" 2>&1 \
    | grep -E "^fuzz |error|Executed|passed after|failed|peak resident"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || { echo "fuzz.sh: $filter exited with status $status"; exit "$status"; }
done
