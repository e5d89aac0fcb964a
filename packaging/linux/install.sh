#!/usr/bin/env bash
# Install the Linux bundle for the current user (no root): the program folder, a command in
# ~/.local/bin, the menu entry, the .mainstream file type with its icon and the AppStream
# metadata, all under ~/.local/share (XDG_DATA_HOME). Run from the unpacked archive:
#   bash linux/install.sh                  # installs the bundle this script came with
#   bash packaging/linux/install.sh DIR    # from a checkout: DIR = build/dist/mainstream-desktop
#   bash linux/install.sh --uninstall      # removes all that again
# Workshops, backups and settings are never touched (they are not in the program folder).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="${MAINSTREAM_BIN_DIR:-$HOME/.local/bin}"
app_id="org.mainstream.Desktop"
mime_icon="application-x-mainstream-workshop"
target="$share/mainstream-desktop/program"

refresh() {  # let the desktop see the changes (each tool is optional)
  if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$bin/mainstream-desktop" "$share/applications/$app_id.desktop" \
    "$share/mime/packages/$app_id.xml" "$share/metainfo/$app_id.metainfo.xml"
  for size in 48 128 256; do
    rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
      "$share/icons/hicolor/${size}x${size}/mimetypes/$mime_icon.png"
  done
  mkdir -p "$share/mime/packages" "$share/applications"
  refresh
  echo "Mainstream Desktop removed (workshops, backups and settings are kept)."
  exit 0
fi

bundle="${1:-$here/..}"
bundle="$(cd "$bundle" && pwd)"
if [ ! -x "$bundle/mainstream-desktop" ] || [ ! -d "$bundle/_internal" ]; then
  echo "No bundle in $bundle (expected mainstream-desktop and _internal/ there)." >&2
  exit 1
fi
icons="$bundle/_internal/mainstream_desktop/resources/icons"
[ -d "$icons" ] || icons="$here/../../resources/icons"  # from a checkout

# 1. The program folder (replaced whole, so no file of an older version stays behind).
if [ "$bundle" != "$target" ]; then
  rm -rf "$target.new"
  mkdir -p "$(dirname "$target")"
  cp -a "$bundle" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
mkdir -p "$bin"
ln -sfn "$target/mainstream-desktop" "$bin/mainstream-desktop"

# 2. Menu entry (with the program's full path: ~/.local/bin is not always on PATH),
#    file type, icons, AppStream metadata.
mkdir -p "$share/applications" "$share/mime/packages" "$share/metainfo"
sed -e "s|^Exec=mainstream-desktop|Exec=\"$target/mainstream-desktop\"|" \
  -e "s|^TryExec=mainstream-desktop|TryExec=$target/mainstream-desktop|" \
  "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.mime.xml" "$share/mime/packages/$app_id.xml"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
for size in 48 128 256; do
  for kind in apps mimetypes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/$kind"
  done
  cp "$icons/mainstream-desktop-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  cp "$icons/mainstream-desktop-$size.png" \
    "$share/icons/hicolor/${size}x${size}/mimetypes/$mime_icon.png"
done
refresh
echo "Mainstream Desktop installed in $target; start it from the menu or with $bin/mainstream-desktop."
