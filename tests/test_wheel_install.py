"""A non-editable install of the wheel finds the bundled templates and resources."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_finds_templates_and_resources(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is needed to build from a clean copy")
    wheel_dir = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheel_dir), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(wheel_dir.glob("briefing_app-*.whl"))

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        timeout=300,
    )
    # Dependencies come from the test environment; the package itself only from the wheel.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    probe = (
        "import briefing_app, briefing_app.paths as p, pathlib;"
        "root = pathlib.Path(briefing_app.__file__).parent;"
        "assert p.resources_dir().is_relative_to(root), p.resources_dir();"
        "assert p.sample_report().is_file();"
        "assert (p.resources_dir() / 'classifications.json').is_file();"
        "assert p.builtin_templates_dir().is_dir();"
        "print('ok', briefing_app.__version__)"
    )
    env = {**os.environ, "PYTHONPATH": ""}
    result = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")
    script = venv / "bin" / "briefing-app"
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert version.returncode == 0 and "briefing-app" in version.stdout
