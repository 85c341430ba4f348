#!/usr/bin/env bash
# Draws Yandu's icon (研 in white on a red rounded square) and writes every size and format the packages use:
# assets/icons/yandu-N.png (Linux menus and the window), yandu.ico (Windows), yandu.icns (macOS).
# The outputs are committed; run this again only to change the design.
# Needs ImageMagick, png2icns (Debian's icnsutils) and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=assets/icons
mkdir -p "$out"
font=$(fc-match -f '%{file}' 'Noto Sans CJK SC:style=Bold')
master=$(mktemp --suffix=.png)
trap 'rm -f "$master"' EXIT

# 1024 px master: a rounded square with a soft top-to-bottom red, the character a little above the middle and a
# thin gold rule under it, like a study card's heading.
convert -size 1024x1024 gradient:'#c8342a'-'#8c1c14' \
  \( -size 1024x1024 xc:black -fill white -draw 'roundrectangle 40,40 984,984 180,180' \) \
  -alpha off -compose CopyOpacity -composite -compose Over \
  -font "$font" -pointsize 600 -fill white -gravity center -annotate +0-40 '研' \
  -fill '#f2c14e' -draw 'roundrectangle 292,800 732,832 16,16' \
  "$master"

for size in 16 24 32 48 64 128 256 512; do
  convert "$master" -filter Lanczos -resize "${size}x${size}" -strip "$out/yandu-$size.png"
done
convert "$out"/yandu-{16,24,32,48,64,128,256}.png "$out/yandu.ico"
png2icns "$out/yandu.icns" "$out"/yandu-{16,32,48,128,256,512}.png >/dev/null
