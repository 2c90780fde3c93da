#!/usr/bin/env python3
"""Checks the official register of the bulletin and the dispatch report in every document
format (txt, md, html, docx), independently of duban's own code: the prose as a reader sees it.

Usage: check_register.py DUBAN PLAN AS_OF [COLLECTIVE...]
Runs `DUBAN -f PLAN --as-of AS_OF report KIND --format F` for each kind and format and checks:
- every sentence of the body ends with 。 (headings and lead-ins ending with ： aside), and
  every date outside the tables is written 2021年6月30日;
- duban's own wording has no single half-width space between a Chinese character and a digit
  or between two Chinese characters (the plan's own texts are taken out first: they are the
  bureau's words, kept as written);
- no item of 存在问题 or 下步要求 groups tasks led by a collective owner with tasks a named office
  leads;
- every item of 存在问题 and 下步要求 in the JSON view reads the same in every format;
- no collective owner (局长办公会成员, 相关股室, 各科室, 各有关单位 and COLLECTIVE...) is named
  under 下步要求, listed as an office that failed to report, or named as leading tasks in a
  grouped sentence; and a task whose office and leaders are all collective gets no measure aimed
  at a person (约谈, 书面检查, 问责 or the plan's wording of them), in the bulletin or in show.
Exits 1 naming every problem."""
import html.parser
import json
import re
import subprocess
import sys
import tempfile

import docx

duban, plan, as_of, extra = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
COLLECTIVE = ["局长办公会成员", "相关股室", "各科室", "各有关单位"] + extra
PERSONAL = {"talk", "self-examination", "accountability"}
CJK = "\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’"
ONE_SPACE = re.compile(f"(?<! )([{CJK}] [0-9]|[0-9] [{CJK}]|[{CJK}] [{CJK}])(?! )")
HEADING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
HEAD_MARK = "\x01"  # put before a Markdown or HTML heading's text, then taken off
CATEGORY = re.compile(r"^[一二三四五六七八九十]+、\S+（\d+项")
problems = []


def run(*args):
    out = subprocess.run([duban, "-f", plan, "--as-of", as_of, *args], capture_output=True)
    if out.returncode != 0:
        sys.exit(f"duban {' '.join(args)}: exit {out.returncode}: {out.stderr.decode()}")
    return out.stdout.decode("utf-8")


class Blocks(html.parser.HTMLParser):
    """The text of each block element outside tables, style, script and svg."""

    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "div"}
    HEADS = {"h1", "h2", "h3", "h4"}
    SKIP = {"table", "style", "script", "svg", "title"}

    def __init__(self):
        super().__init__()
        self.blocks, self.text, self.skip, self.head = [], [], 0, False

    def flush(self):
        t = "".join(self.text).strip()
        if t and not self.skip:
            self.blocks.append(HEAD_MARK + t if self.head else t)
        self.text, self.head = [], False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.flush()
            self.skip += 1
        elif tag in self.BLOCK:
            self.flush()
            self.head = tag in self.HEADS

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
            self.text = []
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data.replace("\n", ""))


def paragraphs(kind, fmt):
    """The document's paragraphs outside its tables, markup taken off; a Markdown or HTML
    heading starts with HEAD_MARK."""
    if fmt == "docx":
        with tempfile.TemporaryDirectory() as tmp:
            run("report", kind, "--format", "docx", "-o", f"{tmp}/{kind}.docx")
            return [p.text for p in docx.Document(f"{tmp}/{kind}.docx").paragraphs]
    text = run("report", kind, "--format", fmt)
    if fmt == "html":
        b = Blocks()
        b.feed(text)
        return b.blocks
    out, in_table = [], False
    for line in text.split("\n"):
        if fmt == "md":
            if line.startswith("|"):
                continue
            line = re.sub(r"^#+ ", HEAD_MARK, line).replace("**", "")
            line = re.sub(r"^\d+\. ", lambda m: m.group(0)[:-2] + "．", line)
        else:
            if line.startswith("序号") or line.startswith("----"):
                in_table = True
            if not line.strip():
                in_table = False
            if in_table:
                continue
        out.append(line.strip())
    return out


def body(paras):
    """The paragraphs from 总体情况 to the attachment or the first category's table."""
    start = next((i for i, p in enumerate(paras) if re.match(HEAD_MARK + r"?(一、)?总体情况", p)),
                 None)
    if start is None:
        problems.append("no 总体情况")
        return []
    out = []
    for p in paras[start:]:
        bare = p.lstrip(HEAD_MARK)
        if bare.startswith("附件") or CATEGORY.match(bare) or bare == "重点工作任务推进情况表":
            break
        out.append(p)
    return out


