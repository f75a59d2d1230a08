#!/usr/bin/env bash
# Robustness fuzz run: feeds FUZZ_ITERATIONS (default 100000) random and mutated inputs to each of
# the expression parser, the Dirac parser and the seed-file reader (every entry parsed), in a
# release build. Each input must end in a value or a clean error; a crash or hang fails the run.
# The default `swift test` runs the same tests with 3000 inputs each.
set -euo pipefail
cd "$(dirname "$0")/.."
export FUZZ_ITERATIONS="${FUZZ_ITERATIONS:-100000}"
time swift test -c release -Xswiftc -enable-testing --scratch-path "${SCRATCH:-.build-fuzz}" --filter RobustnessFuzzTests 2>&1 \
  | grep -E "^fuzz |error|Executed|passed after|failed" 
