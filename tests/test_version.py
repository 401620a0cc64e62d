import tomllib
from pathlib import Path

import briefing_app


def test_package_version_matches_pyproject() -> None:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert briefing_app.__version__ == declared
