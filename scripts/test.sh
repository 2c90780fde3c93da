#!/usr/bin/env bash
# The whole test suite: unit tests and CLI transcripts, in a normal build and (with --sanitize)
# again under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh -DBUILD_TESTING=ON -DDUBAN_WERROR="${DUBAN_WERROR:-OFF}"
ctest --test-dir build --output-on-failure
if [ "${1:-}" = "--sanitize" ]; then
  BUILD_DIR=build-asan BUILD_TYPE=Debug scripts/build.sh -DDUBAN_SANITIZE=ON
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure
fi
