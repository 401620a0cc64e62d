"""Entry point of the frozen Briefing Desk bundle (PyInstaller runs this script).

Without arguments the editor opens; with a command it is the ``briefing-app`` command line.
A single existing file as the only argument (how file managers, Explorer and Finder pass a
double-clicked meeting) opens it in the editor.
``BRIEFING_APP_QUIT_AFTER_MS`` (used by the packaging smoke test) makes the editor report its
windows and quit by itself once its event loop has run that long.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence


def command_line(argv: Sequence[str]) -> list[str]:
    """The arguments for ``briefing_app.cli.main``: ``open`` is added before a lone file."""
    args = list(argv)
    if len(args) == 1 and not args[0].startswith("-") and os.path.isfile(args[0]):
        from briefing_app.cli import build_parser

        parser = build_parser()
        commands = {
            name
            for action in parser._actions
            if isinstance(action, argparse._SubParsersAction)
            for name in action.choices
        }
        if args[0] not in commands:
            return ["open", args[0]]
    return args


def main() -> int:
    multiprocessing.freeze_support()  # harmless unless a worker process is ever spawned
    if os.environ.get("BRIEFING_APP_QUIT_AFTER_MS"):
        from briefing_app.ui import smoke

        smoke.install()
    from briefing_app.cli import main as cli_main

    return cli_main(command_line(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
