#!/usr/bin/env bash
# Release-build benchmarks (not part of the tests): `verify bench` runs the fixed case list
# (traces of 2..16 vectors, g5 with 4..12, the nu-N L.H with and without F2, the whole derivation),
# each case in its own process: median in-process time, terms, peak memory.
# scripts/form-compare.sh compares the same traces with FORM when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
# The release build is one fully static executable (--static-swift-stdlib, a SwiftPM option, and
# -Xswiftc -static-executable: the Swift runtime, libstdc++, libm and glibc linked in, no dynamic
# loader, nothing relocated at start; verify links no Foundation): start-up at FORM's level and a
# peak of about 5.8 MB for the 14-vector trace (README, "Performance"). Its own scratch folder
# keeps the default .build as it is.
swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-static >/dev/null
exec .build-static/release/verify bench "$@"
