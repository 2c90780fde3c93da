#!/usr/bin/env python3
"""Reads a duban .docx back with python-docx (an independent reader) and checks the layout
GB/T 9704-2012 asks for: A4 and its margins, faces and sizes, the 22-line grid, the landscape
attachment with its repeated header row, the — PAGE — footer; for a bulletin also the 版头
(red 督查通报, the red rule), 主送, 工作成效 before 存在问题, 落款 and the 版记 last. Usage: read_docx.py KIND FILE [TEXT...]: exits 1 naming what is wrong.
Every TEXT must occur in the document's paragraphs or tables."""
import re
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

kind, path, expected = sys.argv[1], sys.argv[2], sys.argv[3:]
doc = docx.Document(path)
problems = []


def near(length, mm):
    return abs(length - Mm(mm)) <= Mm(0.2)


paragraphs = [p.text for p in doc.paragraphs]
cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
text = "\n".join(paragraphs + cells)
for t in expected:
    if t not in text:
        problems.append(f"no '{t}'")

first = doc.sections[0]
if not (near(first.page_width, 210) and near(first.page_height, 297)):
    problems.append(f"first section is not A4 portrait: {first.page_width.mm}x{first.page_height.mm}")
for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
    if not near(getattr(first, side + "_margin"), mm):
        problems.append(f"{side} margin is {getattr(first, side + '_margin').mm:.1f} mm, not {mm}")
last = doc.sections[-1]
if len(doc.sections) < 2 or not near(last.page_width, 297) or last.orientation != 1:
    problems.append("the tables are not on a landscape A4 section")

# GB/T 9704 7.5: — 1 — on the right of odd pages and on the left of even ones, one character in.
if not doc.settings.odd_and_even_pages_header_footer:
    problems.append("settings.xml does not separate odd and even pages' footers")
for name, footer, side in (("odd", first.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                           ("even", first.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
    footer_xml = footer._element.xml
    if footer.is_linked_to_previous or "PAGE" not in footer_xml or "fldChar" not in footer_xml \
            or "—" not in footer_xml:
        problems.append(f"the {name} pages' footer has no — PAGE — field")
    elif footer.paragraphs[0].alignment != side:
        problems.append(f"the {name} pages' number is not on the {side}")

# Body in 仿宋 (FangSong_GB2312, with FangSong as its named fallback), 22 lines to the page:
# the portrait grid's pitch is the text height (225 mm) over 22.
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
defaults = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
if defaults is None or defaults.get(f"{W}eastAsia") != "FangSong_GB2312":
    problems.append("the body's default face is not FangSong_GB2312 (仿宋)")
grid = first._sectPr.find(f"{W}docGrid")
if grid is None or abs(int(grid.get(f"{W}linePitch")) * 22 - Mm(225).twips) > 22:
    problems.append("the portrait pages do not hold 22 lines (docGrid linePitch)")

body_runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
sizes = {r.font.size.pt for r in body_runs if r.font.size}
if 16.0 not in sizes:
    problems.append(f"no body text in 3号 (16 pt): sizes {sorted(sizes)}")

if not doc.tables:
    problems.append("no table")
else:
    header = doc.tables[-1].rows[0]._tr
    if header.trPr is None or not header.trPr.xpath("./w:tblHeader"):
        problems.append("the table's header row does not repeat on each page")
    # The attachment fills the landscape text width (225 mm) in 小五 (9 pt), every cell centred
    # vertically; 序号 and 状态 centred, 重点工作任务 flush left.
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    table = doc.tables[-1]
    widths = [c.width for c in table.rows[1].cells]
    if not near(sum(widths), 225):
        problems.append(f"the table is {sum(widths) / 36000:.0f} mm wide, not 225")
    cell_sizes = {r.font.size.pt for row in table.rows for c in row.cells
                  for p in c.paragraphs for r in p.runs if r.text.strip()}
    if cell_sizes != {9.0}:
        problems.append(f"table cells are not in 小五 (9 pt): {sorted(cell_sizes)}")
    row = table.rows[1].cells
    if any(c.vertical_alignment != WD_CELL_VERTICAL_ALIGNMENT.CENTER for c in row):
        problems.append("table cells are not centred vertically")
    heads = [c.text for c in table.rows[0].cells]
    align = {h: row[i].paragraphs[0].alignment for i, h in enumerate(heads)}
    if (align.get("序号") != WD_ALIGN_PARAGRAPH.CENTER or align.get("状态") != WD_ALIGN_PARAGRAPH.CENTER
            or align.get("重点工作任务") != WD_ALIGN_PARAGRAPH.LEFT):
        problems.append(f"column alignment: {align}")

if kind == "bulletin":
    masthead = doc.paragraphs[0].runs[0]
    if masthead.text != "督查通报" or str(masthead.font.color.rgb) != "FF0000":
        problems.append("the masthead is not 督查通报 in red")
    title = next((p for p in doc.paragraphs if p.text.startswith("关于")), None)
    if title is None or title.runs[0].font.size.pt != 22:
        problems.append("no title in 2号 (22 pt)")
    elif title.runs[0].font.name != "FZXiaoBiaoSong-B05S":
        problems.append(f"the title is in {title.runs[0].font.name}, not 小标宋")
    heads = [p for p in doc.paragraphs if p.text.startswith("一、")]
    if not heads or heads[0].runs[0].font.name != "SimHei":
        problems.append("一、 headings are not in 黑体")
    subs = [p for p in doc.paragraphs if p.text.startswith("（一）")]
    if not subs or subs[0].runs[0].font.name != "KaiTi_GB2312":
        problems.append("（一） headings are not in 楷体")
    # 版头: issuer and date on one line over the red rule; then the title, then 主送.
    rule = next((p for p in doc.paragraphs[:4] if "\t" in p.text), None)
    bottom = rule._p.xpath("./w:pPr/w:pBdr/w:bottom") if rule is not None else []
    if not bottom or bottom[0].get(docx.oxml.ns.qn("w:color")) != "FF0000":
        problems.append("no red rule under the issuer and date")
    if title is not None:
        after = [p for p in paragraphs[paragraphs.index(title.text) + 1:] if p]
        if not after or not after[0].endswith("："):
            problems.append(f"no 主送 after the title: {after[:1]}")
    # 落款: after the 附件 note, the issuing office and the date written 2021年7月15日.
    note = next((i for i, p in enumerate(paragraphs) if p.startswith("附件：")), None)
    signed = [p for p in paragraphs[note + 1:] if p][:2] if note is not None else []
    if len(signed) != 2 or not re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", signed[1]):
        problems.append(f"no 落款 (office, then 2021年7月15日) after the 附件 note: {signed}")
    order = [i for i, p in enumerate(paragraphs) if p.startswith(("附件：", "二、工作成效", "三、存在问题"))]
    if len(order) != 3 or not paragraphs[order[0]].startswith("二、工作成效"):
        problems.append("工作成效 does not come before 存在问题")
    if not paragraphs[-1].endswith("印发") or not paragraphs[-2].startswith("抄送："):
        problems.append("the 版记 (抄送, 印发) is not last")

for p in problems:
    print(f"{path}: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
