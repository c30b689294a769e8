#!/bin/sh
# The Linux desktop integration in packaging/linux/, checked as a desktop would use it.
#   desktop_integration.sh validate  LINUX_DIR
#       the .desktop file, the AppStream metainfo and the MIME XML through their own
#       validators (desktop-file-validate, appstreamcli, xmllint); a missing validator is
#       reported and skipped, all missing: exit 77 (skipped).
#   desktop_integration.sh install   LINUX_DIR CMAKE GENERATOR PARSCORE_CLI
#       installs packaging/linux/CMakeLists.txt alone into a temporary prefix and compares
#       the files installed with the list expected; then, with update-mime-database and gio,
#       a .parx made by parscore-cli is recognised by its name and, renamed, by its magic,
#       another SQLite database is not, and opening the file (what a double-click does)
#       runs `parscore FILE` from the menu entry (a stand-in parscore records its arguments).
set -eu
mode=$1
linux=$(cd "$2" && pwd)
app_id=vn.parscore.ParScore
mime_type=application/x-parscore-parx
failed=0
fail() { echo "FAIL: $*"; failed=1; }

case $mode in
validate)
    ran=0
    if command -v desktop-file-validate >/dev/null 2>&1; then
        ran=1; echo "desktop-file-validate $app_id.desktop"
        desktop-file-validate "$linux/$app_id.desktop" || fail "desktop-file-validate"
    else echo "skipped: desktop-file-validate (desktop-file-utils) is not installed"; fi
    if command -v appstreamcli >/dev/null 2>&1; then
        ran=1; echo "appstreamcli validate --no-net $app_id.metainfo.xml"
        appstreamcli validate --no-net "$linux/$app_id.metainfo.xml" || fail "appstreamcli validate"
    else echo "skipped: appstreamcli (appstream) is not installed"; fi
    if command -v xmllint >/dev/null 2>&1; then
        ran=1; echo "xmllint --noout $app_id.mime.xml"
        xmllint --noout "$linux/$app_id.mime.xml" || fail "xmllint"
    else echo "skipped: xmllint (libxml2-utils) is not installed"; fi
    [ $ran = 1 ] || exit 77
    ;;
install)
    cmake=$3 generator=$4 cli=$5
    work=$(mktemp -d "${TMPDIR:-/tmp}/parscore-desktop.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    mkdir "$work/project"
    cat > "$work/project/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(desktop_check NONE)
add_subdirectory("$linux" linux)
CMAKE
    "$cmake" -Wno-dev -S "$work/project" -B "$work/build" -G "$generator" >"$work/configure.log" 2>&1 \
        || { cat "$work/configure.log"; echo "FAIL: packaging/linux/CMakeLists.txt does not configure on its own"; exit 1; }
    "$cmake" --install "$work/build" --prefix "$work/prefix" >/dev/null
    share=$work/prefix/share
    expected=$work/expected
    {
        echo "applications/$app_id.desktop"
        echo "metainfo/$app_id.metainfo.xml"
        echo "mime/packages/$app_id.xml"
        for size in 16 24 32 48 64 128 256; do
            echo "icons/hicolor/${size}x${size}/apps/$app_id.png"
            echo "icons/hicolor/${size}x${size}/mimetypes/application-x-parscore-parx.png"
        done
        echo "icons/hicolor/scalable/apps/$app_id.svg"
        echo "icons/hicolor/scalable/mimetypes/application-x-parscore-parx.svg"
    } | sort >"$expected"
    (cd "$share" && find . -type f | sed 's|^\./||' | sort) >"$work/installed"
    diff -u "$expected" "$work/installed" || fail "the files installed are not the ones expected (- expected, + installed)"
    for size in 16 24 32 48 64 128 256; do
        for png in "$share/icons/hicolor/${size}x${size}"/*/*.png; do
            # The PNG header's width and height (bytes 16-23, big-endian) are the folder's size.
            dims=$(od -An -tu4 --endian=big -j16 -N8 "$png" | tr -s ' ' | sed 's/^ //')
            [ "$dims" = "$size $size" ] || fail "$png is not ${size}x${size} ($dims)"
        done
    done

    if ! command -v update-mime-database >/dev/null 2>&1 || ! command -v gio >/dev/null 2>&1; then
        echo "skipped: recognition (needs update-mime-database from shared-mime-info and gio from libglib2.0-bin)"
        [ $failed = 0 ] || exit 1
        exit 77
    fi
    XDG_DATA_HOME=$share
    XDG_DATA_DIRS=/usr/local/share:/usr/share
    export XDG_DATA_HOME XDG_DATA_DIRS
    update-mime-database "$share/mime"
    unset XDG_CURRENT_DESKTOP
    files=$work/files
    mkdir "$files"
    "$cli" new --criteria builtin:vn.ninhbinh.par.so --agency-code STP --agency-name "Sở Tư pháp" \
        --group so --year 2026 -o "$files/stp.parx" >/dev/null
    cp "$files/stp.parx" "$files/stp-without-extension"
    # The same database with another application id (bytes 68-71 zeroed): plain SQLite.
    cp "$files/stp.parx" "$files/other-database"
    printf '\000\000\000\000' | dd of="$files/other-database" bs=1 seek=68 conv=notrunc 2>/dev/null
    type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
    check_type() {
        got=$(type_of "$files/$1")
        echo "$1: $got"
        [ "$got" = "$2" ] || fail "$1 is $got, expected $2"
    }
    check_type stp.parx "$mime_type"
    check_type stp-without-extension "$mime_type"
    check_type other-database application/vnd.sqlite3
    icon=$(gio info -a standard::icon "$files/stp.parx" | sed -n 's/^ *standard::icon: //p')
    case $icon in application-x-parscore-parx,*) ;; *) fail "the .parx icon is '$icon'";; esac

    # Opening the file: the menu entry's Exec=parscore %f, with a parscore that records its arguments.
    mkdir "$work/bin"
    printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "%s"\n' "$work/opened-with" >"$work/bin/parscore"
    chmod +x "$work/bin/parscore"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" 2>/dev/null
    # gio open returns before parscore runs: read its arguments through a FIFO (blocks until
    # the stand-in writes; timeout bounds the wait when it is never started).
    mkfifo "$work/opened-with"
    PATH=$work/bin:$PATH gio open "$files/stp-without-extension" || fail "gio open"
    opened=$(timeout 30 cat "$work/opened-with" || true)
    echo "opened with: parscore $opened"
    [ "$opened" = "$files/stp-without-extension" ] || fail "opening the file ran 'parscore $opened'"
    ;;
*)
    echo "usage: $0 validate|install LINUX_DIR [CMAKE GENERATOR PARSCORE_CLI]" >&2
    exit 2
    ;;
esac
[ $failed = 0 ]
