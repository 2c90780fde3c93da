#!/usr/bin/python3
"""Writes DIR/merged.xlsx with openpyxl: a breakdown table laid out with merged ranges the way
bureaus merge them in Excel and WPS. test_office_producers.sh turns it into .xls with
LibreOffice (soffice --convert-to xls), and both must import to tests/fixtures/tables/merged.yaml.

The merges: a title merged across the table; a two-row header whose 责任股室 cell spans the
牵头股室 and 协办股室 columns under it, the other header cells merged down both rows; section
rows merged across the table; 类别 cells merged down the rows of their category; 责任股室 cells
merged down two tasks; a 序号 merged down two rows (a task and its sub-task); a note merged
across under the table.

tests/fixtures/tables/merged.xls is this file converted by LibreOffice 7.4, committed so that
.xls merges are checked where LibreOffice is not installed (regenerate it with
`soffice --headless --convert-to xls merged.xlsx`).
"""
import sys

import openpyxl

WIDTH = 7  # A 类别, B 序号, C 重点工作任务, D 牵头股室, E 协办股室, F 完成时限, G 备注

ROWS = [  # row number: cells; None leaves the cell empty (a merge covers it)
    (1, ["2021年重点工作任务分解表"]),
    (2, ["类别", "序号", "重点工作任务", "责任股室", None, "完成时限", "备注"]),
    (3, [None, None, None, "牵头股室", "协办股室", None, None]),
    (4, ["一、党的建设"]),
    (5, ["党建", 1, "开展党史学习教育", "党建办", "各股室", "6月底前", None]),
    (6, [None, 2, "落实意识形态工作责任制", None, "办公室", "年底前", "每季度研判"]),
    (7, [None, 3, "加强党风廉政建设", "纪检组", None, "12月底前", None]),
    (8, ["二、教育管理"]),
    (9, ["基础教育", 4, "推进义务教育优质均衡发展", "基教股", "计财股", "第三季度", None]),
    (10, [None, 5, "规范课后服务", None, None, "9月底前", None]),
    (11, ["教育信息化", 6, "建设智慧校园", "电教站", "装备股", "年底前", "分两期"]),
    (12, [None, None, "完成校园网改造", None, None, "6月30日前", None]),
    (13, ["注：责任股室栏第一个为牵头股室。"]),
]

MERGES = [
    "A1:G1",  # the title
    "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3", "D2:E2",  # the two-row header
    "A4:G4", "A8:G8",  # section rows
    "A5:A7", "A9:A10", "A11:A12",  # 类别 down its tasks
    "D5:D6", "D9:D10",  # 责任股室 down two tasks
    "B11:B12", "D11:D12",  # a task and its sub-task
    "A13:G13",  # the note
]


def make(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分解表"
    for row, cells in ROWS:
        for column, value in enumerate(cells, start=1):
            if value is not None:
                ws.cell(row, column, value)
    for rng in MERGES:
        ws.merge_cells(rng)
    wb.save(path)


if __name__ == "__main__":
    make(sys.argv[1] + "/merged.xlsx")
