#!/bin/bash
# Ten offices mark tasks on their own branches; the branches are merged one after another,
# once with duban's merge driver (no conflict may arise, every update must survive, the result
# must pass duban check) and once with plain git (its conflicts are counted and printed; the
# count is recorded in docs/git.md). Then a true conflict: the same field changed two ways.
set -euo pipefail
: "${DUBAN:?} ${SOURCE:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bindir=$(mktemp -d "$work/bin.XXXX")
ln -s "$DUBAN" "$bindir/duban"
export PATH="$bindir:$PATH"
export GIT_AUTHOR_DATE="2021-07-20T09:00:00+08:00" GIT_COMMITTER_DATE="2021-07-20T09:00:00+08:00"
export GIT_CONFIG_NOSYSTEM=1 HOME="$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

# new_repo DIR: the shipped 33-task plan, committed on main.
new_repo() {
    git init -q -b main "$1"
    git -C "$1" config user.name 督导股
    git -C "$1" config user.email dudao@example.cn
    cp "$SOURCE/tasks.yaml" "$1/tasks.yaml"
    git -C "$1" add tasks.yaml
    git -C "$1" commit -qm "33 项任务"
}

# Branch N: "ID DATE PROGRESS" triples, each a duban mark by office N.
branches=(
    "3 2021-05-10 20"
    "3 2021-07-10 60"
    "6 2021-06-30 40|7 2021-06-30 35"
    "12 2021-04-15 10|12 2021-06-15 30"
    "12 2021-05-20 25"
    "20 2021-07-01 50"
    "3 2021-06-01 40|20 2021-05-01 20"
    "25 2021-07-15 70"
    "30 2021-03-01 10|31 2021-03-01 15"
    "33 2021-07-18 90"
)

make_branches() {
    local repo=$1 n
    for n in "${!branches[@]}"; do
        git -C "$repo" checkout -q -b "office$n" main
        IFS='|' read -ra marks <<<"${branches[$n]}"
        for m in "${marks[@]}"; do
            read -r id date progress <<<"$m"
            (cd "$repo" && duban mark "$id" --progress "$progress" --date "$date" \
                --note "第${n}组于${date}报送" --by "office$n" --force >/dev/null)
        done
        git -C "$repo" commit -qam "office$n 报送进展"
    done
    git -C "$repo" checkout -q main
}

# With the driver.
with="$work/with"
new_repo "$with"
(cd "$with" && duban git-setup >/dev/null && duban git-setup | grep -q "already has") ||
    fail "git-setup is not idempotent"
[ "$(grep -c 'merge=duban' "$with/.gitattributes")" = 1 ] || fail ".gitattributes line twice"
git -C "$with" add .gitattributes && git -C "$with" commit -qm "merge tasks.yaml with duban"
make_branches "$with"
for n in "${!branches[@]}"; do
    git -C "$with" merge -q --no-edit "office$n" >/dev/null 2>&1 || fail "driver: office$n conflicted"
done
(cd "$with" && duban check >/dev/null) || fail "driver: duban check is not clean"
expected=0
for n in "${!branches[@]}"; do
    IFS='|' read -ra marks <<<"${branches[$n]}"
    for m in "${marks[@]}"; do
        read -r id date progress <<<"$m"
        expected=$((expected + 1))
        (cd "$with" && duban show "$id") | grep -q "  $date  $progress%  .*office$n" ||
            fail "driver: task $id lost office$n's update of $date"
    done
done
got=$(grep -c '^      - date:' "$with/tasks.yaml")
[ "$got" = "$expected" ] || fail "driver: $got updates in the merged file, expected $expected"
# Task 3's four updates, from four branches, in date order.
order=$(cd "$with" && duban show 3 | grep -o '^  2021-[0-9-]*' | tr -d ' ' | tr '\n' ' ')
[ "$order" = "2021-05-10 2021-06-01 2021-07-10 " ] || fail "driver: task 3 out of order: $order"
# Nothing outside the updates moved: the merged file minus its update lines is the original.
diff <(grep -v '^      \|^      - ' "$with/tasks.yaml" | grep -v '^    updates:$') \
     "$SOURCE/tasks.yaml" >/dev/null || fail "driver: lines outside the updates changed"

