"""``briefing-app export PATH --template NAME``: write a Word briefing note."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli_commands.context import Context
from briefing_app.errors import NotAvailableError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="export a briefing note (DOCX, optionally PDF)",
        description="Export a briefing note from a report or a saved meeting (.briefing.json).",
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="a report or a meeting JSON file")
    parser.add_argument("--template", "-t", metavar="NAME", help="template name (see 'templates')")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.docx", help="output file")
    parser.add_argument("--pdf", action="store_true", help="also convert to PDF (LibreOffice)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument("--reference-date", metavar="YYYY-MM-DD", help="day of import for reports")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    raise NotAvailableError("Export is not available yet in this version.")
