"""What goes into the Briefing Desk bundle: names, version, excludes and data filters.

The PyInstaller spec, the build script and the packaging tests all read this module, so
a name or a list changes in one place. It must not import PyInstaller (the light tests
run without it) nor anything from ``briefing_app``.

This folder deliberately has no ``__init__.py``: a package called ``packaging`` would
shadow the PyPI library of that name that pip and PyInstaller import.
"""

from __future__ import annotations

import platform
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

APP_ID = "org.briefingdesk.BriefingDesk"  # reverse-DNS id: .desktop, metainfo, icons
APP_NAME = "Briefing Desk"
BUNDLE_NAME = "BriefingDesk"  # dist/BriefingDesk/, the tarball, the Windows folder
EXE_NAME = "briefing-desk"  # the executable inside the bundle (Linux, macOS)
CLI_NAME = "briefing-app"  # same program under its command-line name
MIME_TYPE = "application/vnd.briefingdesk.meeting+json"
MEETING_SUFFIX = ".briefing.json"

# Issue 9's target for the Linux one-folder bundle; the packaging test checks it.
SIZE_TARGET_MB = 150

# The report and interface languages. Locale data of the big i18n libraries is cut to
# these (plus the root/fallback files); add a language here when the app learns one.
LANGUAGES = ("de", "en", "fr", "ru")

# Where the data folders sit inside the bundle: briefing_app.paths looks for
# briefing_app/_data/resources first (the same layout as the installed wheel).
DATA_FOLDERS = {
    "resources": "briefing_app/_data/resources",
    "templates": "briefing_app/_data/templates",
}

# Qt modules the app does not use. PySide6-Essentials ships several of them; the Addons
# (WebEngine, 3D, Charts, Multimedia …) are listed too so a build env that has them
# still produces a small bundle.
QT_EXCLUDES = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCharts",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLabsStyleKit",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetwork",  # offline by design; nothing in the app talks to a network
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQml",
        "QtQmlFeatures",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
    )
)

# Python packages that are in the build env (tests, tools) but never used at run time.
PY_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "easygui",  # optional GUI of extract-msg's CLI; needs tkinter
    "IPython",
    "matplotlib",
    "PIL",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "lib2to3",
    "pydoc_data",
    "readline",  # no interactive prompt; drags in libreadline and libtinfo
    "lxml.objectify",  # 2.8 MB; nothing imports it (lxml.etree and lxml.html are kept)
    "lxml.isoschematron",
    "PyInstaller",
    # pypdf prefers cryptography when it is installed (the build env has it for the
    # tests' msoffcrypto-tool); the app declares pycryptodome for encrypted PDFs, 1/4 the size.
    "cryptography",
    "msoffcrypto",
    # 41 MB with OpenBLAS. Nothing of the app needs it; rapidfuzz imports it only inside
    # process.cdist, which the app does not call, but PyInstaller's analysis follows it.
    "numpy",
    # No TLS: the app never opens a network connection (urllib3, which trafilatura
    # imports, copes without ssl). hashlib falls back to Python's built-in digests, and
    # OpenSSL's libcrypto and libssl (6 MB) stay out.
    "ssl",
    "_ssl",
    "_hashlib",
)

# Libraries taken from the user's system instead of the build machine (the AppImage
# "excludelist" reasoning): the graphics drivers Qt loads need the system's C++ runtime,
# and fontconfig must match the system's font configuration. Every desktop Linux that
# runs the manylinux_2_28 Qt of PySide6 has them.
SYSTEM_LIBRARIES = re.compile(
    r"lib(stdc\+\+\.so\.6|gcc_s\.so\.1|fontconfig\.so\.1|freetype\.so\.6|X11\.so\.6"
    r"|X11-xcb\.so\.1|xcb\.so\.1|expat\.so\.1|z\.so\.1)$"
)

