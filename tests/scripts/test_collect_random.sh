#!/bin/bash
# Random forms filled in random ways: after collect, tasks.yaml equals the model of what the
# offices typed (tests/scripts/collect_random.py). The seed changes with each run unless
# COLLECT_SEED is set; a failure prints it.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=${COLLECT_SEED:-$RANDOM}
echo "seed $seed"
/usr/bin/python3 "$SOURCE/tests/scripts/collect_random.py" "$DUBAN" "$FIXTURES/progress.yaml" \
    "$work/round" "${COLLECT_ROUNDS:-3}" "$seed"
