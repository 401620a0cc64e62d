"""``briefing-app extract PATH``: import a report, pre-fill a meeting, print it as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli_commands.context import Context, parse_date_option
from briefing_app.workflow import LANGUAGES, import_report


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="import a report and print the pre-filled meeting as JSON",
        description="Import a report (txt, md, docx, odt, rtf, html, eml, msg, pdf), pre-fill "
        "the meeting fields and print the meeting as JSON on standard output.",
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="the report to import")
    parser.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        help="the day of import, used for dates without a year or relative dates (default: today)",
    )
    parser.add_argument(
        "--language", choices=LANGUAGES, default="auto", help="language of the report"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from briefing_app.model import meeting_to_json  # here: every command is imported for the parser

    meeting = import_report(
        args.path,
        reference_date=parse_date_option(args.reference_date, "--reference-date"),
        language=args.language,
        settings=ctx.settings,
    )
    ctx.out.write(meeting_to_json(meeting))
    return 0
