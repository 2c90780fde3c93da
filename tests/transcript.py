#!/usr/bin/env python3
"""Runs CLI transcripts: the cram format, without cram's escaping of non-ASCII output.

A transcript (tests/cli/*.t) is prose with indented blocks:

    Comment lines are not indented.

      $ duban -f $FIXTURES/progress.yaml show 2      a command (continued by "  > " lines)
      第2项  持续抓好“平安校园”建设……                  the exact output, indented two spaces
      [1]                                            the exit status, when it is not 0

Expected lines may end in " (re)" (a Python regex matching the whole line), " (glob)" (* and ?),
" (esc)" (Python bytes escapes, as cram writes them) or " (no-eol)" (no final newline).
All commands of a file run in one bash, in a fresh temporary folder, with $TESTDIR set to the
transcript's folder. Output is compared as UTF-8 text, so Chinese reads as Chinese.

    transcript.py FILE.t...            run; print a diff and exit 1 on any difference
    transcript.py --update FILE.t...   rewrite each file with the actual output
"""
import difflib
import fnmatch
import os
import re
import subprocess
import sys
import tempfile

INDENT = "  "
SALT = "TRANSCRIPT-SALT-7f3c"


def parse(lines):
    """Splits a transcript into (prose/other lines, commands with their expected output)."""
    items = []  # ("text", line) or ("cmd", [cmd lines], [expected lines], line index)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(INDENT + "$ "):
            cmd = [line[len(INDENT) + 2:]]
            i += 1
            while i < len(lines) and lines[i].startswith(INDENT + "> "):
                cmd.append(lines[i][len(INDENT) + 2:])
                i += 1
            expected = []
            while (i < len(lines) and lines[i].startswith(INDENT)
                   and not lines[i].startswith(INDENT + "$ ")):
                expected.append(lines[i][len(INDENT):])
                i += 1
            items.append(("cmd", cmd, expected))
        else:
            items.append(("text", line))
            i += 1
    return items


def run(items, path):
    script = []
    commands = [it for it in items if it[0] == "cmd"]
    for n, it in enumerate(commands):
        script.extend(it[1])
        script.append(f"__rc=$?; printf '\\n{SALT} {n} %d\\n' $__rc")
    env = dict(os.environ)
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", TZ="UTC", TERM="dumb",
               TESTDIR=os.path.dirname(os.path.abspath(path)), TESTFILE=os.path.basename(path))
    env.pop("NO_COLOR", None)
    # A set COLUMNS fits tables to it even in a pipe; a command that tests this sets it.
    env.pop("COLUMNS", None)
    # English unless a command asks otherwise: a translator's LANGUAGE or LC_MESSAGES must not
    # change the expected output (LC_ALL wins over LC_MESSAGES, but LANGUAGE wins over both).
    for name in ("LANGUAGE", "LC_MESSAGES"):
        env.pop(name, None)
    with tempfile.TemporaryDirectory(prefix="transcript-") as tmp:
        script_path = os.path.join(tmp, ".transcript.sh")
        with open(script_path, "w", encoding="utf-8") as f:
            f.write("\n".join(script) + "\n")
        proc = subprocess.run(["bash", "--norc", "--noprofile", script_path],
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, cwd=tmp, env=env)
    out = proc.stdout.decode("utf-8", errors="backslashreplace")
    results = {}
    chunk = []
    for line in out.split("\n"):
        m = re.fullmatch(SALT + r" (\d+) (\d+)", line)
        if m:
            text = "\n".join(chunk)
            # The printf put one newline before the salt; what precedes it is the output.
            if text.endswith("\n") or text == "":
                lines = text[:-1].split("\n") if text else []
            else:
                lines = text.split("\n")
                lines[-1] += " (no-eol)"
            results[int(m.group(1))] = (lines, int(m.group(2)))
            chunk = []
        else:
            chunk.append(line)
    actual = []
    for n, it in enumerate(commands):
        lines, rc = results.get(n, (["(the command did not finish)"], 255))
        if rc != 0:
            lines = lines + [f"[{rc}]"]
        actual.append(lines)
    return actual


def matches(expected, actual):
    if expected == actual:
        return True
    if expected.endswith(" (re)"):
        try:
            return re.fullmatch(expected[:-5], actual) is not None
        except re.error:
            return False
    if expected.endswith(" (glob)"):
        return fnmatch.fnmatchcase(actual, expected[:-7])
    if expected.endswith(" (esc)"):
        raw = expected[:-6].encode("latin-1", "backslashreplace")
        decoded = raw.decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
        return decoded == actual
    return False


def keep(expected_lines, actual_lines):
    """The expected lines where they still match (so (re) and (glob) survive --update)."""
    if len(expected_lines) == len(actual_lines) and all(
            matches(e, a) for e, a in zip(expected_lines, actual_lines)):
        return expected_lines
    return actual_lines


def main(argv):
    update = "--update" in argv
    files = [a for a in argv if a != "--update"]
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        items = parse(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"))
        actual = run(items, path)
        rendered, wanted = [], []
        n = 0
        for it in items:
            if it[0] == "text":
                rendered.append(it[1])
                wanted.append(it[1])
                continue
            cmd, expected = it[1], it[2]
            head = [INDENT + "$ " + cmd[0]] + [INDENT + "> " + c for c in cmd[1:]]
            got = keep(expected, actual[n])
            n += 1
            rendered += head + [INDENT + l for l in got]
            wanted += head + [INDENT + l for l in expected]
        if rendered != wanted:
            failed += 1
            if update:
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(rendered) + "\n")
                print(f"{path}: updated")
            else:
                sys.stdout.writelines(difflib.unified_diff(
                    [l + "\n" for l in wanted], [l + "\n" for l in rendered],
                    path, path + " (actual)"))
    total = len(files)
    print(f"{total - failed} passed, {failed} failed")
    return 1 if failed and not update else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
