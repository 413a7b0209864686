#!/usr/bin/env bash
# Training runs for profile-guided optimisation: runs an instrumented spry (built with
# -DSPRY_PGO=GENERATE) over the benchmarks and the core-language tests, so the profiles it
# leaves beside the objects describe ordinary programs. Output and failures do not matter
# here, only which paths run; the tests themselves run later against the optimised build.
# Usage: tools/pgo_train.sh BUILD_DIR
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: tools/pgo_train.sh BUILD_DIR}
spry=$(realpath "$build/spry")
find "$build" -name '*.gcda' -delete   # counts from an older training would add up

for f in bench/[a-z]*.py; do
    [ "$f" = bench/run.py ] && continue
    timeout 120 "$spry" "$f" >/dev/null 2>&1
done
for area in builtins classes containers exceptions functions generators coroutines ints floats \
            shapes specialize stdlib_collections stdlib_json re; do
    for f in tests/vm/$area/*.py; do
        (cd "$(dirname "$f")" && timeout 60 "$spry" "$(basename "$f")" >/dev/null 2>&1 </dev/null)
    done
done
echo "pgo: trained $(find "$build" -name '*.gcda' | wc -l) objects"
