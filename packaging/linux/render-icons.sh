#!/bin/sh
# Renders the PNG sizes desktops ask for from the two hand-written SVG icons, into
# icons/<size>/ (16 px from the pixel-grid drawings in icons/small/). The PNGs are committed, so building and installing need no renderer: run
# this again after changing an SVG. Uses rsvg-convert (Debian: librsvg2-bin), or
# ImageMagick's convert when rsvg-convert is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sizes="16 24 32 48 64 128 256"
for name in vn.parscore.ParScore application-x-parscore-parx; do
    for size in $sizes; do
        # 16 px has its own drawing on the pixel grid (icons/small/); the others scale the main one.
        svg="$here/icons/$name.svg"
        if [ "$size" = 16 ] && [ -f "$here/icons/small/$name.svg" ]; then svg="$here/icons/small/$name.svg"; fi
        mkdir -p "$here/icons/$size"
        png="$here/icons/$size/$name.png"
        if command -v rsvg-convert >/dev/null 2>&1; then
            rsvg-convert --width "$size" --height "$size" --format png --output "$png" "$svg"
        elif command -v convert >/dev/null 2>&1; then
            convert -background none -density $((size * 96 / 64 * 4 + 1)) "$svg" -resize "${size}x${size}" "$png"
        else
            echo "render-icons.sh: neither rsvg-convert (librsvg2-bin) nor convert (ImageMagick) found" >&2
            exit 1
        fi
        # Only the pixels: no creation time, so rendering twice changes nothing in git.
        if command -v optipng >/dev/null 2>&1; then optipng -quiet -strip all "$png"; fi
    done
done
echo "rendered $sizes into $here/icons/<size>/"
