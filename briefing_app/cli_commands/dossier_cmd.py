"""``briefing-app dossier``: a briefing dossier gathered from the archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli_commands.context import Context, parse_date_option
from briefing_app.errors import UserInputError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "dossier",
        help="prepare a briefing dossier from the archive",
        description="Gather every archived meeting with a country or person into a dossier, "
        "save it in the archive and write it as a Word file.",
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--country", metavar="XX", help="ISO country or organisation code")
    who.add_argument("--person", metavar="NAME")
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="meetings since YYYY-MM-DD"
    )
    parser.add_argument("--template", metavar="NAME")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.docx", required=True)
    parser.add_argument(
        "--force",
        action="store_true",
        help="overwrite an existing file; with --classification, allow marking the dossier "
        "below its sources",
    )
    parser.add_argument(
        "--classification",
        metavar="LEVEL",
        help="marking of the dossier (default: the highest of its source meetings)",
    )
    parser.add_argument("--purpose", metavar="TEXT", help="the purpose line")
    parser.add_argument(
        "--date", dest="meeting_date", metavar="DATE", help="date of the meeting (YYYY-MM-DD)"
    )
    parser.add_argument("--place", metavar="PLACE", help="where the meeting will be")
    parser.add_argument(
        "--talking-point",
        dest="talking_points",
        action="append",
        default=[],
        metavar="TEXT",
        help="a talking point (repeat for more)",
    )
    parser.add_argument("--pdf", action="store_true", help="also write a PDF beside the Word file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from briefing_app.archive import open_archive
    from briefing_app.dossier import ClassificationLoweredError, set_classification, to_meeting
    from briefing_app.dossier.archive_source import build_dossier_from_archive
    from briefing_app.dossier.export import default_template, export_dossier
    from briefing_app.export import find_template

    date_from = parse_date_option(args.date_from, "--from")
    meeting_date = parse_date_option(args.meeting_date, "--date")
    template = find_template(args.template or default_template(ctx.settings), ctx.paths)
    if template.kind != "dossier":
        raise UserInputError(
            f"The template '{template.name}' is for meeting notes; choose a dossier template "
            "such as dossier-en or dossier-de (see: briefing-app templates)."
        )
    if not ctx.paths.archive_file.exists():
        raise UserInputError(
            f"There is no archive yet ({ctx.paths.archive_file}); save or import meetings first."
        )
    with open_archive(ctx.paths.archive_file) as archive:
        dossier = build_dossier_from_archive(
            archive,
            country=args.country,
            person=args.person,
            date_from=date_from,
            language=template.language if template.language in ("de", "en") else "en",
        )
        if args.classification:
            # Refuses to lower below the sources unless --force; then it still says so.
            try:
                warning = set_classification(dossier, args.classification, force=args.force)
            except ClassificationLoweredError as exc:
                raise ClassificationLoweredError(
                    f"{exc.message} Nothing was written; add --force to mark it lower anyway."
                ) from exc
            if warning:
                print(f"Warning: {warning}", file=ctx.err)
        if args.purpose:
            dossier.purpose = args.purpose
        dossier.meeting_date = meeting_date
        dossier.meeting_place = (args.place or "").strip()
        dossier.talking_points = list(args.talking_points)
        result = export_dossier(
            dossier,
            template=template.name,
            output=args.output,
            paths=ctx.paths,
            settings=ctx.settings,
            force=args.force,
            pdf=args.pdf,
        )
        archive.save(to_meeting(dossier, drafted_by=ctx.settings.author))

    timeline = dossier.timeline()
    items = dossier.open_items()
    if not timeline:
        print(
            f"Warning: the archive has no earlier meetings with {dossier.subject.label}.",
            file=ctx.err,
        )
    ctx.print(
        f"Dossier on {dossier.subject.label}: {len(timeline)} earlier meeting(s), "
        f"{len(items)} open follow-up(s) ({sum(i.overdue for i in items)} overdue), "
        f"{len(dossier.recurring_topics())} recurring topic(s); "
        f"classification {dossier.classification}."
    )
    ctx.print(f"Wrote {result.docx}")
    if result.pdf is not None:
        ctx.print(f"Wrote {result.pdf}")
    ctx.print(f"Saved in the archive as {dossier.id}.")
    return 0
