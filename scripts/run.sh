#!/usr/bin/env bash
# The main job: install what building and running need (not the test tools: scripts/test.sh
# installs those), build, and print the dispatch report (调度情况表) of the shipped tasks.yaml as
# plain text aligned by display width. Extra arguments go to the report: scripts/run.sh
# --format md, scripts/run.sh --leader 何军.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh -DBUILD_TESTING=OFF
exec build/duban -f tasks.yaml report dispatch "$@"
