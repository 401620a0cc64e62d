"""The command line: argument parsing and output only; the work is done by core functions."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from briefing_app import __version__
from briefing_app.cli_commands import (
    archive_cmd,
    dossier_cmd,
    export_cmd,
    extract_cmd,
    open_cmd,
    schema_cmd,
    templates_cmd,
)
from briefing_app.cli_commands.context import Context
from briefing_app.errors import BriefingError
from briefing_app.paths import resolve_paths

PROG = "briefing-app"
COMMANDS = (open_cmd, extract_cmd, export_cmd, templates_cmd, archive_cmd, dossier_cmd, schema_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Briefing Desk: turn meeting reports into Word briefing notes and keep an "
        "archive of every meeting. Without a command, the editor opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep archive, settings, templates, cache and logs in DIR "
        "(default: the per-user folders; also BRIEFING_APP_DATA_DIR)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "open"])
    ctx = Context(paths=resolve_paths(args.data_dir), debug=args.debug)
    try:
        return int(args.handler(args, ctx))
    except BriefingError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``briefing-app archive list | head``): not an error. Point
        # stdout at devnull so Python's flush at exit does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted.", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so plainly, keep the traceback for --debug
        if args.debug:
            traceback.print_exc()
        print(
            f"{PROG}: unexpected error ({type(exc).__name__}: {exc}); "
            "run again with --debug for details.",
            file=sys.stderr,
        )
        return 1


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main([*sys.argv[1:], "open"] if len(sys.argv) == 1 else sys.argv[1:])
