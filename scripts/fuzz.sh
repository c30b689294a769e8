#!/usr/bin/env bash
# CI's fuzz step (docs/fuzzing.md), called by scripts/test.sh after the Release tests:
# builds the libFuzzer targets in a clang build of their own (no GUI, no tests, only the
# fuzz_* targets and the core they link) and runs each on a copy of its seeds for a fixed
# time. Any crash, leak, timeout, out-of-memory or undefined behaviour fails the script;
# the input that caused it is kept in BUILD_DIR/fuzz-findings/ and named in the output.
# Usage: scripts/fuzz.sh [BUILD_DIR] [SECONDS_PER_TARGET]   (defaults: build-fuzz, 60)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build-fuzz}
seconds=${2:-60}
case "$seconds" in '' | *[!0-9]*) echo "usage: $0 [BUILD_DIR] [SECONDS_PER_TARGET]" >&2; exit 2 ;; esac

# The largest input each target is given: JSON files stay small, a .parx needs room for its
# pages (the seeds are 80–220 KiB).
declare -A max_len=([criteria]=65536 [answers]=16384 [parx]=262144 [merge]=262144)
targets=(criteria answers parx merge)

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

echo "=== fuzz: building ${targets[*]/#/fuzz_} with clang in $build_dir"
start=$SECONDS
CXX=clang++ CC=clang cmake -S . -B "$build_dir" -G Ninja -DPARSCORE_WERROR=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARSCORE_FUZZ=ON \
    -DPARSCORE_BUILD_GUI=OFF -DPARSCORE_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --target fuzz --parallel "$(nproc)"
echo "=== fuzz: built in $((SECONDS - start)) s"

findings="$build_dir/fuzz-findings"
rm -rf "$findings"
mkdir -p "$findings"
# The seeds are copied: libFuzzer adds the inputs it finds to its first folder, and the
# repository stays as committed.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=()
for t in "${targets[@]}"; do
    echo "=== fuzz: fuzz_$t for ${seconds} s on a copy of fuzz/corpus/$t (-max_len=${max_len[$t]})"
    mkdir "$work/$t"
    cp fuzz/corpus/"$t"/* "$work/$t/"
    log="$findings/fuzz_$t.log"
    if "$build_dir/fuzz/fuzz_$t" "$work/$t" -max_total_time="$seconds" -max_len="${max_len[$t]}" \
        -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$findings/fuzz_$t-" \
        -print_final_stats=1 >"$log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    else
        tail -n 80 "$log"
        failed+=("fuzz_$t")
        echo "=== fuzz: fuzz_$t FAILED; the input: $(ls "$findings"/fuzz_"$t"-* 2>/dev/null | tr '\n' ' ')"
    fi
done

echo "=== fuzz: done in $((SECONDS - start)) s"
if [ ${#failed[@]} -ne 0 ]; then
    echo "=== fuzz: FAILED: ${failed[*]} (docs/fuzzing.md: add a regression)" >&2
    exit 1
fi
