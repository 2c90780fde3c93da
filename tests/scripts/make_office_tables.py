#!/usr/bin/python3
"""Writes the Office forms of the import corpus into DIR: a .docx attachment made with
python-docx (a notice, then a table with a merged section row, vertically merged category
cells and a cell of two paragraphs) and a .xlsx ledger made with openpyxl (a title row merged
across, merged category cells, a section row merged across). The tests turn the .xlsx into
.xls with LibreOffice, so all three hold the same table."""
import sys

import docx
import openpyxl

HEADER = ["类别", "序号", "重点工作任务", "责任单位", "配合单位", "完成时限", "备注"]
ROWS = [
    ["抓党建", "1", "开展党史学习教育", "党建办", "各股室", "6月底前", ""],
    ["", "2", "落实意识形态工作责任制", "党建办、办公室", "", "年底前", "每季度研判"],
    ["强管理", "3", "规范财务管理\n严格执行预算", "计财股", "审计股", "第三季度", ""],
]


def make_docx(path):
    d = docx.Document()
    for line in ["某县教育局", "某教发〔2021〕7号", "关于印发重点工作任务的通知", "附件",
                 "2021年重点工作任务清单"]:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + 1 + len(ROWS), cols=len(HEADER))
    for c, h in enumerate(HEADER):
        t.cell(0, c).text = h
    # A section row: one cell merged across the table (gridSpan).
    section = t.cell(1, 0).merge(t.cell(1, len(HEADER) - 1))
    section.text = "一、党建与管理"
    for r, row in enumerate(ROWS, start=2):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            first, *rest = value.split("\n")
            cell.text = first
            for more in rest:
                cell.add_paragraph(more)
    # The category 抓党建 covers rows 2 and 3 (vMerge), as Word merges it.
    t.cell(2, 0).merge(t.cell(3, 0))
    d.add_paragraph("抄送：县委办")
    d.save(path)


def make_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务台账"
    ws.append(["2021年重点工作任务台账"] + [None] * (len(HEADER) - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    ws.append(["一、党建与管理"] + [None] * (len(HEADER) - 1))
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=len(HEADER))
    for row in ROWS:
        ws.append([int(v) if v.isdigit() else (v or None) for v in row])
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    wb.save(path)


if __name__ == "__main__":
    out = sys.argv[1]
    make_docx(out + "/ledger.docx")
    make_xlsx(out + "/ledger.xlsx")
