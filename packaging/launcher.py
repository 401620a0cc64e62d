"""Entry point of the frozen Briefing Desk bundle (PyInstaller runs this script).

Without arguments the editor opens; with a command it is the ``briefing-app`` command line.
``BRIEFING_APP_QUIT_AFTER_MS`` (used by the packaging smoke test) makes the editor report its
windows and quit by itself once its event loop has run that long.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def main() -> int:
    multiprocessing.freeze_support()  # harmless unless a worker process is ever spawned
    if os.environ.get("BRIEFING_APP_QUIT_AFTER_MS"):
        from briefing_app.ui import smoke

        smoke.install()
    from briefing_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
