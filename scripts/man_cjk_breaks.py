#!/usr/bin/env python3
"""Lets groff break Chinese lines: copies the roff page IN to OUT with a zero-width break point
(\\:) between two characters where at least one is wide (CJK) and neither is a space.

groff 1.22 (Debian 12) breaks lines only at spaces and hyphens, so a paragraph of Chinese, which
has none, runs off the right margin with "can't break line" warnings. Closing punctuation
(，。、；：）” …) never starts a line and opening punctuation (（“《 …) never ends one: no break
point goes before the one or after the other. Request lines (starting with . or ') and the
character after a backslash are left alone. Usage: man_cjk_breaks.py IN OUT
"""
import sys
import unicodedata

CLOSING = set("，。、；：？！）」』”’》〕】〉］｝．…")
OPENING = set("（「『“‘《〔【〈［｛")


def wide(c):
    return unicodedata.east_asian_width(c) in ("W", "F") or c in CLOSING or c in OPENING


def may_break(a, b):
    if a.isspace() or b.isspace() or a == "\\":
        return False
    return (wide(a) or wide(b)) and b not in CLOSING and a not in OPENING


def with_breaks(line):
    out = []
    for i, c in enumerate(line):
        out.append(c)
        if i + 1 < len(line) and may_break(c, line[i + 1]):
            out.append("\\:")
    return "".join(out)


def main(source, target):
    with open(source, encoding="utf-8") as f:
        lines = f.readlines()
    with open(target, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line if line.startswith((".", "'")) else with_breaks(line))


if __name__ == "__main__":
    main(*sys.argv[1:])
