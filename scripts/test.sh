#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds, and runs the whole test suite,
# first in a normal build, then the Debian package made from it (packaging/check-package.sh),
# then in a build with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc)
scripts/install-deps.sh

scripts/build.sh build
ctest --test-dir build --output-on-failure --parallel "$jobs"
packaging/check-package.sh build

scripts/build.sh build-sanitize -DPARSCORE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure --parallel "$jobs"
