"""The packaging files are valid without building anything: spec, desktop integration,
icons, Windows and macOS installers. Fast; always run."""

from __future__ import annotations

import plistlib
import re
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.bundle_support import PACKAGING, ROOT, load_bundle_config, tool

bb = load_bundle_config()
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{bb.APP_ID}.desktop"
METAINFO = LINUX / f"{bb.APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{bb.APP_ID}.mime.xml"
ICONS = PACKAGING / "icons"
ISS = PACKAGING / "windows" / "BriefingDesk.iss"
SPEC = PACKAGING / "briefing_desk.spec"


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def desktop_entry() -> dict[str, str]:
    entry: dict[str, str] = {}
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


# --- spec and version ------------------------------------------------------------------


def test_spec_is_valid_python_and_reads_version_from_pyproject() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    assert bb.read_version() == pyproject_version()
    assert bb.tarball_name(pyproject_version(), "x86_64") == (
        f"BriefingDesk-{pyproject_version()}-linux-x86_64.tar.gz"
    )


def test_build_helper_prints_the_version_for_shell_scripts() -> None:
    import sys

    result = subprocess.run(
        [sys.executable, str(PACKAGING / "briefing_bundle.py"), "version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == pyproject_version()


def fake_bundle(root: Path, libraries: int) -> Path:
    """A bundle folder shaped like PyInstaller's: executable, _internal, Qt libraries."""
    bundle = root / bb.BUNDLE_NAME
    qt = bundle / "_internal" / "PySide6" / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").mkdir()
    (bundle / bb.EXE_NAME).write_bytes(b"x" * 3 * 2**20)
    (qt / "plugins" / "platforms" / "libqoffscreen.so").write_bytes(b"x" * 2**20)
    (qt / "lib" / "libQt6Gui.so.6").write_bytes(b"x" * 5 * 2**20)
    for number in range(libraries):
        (bundle / "_internal" / f"lib{number:03}-with-a-long-name.so").write_bytes(b"x" * number)
    return bundle


def test_size_report_lists_the_largest_parts_first(tmp_path: Path) -> None:
    lines = bb.largest_parts(fake_bundle(tmp_path, 5)).splitlines()
    assert [line.split()[1] for line in lines[:4]] == [
        "BriefingDesk/_internal/PySide6",
        "BriefingDesk/_internal/PySide6/Qt/lib/libQt6Gui.so.6",
        "BriefingDesk/briefing-desk",
        "BriefingDesk/_internal/PySide6/Qt/plugins",
    ]
    assert lines[0].split()[0] == "6.0"  # Gui library and the plugin, in MB


def test_size_report_of_a_large_bundle_keeps_the_top_30(tmp_path: Path, capsys) -> None:
    assert bb.main(["largest-parts", str(fake_bundle(tmp_path, 400))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 30
    assert "lib399-with-a-long-name.so" in lines[4]  # after the four parts above


def test_build_scripts_pipe_into_no_command_that_stops_reading_early() -> None:
    # CI failed on 'sort | head -30' in build_linux.sh: under pipefail, 'cmd | head' or
    # 'cmd | grep -q' fails the script whenever cmd writes after the reader has gone, which
    # depends on output size and timing.
    for script in [*PACKAGING.rglob("*.sh"), ROOT / ".ci" / "run"]:
        text = script.read_text(encoding="utf-8")
        code = "\n".join(line.split("#")[0] for line in text.splitlines())
        assert not re.search(r"\|\s*(head|grep\s+-\w*q)", code), script


def test_dist_info_makes_the_version_visible_to_importlib(tmp_path: Path) -> None:
    import importlib.metadata

    folder = bb.dist_info("9.8.7", tmp_path)
    dists = importlib.metadata.distributions(path=[str(tmp_path)])
    assert [(d.metadata["Name"], d.version) for d in dists] == [("briefing-app", "9.8.7")]
    assert folder.name == "briefing_app-9.8.7.dist-info"


def test_every_app_module_goes_into_the_bundle() -> None:
    modules = bb.app_modules()
    assert "briefing_app" in modules
    assert "briefing_app.cli" in modules
    assert "briefing_app.ui.smoke" in modules
    on_disk = [p for p in (ROOT / "briefing_app").rglob("*.py") if "__pycache__" not in p.parts]
    assert len(modules) == len(on_disk)


# --- what is cut from the bundle ------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("babel/locale-data/de_CH.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/ja.dat", False),
        ("babel/global.dat", True),
        ("pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", True),
        ("pycountry/locales/zh_CN/LC_MESSAGES/iso3166-1.mo", False),
        ("pycountry/databases/iso3166-1.json", True),
        ("pycountry/databases/iso639-3.json", False),
        ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", True),
        ("pycountry/locales/de/LC_MESSAGES/iso3166-2.mo", False),
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("PySide6/Qt/translations/qt_help_ja.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6/Qt/translations/qt_de.qm", False),
        ("spylls/hunspell/data/sv/sv_SE.dic", False),
        ("spylls/hunspell/data/en/en_US.dic", False),
        ("simplemma/strategies/dictionaries/data/de.plzma", True),
        ("simplemma/strategies/dictionaries/data/fi.plzma", False),
        ("numpy/_core/tests/data/x.csv", False),
        ("langdetect/profiles/ru", True),
        ("langdetect/profiles/zh-cn", False),
        ("langdetect/tests/test_detector.py", False),
        ("briefing_app/_data/resources/samples/sample-report.txt", True),
    ],
)
def test_data_filter_keeps_only_the_apps_languages(dest: str, kept: bool) -> None:
    assert bb.keep_data_file(dest) is kept


def test_data_of_packages_nothing_imports_is_left_out() -> None:
    imported = {"briefing_app", "babel", "langdetect"}
    assert bb.keep_data_file("babel/locale-data/de.dat", modules=imported)
    assert not bb.keep_data_file(
        "simplemma/strategies/dictionaries/data/de.plzma", modules=imported
    )
    # Data of the app and of packages outside DATA_PACKAGES (their hooks decide) stays.
    assert bb.keep_data_file("briefing_app/_data/resources/x.json", modules=imported)
    assert bb.keep_data_file("pymorphy3_dicts_ru/data/meta.json", modules=imported)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt6OpenGL.dll", True),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/qwebp.dll", False),
        ("Crypto/Cipher/_raw_aes.abi3.so", True),
        ("Crypto/Cipher/_ARC4.abi3.so", True),
        ("Crypto/Util/_cpuid_c.abi3.so", True),
        ("Crypto/PublicKey/_ec_ws.abi3.so", False),
        ("Crypto/Cipher/_raw_des3.abi3.so", False),
        ("libstdc++.so.6", False),
        ("libfontconfig.so.1", False),
        ("libpython3.11.so.1.0", True),
        ("libxcb-cursor.so.0", True),
    ],
)
def test_binary_filter_drops_unused_qt_parts_and_system_libraries(dest: str, kept: bool) -> None:
    assert bb.keep_binary(dest) is kept


