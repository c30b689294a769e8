#!/usr/bin/env bash
# packaging/check-package.sh BUILD_DIR — CI's check of the Debian package (packaging/README.md).
# Builds the .deb with CPack in a Release build folder, unpacks it into a temporary folder
# (dpkg-deb -x: nothing is installed on the machine; Qt comes from the system), scores the
# demo with the unpacked parscore-cli against the build's own, runs the unpacked
# `parscore --version` offscreen, lints the package with lintian (errors fail) and
# validates the desktop files of packaging/linux/ when they are there.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    echo "usage: $0 BUILD_DIR (a configured and built Release build folder)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
step() { echo "check-package: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb="$build/parscore_${version}_${arch}.deb"

step "cpack -G DEB in $build"
# Up to date first (a no-op after the build): cpack reads the configuration as last generated.
cmake --build "$build" >"$build/check-package-build.log" 2>&1 \
    || { cat "$build/check-package-build.log" >&2; fail "the build"; }
rm -f "$deb"
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; fail "cpack"; }
[ -f "$deb" ] || fail "cpack made no $deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -x "$deb" "$root"
step "contents:"
dpkg-deb -c "$deb" | awk '{print "  " $6}'

for f in usr/bin/parscore-cli usr/share/man/man1/parscore-cli.1.gz \
         usr/share/doc/parscore/copyright usr/share/doc/parscore/changelog.gz; do
    [ -e "$root/$f" ] || fail "the package has no /$f"
done
gui=no
if grep -q '^PARSCORE_BUILD_GUI:BOOL=ON' "$build/CMakeCache.txt"; then
    gui=yes
    for f in usr/bin/parscore usr/share/man/man1/parscore.1.gz; do
        [ -e "$root/$f" ] || fail "the package has no /$f"
    done
fi
dpkg-deb -f "$deb" Depends | grep -q 'libqt6sql6-sqlite' || fail "Depends lacks libqt6sql6-sqlite"

step "the unpacked parscore-cli scores the demo as the build's"
score=(score --criteria builtin:vn.ninhbinh.par.so --answers "$source_dir/resources/demo/so-2026-self.json" --json)
PARSCORE_LANG=en "$build/app/parscore-cli" "${score[@]}" >"$work/built.json"
PARSCORE_LANG=en "$root/usr/bin/parscore-cli" "${score[@]}" >"$work/installed.json" \
    || fail "the unpacked parscore-cli could not score the demo"
cmp -s "$work/built.json" "$work/installed.json" \
    || { diff "$work/built.json" "$work/installed.json" >&2 || true; fail "the scores differ"; }
grep -q '"total"' "$work/installed.json" || fail "no total in the score"
[ "$("$root/usr/bin/parscore-cli" --lang en --version)" = "parscore-cli $version" ] \
    || fail "parscore-cli --version"

if [ "$gui" = yes ]; then
    step "the unpacked parscore --version, offscreen"
    out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/parscore" --lang en --version)
    [ "$out" = "parscore $version" ] || fail "parscore --version printed “$out”"
fi

step "man pages"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done

step "lintian"
# Errors fail; warnings and the rest are printed (packaging/README.md says why they stay).
status=0
lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || status=$?
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt" || [ "$status" -ge 2 ]; then
    fail "lintian reported errors (status $status)"
fi

step "desktop integration files"
checked=0
for f in "$root"/usr/share/applications/*.desktop; do
    [ -e "$f" ] || continue
    desktop-file-validate "$f" || fail "desktop-file-validate $(basename "$f")"
    checked=$((checked + 1))
done
for f in "$root"/usr/share/metainfo/*.xml; do
    [ -e "$f" ] || continue
    appstreamcli validate --no-net "$f" || fail "appstreamcli validate $(basename "$f")"
    checked=$((checked + 1))
done
for f in "$root"/usr/share/mime/packages/*.xml; do
    [ -e "$f" ] || continue
    xmllint --noout "$f" || fail "xmllint $(basename "$f")"
    checked=$((checked + 1))
done
if [ "$checked" -eq 0 ]; then
    step "no desktop, AppStream or MIME files in the package (packaging/linux/ absent): skipped"
fi
step "passed ($deb)"
