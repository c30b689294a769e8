#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, scores the built-in demo
# self-assessment with the CLI (printing the result table), then opens the desktop app on
# the demo assessment (made on first use).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh build
echo
build/app/parscore-cli score --criteria builtin:vn.ninhbinh.par.so \
    --answers resources/demo/so-2026-self.json --explain
echo
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/parscore --demo
else
    echo "No display here: run 'build/app/parscore --demo' in a desktop session to open the app."
fi
