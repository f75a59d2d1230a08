#!/usr/bin/env python3
"""Optional: one section of derivations/REPORT.md as rendered text, to quote or to eyeball.

Not a dependency of the tool or the tests. Needs the same as check-report-rendering.py:
  pip install markdown-it-py mdit-py-plugins
  apt-get install katex
Every math span is typeset by KaTeX (MathML output, strict) and the MathML is read back as
linear text: fractions as (a)/(b), powers as a^b, subscripts as a_b, a boxed term (a term where
printed and derived differ) as [[ ... ]], each line of an aligned block on its own line.
Usage: scripts/render-report-section.py 'Eq. (37)' [derivations/REPORT.md]
(the section is the '### ' heading that starts with the given text, up to the next heading).
"""
import json, re, subprocess, sys
import xml.etree.ElementTree as ET
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

KATEX = "/usr/share/nodejs/katex"
NODE = r"""
const katex = require(process.argv[1]);
const items = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(items.map(([tex, display]) =>
  katex.renderToString(tex, {displayMode: display, throwOnError: true, strict: 'error', output: 'mathml'}))));
"""
M = "{http://www.w3.org/1998/Math/MathML}"

def text(e):
    tag = e.tag.replace(M, "")
    kids = [c for c in e if c.tag.replace(M, "") != "annotation"]
    if tag == "mover" and len(kids) == 2 and (kids[1].text or "") in ("^", "\u02c6"):
        return text(kids[0]) + "\u0302"
    if tag in ("mi", "mn", "mo", "mtext") and not kids:
        t = (e.text or "")
        return {"\u2061": "", "\u2062": ""}.get(t, t)
    if tag == "mspace":
        return " "
    if tag == "mfrac":
        a, b = text(kids[0]), text(kids[1])
        return f"({a})/({b})"
    if tag == "msup":
        return text(kids[0]) + "^" + wrap(text(kids[1]))
    if tag == "msub":
        return text(kids[0]) + "_" + wrap(text(kids[1]))
    if tag == "msubsup":
        return text(kids[0]) + "_" + wrap(text(kids[1])) + "^" + wrap(text(kids[2]))
    if tag == "menclose":
        return "[[" + "".join(text(c) for c in kids) + "]]"
    if tag == "mtable":
        return "\n".join(text(r) for r in kids)
    if tag in ("mtr", "mtd"):
        return "".join(text(c) for c in kids)
    if tag == "semantics":
        return text(kids[0])
    return "".join(text(c) for c in kids)

def wrap(s):
    if len(s) <= 1 or re.fullmatch(r"[\w′']+", s) or (s.startswith("(") and s.endswith(")") and s.count("(") == 1):
        return s
    return "(" + s + ")"

def linear(mathml):
    root = ET.fromstring(re.sub(r"^<span[^>]*>|</span>$", "", mathml.strip()).replace("&nbsp;", " "))
    s = text(root)
    return re.sub(r"[ \u2009\u2005\u2004]+", " ", s).strip()

def main():
    start = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else "derivations/REPORT.md"
    lines = open(path, encoding="utf-8").read().split("\n")
    begin = next(i for i, l in enumerate(lines) if l.startswith("### " + start))
    end = next((i for i in range(begin + 1, len(lines)) if lines[i].startswith("#")), len(lines))
    section = "\n".join(lines[begin:end])
    md = MarkdownIt("commonmark").enable("table").use(dollarmath_plugin, double_inline=True)
    spans = []
    def walk(ts):
        for t in ts:
            if t.type in ("math_inline", "math_block"):
                spans.append((t.content, t.type == "math_block"))
            if t.children: walk(t.children)
    walk(md.parse(section))
    out = subprocess.run(["node", "-e", NODE, KATEX], input=json.dumps(spans), capture_output=True, text=True, check=True)
    rendered = iter(linear(h) for h in json.loads(out.stdout))
    # Replace each math span in the Markdown text by its rendering, in order.
    def inline(m):
        return next(rendered)
    result = re.sub(r"\$\$\n.*?\n\$\$|\$[^$\n]+\$", lambda m: ("\n    " + next(rendered).replace("\n", "\n    ") + "\n")
                    if m.group(0).startswith("$$") else next(rendered), section, flags=re.S)
    print(result)

if __name__ == "__main__":
    main()
