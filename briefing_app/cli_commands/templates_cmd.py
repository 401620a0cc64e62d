"""``briefing-app templates``: list the available templates."""

from __future__ import annotations

import argparse

from briefing_app.cli_commands.context import Context
from briefing_app.errors import NotAvailableError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "templates",
        help="list the templates",
        description="List the built-in and your own templates (name, language, description).",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    raise NotAvailableError("Templates are not available yet in this version.")
