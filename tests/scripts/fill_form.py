#!/usr/bin/python3
"""Fills in a progress form the way an office does, with openpyxl (for .xlsx) or csv (.csv).

Usage: fill_form.py IN OUT SPEC.json

SPEC is {"fill": {TASK_ID: {HEADING: VALUE}}, "reverse": bool, "delete": [TASK_ID],
"blank_row": bool, "copy_row": TASK_ID}. A VALUE of the form "date:YYYY-MM-DD" goes in as a real
date cell; numbers stay numbers; any other string is typed text ("60%", "2021年7月21日").
"reverse" re-sorts the task rows in reverse order, "delete" removes rows, "blank_row" inserts
an empty row among the tasks, "copy_row" appends a row with that task's number (a row copied
from another form). Prints nothing; exits non-zero when the form is not as expected.
"""
import csv
import datetime
import io
import json
import sys

import openpyxl


def value(v):
    if isinstance(v, str) and v.startswith("date:"):
        return datetime.datetime.strptime(v[5:], "%Y-%m-%d")
    return v


def fill_rows(rows, spec):
    """rows: list of lists (header row first). Returns the filled rows."""
    header, body = rows[0], rows[1:]
    col = {h: i for i, h in enumerate(header) if h}
    tasks = [r for r in body if r and str(r[0]).strip().isdigit()]
    others = [r for r in body if not (r and str(r[0]).strip().isdigit())]
    by_id = {int(str(r[0]).strip()): r for r in tasks}
    for tid, cells in spec.get("fill", {}).items():
        row = by_id[int(tid)]
        for heading, v in cells.items():
            while len(row) <= col[heading]:
                row.append(None)
            row[col[heading]] = value(v)
    tasks = [r for r in tasks if int(str(r[0]).strip()) not in spec.get("delete", [])]
    if spec.get("reverse"):
        tasks.reverse()
    if spec.get("blank_row") and tasks:
        tasks.insert(1, [None] * len(header))
    if "copy_row" in spec:
        tasks.append([spec["copy_row"]] + [None] * (len(header) - 1))
        tasks[-1][col["本期进度（%）"]] = 50
    return [header] + tasks + others


def fill_xlsx(src, dst, spec):
    wb = openpyxl.load_workbook(src)
    ws = wb["报送表"]
    header_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
    # Merged block titles do not survive moving rows in openpyxl; unmerge, as a user would.
    for rng in list(ws.merged_cells.ranges):
        if rng.min_row > header_row:
            ws.unmerge_cells(str(rng))
    width = ws.max_column
    rows = [[ws.cell(r, c).value for c in range(1, width + 1)]
            for r in range(header_row, ws.max_row + 1)]
    rows = fill_rows(rows, spec)
    ws.delete_rows(header_row + 1, ws.max_row)
    for i, row in enumerate(rows[1:]):
        for c, v in enumerate(row):
            cell = ws.cell(header_row + 1 + i, c + 1)
            cell.value = v
            if isinstance(v, datetime.datetime):
                cell.number_format = "yyyy/m/d"
    wb.save(dst)


def fill_csv(src, dst, spec):
    text = open(src, encoding="utf-8-sig", newline="").read()
    rows = list(csv.reader(io.StringIO(text)))
    header_row = next(i for i, r in enumerate(rows) if r and r[0] == "序号")
    end = next(i for i in range(header_row, len(rows)) if not rows[i])
    body = fill_rows(rows[header_row:end], spec)
    body = [[v.strftime("%Y/%m/%d") if isinstance(v, datetime.datetime) else
             ("" if v is None else v) for v in r] for r in body]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows[:header_row] + body + rows[end:])
    open(dst, "w", encoding="utf-8-sig", newline="").write(out.getvalue())


if __name__ == "__main__":
    src, dst, spec = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))
    (fill_xlsx if src.endswith(".xlsx") else fill_csv)(src, dst, spec)
