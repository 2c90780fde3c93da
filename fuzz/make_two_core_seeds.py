#!/usr/bin/python3
"""Writes the seed corpus of fuzz_load_two_cores into DIR: tasks.yaml and the fixture plans, and
variants of them shaped for the two-core read (`tasks:` at column 0, then a block list, so that
find_cuts can cut the tasks into parts) with what could make the two reads differ: a BOM,
CRLF, comments and blank lines between the tasks, dashes at column 0, block scalars, flow lists
and quoted text over several lines, updates whose dash stands alone on its line, and a whole
file indented so that `tasks:` is not at column 0.

    /usr/bin/python3 fuzz/make_two_core_seeds.py SOURCE DIR
"""
import pathlib
import re
import sys

UPDATES = (
    "    updates:\n"
    "      - date: 2021-03-01\n"
    "        progress: 30\n"
    "        note: |\n"
    "          已完成摸排，\n"
    "          - 不是新的任务\n"
    "      - date: 2021-05-01\n"
    "        progress: 60\n"
    "        status: in-progress\n"
    "        note: >-\n"
    "          折叠的\n"
    "          一段话\n"
)


def tasks_of(text):
    """The text before the first task, and each task's text (from `  - id:` to the next)."""
    parts = re.split(r"(?m)^(?=  - id:)", text)
    return parts[0], parts[1:]


def with_each(text, change):
    head, tasks = tasks_of(text)
    return head + "".join(change(i, t) for i, t in enumerate(tasks))


def main():
    source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    plans = [source / "tasks.yaml"] + sorted((source / "tests/fixtures").glob("*.yaml"))
    for p in plans:
        (out / p.name).write_bytes(p.read_bytes())
    base = (source / "tasks.yaml").read_text()
    # Every third task with two updates (literal and folded notes): the second part holds some.
    updated = with_each(base, lambda i, t: t.rstrip("\n") + "\n" + UPDATES + "\n"
                        if i % 3 == 1 else t)
    # Updates in the first few tasks only, so the second part holds none.
    early = with_each(base, lambda i, t: t.rstrip("\n") + "\n" + UPDATES + "\n"
                      if i in (1, 4) else t)
    seeds = {
        "updates.yaml": updated,
        "bom.yaml": "\ufeff" + updated,
        "crlf.yaml": updated.replace("\n", "\r\n"),
        "bom-crlf.yaml": "\ufeff" + updated.replace("\n", "\r\n"),
        "comments.yaml": with_each(updated, lambda i, t: "  # 第%d项\n\n" % (i + 1) + t)
        + "  # 完\n...\n",
        "column-0.yaml": with_each(updated, lambda i, t: re.sub(r"(?m)^  ", "", t)),
        "flow-over-lines.yaml": updated.replace("leaders: [何军, 戴方栋]",
                                                "leaders: [何军,\n      戴方栋]"),
        "quote-over-lines.yaml": with_each(updated, lambda i, t: t.replace(
            "    title: ", '    title: "一\n  - id: 921\n    二"\n    due_text: ', 1)
            if i == 20 else t),
        # Update dashes 4 in from the keys, the file's first update's dash alone on its line.
        "lone-dash.yaml": re.sub(r"(?m)^(      )(?=[ -])", r"\1  ", early).replace(
            "        - date: 2021-03-01\n", "        -\n          date: 2021-03-01\n", 1),
        "indented.yaml": re.sub(r"(?m)^(?=.)", " ", updated),
        "tasks-key-twice.yaml": updated + "tasks:\n  - id: 99\n",
        "error-late.yaml": updated.rstrip("\n")[: len(updated) * 4 // 5] + "\n    colour: red\n",
    }
    for name, text in seeds.items():
        (out / name).write_bytes(text.encode())


if __name__ == "__main__":
    main()
