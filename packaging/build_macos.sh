#!/usr/bin/env bash
# Build Briefing Desk for macOS (run on a Mac; not tested in CI):
#   packaging/build_macos.sh [--python PY]
# Needs Python 3.11+ with the project and its 'packaging' extra (pip install -e '.[packaging]').
# Output: dist/BriefingDesk.app and dist/BriefingDesk-<version>-macos-<arch>.dmg.
# The app is not signed or notarised: users open it the first time with right-click > Open,
# or the ministry signs it with its Developer ID (codesign --deep, notarytool).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=python3
if [ "${1:-}" = "--python" ]; then PYTHON=$2; fi
cd "$ROOT"
VERSION=$("$PYTHON" packaging/briefing_bundle.py version)
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/briefing_desk.spec
dist/BriefingDesk.app/Contents/MacOS/briefing-desk --version
DMG="dist/BriefingDesk-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -volname "Briefing Desk" -srcfolder dist/BriefingDesk.app -ov -format UDZO "$DMG"
echo "built $DMG"
