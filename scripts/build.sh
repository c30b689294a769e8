#!/usr/bin/env bash
# Configures and builds ParScore into a build directory.
# Usage: scripts/build.sh [BUILD_DIR] [extra cmake -D options…]
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build}
shift || true
cmake -S . -B "$build_dir" -G Ninja -DPARSCORE_WERROR=ON "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
