#!/usr/bin/env bash
# Optional benchmark (not part of the tests): the traces of `verify bench` in `verify trace` and in
# FORM, numerical agreement at random kinematics and whole-process wall-time ratios.
# Needs FORM (Debian package `form`: apt-get install form); the tool and its tests never do.
set -euo pipefail
cd "$(dirname "$0")/.."
# Whole-process timings: the fully static release build (see scripts/bench.sh).
swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-static >/dev/null
VERIFY="${VERIFY:-.build-static/release/verify}" exec python3 scripts/form-compare.py "$@"