def test_unused_qt_modules_are_excluded() -> None:
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{module}" in bb.QT_EXCLUDES
    for module in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"):
        assert f"PySide6.{module}" not in bb.QT_EXCLUDES


# --- Linux desktop integration ---------------------------------------------------------------


def test_desktop_entry_opens_meetings_with_the_editor() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Briefing Desk"
    assert entry["Icon"] == bb.APP_ID
    # The executable takes a command: a double-clicked file must reach 'open'.
    assert entry["Exec"] == f"{bb.EXE_NAME} open %f"
    assert bb.MIME_TYPE in entry["MimeType"].split(";")


@pytest.mark.skipif(tool("desktop-file-validate") is None, reason="desktop-file-utils missing")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings either


def test_mime_type_claims_briefing_json_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME_XML).getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == bb.MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == [f"*{bb.MEETING_SUFFIX}"]
    parent = mime.find("m:sub-class-of", ns)
    assert parent is not None and parent.get("type") == "application/json"


@pytest.mark.skipif(tool("update-mime-database") is None, reason="shared-mime-info missing")
def test_mime_database_maps_the_suffix_to_the_meeting_type(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{bb.APP_ID}.xml").write_bytes(MIME_XML.read_bytes())
    subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")], check=True, capture_output=True
    )
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f":{bb.MIME_TYPE}:*.briefing.json" in globs


def test_metainfo_is_well_formed_and_describes_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == bb.APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    releases = [r.get("version") for r in root.findall("releases/release")]
    # A version bump in pyproject.toml needs release notes here (software centres show them).
    assert pyproject_version() in releases
    assert bb.MIME_TYPE in [m.text for m in root.findall("provides/mediatype")]


@pytest.mark.skipif(tool("appstreamcli") is None, reason="appstream missing")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- icons ----------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_exists_in_every_size(size: int) -> None:
    assert png_size(ICONS / "png" / f"{size}x{size}.png") == (size, size)


def test_svg_icon_is_well_formed() -> None:
    root = ET.parse(ROOT / "resources" / "icons" / "briefing-desk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_windows_and_macos_icons_hold_the_needed_sizes() -> None:
    ico = (ICONS / "briefing-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    widths = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths
    icns = (ICONS / "briefing-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # 1024 px for Retina


# --- Windows and macOS ----------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_inno_setup_installs_per_user_without_admin() -> None:
    setup = iss_sections()["Setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert not any(line.startswith("PrivilegesRequiredOverridesAllowed") for line in setup)
    assert "DefaultDirName={autopf}\\BriefingDesk" in setup
    assert "ChangesAssociations=yes" in setup
    icons = iss_sections()["Icons"]
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in icons)


def test_inno_setup_associates_briefing_json_under_hkcu() -> None:
    registry = iss_sections()["Registry"]
    assert all(line.startswith("Root: HKCU;") for line in registry)
    joined = "\n".join(registry)
    assert (
        'Subkey: "Software\\Classes\\.briefing.json"; ValueType: string; ValueName: ""; ' in joined
    )
    assert 'ValueData: """{app}\\{#AppExe}"" open ""%1"""' in joined
    assert "Software\\Classes\\.json\\OpenWithProgids" in joined


def test_macos_bundle_declares_the_meeting_document_type() -> None:
    assert "info_plist=bb.macos_info_plist(VERSION)" in SPEC.read_text(encoding="utf-8")
    plist = bb.macos_info_plist(pyproject_version())
    plistlib.loads(plistlib.dumps(plist))  # every value is representable in a plist
    assert plist["CFBundleShortVersionString"] == pyproject_version()
    owner = plist["CFBundleDocumentTypes"][0]
    assert owner["LSHandlerRank"] == "Owner"
    uti = plist["UTExportedTypeDeclarations"][0]
    assert owner["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["briefing.json"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == [bb.MIME_TYPE]
