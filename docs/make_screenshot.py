"""Take the README's screenshot: the editor with the sample report and an archive of the corpus.

Run under a virtual screen:
    xvfb-run -a -s '-screen 0 1440x900x24' .venv/bin/python docs/make_screenshot.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from briefing_app.archive import open_archive  # noqa: E402
from briefing_app.model import meeting_from_dict  # noqa: E402
from briefing_app.paths import resolve_paths, sample_report  # noqa: E402
from briefing_app.ui.app import build_editor  # noqa: E402
from tests.corpus_data import corpus_items  # noqa: E402


def main() -> None:
    paths = resolve_paths(tempfile.mkdtemp(prefix="briefing-shot-")).ensure()
    with open_archive(paths.archive_file) as archive:
        for item in corpus_items():
            meeting = meeting_from_dict(item["gold"])
            meeting.source.text = item["text"]
            meeting.language = item["language"]
            archive.save(meeting)
    app = QApplication(sys.argv[:1])
    window, controller = build_editor(paths=paths)
    window.resize(1440, 900)
    window.show()
    controller.open_paths([str(sample_report())])
    pool = QThreadPool.globalInstance()
    deadline = dt.datetime.now() + dt.timedelta(seconds=60)
    while dt.datetime.now() < deadline:
        app.processEvents()
        if pool.activeThreadCount() == 0:
            app.processEvents()
            break
        pool.waitForDone(100)
    for _ in range(20):
        app.processEvents()
    target = ROOT / "docs" / "screenshot.png"
    window.grab().save(str(target))
    print(f"wrote {target}")
    pool.waitForDone(10_000)
    # Discard the sample meeting's recovery copy and skip the save question.
    app.exit(0)


if __name__ == "__main__":
    main()
