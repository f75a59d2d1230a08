#!/usr/bin/env python3
"""Optional check that derivations/*.md render as Markdown + LaTeX without errors.

Not a dependency of the tool or the tests. Needs:
  pip install markdown-it-py mdit-py-plugins   (Markdown parser with the $…$/$$…$$ plugin)
  apt-get install katex                         (KaTeX 0.16, used as a strict LaTeX checker)

Every math span ($…$ inline, $$…$$ display) is extracted with markdown-it's dollarmath
plugin (the same delimiters GitHub uses) and typeset by KaTeX with throwOnError=true and
strict="error"; any parse error, unknown macro or unbalanced brace fails the check. It also
fails on a '$' left in the rendered HTML outside math (an unpaired delimiter) and on
internal links whose heading anchor does not exist.
Usage: scripts/check-report-rendering.py [derivations/REPORT.md ...]
"""
import json, re, subprocess, sys
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

KATEX = "/usr/share/nodejs/katex"
NODE = r"""
const katex = require(process.argv[1]);
const items = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const errors = [];
for (const [i, tex, display] of items) {
  try { katex.renderToString(tex, {displayMode: display, throwOnError: true, strict: 'error'}); }
  catch (e) { errors.push([i, String(e.message)]); }
}
process.stdout.write(JSON.stringify(errors));
"""

def slug(heading):
    s = heading.lower()
    s = re.sub(r"[^a-z0-9 _-]", "", s)
    return s.replace(" ", "-")

def check(path):
    text = open(path, encoding="utf-8").read()
    md = MarkdownIt("commonmark").enable("table").use(dollarmath_plugin, double_inline=True)
    tokens = md.parse(text)
    maths, anchors, links = [], set(), []
    def walk(ts):
        for t in ts:
            if t.type in ("math_inline", "math_block", "math_inline_double", "math_block_label"):
                maths.append((t.content, t.type != "math_inline", t.map))
            if t.children: walk(t.children)
            if t.type == "link_open" and (t.attrGet("href") or "").startswith("#"):
                links.append(t.attrGet("href")[1:])
    walk(tokens)
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            anchors.add(slug(tokens[i + 1].content))
    items = [[i, m[0], m[1]] for i, m in enumerate(maths)]
    out = subprocess.run(["node", "-e", NODE, KATEX], input=json.dumps(items), capture_output=True, text=True, check=True)
    errors = json.loads(out.stdout)
    html = md.render(text)
    stripped = re.sub(r'<(span|div|eqn|section)[^>]*class="math[^"]*"[^>]*>.*?</\1>', "", html, flags=re.S)
    stripped = re.sub(r"<code>.*?</code>|<pre>.*?</pre>", "", stripped, flags=re.S)
    stray = stripped.count("$")
    broken = [l for l in links if l not in anchors]
    for i, message in errors:
        print(f"{path}: math #{i} (lines {maths[i][2]}): {message}\n  {maths[i][0][:200]}")
    if stray: print(f"{path}: {stray} '$' outside math (unpaired delimiter?)")
    for l in broken: print(f"{path}: link #{l} has no heading")
    print(f"{path}: {len(maths)} math spans ({sum(1 for m in maths if m[1])} display), "
          f"{len(errors)} KaTeX errors, {stray} stray '$', {len(links)} links, {len(broken)} broken")
    return not errors and not stray and not broken

if __name__ == "__main__":
    paths = sys.argv[1:] or ["derivations/REPORT.md"]
    sys.exit(0 if all(check(p) for p in paths) else 1)
