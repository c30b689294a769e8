# The timing helpers of the benchmark scripts (sourced; they set `work` and `runs` first).

# Runs a command once after PREPARE; prints "wall-seconds peak-KiB".
timed() {
    local prepare=$1
    shift
    eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "$(basename "$0"): failed: $*" >&2
        cat "$work/stderr" >&2
        exit 1
    }
    cat "$work/time"
}

# The median of column COLUMN of the file FILE.
median() {
    local middle=$(((runs + 1) / 2))
    cut -d' ' -f"$2" "$1" | sort -g | sed -n "${middle}p"
}
