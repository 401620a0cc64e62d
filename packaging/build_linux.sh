#!/usr/bin/env bash
# Build the Linux bundle and its installable tarball:
#   packaging/build_linux.sh [--python PY] [--venv DIR] [--out DIR]
#
#   dist/BriefingDesk/                              the one-folder bundle (runs without Python)
#   dist/BriefingDesk-<version>-linux-x86_64.tar.gz  bundle + install.sh/uninstall.sh + desktop files
#
# By default a build venv is created in build/venv with the project and its 'packaging'
# extra (PyInstaller) installed; --python PY uses an interpreter that already has both
# (e.g. the development venv), --venv DIR puts the build venv elsewhere. --out DIR writes
# dist/ and build/ below DIR instead of the repository.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=""
VENV=""
OUT="$ROOT"
while [ $# -gt 0 ]; do
  case "$1" in
    --python) PYTHON=$2; shift 2 ;;
    --venv) VENV=$2; shift 2 ;;
    --out) OUT=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build_linux.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
started=$(date +%s)
VENV=${VENV:-$OUT/build/venv}
if [ -z "$PYTHON" ]; then
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet "$ROOT[packaging]"
  PYTHON="$VENV/bin/python"
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build_linux.sh: PyInstaller is missing in $PYTHON; install the 'packaging' extra: pip install -e '.[packaging]'" >&2
  exit 1
fi

VERSION=$("$PYTHON" packaging/briefing_bundle.py version)
APP_ID=$("$PYTHON" packaging/briefing_bundle.py app-id)
ARCH=$(uname -m)
TARBALL=$("$PYTHON" packaging/briefing_bundle.py tarball)
DIST="$OUT/dist"
WORK="$OUT/build/pyinstaller"
echo "Building Briefing Desk $VERSION for linux-$ARCH with $("$PYTHON" --version)"

QT_QPA_PLATFORM=offscreen "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/briefing_desk.spec

# Stage the tarball: bundle, install scripts and the freedesktop files in share/ layout.
STAGE="$OUT/build/stage/BriefingDesk-$VERSION"
rm -rf "$OUT/build/stage"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/mime/packages" \
  "$STAGE/share/icons/hicolor/scalable/apps"
cp -a "$DIST/BriefingDesk" "$STAGE/BriefingDesk"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"
cp "packaging/linux/$APP_ID.desktop" "$STAGE/share/applications/"
cp "packaging/linux/$APP_ID.metainfo.xml" "$STAGE/share/metainfo/"
cp "packaging/linux/$APP_ID.mime.xml" "$STAGE/share/mime/packages/$APP_ID.xml"
cp resources/icons/briefing-desk.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in packaging/icons/png/*.png; do
  size=$(basename "$png" .png)
  mkdir -p "$STAGE/share/icons/hicolor/$size/apps"
  cp "$png" "$STAGE/share/icons/hicolor/$size/apps/$APP_ID.png"
done
echo "$VERSION" > "$STAGE/VERSION"
cat > "$STAGE/README.txt" <<TXT
Briefing Desk $VERSION for Linux ($ARCH)

Install for your user (no root needed):   ./install.sh
Run without installing:                    ./BriefingDesk/briefing-desk
Uninstall:                                 ~/.local/lib/briefing-desk/uninstall.sh
TXT

rm -f "$DIST/$TARBALL"
tar -C "$OUT/build/stage" -czf "$DIST/$TARBALL" "BriefingDesk-$VERSION"

elapsed=$(( $(date +%s) - started ))
REPORT="$OUT/build/size-report.txt"
{
  echo "Briefing Desk $VERSION linux-$ARCH, built in ${elapsed} s"
  echo "bundle:  $(du -sh "$DIST/BriefingDesk" | cut -f1)  dist/BriefingDesk/"
  echo "tarball: $(du -sh "$DIST/$TARBALL" | cut -f1)  dist/$TARBALL"
  echo "largest parts of the bundle (MB):"
  # In Python, not 'sort | head' under pipefail: head exits early and, once sort's output
  # passes one pipe buffer, sort dies of SIGPIPE and fails the build (it did in CI).
  "$PYTHON" packaging/briefing_bundle.py largest-parts "$DIST/BriefingDesk"
} > "$REPORT"
cat "$REPORT"
