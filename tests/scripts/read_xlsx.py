#!/usr/bin/python3
"""Prints what a workbook holds, as JSON, for tests that check duban's xlsx output.

Usage: read_xlsx.py FILE

Reads FILE with openpyxl (Debian's python3-openpyxl), an implementation independent of
libxlsxwriter, and prints one JSON object: the document's creation time and, per sheet in
order, its name, cell values row by row (dates as YYYY-MM-DD), merged ranges, frozen-pane
cell, autofilter range, column widths, print setup, and for each non-empty cell its solid fill
colour, font colour and number format where they are not the defaults.
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def value(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat() if v.time() == datetime.time(0) else v.isoformat()
    return v


def styles(ws):
    fills, fonts, formats, wrapped = {}, {}, {}, []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            if c.fill is not None and c.fill.fill_type == "solid":
                fills[c.coordinate] = c.fill.fgColor.rgb
            colour = c.font.color.rgb if c.font is not None and c.font.color is not None else None
            if isinstance(colour, str):  # theme and indexed colours come as other types
                fonts[c.coordinate] = colour
            if c.number_format != "General":
                formats[c.coordinate] = c.number_format
            if c.alignment is not None and c.alignment.wrap_text:
                wrapped.append(c.coordinate)
    return fills, fonts, formats, wrapped


def fit_scale(ws):
    """The scale, in percent, at which the sheet's columns fill an A4 landscape page's width
    between its left and right margins, as a spreadsheet program fitting it to one page wide
    computes it: a column `width` wide (openpyxl's width, which holds the cell padding) takes
    round(width * 7) pixels at 96 dpi with the default font."""
    pixels = 0
    for i in range(1, ws.max_column + 1):
        width = ws.column_dimensions[get_column_letter(i)].width or 8.43
        pixels += round(width * 7)
    printable = (297 / 25.4 - ws.page_margins.left - ws.page_margins.right) * 96
    return min(100, int(printable * 100 // pixels))


def sheet(ws):
    fills, fonts, formats, wrapped = styles(ws)
    setup = ws.page_setup
    return {
        "name": ws.title,
        "rows": [[value(v) for v in row] for row in ws.iter_rows(values_only=True)],
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "widths": {
            get_column_letter(i): ws.column_dimensions[get_column_letter(i)].width
            for i in range(1, ws.max_column + 1)
        },
        "print": {
            "paper": setup.paperSize,
            "orientation": setup.orientation,
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr
                                and ws.sheet_properties.pageSetUpPr.fitToPage),
            # An absent fitToWidth or fitToHeight means 1, the default of the file format.
            "fit_width": 1 if setup.fitToWidth is None else setup.fitToWidth,
            "fit_height": 1 if setup.fitToHeight is None else setup.fitToHeight,
            "title_rows": ws.print_title_rows,
            "title_cols": ws.print_title_cols,
            "scale": setup.scale,
            "margins": [ws.page_margins.left, ws.page_margins.right],
            "fit_scale": fit_scale(ws),
        },
        "fills": fills,
        "fonts": fonts,
        "formats": formats,
        "wrapped": wrapped,
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    created = wb.properties.created
    out = {
        "created": created.isoformat() if created else None,
        "sheets": [sheet(ws) for ws in wb.worksheets],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: read_xlsx.py FILE")
    main(sys.argv[1])
