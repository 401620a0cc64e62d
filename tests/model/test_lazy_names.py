"""briefing_app.model loads its names on first use; the three places that name them agree."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import briefing_app.model as model

ROOT = Path(__file__).resolve().parents[2]


def _type_checking_imports() -> dict[str, str]:
    tree = ast.parse(Path(model.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING"
    )
    return {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def test_type_checkers_see_the_same_names_from_the_same_modules() -> None:
    assert _type_checking_imports() == model._MODULE_OF
    assert sorted(model.__all__) == sorted(model._MODULE_OF)


def test_every_name_loads_from_its_module() -> None:
    for name, module in model._MODULE_OF.items():
        assert getattr(model, name) is getattr(importlib.import_module(module), name)


def test_codes_and_files_import_without_pydantic() -> None:
    script = (
        "import sys, briefing_app.model.codes, briefing_app.model.files\n"
        "print('pydantic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.stdout.strip() == "False", result.stderr
