#!/bin/sh
# Install Briefing Desk for the current user, without root:
#   ./install.sh [--prefix DIR]        (default prefix: ~/.local)
# The program goes to PREFIX/lib/briefing-desk, commands to PREFIX/bin, and the menu entry,
# icons, file type and AppStream data to PREFIX/share. Running it again upgrades in place.
# Remove with PREFIX/lib/briefing-desk/uninstall.sh; your meetings and settings stay.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.briefingdesk.BriefingDesk
PREFIX=${PREFIX:-$HOME/.local}
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --prefix=*) PREFIX=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$PREFIX" in /*) ;; *) PREFIX=$(pwd)/$PREFIX ;; esac

APP_DIR=$PREFIX/lib/briefing-desk
BIN_DIR=$PREFIX/bin
SHARE=$PREFIX/share

if [ ! -x "$HERE/BriefingDesk/briefing-desk" ]; then
  echo "install.sh: BriefingDesk/briefing-desk is missing next to this script; unpack the whole archive first." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ] && [ "$PREFIX" = "$HOME/.local" ]; then
  echo "install.sh: note: installing for root; run as your own user to install for yourself." >&2
fi

# The program: copy next to the old one, then swap, so a failed copy leaves the old one intact.
mkdir -p "$PREFIX/lib" "$BIN_DIR"
rm -rf "$APP_DIR.new"
cp -R "$HERE/BriefingDesk" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
chmod 755 "$APP_DIR.new/uninstall.sh"
rm -rf "$APP_DIR.old"
if [ -e "$APP_DIR" ]; then mv "$APP_DIR" "$APP_DIR.old"; fi
mv "$APP_DIR.new" "$APP_DIR"
rm -rf "$APP_DIR.old"

ln -sfn "$APP_DIR/briefing-desk" "$BIN_DIR/briefing-desk"
ln -sfn "$APP_DIR/briefing-desk" "$BIN_DIR/briefing-app"

# Menu entry with the absolute path: ~/.local/bin is often not on the desktop session's PATH.
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
sed -e "s|^TryExec=.*|TryExec=$APP_DIR/briefing-desk|" \
    -e "s|^Exec=briefing-desk |Exec=\"$APP_DIR/briefing-desk\" |" \
    "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$SHARE/mime/packages/"
for icon in "$HERE"/share/icons/hicolor/*/apps/$APP_ID.*; do
  size_dir=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$SHARE/icons/hicolor/$size_dir/apps"
  cp "$icon" "$SHARE/icons/hicolor/$size_dir/apps/"
done

# Refresh the desktop's caches when the tools are there (all optional).
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
  gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "Briefing Desk $(cat "$HERE/VERSION" 2>/dev/null || echo '') installed in $APP_DIR"
echo "Start it from the applications menu or with: $BIN_DIR/briefing-desk"
case ":$PATH:" in
  *":$BIN_DIR:"*) ;;
  *) echo "Note: $BIN_DIR is not on your PATH; add it to use 'briefing-desk' and 'briefing-app' by name." ;;
esac
echo "Uninstall with: $APP_DIR/uninstall.sh"
