#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds, and runs the whole test suite,
# first in a normal build, then the Debian package made from it (packaging/check-package.sh),
# then each libFuzzer target for a minute in a clang build (scripts/fuzz.sh), then the tests
# in a build with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc)
section() { echo; echo "======== test.sh: $* ========"; }

section "dependencies"
scripts/install-deps.sh

section "Release build and tests (build/)"
scripts/build.sh build
ctest --test-dir build --output-on-failure --parallel "$jobs"

section "Debian package (packaging/check-package.sh)"
packaging/check-package.sh build

section "fuzz targets, 60 s each (scripts/fuzz.sh, build-fuzz/)"
scripts/fuzz.sh build-fuzz 60

section "ASan + UBSan build and tests (build-sanitize/)"
scripts/build.sh build-sanitize -DPARSCORE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure --parallel "$jobs"
