#!/bin/bash
# Merges git cannot finish must not look finished, and git-setup registers a driver that works:
#  - both branches add tasks.yaml (git gives the driver an empty base): a two-way merge keeps
#    both sides' updates, and a key the sides hold differently is a marked conflict;
#  - a side that does not load: the file is left with both sides between conflict markers,
#    git reports a conflict, and duban refuses to load it until a person resolves it;
#  - git-setup registers this binary's absolute path, so merges work with duban off PATH;
#  - a file name with a space gets a quoted .gitattributes line that git applies.
set -u
: "${DUBAN:?} ${FIXTURES:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 HOME="$work" GIT_AUTHOR_DATE="2021-07-20T09:00:00+08:00"
export GIT_COMMITTER_DATE="$GIT_AUTHOR_DATE"
# duban is NOT on PATH: only git and the shell tools.
export PATH=/usr/bin:/bin
status=0
fail() { echo "FAIL: $*"; status=1; }

new_repo() {  # new_repo DIR FILE: an empty repository with duban registered for FILE
    git init -q -b main "$1"
    git -C "$1" config user.name 督导股
    git -C "$1" config user.email dudao@example.cn
    git -C "$1" commit -q --allow-empty -m start
    touch "$1/$2"
    (cd "$1" && "$DUBAN" -f "$2" git-setup > "$work/setup.out") || { fail "git-setup:"; cat "$work/setup.out"; }
    rm "$1/$2"
    git -C "$1" add .gitattributes && git -C "$1" commit -qm "merge with duban"
}
mark() { (cd "$1" && "$DUBAN" -f "$2" mark "$3" --progress "$4" --date "$5" --by "$6" >/dev/null); }

# 1. add/add with the driver registered by absolute path; duban is not on PATH.
r="$work/addadd"
new_repo "$r" tasks.yaml
grep -q "merge.duban.driver = $DUBAN merge %O %A %B --name %P" "$work/setup.out" ||
    { fail "git-setup did not register the absolute path:"; cat "$work/setup.out"; }
grep -q "git merges and diffs tasks.yaml with duban" "$work/setup.out" || fail "git-setup did not confirm"
git -C "$r" checkout -q -b a main
cp "$FIXTURES/progress.yaml" "$r/tasks.yaml" && mark "$r" tasks.yaml 6 50 2021-07-12 甲股
git -C "$r" add tasks.yaml && git -C "$r" commit -qm a
git -C "$r" checkout -q -b b main
cp "$FIXTURES/progress.yaml" "$r/tasks.yaml" && mark "$r" tasks.yaml 2 60 2021-07-13 乙股
git -C "$r" add tasks.yaml && git -C "$r" commit -qm b
git -C "$r" merge -q --no-edit a > "$work/m.out" 2>&1 || { fail "add/add did not merge:"; cat "$work/m.out"; }
grep -q 'by: 甲股' "$r/tasks.yaml" && grep -q 'by: 乙股' "$r/tasks.yaml" ||
    fail "add/add: an update was lost"
"$DUBAN" -f "$r/tasks.yaml" check >/dev/null || fail "add/add: the result does not check"

# 2. add/add with a key the sides hold differently: a marked conflict, git stops.
git -C "$r" checkout -q -b c main
sed 's/^  title: .*/  title: 甲的标题/' "$FIXTURES/progress.yaml" > "$r/tasks.yaml"
git -C "$r" add tasks.yaml && git -C "$r" commit -qm c
git -C "$r" checkout -q -b d main
sed 's/^  title: .*/  title: 乙的标题/' "$FIXTURES/progress.yaml" > "$r/tasks.yaml"
git -C "$r" add tasks.yaml && git -C "$r" commit -qm d
if git -C "$r" merge -q --no-edit c > "$work/m.out" 2>&1; then fail "a real add/add conflict merged cleanly"; fi
[ "$(grep -c '^<<<<<<<' "$r/tasks.yaml")" = 1 ] || fail "add/add conflict: expected one marker"
grep -q '^  title: 甲的标题$' "$r/tasks.yaml" && grep -q '^  title: 乙的标题$' "$r/tasks.yaml" ||
    fail "add/add conflict: a side is missing"
git -C "$r" merge --abort

# 3. A side that does not load: both sides whole between markers; duban refuses the file.
git -C "$r" checkout -q -b e main
cp "$FIXTURES/progress.yaml" "$r/tasks.yaml"
git -C "$r" add tasks.yaml && git -C "$r" commit -qm e
git -C "$r" checkout -q -b f e
sed -i 's/^    office: 基教股$/    office 基教股/' "$r/tasks.yaml"  # broken by hand
git -C "$r" commit -qam f
git -C "$r" checkout -q e
mark "$r" tasks.yaml 6 50 2021-07-12 本方
git -C "$r" commit -qam "e marks"
if git -C "$r" merge -q --no-edit f > "$work/m.out" 2>&1; then fail "a side that does not load merged"; fi
grep -q "left both sides of tasks.yaml between conflict markers" "$work/m.out" ||
    { fail "the driver did not say what it left:"; cat "$work/m.out"; }
head -1 "$r/tasks.yaml" | grep -q '^<<<<<<< ours: duban merge could not merge this file' ||
    fail "no conflict marker at the top of the file"
"$DUBAN" -f "$r/tasks.yaml" check > "$work/c.out" 2>&1
[ $? = 3 ] && grep -q 'line 1 holds an unresolved merge conflict (<<<<<<<)' "$work/c.out" ||
    { fail "duban does not refuse the conflicted file:"; cat "$work/c.out"; }
git -C "$r" merge --abort

# 4. A file name with a space: a quoted pattern, which git applies, and the merge works.
s="$work/space"
new_repo "$s" "my tasks.yaml"
grep -qx '"/my tasks.yaml" merge=duban diff=duban' "$s/.gitattributes" ||
    { fail "the .gitattributes line is not quoted:"; cat "$s/.gitattributes"; }
[ "$(git -C "$s" check-attr merge -- 'my tasks.yaml')" = "my tasks.yaml: merge: duban" ] ||
    fail "git does not apply the driver to 'my tasks.yaml'"
cp "$FIXTURES/progress.yaml" "$s/my tasks.yaml"
git -C "$s" add . && git -C "$s" commit -qm base
git -C "$s" checkout -q -b a && mark "$s" "my tasks.yaml" 6 50 2021-07-12 甲股 && git -C "$s" commit -qam a
git -C "$s" checkout -q -b b main && mark "$s" "my tasks.yaml" 2 60 2021-07-13 乙股 && git -C "$s" commit -qam b
git -C "$s" merge -q --no-edit a > "$work/m.out" 2>&1 || { fail "space: the merge failed:"; cat "$work/m.out"; }
grep -q 'by: 甲股' "$s/my tasks.yaml" && grep -q 'by: 乙股' "$s/my tasks.yaml" || fail "space: an update was lost"

# 5. git-setup tells the truth: a later line turning the driver off makes it fail.
echo '/tasks.yaml -merge' >> "$r/.gitattributes"
(cd "$r" && "$DUBAN" git-setup > "$work/setup.out" 2>&1)
[ $? = 3 ] && grep -q "git still gives tasks.yaml merge=unset" "$work/setup.out" ||
    { fail "git-setup claimed success with the driver overridden:"; cat "$work/setup.out"; }

[ "$status" -eq 0 ] && echo "ok: add/add merges two-way, failed merges leave markers, git-setup registers a working driver"
exit $status
