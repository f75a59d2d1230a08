#!/usr/bin/env bash
# Release-build benchmarks (not part of the tests): `verify bench` runs the fixed case list
# (traces of 2..16 vectors, g5 with 4..12, the nu-N L.H with and without F2, the whole derivation),
# each case in its own process: median in-process time, terms, peak memory.
# scripts/form-compare.sh compares the same traces with FORM when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
exec .build/release/verify bench "$@"
