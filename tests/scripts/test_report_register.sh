#!/usr/bin/env bash
# The official register of the bulletin and the dispatch report in txt, md, html and docx, read
# as a reader sees it (tests/scripts/check_register.py): sentences end with 。, no half-width
# space in duban's own wording, the same items in every format, and collective owners never
# named for a measure aimed at a person, never listed as failing to report, never grouped with
# named offices. At fixed dates: the shipped plan mid-year, the progress fixture, a six-round
# year at its end and after it, and the shipped plan with more collective owners (two tasks of
# the director's meeting that share their grounds, one of 各有关单位 with a named leader, and
# one of a collective named in plan.collective).
# Needs python3-docx (scripts/deps.sh).
set -uo pipefail
: "${DUBAN:?}" "${FIXTURES:?}" "${SOURCE:?}"
export LC_ALL=C.UTF-8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { /usr/bin/python3 "$SOURCE/tests/scripts/check_register.py" "$DUBAN" "$@" || fail=1; }

check "$SOURCE/tasks.yaml" 2021-07-20
check "$FIXTURES/progress.yaml" 2021-07-15
check "$FIXTURES/year-end.yaml" 2021-12-31 全体班子成员
check "$FIXTURES/year-end.yaml" 2022-01-15 全体班子成员

# Task 24 led by the director's meeting for every office, task 18 by 各有关单位 under 杨宏发.
awk '/^  - id: 24$/ {t = 24} /^  - id: 18$/ {t = 18} /^  - id: (25|19)$/ {t = 0}
     t == 24 && /^    leaders:/ {print "    leaders: [局长办公会成员]"; next}
     t == 24 && /^    office:/ {print "    office: 各科室"; next}
     t == 18 && /^    office:/ {print "    office: 各有关单位"; next}
     {print}' "$SOURCE/tasks.yaml" >"$work/collective.yaml"
[ "$(grep -c -E 'office: (各科室|各有关单位)$' "$work/collective.yaml")" -eq 2 ] ||
  { echo "collective.yaml: tasks 18 and 24 were not changed" >&2; fail=1; }
check "$work/collective.yaml" 2021-07-20
check "$work/collective.yaml" 2021-12-31

# A collective the plan names itself (plan.collective): task 8 led by 教育督导委员会 under the
# director's meeting is grouped with tasks 1 and 24, and never named.
awk '/^  dispatch_months:/ {print; print "  collective: [教育督导委员会]"; next}
     /^  - id: 8$/ {t = 8} /^  - id: 9$/ {t = 0}
     t == 8 && /^    leaders:/ {print "    leaders: [局长办公会成员]"; next}
     t == 8 && /^    office:/ {print "    office: 教育督导委员会"; next}
     {print}' "$work/collective.yaml" >"$work/own.yaml"
[ "$(grep -c -E '^(  collective: \[|    office: )教育督导委员会\]?$' "$work/own.yaml")" -eq 2 ] ||
  { echo "own.yaml: plan.collective and task 8 were not changed" >&2; fail=1; }
check "$work/own.yaml" 2021-07-20 教育督导委员会
exit $fail
