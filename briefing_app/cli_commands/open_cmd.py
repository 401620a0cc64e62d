"""``briefing-app open [PATH]``: launch the editor."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli_commands.context import Context


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "open",
        help="launch the editor (the default command)",
        description="Launch the editor. PATH is a report to import or a saved meeting "
        "(.briefing.json); without PATH the editor opens the bundled sample report.",
    )
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH")
    parser.add_argument(
        "--empty", action="store_true", help="start with an empty meeting instead of the sample"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # Qt is imported only here so every other command starts fast and runs headless.
    from briefing_app.ui.app import run_editor

    return run_editor(paths=ctx.paths, path=args.path, empty=getattr(args, "empty", False))
