#!/usr/bin/env python3
"""Writes a tasks.yaml of N tasks, each with several updates, for benchmarks.

    gen_tasks.py N [UPDATES] > tasks-N.yaml
    gen_tasks.py N [UPDATES] --taskwarrior > tasks-N.json

Deterministic (fixed seed): the same N and UPDATES give the same file. The text is Chinese of
the lengths the real table has; every fifth task has partners, every third a time node. UPDATES
(default 4, at most 6) are dated two months apart from February.

With --taskwarrior the same tasks are written for `task import`, one JSON object a line: the
title as description, the category as project, leaders and office as the string UDAs `leader`
and `office`, and each update as an annotation (its note), so both tools hold the same text.
"""
import json
import random
import sys

CATEGORIES = ["抓常规", "强队伍", "优布局", "调结构", "改评价", "重督导"]
LEADERS = ["何军", "戴方栋", "蔡亚利", "刘建新", "杨宏发"]
OFFICES = ["基教股", "人事股", "计财股", "督导股", "体卫股", "法制安全股", "教师工作股"]
WORDS = "持续抓好平安校园建设加强学生心理健康教育定期组织各类安全应急演练确保校园安防达到标准"


def text(rng, n):
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def tasks(n, updates):
    rng = random.Random(n)
    for i in range(1, n + 1):
        t = {"id": i, "category": CATEGORIES[i % 6], "title": text(rng, rng.randint(15, 60)),
             "leaders": rng.sample(LEADERS, rng.randint(1, 2)), "office": rng.choice(OFFICES),
             "partners": rng.sample(OFFICES, 2) if i % 5 == 0 else [],
             "milestone": i % 3 == 0, "updates": []}
        progress = 0
        for month in (2, 4, 6, 8, 10, 12)[:updates]:
            progress = min(100, progress + rng.randint(5, 30))
            t["updates"].append({"date": f"2021-{month:02}-25", "progress": progress,
                                 "note": text(rng, 30), "problems": text(rng, 12),
                                 "next": text(rng, 12), "by": rng.choice(OFFICES)})
        yield t


def yaml_lines(n, updates):
    out = ["# benchmark plan", "", "plan:", "  title: 基准测试计划", "  start: 2021-01-01",
           "  due: 2021-12-31", "  dispatch_months: 2",
           "  categories: [" + ", ".join(CATEGORIES) + "]", "", "tasks:"]
    for t in tasks(n, updates):
        out += [f"  - id: {t['id']}", f"    category: {t['category']}",
                f"    title: {t['title']}", f"    leaders: [{', '.join(t['leaders'])}]",
                f"    office: {t['office']}"]
        if t["partners"]:
            out.append(f"    partners: [{', '.join(t['partners'])}]")
        if t["milestone"]:
            out += ["    milestones:", "      - {date: 2021-06-30, target: 50, what: 完成方案}"]
        out.append("    updates:")
        for u in t["updates"]:
            status = "done" if u["progress"] == 100 else "in-progress"
            out += [f"      - date: {u['date']}", f"        progress: {u['progress']}",
                    f"        status: {status}", f"        note: {u['note']}",
                    f"        problems: {u['problems']}", f"        next: {u['next']}",
                    f"        by: {u['by']}"]
        out.append("")
    return out


def taskwarrior_lines(n, updates):
    for t in tasks(n, updates):
        stamp = lambda d: d.replace("-", "") + "T080000Z"
        yield json.dumps({
            "description": t["title"], "project": t["category"], "status": "pending",
            "entry": "20210101T080000Z", "due": "20211231T080000Z",
            "leader": " ".join(t["leaders"]), "office": t["office"],
            "annotations": [{"entry": stamp(u["date"]), "description": u["note"]}
                            for u in t["updates"]]}, ensure_ascii=False)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0])
    updates = int(args[1]) if len(args) > 1 else 4
    if "--taskwarrior" in sys.argv:
        sys.stdout.write("\n".join(taskwarrior_lines(n, updates)) + "\n")
    else:
        sys.stdout.write("\n".join(yaml_lines(n, updates)) + "\n")


if __name__ == "__main__":
    main()
