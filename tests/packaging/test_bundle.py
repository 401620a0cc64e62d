"""Build the Linux bundle and run it like a user would: without Python, headless.

Slow (a PyInstaller build, one to two minutes), so it runs only when asked:
    BRIEFING_PACKAGING=1 pytest tests/packaging       or       pytest -m packaging
Each command is run with this interpreter first; the bundle must answer the same.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.bundle_support import PACKAGING, ROOT, load_bundle_config, tool

pytestmark = pytest.mark.packaging

bb = load_bundle_config()
SAMPLE = ROOT / "resources" / "samples" / "sample-report.txt"
REFERENCE_DATE = "2026-03-02"
# Fields that differ between two runs by design (time of import, fresh ids).
VOLATILE = {"id", "imported_at", "created", "modified"}


@pytest.fixture(scope="module", autouse=True)
def only_when_asked(request: pytest.FixtureRequest) -> None:
    asked = os.environ.get("BRIEFING_PACKAGING") == "1" or "packaging" in (
        request.config.getoption("markexpr", "") or ""
    )
    if not asked:
        pytest.skip("builds the bundle: set BRIEFING_PACKAGING=1 or run pytest -m packaging")
    if not sys.platform.startswith("linux"):
        pytest.skip("the tested bundle is the Linux one")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: pip install -e '.[packaging]'")


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run packaging/build_linux.sh into a temporary folder; returns that folder.

    ``BRIEFING_PACKAGING_REUSE=DIR`` tests an earlier ``build_linux.sh --out DIR`` instead
    (quick re-runs while working on the tests; CI always builds).
    """
    reuse = os.environ.get("BRIEFING_PACKAGING_REUSE")
    if reuse and (Path(reuse) / "dist" / bb.BUNDLE_NAME).is_dir():
        return Path(reuse)
    out = tmp_path_factory.mktemp("bundle-build")
    result = subprocess.run(
        ["bash", str(PACKAGING / "build_linux.sh"), "--python", sys.executable, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout)  # build time, size and the largest parts: shown with pytest -s
    return out


@pytest.fixture(scope="module")
def bundle(build: Path) -> Path:
    executable = build / "dist" / bb.BUNDLE_NAME / bb.EXE_NAME
    assert executable.is_file() and os.access(executable, os.X_OK)
    return executable


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A user's environment: no Python variables, own data folder, headless Qt."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFING_APP_DATA_DIR": str(tmp_path / "data"),
        **extra,
    }
    (tmp_path / "home").mkdir(parents=True, exist_ok=True)
    return env


