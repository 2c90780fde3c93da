#!/usr/bin/env bash
# Start-up loads only what every command needs (docs/benchmarks.md, "Start-up"): the libraries
# for office files are opened when a command reads or writes one (src/store/shared_library.h),
# so commands on tasks.yaml never map them. The dynamic loader itself says what it maps
# (LD_DEBUG=files); the .xls import is the control that the check sees a library being opened.
set -uo pipefail
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plan="$SOURCE/tasks.yaml"

# Libraries no command on tasks.yaml needs: libgsf and everything it brings (GLib, GObject,
# GIO, libxml2, ICU) and libfreexl, for .xls; libzip (.docx, .xlsx) and libxlsxwriter (the
# ledger and forms), which bring libcrypto, libbz2, liblzma and libminizip.
heavy='libgsf-1|libglib-2|libgobject-2|libgio-2|libxml2|libicu|libfreexl|libzip|libxlsxwriter|libminizip|libcrypto|libbz2|liblzma'

loaded() {  # loaded ARGS...: the libraries the dynamic loader maps for one run, one a line
    LD_DEBUG=files "$DUBAN" "$@" 2>&1 >/dev/null |
        sed -n 's/.*file=\([^ ]*\) \[[0-9]*\];.*/\1/p' | sort -u
}

if readelf -d "$DUBAN" | grep NEEDED | grep -E "$heavy"; then
    fail "the binary is linked against the libraries above"
fi
for args in "--version" "-f $plan list" "-f $plan list --format json" \
    "-f $plan list --leader 何军 --format json" "-f $plan check" "-f $plan show 1"; do
    # shellcheck disable=SC2086
    mapped=$(loaded $args)
    [ -n "$mapped" ] || fail "duban $args: LD_DEBUG showed no library at all"
    if grep -E "$heavy" <<<"$mapped" >"$work/found"; then
        fail "duban $args maps $(tr '\n' ' ' <"$work/found")"
    fi
done
cp "$plan" "$work/tasks.yaml"
mapped=$(loaded -f "$work/tasks.yaml" mark 1 --progress 50 --date 2021-07-20 --note 启动)
if grep -E "$heavy" <<<"$mapped" >"$work/found"; then
    fail "duban mark maps $(tr '\n' ' ' <"$work/found")"
fi

# The control: importing an .xls opens libgsf and libfreexl, and the import still works.
mapped=$(loaded import "$FIXTURES/tables/ledger.xls" -o "$work/out.yaml")
for lib in libgsf-1 libfreexl; do
    grep -q "^$lib" <<<"$mapped" || fail "importing an .xls did not open $lib: $mapped"
done
diff -u "$FIXTURES/tables/ledger.xls.yaml" "$work/out.yaml" || fail "the .xls imported differently"
# Writing the ledger opens libxlsxwriter; a .docx report opens libzip; both files are written.
mapped=$(loaded -f "$plan" --as-of 2021-07-15 report dispatch --format xlsx -o "$work/台账.xlsx")
grep -q '^libxlsxwriter' <<<"$mapped" || fail "writing the ledger did not open libxlsxwriter"
[ "$(head -c 2 "$work/台账.xlsx")" = PK ] || fail "the ledger was not written"
mapped=$(loaded -f "$plan" --as-of 2021-07-15 report dispatch --format docx -o "$work/调度.docx")
grep -q '^libzip' <<<"$mapped" || fail "writing a .docx report did not open libzip"
[ "$(head -c 2 "$work/调度.docx")" = PK ] || fail "the .docx report was not written"

[ "$failures" -eq 0 ] && echo "start-up maps no office library" || exit 1
