#!/usr/bin/env python3
"""Removes exactly the `try` (and `try!`) that the Swift compiler flags with
"no calls to throwing functions occur within 'try' expression", at the file:line:column of each
warning (byte columns). For merging code written while Rational arithmetic still threw:

    swift build --build-tests > build.log 2>&1; python3 scripts/remove-flagged-try.py build.log

Repeat until it reports 0 flagged. A flagged `try?` changes a type when removed and is listed
for a manual edit instead."""
import collections, re, sys

pattern = re.compile(r"^(/[^:]+\.swift):(\d+):(\d+): warning: no calls to throwing functions occur within 'try' expression")
hits = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = pattern.match(line.strip())
    if m:
        hits[m.group(1)].add((int(m.group(2)), int(m.group(3))))
skipped = []
for path, positions in sorted(hits.items()):
    lines = open(path, "rb").read().split(b"\n")
    for number, column in sorted(positions, key=lambda p: (p[0], -p[1])):
        text, i = lines[number - 1], column - 1
        if text[i:i + 4] == b"try ":
            lines[number - 1] = text[:i] + text[i + 4:]
        elif text[i:i + 5] == b"try! ":
            lines[number - 1] = text[:i] + text[i + 5:]
        else:
            skipped.append(f"{path}:{number}:{column}: {text[i:i + 8]!r}")
    open(path, "wb").write(b"\n".join(lines))
print(sum(len(v) for v in hits.values()), "flagged;", len(skipped), "left for a manual edit")
for s in skipped:
    print(s)