# Shared libraries no kept module needs (safety net for plugins that drag them in).
# Linux libQt6Quick.so.6, Windows Qt6Quick.dll, macOS QtQuick.framework/…
QT_LIBRARY_EXCLUDES = re.compile(
    r"(^|/)(lib)?Qt6?(Qml|Quick|Pdf|WebEngine|3D|Multimedia|Charts|DataVisualization|Graphs|Designer"
    r"|Help|Labs|Lottie|VirtualKeyboard|Sql|Test|OpenGLWidgets|ShaderTools|Location"
    r"|Positioning|Sensors|SerialPort|Bluetooth|Nfc|WebSockets|WebChannel|RemoteObjects"
    r"|Scxml|StateMachine|TextToSpeech|SpatialAudio|EglFS|EglFs)"
)

# Qt plugins kept: platforms for X11, Wayland and headless runs, image formats for
# icons, the GTK/XDG theme integration and input methods. The rest (VNC, framebuffer,
# EGL device integrations, SQL drivers, …) is left out.
QT_PLATFORM_PLUGINS_KEPT = re.compile(
    r"(lib)?(qxcb|qwayland\S*|qoffscreen|qminimal|qcocoa|qwindows|qdirect2d)\.(so|dylib|dll)"
)
# Image formats: the app shows SVG and PNG (built into Qt); the common formats of a
# pasted or dropped picture stay, the rare and large ones (TIFF 1 MB, WebP) go.
QT_IMAGE_FORMATS_DROPPED = re.compile(r"(lib)?q(tiff|webp|tga|wbmp|icns)\.(so|dylib|dll)")
# pycryptodome loads its C parts with ctypes, so PyInstaller's hook takes all 60 of
# them (8 MB); pypdf decrypts with AES (CBC, ECB) and RC4 only.
PYCRYPTODOME_KEPT = re.compile(
    r"Crypto/(Cipher/_(ARC4|raw_aes|raw_aesni|raw_cbc|raw_ecb)|Util/_cpuid_c)\.[^/]+$"
)
QT_PLUGIN_DIRS_DROPPED = (
    "sqldrivers",
    "qmltooling",
    "generic",  # evdev/tslib touch input for framebuffer kiosks
    "egldeviceintegrations",
    "networkinformation",
    "tls",
    "multimedia",
    "position",
    "sceneparsers",
    "renderers",
    "designer",
)

# The pycountry standards the app uses (briefing_app.model.codes, extract.party_labels).
PYCOUNTRY_STANDARDS = frozenset({"iso3166-1"})

# Packages that load data files at run time and need them collected; those with a
# PyInstaller hook (dateparser, pymorphy3, pycountry, docx …) are handled by the hook.
DATA_PACKAGES = (
    "babel",
    "docxcompose",
    "docxtpl",
    "justext",
    "langdetect",
    "simplemma",
    "spylls",
    "tld",
    "trafilatura",
    "courlan",
    "htmldate",
    "extract_msg",
)

# Packages that import their language or data modules by name (importlib), so the
# static analysis cannot see them.
SUBMODULE_PACKAGES = (
    "dateparser.data",
    "dateparser.languages",
    "babel.localtime",
)


def read_version(root: Path = ROOT) -> str:
    """The project version, from ``pyproject.toml``."""
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def app_modules(root: Path = ROOT) -> list[str]:
    """Every module of ``briefing_app``, from the source tree (nothing is imported).

    All of them go into the bundle, so a module the app loads by name (a plugin, a
    format handler) is never missing even though no import statement names it.
    """
    package = root / "briefing_app"
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if "__pycache__" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def app_data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for the app's data: the top-level data folders
    (at the place ``briefing_app.paths`` looks) and non-Python files inside the package
    (e.g. ``briefing_app/export/labels.json``). Build helpers (``*.py``) stay out."""
    pairs: list[tuple[str, str]] = []
    sources = [(root / folder, dest) for folder, dest in DATA_FOLDERS.items()]
    sources.append((root / "briefing_app", "briefing_app"))
    for source, dest in sources:
        if not source.is_dir():
            continue
        for path in sorted(source.rglob("*")):
            relative = path.relative_to(source)
            if (
                path.is_dir()
                or "__pycache__" in relative.parts
                or path.suffix in {".py", ".pyc", ".pyo"}
                or relative.parts[0] == "_data"  # a wheel build's copy of the data folders
            ):
                continue
            pairs.append((str(path), str(PurePosixPath(dest, *relative.parts[:-1]))))
    return pairs


def tarball_name(version: str, arch: str | None = None) -> str:
    """``BriefingDesk-<version>-linux-<arch>.tar.gz``; *arch* defaults to this machine's."""
    return f"{BUNDLE_NAME}-{version}-linux-{arch or platform.machine()}.tar.gz"


