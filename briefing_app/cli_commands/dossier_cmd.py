"""``briefing-app dossier``: a briefing dossier gathered from the archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli_commands.context import Context
from briefing_app.errors import NotAvailableError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "dossier",
        help="prepare a briefing dossier from the archive",
        description="Gather every archived meeting with a country or person into a dossier.",
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--country", metavar="XX", help="ISO country or organisation code")
    who.add_argument("--person", metavar="NAME")
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="meetings since YYYY-MM-DD"
    )
    parser.add_argument("--template", metavar="NAME")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.docx", required=True)
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    raise NotAvailableError("Dossiers are not available yet in this version.")
