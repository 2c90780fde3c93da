#!/usr/bin/env bash
# The import corpus: every table under tests/fixtures/tables/ imports to exactly its .yaml, and
# the same table as .docx (python3-docx), .xlsx (openpyxl) and .xls (LibreOffice's conversion
# of that .xlsx, made afresh when soffice is installed, and committed as ledger.xls) imports
# to exactly its expected file too. A table's arguments are in NAME.args,
# else --year 2021.
set -uo pipefail
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tables="$FIXTURES/tables"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() {  # check TABLE EXPECTED ARGS...
    local table=$1 expected=$2
    shift 2
    if ! "$DUBAN" import "$table" "$@" >"$work/out.yaml" 2>"$work/err"; then
        fail "$(basename "$table"): import failed: $(cat "$work/err")"
    elif ! diff -u "$expected" "$work/out.yaml" >"$work/diff"; then
        fail "$(basename "$table") differs from $(basename "$expected"):
$(cat "$work/diff")"
    fi
}

count=0
for table in "$tables"/*.tsv "$tables"/*.csv "$tables"/*.txt; do
    name=${table%.*}
    args=(--year 2021)
    [ -f "$name.args" ] && read -ra args <"$name.args"
    check "$table" "$name.yaml" "${args[@]}"
    count=$((count + 1))
done
[ "$count" -ge 12 ] || fail "only $count tables in the corpus"

/usr/bin/python3 "$SOURCE/tests/scripts/make_office_tables.py" "$work" || fail "python3-docx/openpyxl"
check "$work/ledger.docx" "$tables/ledger.docx.yaml"
check "$work/ledger.xlsx" "$tables/ledger.xlsx.yaml"
# ledger.xls is what soffice --convert-to xls made of ledger.xlsx, committed so that .xls is
# checked where LibreOffice is not installed; where it is, the conversion is made afresh too.
check "$tables/ledger.xls" "$tables/ledger.xls.yaml"
if command -v soffice >/dev/null; then
    (cd "$work" && HOME="$work" timeout 300 soffice --headless --convert-to xls ledger.xlsx \
        >/dev/null 2>&1) || fail "soffice could not convert ledger.xlsx to .xls"
    check "$work/ledger.xls" "$tables/ledger.xls.yaml"
else
    echo "soffice not installed: .xls not checked"
fi

[ "$failures" -eq 0 ] && echo "all $count tables and the Office files import as expected"
exit $((failures > 0))
