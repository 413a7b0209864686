#!/usr/bin/env bash
# Installs the Debian packages Spry needs (if missing), builds it into build/, and runs a
# sample program. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build gcc clang python3 python3-dev pkg-config binutils
          libmimalloc-dev libffi-dev libgmp-dev libcmocka-dev
          zlib1g-dev unicode-data libbz2-dev liblzma-dev libsqlite3-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# Profile-guided build (see SPRY_PGO in CMakeLists.txt): an instrumented spry first, its
# training runs, then the whole build compiled with their profiles.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPRY_PGO=GENERATE
cmake --build build --target spry
tools/pgo_train.sh build
cmake -S . -B build -DSPRY_PGO=USE
cmake --build build
build/spry examples/hello.py
