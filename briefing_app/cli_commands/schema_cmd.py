"""``briefing-app schema``: print the Meeting's JSON Schema."""

from __future__ import annotations

import argparse

from briefing_app.cli_commands.context import Context


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "schema",
        help="print the JSON Schema of a meeting file",
        description="Print the JSON Schema of the meeting's JSON form (.briefing.json).",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from briefing_app.model import (
        meeting_json_schema,
    )  # here: every command is imported for the parser

    ctx.print_json(meeting_json_schema())
    return 0