def _language_of(stem: str) -> str:
    return re.split(r"[_\-@.]", stem, maxsplit=1)[0].lower()


def keep_data_file(dest: str, *, modules: Iterable[str] | None = None) -> bool:
    """Whether a collected data file (its path inside the bundle) is worth shipping.

    *modules*: the top-level packages the bundle's code imports; data of a
    ``DATA_PACKAGES`` entry nothing imports (installed in the build env for another
    reason) is left out.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts:
        return True
    if modules is not None and parts[0] in DATA_PACKAGES and parts[0] not in set(modules):
        return False
    languages = set(LANGUAGES)
    top = parts[0]
    if top == "babel" and len(parts) >= 3 and parts[1] == "locale-data":
        stem = PurePosixPath(parts[2]).stem
        return stem == "root" or _language_of(stem) in languages
    if top == "pycountry" and len(parts) >= 3 and parts[1] in {"locales", "databases"}:
        # The app looks up countries only (pycountry.countries); languages, subdivisions,
        # scripts and currencies (3 MB with their translations) stay out.
        standard = PurePosixPath(parts[-1]).stem
        if standard not in PYCOUNTRY_STANDARDS:
            return False
        return parts[1] == "databases" or _language_of(parts[2]) in languages
    if top == "PySide6" and "translations" in parts and parts[-1].endswith(".qm"):
        # The editor loads qtbase_<language>.qm only (briefing_app.ui.i18n); qt_de.qm,
        # qt_help_fr.qm … are catalogues of modules it does not use.
        stem = PurePosixPath(parts[-1]).stem
        return stem.startswith("qtbase_") and _language_of(stem.rsplit("_", 1)[-1]) in languages
    if top == "spylls" and len(parts) >= 3 and parts[1:3] == ("hunspell", "data"):
        # spylls' own sample dictionaries (en, ru); the editor reads the system's.
        return False
    if top == "langdetect" and len(parts) >= 3 and parts[1] == "profiles":
        return _language_of(parts[2]) in languages  # langdetect/profiles/<lang>, no suffix
    if top == "simplemma" and parts[-1].endswith(".plzma"):
        return _language_of(PurePosixPath(parts[-1]).stem) in languages
    if top in {"numpy", "lxml", "pydantic", "jinja2"} and (
        "tests" in parts or parts[-1].endswith((".pyi", ".pxd", ".h"))
    ):
        return False
    if "__pycache__" in parts:
        return False
    return not (len(parts) >= 2 and parts[1] in {"tests", "test"})


def keep_binary(dest: str) -> bool:
    """Whether a collected shared library or Qt plugin is needed at run time."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if QT_LIBRARY_EXCLUDES.search(path.as_posix()):
        return False
    if len(path.parts) == 1 and SYSTEM_LIBRARIES.fullmatch(path.name):
        return False
    parts = path.parts
    if parts[0] == "Crypto":
        return bool(PYCRYPTODOME_KEPT.search(path.as_posix()))
    if "plugins" in parts:
        index = parts.index("plugins")
        group = parts[index + 1] if len(parts) > index + 1 else ""
        if group in QT_PLUGIN_DIRS_DROPPED:
            return False
        if group == "platforms":
            return bool(QT_PLATFORM_PLUGINS_KEPT.fullmatch(path.name))
        if group == "imageformats":
            return not QT_IMAGE_FORMATS_DROPPED.fullmatch(path.name)
        if group == "platformthemes":  # GTK3 theme: needs the system's GTK, drags in cairo
            return "qxdgdesktopportal" in path.name
    return True