def run_dev(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """The command with the development interpreter."""
    env = {**clean_env(tmp_path / "dev", **extra), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )


def run_frozen(
    bundle: Path, tmp_path: Path, *args: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    """The command with the bundle, in a user's environment."""
    return subprocess.run(
        [str(bundle), *args],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path / "frozen", **extra),
        cwd=tmp_path,
        timeout=300,
    )


def run_both(
    bundle: Path, tmp_path: Path, *args: str
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    return run_dev(tmp_path, *args), run_frozen(bundle, tmp_path, *args)


def without_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_volatile(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [without_volatile(v) for v in value]
    return value


def assert_same_outcome(
    dev: subprocess.CompletedProcess[str], frozen: subprocess.CompletedProcess[str]
) -> None:
    assert frozen.returncode == dev.returncode, (dev.stderr, frozen.stderr)
    if dev.returncode != 0:
        # Not available yet (or refused): the bundle must fail the same clean way.
        assert frozen.stderr.startswith("briefing-app: "), frozen.stderr
        assert "Traceback" not in frozen.stderr


def test_version_matches_pyproject(bundle: Path, tmp_path: Path) -> None:
    dev, frozen = run_both(bundle, tmp_path, "--version")
    assert frozen.returncode == 0, frozen.stderr
    assert frozen.stdout.strip() == f"briefing-app {bb.read_version()}"
    assert dev.returncode == 0


def test_extract_on_the_sample_matches_the_development_run(bundle: Path, tmp_path: Path) -> None:
    dev, frozen = run_both(
        bundle, tmp_path, "extract", str(SAMPLE), "--reference-date", REFERENCE_DATE
    )
    assert_same_outcome(dev, frozen)
    if dev.returncode == 0:
        assert without_volatile(json.loads(frozen.stdout)) == without_volatile(
            json.loads(dev.stdout)
        )


def report_files(folder: Path) -> dict[str, Path]:
    """The sample report in every format the ingest tests can build (PDF with LibreOffice)."""
    from tests.ingest import builders

    text = SAMPLE.read_text(encoding="utf-8")
    made = {
        "docx": builders.make_docx(text),
        "odt": builders.make_odt(text),
        "rtf": builders.make_rtf(text),
        "html": builders.make_html(text),
        "eml": builders.make_eml(text, subject=text.splitlines()[0]),
    }
    pdf = builders.soffice_pdf(made["docx"], folder / "soffice")
    if pdf is not None:
        made["pdf"] = pdf
        # AES needs pycryptodome in the bundle (the build env's cryptography is left out).
        made["protected.pdf"] = builders.copy_protected_pdf(pdf, "AES-256")
    files = {}
    for suffix, data in made.items():
        files[suffix] = folder / f"report.{suffix}"
        files[suffix].write_bytes(data)
    return files


def test_extract_reads_every_format_like_the_development_run(bundle: Path, tmp_path: Path) -> None:
    # Each format has its own parser and libraries (lxml, trafilatura, pypdf, odfpy …):
    # a module or data file missing from the bundle shows up here.
    for suffix, path in report_files(tmp_path).items():
        dev, frozen = run_both(
            bundle, tmp_path, "extract", str(path), "--reference-date", REFERENCE_DATE
        )
        assert dev.returncode == 0, (suffix, dev.stderr)
        assert frozen.returncode == 0, (suffix, frozen.stderr)
        assert without_volatile(json.loads(frozen.stdout)) == without_volatile(
            json.loads(dev.stdout)
        ), suffix


def docx_text(path: Path) -> str:
    from docx import Document

    document = Document(str(path))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def test_export_on_the_sample_matches_the_development_run(bundle: Path, tmp_path: Path) -> None:
    listing = run_dev(tmp_path, "templates")
    template_args: list[str] = []
    if listing.returncode == 0 and listing.stdout.strip():
        # The first listed template, so both runs use the same one whatever the default.
        template_args = ["--template", listing.stdout.split()[0]]
    common = ["export", str(SAMPLE), *template_args, "--reference-date", REFERENCE_DATE]
    dev = run_dev(tmp_path, *common, "-o", str(tmp_path / "dev.docx"))
    frozen = run_frozen(bundle, tmp_path, *common, "-o", str(tmp_path / "frozen.docx"))
    assert_same_outcome(dev, frozen)
    if dev.returncode == 0:
        assert zipfile.is_zipfile(tmp_path / "frozen.docx")
        assert docx_text(tmp_path / "frozen.docx") == docx_text(tmp_path / "dev.docx")


@pytest.mark.skipif(tool("soffice") is None, reason="LibreOffice (soffice) missing")
def test_pdf_export_runs_libreoffice_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    # The bundle's own libraries must not leak into LibreOffice started as a child process.
    frozen = run_frozen(
        bundle, tmp_path, "export", str(SAMPLE), "--pdf", "--reference-date", REFERENCE_DATE,
        "-o", str(tmp_path / "note.docx"),
    )  # fmt: skip
    assert frozen.returncode == 0, frozen.stderr
    assert (tmp_path / "note.pdf").read_bytes().startswith(b"%PDF")


def smoke_windows(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return [
        line.split(":", 2)[2].strip()
        for line in result.stdout.splitlines()
        if line.startswith("briefing-smoke: window:")
    ]


def test_editor_window_opens_and_closes(bundle: Path, tmp_path: Path) -> None:
    # Smoke mode: the editor opens on the sample, finishes importing it, reports its windows
    # and leaves the event loop (briefing_app/ui/smoke.py).
    smoke = {"BRIEFING_APP_QUIT_AFTER_MS": "1500"}
    frozen = subprocess.run(
        [str(bundle)],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path / "frozen", **smoke),
        cwd=tmp_path,
        timeout=300,
    )
    dev = subprocess.run(
        [sys.executable, str(PACKAGING / "launcher.py")],
        capture_output=True,
        text=True,
        env={**clean_env(tmp_path / "dev", **smoke), "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
        timeout=300,
    )
    titles = smoke_windows(frozen)
    assert any(title.endswith("Briefing Desk") for title in titles), frozen.stdout
    # The same window as in development: the sample was imported into the editor.
    assert titles == smoke_windows(dev)


def test_bundle_leaves_out_unused_qt_and_keeps_the_data(build: Path) -> None:
    internal = build / "dist" / bb.BUNDLE_NAME / "_internal"
    names = {path.name for path in internal.rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6", "libqgtk3.so"):
        assert unused not in names
    assert not any(name.startswith("libQt6WebEngine") for name in names)
    # Every resource, template and translation, where briefing_app.paths looks for it.
    expected = bb.app_data_files(ROOT)
    assert any(dest.endswith("_data/resources/i18n") for _, dest in expected)
    for source, dest in expected:
        bundled = internal / dest / Path(source).name
        assert bundled.read_bytes() == Path(source).read_bytes(), bundled
    print((build / "build" / "size-report.txt").read_text(encoding="utf-8"))


def test_bundle_stays_within_its_size_target(build: Path) -> None:
    # Issue 9: <= 150 MB for the one-folder bundle (counted in 10^6 bytes, the stricter
    # reading). A new dependency that drags in numpy or a big data set shows up here.
    folder = build / "dist" / bb.BUNDLE_NAME
    # PyInstaller links some libraries into two places: count each file once, like du.
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    assert size <= bb.SIZE_TARGET_MB * 10**6, f"bundle {size / 10**6:.1f} MB"
    internal = folder / "_internal"
    assert not (internal / "numpy").exists()
    icu = next(internal.rglob("libicudata.so.*"), None)
    if icu is not None and shutil.which("icupkg"):
        assert icu.stat().st_size < 8 * 10**6, "the ICU data was not cut to the app's languages"


def test_tarball_installs_and_uninstalls_without_root(build: Path, tmp_path: Path) -> None:
    tarball = build / "dist" / bb.tarball_name(bb.read_version())
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    folder = tmp_path / "unpacked" / f"{bb.BUNDLE_NAME}-{bb.read_version()}"
    home = tmp_path / "home"
    prefix = home / ".local"
    user_data = prefix / "share" / "BriefingDesk" / "archive.sqlite3"
    user_data.parent.mkdir(parents=True)
    user_data.write_bytes(b"the officer's archive")
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}

    install = subprocess.run(
        ["sh", str(folder / "install.sh")], capture_output=True, text=True, env=env, timeout=300
    )
    assert install.returncode == 0, install.stderr
    app_dir = prefix / "lib" / "briefing-desk"
    for name in ("briefing-desk", "briefing-app"):
        link = prefix / "bin" / name
        assert link.is_symlink() and link.resolve() == (app_dir / bb.EXE_NAME).resolve()
    version = subprocess.run(
        [str(prefix / "bin" / "briefing-app"), "--version"],
        capture_output=True,
        text=True,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert version.stdout.strip() == f"briefing-app {bb.read_version()}"

    share = prefix / "share"
    desktop = share / "applications" / f"{bb.APP_ID}.desktop"
    entry = desktop.read_text(encoding="utf-8")
    assert f'Exec="{app_dir}/{bb.EXE_NAME}" open %f' in entry
    if tool("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0, check.stdout
    for size in (16, 32, 48, 128, 256, 512):
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{bb.APP_ID}.png"
        ).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{bb.APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{bb.APP_ID}.metainfo.xml").is_file()
    if tool("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert f":{bb.MIME_TYPE}:*.briefing.json" in globs

    # Upgrade in place: running the installer again keeps one working installation.
    again = subprocess.run(
        ["sh", str(folder / "install.sh")], capture_output=True, text=True, env=env, timeout=300
    )
    assert again.returncode == 0, again.stderr
    assert not (prefix / "lib" / "briefing-desk.old").exists()

    uninstall = subprocess.run(
        ["sh", str(app_dir / "uninstall.sh")], capture_output=True, text=True, env=env, timeout=120
    )
    assert uninstall.returncode == 0, uninstall.stderr
    assert not app_dir.exists()
    assert not (prefix / "bin" / "briefing-desk").exists()
    assert not (prefix / "bin" / "briefing-app").is_symlink()
    assert not desktop.exists()
    assert not list(share.glob(f"icons/hicolor/*/apps/{bb.APP_ID}.*"))
    assert user_data.read_bytes() == b"the officer's archive"  # the officer's data stays
