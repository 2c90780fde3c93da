#!/usr/bin/env bash
# Installs the Debian 12 packages duban needs, and nothing else:
#   scripts/deps.sh        what building and running need (scripts/run.sh)
#   scripts/deps.sh test   that, and what the tests, the .deb check and CI use (scripts/test.sh)
#   scripts/deps.sh bench  that, and what bench/ needs to compare duban with Taskwarrior
# Only what is missing is installed, so a second run costs a second. Needs root (or sudo).
set -euo pipefail

run=(
  # build
  cmake ninja-build g++ pkg-config
  libcli11-dev libyaml-dev libfmt-dev libutf8proc-dev nlohmann-json3-dev
  libkainjow-mustache-dev libxlsxwriter-dev libzip-dev libpugixml-dev libfreexl-dev libgsf-1-dev
  scdoc gzip  # the man pages
  gettext  # msgfmt compiles po/*.po; xgettext and msgmerge for scripts/update-po.sh
  python3  # the Chinese man pages get their line-break points from scripts/man_cjk_breaks.py
  # run time: diff, log, --rev and the merge driver read history through git
  git
)
test=(
  # the unit tests and the transcripts (scripts/run.sh configures with BUILD_TESTING=OFF)
  doctest-dev
  # packaging (cpack -G DEB works out Depends with dpkg-shlibdeps, and finds binaries with file)
  dpkg-dev file
  # independent oracles: xlsx read back, HTML printed to PDF and read back, the man pages
  python3-openpyxl chromium poppler-utils fonts-noto-cjk man-db groff-base
  # completion in every shell it ships for; the README's Markdown rendered (test_markdown)
  zsh fish pandoc
  # read the .docx reports and forms back, print them with LibreOffice, read tasks.yaml back
  python3-docx python3-yaml libreoffice-calc-nogui libreoffice-writer-nogui
  # Calibri's metrics (Excel's and WPS's default font) for LibreOffice, so a workbook's column
  # widths print as on a clerk's machine (test_report_xlsx_print)
  fonts-crosextra-carlito
  time  # GNU time: test_hostile_sizes.sh measures processor time
  # fault injection (read errors, a write held up) and file attributes in the safety tests
  strace acl attr
  tmux  # a real terminal of a chosen width for test_list_fits_terminal.sh
)
bench=(
  # bench/compare.sh and bench/growth.sh: timing, Taskwarrior to compare with, GNU time for
  # peak memory, perf for the profiles docs/benchmarks.md quotes
  hyperfine taskwarrior time linux-perf
)

case "${1:-run}" in
  run) packages=("${run[@]}") ;;
  test) packages=("${run[@]}" "${test[@]}") ;;
  bench) packages=("${run[@]}" "${bench[@]}") ;;
  *) echo "usage: scripts/deps.sh [run|test|bench]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