_STRIP_DEBUG = re.compile(r"(^|/)libpython3[^/]*\.so[^/]*$|/lib-dynload/[^/]+\.so$")


def strip_debug_info(binaries: list, target: Path) -> list:
    """PyInstaller TOC of binaries with the Python runtime's copies stripped of debug info.

    Each matching library is copied to *target* and stripped there (``strip --strip-debug``);
    without ``strip`` on the build machine the list is returned unchanged.
    """
    import shutil
    import subprocess

    strip = shutil.which("strip")
    if strip is None:
        print("briefing-desk spec: 'strip' not found (binutils); bundle keeps debug info")
        return binaries
    result = []
    for dest, source, kind in binaries:
        if _STRIP_DEBUG.search(dest.replace("\\", "/")):
            copy = target / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            subprocess.run([strip, "--strip-debug", str(copy)], check=True)
            source = str(copy)
        result.append((dest, source, kind))
    return result


def dist_info(version: str, target: Path) -> Path:
    """Write a minimal ``briefing_app-<version>.dist-info`` so that
    ``importlib.metadata.version("briefing-app")`` answers inside the bundle."""
    folder = target / f"briefing_app-{version}.dist-info"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: briefing-app\nVersion: {version}\n", encoding="utf-8"
    )
    (folder / "INSTALLER").write_text("pyinstaller\n", encoding="utf-8")
    return folder


def macos_info_plist(version: str) -> dict[str, object]:
    """Info.plist of the macOS app: version, and the saved meetings as its document type."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Briefing Desk developers, MIT licence",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Briefing Desk meeting",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [f"{APP_ID}.meeting"],
                "CFBundleTypeIconFile": "briefing-desk.icns",
            },
            {
                # Launch Services matches only the last extension, so a saved
                # "x.briefing.json" is plain JSON to macOS: offer the app for JSON
                # files without claiming them (README: double-click caveat).
                "CFBundleTypeName": "JSON document",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.json"],
            },
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": f"{APP_ID}.meeting",
                "UTTypeDescription": "Briefing Desk meeting",
                "UTTypeConformsTo": ["public.json", "public.data"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["briefing.json"],
                    "public.mime-type": [MIME_TYPE],
                },
            }
        ],
    }


def _tree_bytes(path: Path) -> int:
    """Bytes in a file or a folder (symlinks counted as links, not followed)."""
    if not path.is_dir() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir() or p.is_symlink())


def largest_parts(bundle: Path, top: int = 30) -> str:
    """The bundle's largest parts in MB, largest first, one per line, for the size report.

    The parts are the executable, everything in ``_internal`` and, one level deeper, each
    Qt library and the Qt plugins, where most of the size is.
    """
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    parts = [bundle / EXE_NAME, *internal.iterdir()]
    if (qt / "lib").is_dir():
        parts += [*(qt / "lib").iterdir(), qt / "plugins"]
    sizes = sorted(((_tree_bytes(p), p) for p in parts if p.exists()), key=lambda s: -s[0])
    return "\n".join(
        f"  {size / 2**20:7.1f}  {path.relative_to(bundle.parent)}" for size, path in sizes[:top]
    )


def main(argv: list[str]) -> int:
    """``python packaging/briefing_bundle.py version|tarball|app-id|largest-parts BUNDLE``
    for shell scripts."""
    answers = {
        "version": read_version,
        "tarball": lambda: tarball_name(read_version()),
        "app-id": lambda: APP_ID,
    }
    if len(argv) == 2 and argv[0] == "largest-parts":
        print(largest_parts(Path(argv[1])))
        return 0
    if len(argv) != 1 or argv[0] not in answers:
        print(f"usage: briefing_bundle.py {'|'.join(answers)}|largest-parts BUNDLE")
        return 2
    print(answers[argv[0]]())
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
