#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, and scores the built-in demo
# self-assessment of a department with the CLI, printing the result table.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh build
echo
build/app/parscore-cli score --criteria builtin:vn.ninhbinh.par.so \
    --answers resources/demo/so-2026-self.json --explain
