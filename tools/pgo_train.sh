#!/usr/bin/env bash
# Training runs for profile-guided optimisation: runs an instrumented spry (built with
# -DSPRY_PGO=GENERATE) over the benchmarks and the core-language tests, so the profiles it
# leaves describe ordinary programs. Output and failures do not matter here, only which
# paths run; the tests themselves run later against the optimised build. GCC's profiles
# land beside the objects; a clang build's raw profiles are merged into BUILD_DIR/spry.profdata.
# Usage: tools/pgo_train.sh BUILD_DIR
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: tools/pgo_train.sh BUILD_DIR}
spry=$(realpath "$build/spry")
find "$build" -name '*.gcda' -delete   # counts from an older training would add up
rm -rf "$build/pgo-raw"
export LLVM_PROFILE_FILE="$(realpath "$build")/pgo-raw/spry-%4m.profraw"   # 4 files, merged online

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
if [ -d "$build/pgo-raw" ]; then
    cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
    major=$("$cc" -dumpversion | cut -d. -f1)   # the llvm-profdata of the same LLVM
    profdata=$(command -v "llvm-profdata-$major" || command -v llvm-profdata)
    "$profdata" merge -o "$build/spry.profdata" "$build"/pgo-raw/*.profraw
    echo "pgo: merged $(ls "$build"/pgo-raw | wc -l) raw profiles into $build/spry.profdata"
else
    echo "pgo: trained $(find "$build" -name '*.gcda' | wc -l) objects"
fi
