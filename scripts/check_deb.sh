#!/usr/bin/env bash
# Builds the .deb from build/ (cpack -G DEB), installs it on this machine with apt-get (which
# pulls in its Depends), runs the installed duban on the shipped tasks.yaml, and removes it.
# Needs root (or sudo); run after scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

rm -f "$build"/duban_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/duban_*.deb)
echo "built $deb: Depends: $(dpkg-deb -f "$deb" Depends)"
# Nothing in the package may name a folder of the machine that built it (the source or build
# tree): an installed duban finds its templates and catalogues from its own location.
unpacked=$(mktemp -d)
dpkg-deb -x "$deb" "$unpacked"
for dir in "$PWD" "$(cd "$build" && pwd)"; do
    if grep -rlaF "$dir" "$unpacked" >&2; then
        echo "the files above name $dir, a folder of the build machine" >&2
        rm -rf "$unpacked"
        exit 1
    fi
done
rm -rf "$unpacked"
if dpkg-query -W -f='${Status}' duban 2>/dev/null | grep -q "install ok installed"; then
    echo "a duban package is already installed; not touching it" >&2
    exit 1
fi
trap '$sudo apt-get remove -y -qq duban >/dev/null' EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null

# Run from elsewhere, by name, as a user would: the packaged binary, not the build's.
cd /
[ "$(command -v duban)" = /usr/bin/duban ]
duban --version
duban -f "$OLDPWD/tasks.yaml" list >/dev/null
duban -f "$OLDPWD/tasks.yaml" list --format tsv | wc -l | grep -qx 34
# Installed in /usr while built for /usr/local: the templates are found beside the binary.
if [ -d "$OLDPWD/templates" ]; then
    [ "$(duban --template-dir)" = /usr/share/duban/templates ]
fi
duban -f "$OLDPWD/tasks.yaml" list --leader 何军 --format tsv | cut -f1 | tr '\n' ' '
echo
# The office libraries are opened on first use, not linked (docs/dependencies.md): the .deb
# depends on them, and the installed binary finds them for an .xls import, the ledger and a .docx.
duban import "$OLDPWD/tests/fixtures/tables/ledger.xls" | cmp - "$OLDPWD/tests/fixtures/tables/ledger.xls.yaml"
office=$(mktemp -d)
duban -f "$OLDPWD/tasks.yaml" --as-of 2021-07-15 report dispatch --format xlsx -o "$office/a.xlsx"
duban -f "$OLDPWD/tasks.yaml" --as-of 2021-07-15 report dispatch --format docx -o "$office/a.docx"
[ "$(head -c 2 "$office/a.xlsx")$(head -c 2 "$office/a.docx")" = PKPK ]
rm -rf "$office"
man -w duban >/dev/null
# The Chinese pages, where man looks for a reader in Chinese (-L: the locale may not be generated).
[ "$(man -L zh_CN.UTF-8 -w duban)" = /usr/share/man/zh_CN/man1/duban.1.gz ]
[ "$(man -L zh_CN.UTF-8 -w duban-tasks)" = /usr/share/man/zh_CN/man5/duban-tasks.5.gz ]
echo "the .deb installs, runs and uninstalls cleanly"
