"""briefing_app.model loads its names on first use; the three places that name them agree."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import briefing_app.model as model
from tests.fresh_python import run_python


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
    result = run_python(script, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
