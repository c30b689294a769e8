#!/usr/bin/env bash
# Measures the province-scale targets of design.md, each against the best plain alternative
# in the same run, with whole-process times and peak memory from /usr/bin/time:
#   - merging N agency files (a full self-assessment, a 60 KiB document each, a third of them
#     sealed, as parscore_makeparx makes them with the core the CLI uses) against
#     bench/plaincopy.py, a one-transaction SQLite copy of the same files with no validation;
#   - overview of the largest province file merged;
#   - show, log, verify and check --deep of a file holding 200 MB of evidence.
# Usage: bench/merge-bench.sh [BUILD_DIR] [COUNT...]   (default: build 150 1500 3321)
# Each figure is the median of RUNS runs (default 5); the merge and the plain copy take turns
# (A B A B ...) and the ratio is the median of each pair's, so that a machine whose speed
# drifts during the run moves both sides alike. Needs /usr/bin/time (package "time").
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(150 1500 3321)
runs=${RUNS:-5}
cli="$build/app/parscore-cli"
makeparx="$build/tests/parscore_makeparx"
python=/usr/bin/python3
for tool in "$cli" "$makeparx" /usr/bin/time "$python"; do
    [ -x "$tool" ] || { echo "merge-bench: $tool is missing (build first; install the 'time' package)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source bench/timing.sh

# Runs a command RUNS times (each after PREPARE); prints "median-wall-seconds median-peak-KiB".
measure() {
    local i
    for ((i = 0; i < runs; i++)); do timed "$@"; done >"$work/runs"
    echo "$(median "$work/runs" 1) $(median "$work/runs" 2)"
}

printf '%s\n' "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -r)"
printf '%-34s %10s %12s %10s\n' "measure" "wall s" "ms per file" "peak MiB"
largest=""
for count in "${counts[@]}"; do
    files="$work/agencies-$count"
    "$makeparx" --out "$files" --count "$count" --seed 2026 --document-kib 60 --sealed 33 >/dev/null
    for ((i = 0; i < runs; i++)); do
        read -r mwall mmem < <(timed "rm -f '$work/province.parx'" "$cli" merge -o "$work/province.parx" "$files")
        read -r pwall pmem < <(timed "rm -f '$work/plain.sqlite'" "$python" bench/plaincopy.py "$work/plain.sqlite" "$files"/*.parx)
        echo "$mwall $mmem $pwall $pmem $(awk -v m="$mwall" -v p="$pwall" 'BEGIN { print m / p }')"
    done >"$work/pairs"
    awk -v n="$count" -v mw="$(median "$work/pairs" 1)" -v mm="$(median "$work/pairs" 2)" \
        -v pw="$(median "$work/pairs" 3)" -v pm="$(median "$work/pairs" 4)" -v r="$(median "$work/pairs" 5)" 'BEGIN {
        printf "%-34s %10.2f %12.2f %10.1f\n", "merge " n " files (ParScore)", mw, mw * 1000 / n, mm / 1024
        printf "%-34s %10.2f %12.2f %10.1f\n", "plain copy " n " files", pw, pw * 1000 / n, pm / 1024
        printf "%-34s %10.2f\n", "ratio ParScore / plain (per pair)", r }'
    cp "$work/province.parx" "$work/province-$count.parx"
    largest="$work/province-$count.parx"
    rm -rf "$files"
done

read -r owall omem < <(measure ":" "$cli" overview "$largest" --json)
printf '%-34s %10.2f %12s %10.1f\n' "overview of ${counts[-1]} assessments" "$owall" "" "$(awk -v m="$omem" 'BEGIN { printf "%.1f", m / 1024 }')"

# A file with 200 MB of evidence: reading commands must not grow with it.
big="$work/big.parx"
head -c $((200 * 1024 * 1024)) /dev/urandom >"$work/scan.pdf"
"$cli" new --criteria builtin:vn.ninhbinh.par.so --agency-code STP --agency-name "Sở Tư pháp" --group so \
    --year 2026 -o "$big" >/dev/null
"$cli" evidence add "$big" --node 1.1.1 "$work/scan.pdf" >/dev/null
"$cli" seal "$big" >/dev/null
rm -f "$work/scan.pdf"
for command in show log verify "check --deep"; do
    # shellcheck disable=SC2086
    read -r wall mem < <(measure ":" "$cli" $command "$big")
    printf '%-34s %10.2f %12s %10.1f\n' "$command (200 MB of evidence)" "$wall" "" "$(awk -v m="$mem" 'BEGIN { printf "%.1f", m / 1024 }')"
done