# Without the driver: the same merges with plain git, each conflict resolved with duban merge
# on git's three stages so that main goes on exactly as above.
plain="$work/plain"
new_repo "$plain"
make_branches "$plain"
merges=0 hunks=0
for n in "${!branches[@]}"; do
    if ! git -C "$plain" merge -q --no-edit "office$n" >/dev/null 2>&1; then
        merges=$((merges + 1))
        hunks=$((hunks + $(grep -c '^<<<<<<<' "$plain/tasks.yaml")))
        for s in 1 2 3; do git -C "$plain" show ":$s:tasks.yaml" >"$work/stage$s"; done
        duban merge "$work/stage1" "$work/stage2" "$work/stage3" -o "$plain/tasks.yaml" ||
            fail "duban merge failed on git's stages for office$n"
        git -C "$plain" add tasks.yaml && git -C "$plain" commit -qm "merge office$n" --no-edit
    fi
done
cmp -s "$plain/tasks.yaml" "$with/tasks.yaml" || fail "resolving with duban merge gave another file"
echo "plain git: $merges of ${#branches[@]} merges conflicted, $hunks conflict hunks in all"
[ "$merges" -gt 0 ] || fail "plain git raised no conflict: the scenario tests nothing"

# A true conflict: office of task 5 changed two ways, while each side also adds an update.
conflict="$work/conflict"
new_repo "$conflict"
(cd "$conflict" && duban git-setup >/dev/null) && git -C "$conflict" add .gitattributes &&
    git -C "$conflict" commit -qm setup
git -C "$conflict" checkout -q -b a main
sed -i '/^  - id: 5$/,/^$/s/^    office: .*/    office: 基教股/' "$conflict/tasks.yaml"
(cd "$conflict" && duban mark 2 -p 30 -d 2021-06-01 --by a >/dev/null)
git -C "$conflict" commit -qam "a"
git -C "$conflict" checkout -q -b b main
sed -i '/^  - id: 5$/,/^$/s/^    office: .*/    office: 人事股/' "$conflict/tasks.yaml"
(cd "$conflict" && duban mark 4 -p 40 -d 2021-06-02 --by b >/dev/null)
git -C "$conflict" commit -qam "b"
git -C "$conflict" checkout -q main
git -C "$conflict" merge -q --no-edit a >/dev/null 2>&1 || fail "conflict: merging a alone failed"
if git -C "$conflict" merge -q --no-edit b >"$work/out" 2>&1; then fail "conflict: b merged cleanly"; fi
markers=$(grep -B2 -A4 '^<<<<<<<' "$conflict/tasks.yaml")
[ "$markers" = "    title: 稳步推动“信息技术应用能力提升工程2.0区域试点县”工作，积极推进“智慧校园”建设。
    leaders: [蔡亚利]
<<<<<<< ours
    office: 基教股
=======
    office: 人事股
>>>>>>> theirs" ] || fail "conflict: markers are not around the office line alone: $markers"
[ "$(grep -c '^<<<<<<<' "$conflict/tasks.yaml")" = 1 ] || fail "conflict: more than one marker"
grep -q 'by: a' "$conflict/tasks.yaml" && grep -q 'by: b' "$conflict/tasks.yaml" ||
    fail "conflict: the updates of both sides were not both kept"
git -C "$conflict" show :1:tasks.yaml >"$work/b1"
git -C "$conflict" show :2:tasks.yaml >"$work/b2"
git -C "$conflict" show :3:tasks.yaml >"$work/b3"
set +e
duban merge "$work/b1" "$work/b2" "$work/b3" 2>"$work/err"
status=$?
set -e
[ "$status" = 1 ] || fail "conflict: duban merge exited $status, not 1"
grep -q '第5项 office' "$work/err" || fail "conflict: the message does not name task 5's office"
echo "merge driver: ${#branches[@]} branches merged cleanly, $expected updates kept; true conflict marked"
