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

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
build/spry examples/hello.py
