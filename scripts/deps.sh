#!/usr/bin/env bash
# Installs the Debian 12 packages duban needs to build and test, and nothing else.
# Only what is missing is installed, so a second run costs a second. Needs root (or sudo).
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  libcli11-dev libyaml-dev libfmt-dev libutf8proc-dev nlohmann-json3-dev
  libkainjow-mustache-dev libxlsxwriter-dev libzip-dev libpugixml-dev libfreexl-dev
  scdoc gzip
  gettext  # msgfmt compiles po/*.po; xgettext and msgmerge for scripts/update-po.sh
  # packaging (cpack -G DEB works out Depends with dpkg-shlibdeps, and finds binaries with file)
  dpkg-dev file
  # tests
  doctest-dev python3 python3-openpyxl python3-docx libreoffice-calc-nogui
  time  # GNU time: test_hostile_sizes.sh measures processor time
  # run time: diff, log, --rev and the merge driver read history through git
  git
  chromium poppler-utils fonts-noto-cjk
  man-db groff-base zsh fish
  # fault injection (read errors, a write held up) and file attributes in the safety tests
  strace acl attr
)

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
