"""``briefing-app export PATH --template NAME``: write a Word briefing note."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli_commands.context import Context, parse_date_option


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
    from briefing_app.export import export_meeting
    from briefing_app.workflow import open_meeting_or_report, template_extra

    reference_date = parse_date_option(args.reference_date, "--reference-date")
    settings = ctx.settings
    meeting = open_meeting_or_report(args.path, reference_date=reference_date, settings=settings)
    result = export_meeting(
        meeting,
        template=args.template or settings.default_template,
        output=args.output,
        paths=ctx.paths,
        settings=settings,
        force=args.force,
        pdf=args.pdf,
        extra=template_extra(meeting),
    )
    ctx.print(f"Wrote {result.docx}")
    if result.pdf is not None:
        ctx.print(f"Wrote {result.pdf}")
    return 0
