#!/usr/bin/env python3
"""Reads Markdown files as pandoc (GitHub-flavoured) does and fails on what renders wrong.

Two mistakes the eye misses in the source and a reader cannot miss on the page:
- a fence left open turns the rest of the page into code: every ``` that opens a block must
  close it, and no code block may hold a heading of the page (a line "## …");
- a command typed outside any code block reads as prose: no paragraph may start with one.
Prints one line per problem and exits 1 when there is any.
"""
import json
import re
import subprocess
import sys

COMMAND = re.compile(r"^(build/)?duban (-|(list|show|mark|check|diff|log|merge|git-setup|report|"
                     r"import)\b)")
HEADING = re.compile(r"^#{2,6} \S.*$", re.M)


def blocks(node):
    """Every block of a pandoc JSON tree, depth first."""
    if isinstance(node, dict):
        if "t" in node:
            yield node
        for value in node.values():
            yield from blocks(value)
    elif isinstance(node, list):
        for item in node:
            yield from blocks(item)


def bare_lines(inlines):
    """The lines of a paragraph as typed, code spans left out: a command in `backticks` is
    meant to be read as code."""
    lines, line = [], []
    for i in inlines:
        if i["t"] == "Str":
            line.append(i["c"])
        elif i["t"] == "Space":
            line.append(" ")
        elif i["t"] in ("SoftBreak", "LineBreak"):
            lines.append("".join(line))
            line = []
        elif i["t"] == "Code":
            line.append("\0")  # stands for the span, so a line starting with one never matches
    lines.append("".join(line))
    return lines


def unclosed_fence(text):
    """The 1-based line of a ``` fence that opens a block nobody closes, or None."""
    open_at = None
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"^ {0,3}(`{3,}|~{3,})", line)
        if not m:
            continue
        if open_at is None:
            open_at, fence = n, m.group(1)
        elif m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and \
                line.strip() == m.group(1):
            open_at = None
    return open_at


def problems(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = []
    line = unclosed_fence(text)
    if line:
        found.append(f"{path}:{line}: this code fence is never closed; the rest of the page "
                     "renders as code")
    tree = json.loads(subprocess.run(["pandoc", "-f", "gfm", "-t", "json", path], check=True,
                                     capture_output=True, text=True).stdout)
    for b in blocks(tree["blocks"]):
        if b["t"] == "CodeBlock" and HEADING.search(b["c"][1]):
            heading = HEADING.search(b["c"][1]).group(0)
            found.append(f"{path}: the heading '{heading}' is inside a code block: a fence "
                         "before it is stray or unclosed")
        if b["t"] in ("Para", "Plain"):
            for line in bare_lines(b["c"]):
                if COMMAND.match(line):
                    found.append(f"{path}: a command stands outside any code block: "
                                 f"'{line[:60]}'")
    return found


def main(paths):
    found = [p for path in paths for p in problems(path)]
    for p in found:
        print(p)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
