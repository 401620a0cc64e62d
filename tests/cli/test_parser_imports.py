"""Building the command line parser loads no model, settings or archive code.

Every command module is imported to build the parser, also for ``open``, which
starts the editor: what they import at module level delays the editor's window.
"""

from __future__ import annotations

from pathlib import Path

from tests.fresh_python import run_python

ROOT = Path(__file__).resolve().parents[2]


def test_the_parser_imports_neither_pydantic_nor_the_archive() -> None:
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from briefing_app.cli import build_parser\n"
        "build_parser().parse_args(['open', '--empty'])\n"
        "heavy = ('pydantic', 'sqlite3', 'briefing_app.archive', 'briefing_app.settings')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = run_python(script, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
