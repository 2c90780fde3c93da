#!/usr/bin/python3
"""Rewrites an .xlsx (made by openpyxl or duban) the ways WPS Office and other non-Excel writers
lay a workbook out, so that import and collect are tested on what those writers produce.
WPS itself does not run on Debian; these are the differences reported for WPS-saved and
other third-party workbooks (docs/import.md lists them with their sources):

- strings inline in the cell (t="inlineStr" with <is>) instead of the shared-string table;
- shared strings as rich-text runs (<si><r><rPr>…</rPr><t>…</t></r>…</si>);
- formula-result strings (t="str") for some text cells;
- cells and rows without their r= reference, where they follow the previous one;
- elements with a namespace prefix (<x:row>, <x:c>) instead of the default namespace;
- relationship targets as absolute part names (/xl/worksheets/sheet1.xml);
- a wrong used range (<dimension ref="A1"/>) and an empty relationships part for each sheet;
- date cells written as text ("2021/7/20") instead of a number with a date format;
- the workbook's own custom properties replaced by WPS's (KSOProductBuildVer).

Usage: wps_like.py IN.xlsx OUT.xlsx
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, timedelta

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
M = "{%s}" % MAIN

ET.register_namespace("x", MAIN)  # every SpreadsheetML element written as x:…
ET.register_namespace("r", REL)

WPS_CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">\
<vt:lpwstr>2052-11.1.0.11723</vt:lpwstr></property>\
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">\
<vt:lpwstr>8C1D2E3F4A5B4C6D8E9F0A1B2C3D4E5F</vt:lpwstr></property></Properties>"""


def serialize(root):
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + ET.tostring(root)


def date_styles(styles_xml):
    """The cellXfs indexes whose number format shows a date."""
    root = ET.fromstring(styles_xml)
    codes = {int(f.get("numFmtId")): f.get("formatCode")
             for f in root.iter(M + "numFmt")}
    out = set()
    xfs = root.find(M + "cellXfs")
    for i, xf in enumerate(xfs if xfs is not None else []):
        fid = int(xf.get("numFmtId", "0"))
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", codes.get(fid, ""))
        if 14 <= fid <= 22 or (fid in codes and re.search("[ymd]", code, re.I)):
            out.add(i)
    return out


def read_shared_strings(xml):
    root = ET.fromstring(xml)
    return ["".join(t.text or "" for t in si.iter(M + "t")) for si in root.findall(M + "si")]


def add_runs(parent, text):
    """`text` as two rich-text runs, the second bold."""
    half = len(text) // 2
    for k, part in enumerate([text[:half], text[half:]] if half else [text]):
        r = ET.SubElement(parent, M + "r")
        if k:
            ET.SubElement(ET.SubElement(r, M + "rPr"), M + "b")
        t = ET.SubElement(r, M + "t")
        t.text = part
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def write_shared_strings(strings):
    root = ET.Element(M + "sst", {"count": str(len(strings)), "uniqueCount": str(len(strings))})
    for text in strings:
        add_runs(ET.SubElement(root, M + "si"), text)
    return serialize(root)


def column_of(ref):
    letters = re.match("[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def set_text(c, kind, text, pool):
    for child in list(c):
        c.remove(child)
    c.set("t", kind)
    if kind == "inlineStr":
        add_runs(ET.SubElement(c, M + "is"), text)
    elif kind == "s":
        pool.append(text)
        ET.SubElement(c, M + "v").text = str(len(pool) - 1)
    else:
        ET.SubElement(c, M + "v").text = text


def cell_string(c, strings):
    """The text of a string cell, or None for any other cell."""
    if c.get("t") == "inlineStr":
        return "".join(t.text or "" for t in c.iter(M + "t"))
    if c.get("t") == "s":
        return strings[int(c.find(M + "v").text)]
    return None


def rewrite_sheet(xml, strings, dates, pool):
    """Strings go round shared (rich text), inline and t="str"; dates become text; r= goes
    where the cell or row follows the previous one."""
    root = ET.fromstring(xml)
    for dimension in root.iter(M + "dimension"):
        dimension.set("ref", "A1")
    previous_row = 0
    count = 0
    for row in root.iter(M + "row"):
        number = int(row.get("r", previous_row + 1))
        if number == previous_row + 1:
            row.attrib.pop("r", None)
        previous_row = number
        previous_column = 0
        for c in row.findall(M + "c"):
            column = column_of(c.get("r")) if c.get("r") else previous_column + 1
            if column == previous_column + 1:
                c.attrib.pop("r", None)
            previous_column = column
            text = cell_string(c, strings)
            v = c.find(M + "v")
            if text is not None:
                count += 1
                set_text(c, ["s", "inlineStr", "str"][count % 3], text, pool)
            elif v is not None and c.get("t") in (None, "n") and int(c.get("s", "0")) in dates:
                day = date(1899, 12, 30) + timedelta(days=int(float(v.text)))
                set_text(c, "inlineStr", "%d/%d/%d" % (day.year, day.month, day.day), pool)
    return serialize(root)


def absolute_targets(xml, folder):
    root = ET.fromstring(xml)
    for rel in root.iter("{%s}Relationship" % PKG):
        target = rel.get("Target")
        if rel.get("TargetMode") != "External" and not target.startswith("/"):
            rel.set("Target", "/" + folder + target)
    ET.register_namespace("", PKG)
    out = serialize(root)
    return out


SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def ensure_shared_strings_part(parts):
    """openpyxl writes every string inline and no sharedStrings part; add one."""
    if "xl/sharedStrings.xml" in parts:
        return
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="%s"/></Types>'
        % SST_TYPE).encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", '<Relationship Id="rIdWps1" Type="%s" Target="sharedStrings.xml"/>'
        "</Relationships>" % SST_REL).encode()


def main(src, dst):
    zin = zipfile.ZipFile(src)
    parts = {name: zin.read(name) for name in zin.namelist()}
    strings = read_shared_strings(parts["xl/sharedStrings.xml"]) \
        if "xl/sharedStrings.xml" in parts else []
    ensure_shared_strings_part(parts)
    dates = date_styles(parts["xl/styles.xml"]) if "xl/styles.xml" in parts else set()
    pool = []
    for name in list(parts):
        if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
            parts[name] = rewrite_sheet(parts[name], strings, dates, pool)
            rels = name.replace("worksheets/", "worksheets/_rels/") + ".rels"
            empty = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' \
                '<Relationships xmlns="%s"/>' % PKG
            parts.setdefault(rels, empty.encode())
    parts["xl/sharedStrings.xml"] = write_shared_strings(pool)
    parts["xl/workbook.xml"] = serialize(ET.fromstring(parts["xl/workbook.xml"]))
    parts["xl/_rels/workbook.xml.rels"] = absolute_targets(parts["xl/_rels/workbook.xml.rels"], "xl/")
    if "docProps/custom.xml" in parts:
        parts["docProps/custom.xml"] = WPS_CUSTOM.encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
