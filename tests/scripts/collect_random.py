#!/usr/bin/python3
"""Randomized check of forms and collect: fills random forms in random ways and checks that
tasks.yaml afterwards equals a model of what the offices typed.

Usage: collect_random.py DUBAN FIXTURE WORKDIR ROUNDS SEED
Each round: fresh copy of FIXTURE, forms for every office (xlsx or csv at random), each lead row
filled (or left blank) with values typed in one of the ways people type them, rows re-sorted or
deleted at random, sometimes a bad value that must stop the whole batch and leave the file
byte-identical. Then collect, compare every task's updates with the model, collect again and
check nothing changes.
"""
import datetime
import json
import os
import random
import shutil
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


def run(duban, *args):
    return subprocess.run([duban, "-f", "tasks.yaml", *args], capture_output=True, text=True)


def typed_progress(rng, p):
    return rng.choice([p, str(p), f"{p}%", f"{p}.0", str(p).translate(FULL), f"{p}%".translate(FULL)])


def typed_date(rng, day, csv):
    styles = [f"{day.year}/{day.month}/{day.day}", f"{day.year}-{day.month}-{day.day}",
              f"{day.year}年{day.month}月{day.day}日", f"{day.month}月{day.day}日"]
    if not csv:
        styles.append("date:" + day.isoformat())
    return rng.choice(styles)


def status_word(rng, p):
    if p == 100:
        return rng.choice(["", "已完成", "完成"]), "done"
    if p == 0:
        return rng.choice(["", "未启动"]), "not-started"
    return rng.choice(["", "推进中", "进行中"]), "in-progress"


def one_round(duban, fixture, work, rng):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    os.chdir(work)
    shutil.copy(fixture, "tasks.yaml")
    plan = yaml.safe_load(open("tasks.yaml", encoding="utf-8"))
    tasks = {t["id"]: t for t in plan["tasks"]}
    offices = []
    for t in plan["tasks"]:
        if t["office"] not in offices:
            offices.append(t["office"])
    collect_as_of = datetime.date(2021, 7, 20)
    files, model = [], {}
    for office in offices:
        fmt = rng.choice(["xlsx", "csv"])
        r = run(duban, "--as-of", "2021-07-15", "forms", "--office", office, "--format", fmt, "-o", "out")
        assert r.returncode == 0, r.stderr
        src = f"out/第4轮-{office}-进展报送表.{fmt}"
        lead = [t for t in plan["tasks"] if t["office"] == office]
        spec = {"fill": {}, "reverse": rng.random() < 0.5, "blank_row": rng.random() < 0.3}
        delete = [t["id"] for t in lead if rng.random() < 0.2]
        spec["delete"] = delete
        for t in lead:
            if t["id"] in delete or rng.random() < 0.25:
                continue
            latest = (t.get("updates") or [{"progress": 0}])[-1]["progress"]
            p = rng.randint(latest, 100)
            word, status = status_word(rng, p)
            day = collect_as_of + datetime.timedelta(days=rng.randint(-3, 10))
            cells = {"本期进度（%）": typed_progress(rng, p), "状态": word,
                     "本期进展": rng.choice(["完成", "推进中期检查", "召开会议 3 次", "已印发"])}
            update = {"progress": p, "status": status, "note": cells["本期进展"]}
            if rng.random() < 0.7:
                cells["填报日期"] = typed_date(rng, day, fmt == "csv")
                update["date"] = day
            else:
                update["date"] = collect_as_of
            if rng.random() < 0.4:
                cells["填报人"] = rng.choice(["张三", "李 四"])
                update["by"] = cells["填报人"]
            if rng.random() < 0.3:
                cells["佐证材料"] = "文件一；文件二"
                update["evidence"] = ["文件一", "文件二"]
            if update["date"] < max(u["date"] for u in (t.get("updates") or [{"date": datetime.date(2000, 1, 1)}])):
                continue
            spec["fill"][str(t["id"])] = cells
            model.setdefault(t["id"], []).append(update)
        json.dump(spec, open("spec.json", "w", encoding="utf-8"), ensure_ascii=False)
        dst = f"filled-{len(files)}.{fmt}"
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, "fill_form.py"), src, dst, "spec.json"], check=True)
        files.append(dst)

    original = open("tasks.yaml", "rb").read()
    if rng.random() < 0.3 and model:
        # A bad value in one form stops everything.
        bad_spec = {"fill": {}}
        office = rng.choice([o for o in offices if any(t["office"] == o for t in plan["tasks"])])
        tid = next(t["id"] for t in plan["tasks"] if t["office"] == office)
        bad_spec["fill"][str(tid)] = {"本期进度（%）": rng.choice(["六成", "101", "-5", "60.5"])}
        json.dump(bad_spec, open("spec.json", "w", encoding="utf-8"), ensure_ascii=False)
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, "fill_form.py"),
                        f"out/第4轮-{office}-进展报送表.xlsx" if os.path.exists(f"out/第4轮-{office}-进展报送表.xlsx")
                        else f"out/第4轮-{office}-进展报送表.csv", "bad" + (".xlsx" if os.path.exists(f"out/第4轮-{office}-进展报送表.xlsx") else ".csv"), "spec.json"], check=True)
        bad = [f for f in os.listdir(".") if f.startswith("bad.")][0]
        r = run(duban, "--as-of", "2021-07-20", "collect", *files, bad)
        assert r.returncode == 3, (r.returncode, r.stdout, r.stderr)
        assert "本期进度 should be a whole number from 0 to 100" in r.stderr, r.stderr
        assert open("tasks.yaml", "rb").read() == original, "a refused batch changed the file"

    r = run(duban, "--as-of", "2021-07-20", "collect", *files)
    assert r.returncode == 0, (r.stdout, r.stderr)
    after = {t["id"]: t for t in yaml.safe_load(open("tasks.yaml", encoding="utf-8"))["tasks"]}
    for tid, t in tasks.items():
        want = (t.get("updates") or []) + model.get(tid, [])
        got = after[tid].get("updates") or []
        assert got == want, (tid, got, want)
    once = open("tasks.yaml", "rb").read()
    r = run(duban, "--as-of", "2021-07-20", "collect", *files)
    assert r.returncode == 0 and open("tasks.yaml", "rb").read() == once, (r.stdout, r.stderr)
    return sum(len(v) for v in model.values())


def main():
    duban, fixture, work, rounds, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    rng = random.Random(seed)
    total = 0
    for i in range(rounds):
        try:
            total += one_round(duban, os.path.abspath(fixture), work, rng)
        except AssertionError as e:
            print(f"round {i} (seed {seed}) failed: {e}")
            return 1
    print(f"{rounds} rounds, {total} updates collected as the model says")
    return 0


if __name__ == "__main__":
    sys.exit(main())
