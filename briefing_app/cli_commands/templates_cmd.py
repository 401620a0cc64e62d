"""``briefing-app templates``: list the available templates."""

from __future__ import annotations

import argparse

from briefing_app.cli_commands.context import Context


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "templates",
        help="list the templates",
        description="List the built-in and your own templates (name, language, description).",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from briefing_app.export import list_templates

    templates = list_templates(ctx.paths)
    if args.json:
        ctx.print_json([info.to_json() for info in templates])
        return 0
    width = max((len(info.name) for info in templates), default=4)
    for info in templates:
        origin = "built-in" if info.builtin else "yours"
        line = f"{info.name:<{width}}  {info.language}  {info.kind:<7}  {origin:<8}  "
        ctx.print(line + (f"UNUSABLE: {info.problem}" if info.problem else info.description))
    ctx.print(f"\nYour own templates go in {ctx.paths.user_templates} (NAME.docx + NAME.json).")
    return 0
