#!/usr/bin/env bash
# Printer properties at scale: PRINTER_PROPERTY_CASES (default 100000) random polynomials per
# printer test (plain text and collected text parse back; LaTeX printer/layout and generated Swift
# evaluate exactly to the polynomial's value), in a release build. The default `swift test` runs
# the same tests with 2500 polynomials each.
set -euo pipefail
cd "$(dirname "$0")/.."
export PRINTER_PROPERTY_CASES="${PRINTER_PROPERTY_CASES:-100000}"
time swift test -c release -Xswiftc -enable-testing --scratch-path "${SCRATCH:-.build-printer-release}" --filter PrinterPropertyTests 2>&1 \
  | grep -E "^printer properties|error|Executed|passed after|failed"
