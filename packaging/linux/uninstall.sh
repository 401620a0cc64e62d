#!/bin/sh
# Remove Briefing Desk installed by install.sh:
#   uninstall.sh [--prefix DIR]        (default: the prefix it was installed to, or ~/.local)
# Meetings, the archive, settings and your own templates are kept (see the end of the output).
set -eu

APP_ID=org.briefingdesk.BriefingDesk
HERE=$(cd "$(dirname "$0")" && pwd)
# Installed copy lives in PREFIX/lib/briefing-desk: derive the prefix from there.
if [ -z "${PREFIX:-}" ]; then
  if [ "$(basename "$HERE")" = briefing-desk ] && [ -x "$HERE/briefing-desk" ]; then
    PREFIX=$(dirname "$(dirname "$HERE")")
  else
    PREFIX=$HOME/.local
  fi
fi
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --prefix=*) PREFIX=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "uninstall.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

APP_DIR=$PREFIX/lib/briefing-desk
BIN_DIR=$PREFIX/bin
SHARE=$PREFIX/share

# Commands: only the links that point to this installation.
for name in briefing-desk briefing-app; do
  link=$BIN_DIR/$name
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$APP_DIR/briefing-desk" ]; then
    rm -f "$link"
  fi
done
rm -f "$SHARE/applications/$APP_ID.desktop" \
      "$SHARE/metainfo/$APP_ID.metainfo.xml" \
      "$SHARE/mime/packages/$APP_ID.xml"
rm -f "$SHARE"/icons/hicolor/*/apps/"$APP_ID".png "$SHARE"/icons/hicolor/*/apps/"$APP_ID".svg

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$SHARE/mime" ]; then
  update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$SHARE/applications" ]; then
  update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
fi

# The program itself last (this script may be running from inside it; sh has read it).
rm -rf "$APP_DIR"
echo "Briefing Desk removed from $PREFIX."
echo "Your meetings, archive and settings were kept (in ~/.local/share/BriefingDesk and ~/.config/BriefingDesk); delete those folders to remove them too."
