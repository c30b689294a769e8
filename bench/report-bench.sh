#!/usr/bin/env bash
# Measures the batch of scorecards (issue 12: 150 agencies in under 20 s, goal 5 s) against
# the plain alternative in the same run: the same cards printed one process per agency
# (`report --agency C`, what an inspector would script without the batch). Whole-process
# times and peak memory from /usr/bin/time; each figure the median of RUNS runs (default 3),
# the batch and the plain loop taking turns.
# Usage: bench/report-bench.sh [BUILD_DIR] [COUNT]   (default: build 150)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
count=${2:-150}
runs=${RUNS:-3}
cli="$build/app/parscore-cli"
makeparx="$build/tests/parscore_makeparx"
for tool in "$cli" "$makeparx" /usr/bin/time; do
    [ -x "$tool" ] || { echo "report-bench: $tool is missing (build first; install the 'time' package)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$makeparx" --out "$work/agencies" --count "$count" --seed 2026 --sealed 100 >/dev/null
province="$work/province.parx"
"$cli" merge -o "$province" "$work/agencies" >/dev/null
codes=$("$cli" overview "$province" --json | /usr/bin/python3 -c \
    'import json, sys; print("\n".join(r["agencyCode"] for r in json.load(sys.stdin)["assessments"]))')

# One card per process, every agency in turn.
cat >"$work/plain.sh" <<PLAIN
#!/usr/bin/env bash
set -e
mkdir -p "$work/one"
for code in $(echo $codes); do "$cli" report "$province" --agency "\$code" --layer "\$1" -o "$work/one/\$code.pdf"; done
PLAIN
chmod +x "$work/plain.sh"

source bench/timing.sh

printf '%s\n' "machine: $(nproc) cores, $(uname -r); $count agencies"
printf '%-44s %10s %12s %10s\n' "measure" "wall s" "ms per card" "peak MiB"
for layer in self final; do
    for ((i = 0; i < runs; i++)); do
        read -r bwall bmem < <(timed ":" "$cli" report "$province" --all --layer "$layer" -o "$work/all.pdf")
        read -r pwall pmem < <(timed ":" "$work/plain.sh" "$layer")
        echo "$bwall $bmem $pwall $pmem $(awk -v b="$bwall" -v p="$pwall" 'BEGIN { print b / p }')"
    done >"$work/pairs"
    pages=$(/usr/bin/python3 -c 'import re, sys; print(len(re.findall(rb"/Type\s*/Page\b(?!s)", open(sys.argv[1], "rb").read())))' "$work/all.pdf")
    awk -v n="$count" -v l="$layer" -v pages="$pages" -v bw="$(median "$work/pairs" 1)" -v bm="$(median "$work/pairs" 2)" \
        -v pw="$(median "$work/pairs" 3)" -v pm="$(median "$work/pairs" 4)" -v r="$(median "$work/pairs" 5)" 'BEGIN {
        printf "%-44s %10.2f %12.1f %10.1f\n", "report --all --layer " l " (one PDF, " pages " pages)", bw, bw * 1000 / n, bm / 1024
        printf "%-44s %10.2f %12.1f %10.1f\n", "report --agency C, one process each", pw, pw * 1000 / n, pm / 1024
        printf "%-44s %10.2f\n", "ratio batch / one process each (per pair)", r }'
done
