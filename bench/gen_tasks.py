#!/usr/bin/env python3
"""Writes a tasks.yaml of N tasks, each with several updates, for benchmarks.

    gen_tasks.py N > tasks-N.yaml

Deterministic (fixed seed): the same N gives the same file. The text is Chinese of the
lengths the real table has; every fifth task has partners, every third a time node.
"""
import random
import sys

CATEGORIES = ["抓常规", "强队伍", "优布局", "调结构", "改评价", "重督导"]
LEADERS = ["何军", "戴方栋", "蔡亚利", "刘建新", "杨宏发"]
OFFICES = ["基教股", "人事股", "计财股", "督导股", "体卫股", "法制安全股", "教师工作股"]
WORDS = "持续抓好平安校园建设加强学生心理健康教育定期组织各类安全应急演练确保校园安防达到标准"


def text(rng, n):
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def main():
    n = int(sys.argv[1])
    rng = random.Random(n)
    out = ["# benchmark plan", "", "plan:", "  title: 基准测试计划", "  start: 2021-01-01",
           "  due: 2021-12-31", "  dispatch_months: 2",
           "  categories: [" + ", ".join(CATEGORIES) + "]", "", "tasks:"]
    for i in range(1, n + 1):
        out += [f"  - id: {i}", f"    category: {CATEGORIES[i % 6]}",
                f"    title: {text(rng, rng.randint(15, 60))}",
                f"    leaders: [{', '.join(rng.sample(LEADERS, rng.randint(1, 2)))}]",
                f"    office: {rng.choice(OFFICES)}"]
        if i % 5 == 0:
            out.append(f"    partners: [{', '.join(rng.sample(OFFICES, 2))}]")
        if i % 3 == 0:
            out += ["    milestones:", "      - {date: 2021-06-30, target: 50, what: 完成方案}"]
        out.append("    updates:")
        progress = 0
        for month in (2, 4, 6, 8):
            progress = min(100, progress + rng.randint(5, 30))
            out += [f"      - date: 2021-{month:02}-25", f"        progress: {progress}",
                    f"        status: {'done' if progress == 100 else 'in-progress'}",
                    f"        note: {text(rng, 30)}", f"        problems: {text(rng, 12)}",
                    f"        next: {text(rng, 12)}", f"        by: {rng.choice(OFFICES)}"]
        out.append("")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
