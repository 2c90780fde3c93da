#!/usr/bin/env bash
# The main job: install what is missing, build, and show the shipped tasks.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec build/duban -f tasks.yaml list "$@"