def own_words(p, user_texts):
    for t in user_texts:
        p = p.replace(t, "")
    return p


def section(paras, first, stops):
    i = next((k for k, p in enumerate(paras) if p.startswith(first)), None)
    if i is None:
        return []
    out = []
    for p in paras[i + 1:]:
        if any(p.startswith(s) for s in stops):
            break
        out.append(p)
    return out


tasks = json.loads(run("list", "--format", "json"))
user_texts = sorted({s.rstrip("。") for t in tasks for s in
                     [t["title"]] + [u.get(k, "") for u in t["updates"] for k in ("note", "problems", "next", "by")]
                     if s}, key=len, reverse=True)
collective_led = {t["id"] for t in tasks if t["office"] in COLLECTIVE}
no_person = {t["id"] for t in tasks
             if t["office"] in COLLECTIVE and all(l in COLLECTIVE for l in t["leaders"])}
view = json.loads(run("report", "bulletin", "--format", "json"))
wordings = {e["wording"] for t in view["tasks"] for e in t["escalation"] if e["keyword"] in PERSONAL}
wordings |= {"约谈", "书面检查", "问责"}

for part in ("problems", "requirements"):
    for item in view[part]["items"]:
        ids = set(item["ids"])
        if ids & collective_led and ids - collective_led:
            problems.append(f"{part}: tasks led by collective owners grouped with named offices' "
                            f"tasks: {item['text'][:60]!r}")

for tid in sorted(no_person):
    shown = json.loads(run("show", str(tid), "--format", "json"))
    if isinstance(shown, list):
        shown = shown[0]
    personal = [e["label"] for e in shown["escalation"] if e["keyword"] in PERSONAL]
    if personal:
        problems.append(f"show {tid}: a task led only by collective owners gets {personal}")

for kind in ("bulletin", "dispatch"):
    for fmt in ("txt", "md", "html", "docx"):
        where = f"{kind}.{fmt}"
        marked = paragraphs(kind, fmt)
        paras = [p.lstrip(HEAD_MARK) for p in marked]
        for p in body(marked) + [p for p in paras if p.startswith("抄送")]:
            if not p or p.startswith(HEAD_MARK) or HEADING.match(p) and not p.endswith("。"):
                continue
            if p.endswith("："):
                continue
            if not p.endswith("。"):
                problems.append(f"{where}: a sentence does not end with 。: {p[-40:]!r}")
        text = [p.lstrip(HEAD_MARK) for p in body(marked)]
        for p in paras:
            m = re.search(r"\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}", own_words(p, user_texts))
            if m:
                problems.append(f"{where}: a date not written as 2021年6月30日 ({m.group(0)}): {p[:60]!r}")
        for p in paras:
            m = ONE_SPACE.search(own_words(p, user_texts))
            if m:
                problems.append(f"{where}: a half-width space in duban's wording ({m.group(0)!r}): {p[:60]!r}")
        unreported = [p for p in text if "未报送进展" in p and "（第" in p and "牵头" not in p]
        unreported += section(text, "（二）未按时报送进展的股室", ("四、",))
        for p in unreported:
            for c in COLLECTIVE:
                if c in own_words(p, user_texts):
                    problems.append(f"{where}: {c} listed among offices that failed to report: {p[:60]!r}")
        for p in text:
            for lead in re.findall(r"([^。；：]*)牵头的\d+项任务", own_words(p, user_texts)):
                for c in COLLECTIVE:
                    if c in lead:
                        problems.append(f"{where}: {c} named as leading grouped tasks: {p[:60]!r}")
        if kind != "bulletin":
            continue
        numbered = {re.sub(r"^\d+．", "", p) for p in text}
        for part in ("problems", "requirements"):
            for item in view[part]["items"]:
                if item["text"] not in numbered:
                    problems.append(f"{where}: {part} item not as in the view: {item['text'][:50]!r}")
        measures = section(text, "四、下步要求", ("附件",))
        for p in measures:
            for c in COLLECTIVE:
                if c in own_words(p, user_texts):
                    problems.append(f"{where}: {c} named under 下步要求: {p[:60]!r}")
        for item in view["requirements"]["items"]:
            if set(item["ids"]) <= no_person:
                hits = [w for w in wordings if w in own_words(item["text"], user_texts)]
                if hits:
                    problems.append(f"{where}: tasks {item['ids']} led only by collective owners get {hits}")

for p in problems:
    print(f"{plan} {as_of}: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
