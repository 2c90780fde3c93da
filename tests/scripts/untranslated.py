#!/usr/bin/env python3
"""Lists English messages in src/ that are not marked for translation.

Looks at the string literals passed to `throw Error(`, `fmt::format(`, `std::cerr <<` and
CLI11's add_option/add_flag/add_subcommand/footer/description, and reports, as file:line, each
literal that holds an English word and is not inside _(), N_(), tr(), translate() or
translate_plural(). Option names ("--due,-d") and subcommand names are not messages. A line
may be excused in tests/scripts/untranslated-allow.txt ("path:text-in-the-literal  # reason",
or "src/room/  # reason" for a whole folder).
Exit status 1 when anything is reported.
   untranslated.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

TRIGGERS = re.compile(
    r"\bthrow\s+Error\s*\(|\bfmt::format\s*\(|std::cerr\s*<<|"
    r"\b(add_option|add_flag|add_subcommand|add_option_function|footer|description|fail|refuse|located_message|expect_kind|check_keys)\s*\(")
WRAPPERS = re.compile(r"\b(_|N_|tr|translate|translate_plural)\s*\($")
DATA_CALLS = re.compile(r"[.>](get|find|count|at|contains)\s*\($")
ENGLISH = re.compile(r"[A-Za-z]{3,}")
# A bare lower-case identifier (tasks, share_text) is a key of a view model or JSON: data.
KEY = re.compile(r"^[a-z][a-z0-9_]*$")
OPTION_NAME = re.compile(r"^-{1,2}[\w-]+(,\s*-{1,2}[\w-]+)*(: )?$")
LITERAL = re.compile(r'(?:u8|L|u|U)?"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')


def blank_comments(text):
    """The text with comments replaced by spaces (line numbers kept); literals untouched."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text[i] in "\"'":
            m = LITERAL.match(text, i)
            if text.startswith('R"', i - 1):  # raw string: R"(...)"
                j = text.find(')"', i)
                j = n if j < 0 else j + 2
                out.append(text[i:j])
                i = j
                continue
            j = m.end() if m else i + 1
            out.append(text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def extent(code, start, cerr):
    """Where the call (or the `std::cerr << ...;` statement) beginning at `start` ends."""
    depth, i = 0, start
    while i < len(code):
        c = code[i]
        if c in "\"'":
            m = LITERAL.match(code, i)
            i = m.end() if m else i + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and not cerr:
                return i + 1
        elif c == ";" and depth <= 0:
            return i
        i += 1
    return i


def wrapped(code, pos, start):
    """Whether the literal at `pos` sits inside a wrapper call opened after `start`."""
    depth = 0
    i = pos - 1
    while i >= start:
        c = code[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                if WRAPPERS.search(code[max(start, i - 20):i + 1]):
                    return True
                if DATA_CALLS.search(code[max(start, i - 20):i + 1]):
                    return True  # a key looked up, not a message
            else:
                depth -= 1
        i -= 1
    return False


def findings(path, rel):
    code = blank_comments(path.read_text(encoding="utf-8"))
    seen = set()
    for m in TRIGGERS.finditer(code):
        end = extent(code, m.start(), m.group(0).startswith("std::cerr"))
        naming = m.group(1) in ("add_option", "add_flag", "add_subcommand", "add_option_function")
        first = True
        for lit in LITERAL.finditer(code, m.end() - (0 if m.group(0).endswith("(") else 0), end):
            if lit.group(0).startswith("'"):
                continue
            body = lit.group(0)[lit.group(0).index('"') + 1:-1]
            is_name = naming and first and lit.start() < code.find(",", m.end()) + 1
            first = False
            if is_name or OPTION_NAME.match(body) or KEY.match(body) or not ENGLISH.search(body):
                continue
            if wrapped(code, lit.start(), m.end() - 1):
                continue
            line = code.count("\n", 0, lit.start()) + 1
            if (line, body) not in seen:
                seen.add((line, body))
                yield line, body


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    allow_file = root / "tests/scripts/untranslated-allow.txt"
    allowed = []
    if allow_file.exists():
        for raw in allow_file.read_text(encoding="utf-8").splitlines():
            entry = raw.split("  #", 1)[0].strip()
            if entry and not raw.lstrip().startswith("#"):
                where, _, text = entry.partition(":")
                where = where.strip()
                allowed.append((where, text))
    used, bad = set(), 0
    for path in sorted((root / "src").rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        rel = path.relative_to(root).as_posix()
        for line, body in findings(path, rel):
            # "src/room/" with no text excuses a whole folder (a room not swept yet).
            hit = [a for a in allowed
                   if (a[0] == rel and a[1] in body) or (a[0].endswith("/") and not a[1]
                                                           and rel.startswith(a[0]))]
            if hit:
                used.update(hit)
                continue
            print(f"{rel}:{line}: untranslated message: \"{body}\"")
            bad += 1
    for a in allowed:
        if a not in used:
            print(f"{allow_file.name}: allowed but not found (remove it): {a[0]}:{a[1]}")
            bad += 1
    if bad:
        print(f"{bad} message(s) not marked for translation; wrap them in _(), N_() or tr()",
              file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
