"""Editor start-up: cold start to an interactive window, beside a bare PySide6 window.

    python benchmarks/startup.py [--n 100000] [--runs 5] [--dir DIR]

Each start is a fresh Python process (imports included) timed by this script
from launch until the child reports its window shown and its event loop running.
The editor opens on an archive of N meetings (built once with the archive's API,
kept in --dir for later runs); the bare window is a QMainWindow with a text edit,
started in the same run. Prints medians and the ratio (target <= 2), plus when all
start-up work is done and when the sample report is on screen. What the
editor does once its first frame is painted (``briefing_app.ui.app.start_in_background``:
pydantic's imports and validator builds and the archive's opening on worker threads,
then the settings model, the first meeting, the archive list, the follow-ups and the
people register) counts as start-up work; it is done when no worker is left.
A 5 ms timer runs on the GUI thread from the first frame until then; the longest gap
between its ticks is the longest a keystroke could wait, reported as "GUI stall" and
added to the window's time as the worst case for the first input. The start with the
sample (opened once the archive is, as ``briefing-app open`` does) reports its own stall.

Before timing, the package is byte-compiled (``compileall``, into ``__pycache__`` or
``PYTHONPYCACHEPREFIX`` when set), as a wheel or bundle install is. Without this, a
machine with ``PYTHONDONTWRITEBYTECODE=1`` recompiles every module of the package from
source in each child, which no installed copy does. The libraries on both sides come
byte-compiled from their installs already, so both sides are treated alike.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def child_bare(core: bool = False) -> None:
    if core:  # the floor the core sets: package, meeting model and settings imported
        import briefing_app.model.meeting
        import briefing_app.settings  # noqa: F401
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QPlainTextEdit())
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
    app.exec()


def child_editor(data: str, sample: bool) -> None:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing_app.paths import resolve_paths, sample_report
    from briefing_app.ui.app import build_editor, start_in_background

    # The same steps as briefing_app.ui.app.run_editor.
    app = QApplication(sys.argv[:1])
    window, controller = build_editor(paths=resolve_paths(data), open_archive=False)
    window.show()
    start = time.perf_counter()

    last = start
    longest = 0.0
    idle_polls = [0]
    shown = [False]

    def tick() -> None:
        # Ticks are 5 ms apart while the GUI thread is free; a longer gap is input waiting.
        nonlocal last, longest
        now = time.perf_counter()
        longest, last = max(longest, now - last), now

    def ready() -> None:
        print("READY", flush=True)
        tick()
        # As run_editor: after the first frame, the model warm-up and the archive on
        # workers; the sample once the archive is open.
        then = (lambda: controller.open_paths([str(sample_report())])) if sample else None
        start_in_background(window, controller, then=then)
        poll()

    def poll() -> None:
        tick()
        listed = controller.archive.searched or controller.archive.unavailable
        # Read without doc.meeting, which would build the first meeting here, on the GUI
        # thread, before the deferred start does (and stall the first frame doing it).
        meeting = controller.doc._meeting
        loaded = not sample or (meeting is not None and bool(meeting.source.text))
        started = controller._settings is not None and meeting is not None
        # Settled: every worker done (follow-ups, people register and spelling dictionary
        # included, not only the blocking tasks) on two polls in a row, so the last
        # result queued to this thread has been shown too.
        idle = not controller.tasks.busy and QThreadPool.globalInstance().activeThreadCount() == 0
        idle_polls[0] = idle_polls[0] + 1 if idle else 0
        if sample and loaded and not shown[0]:
            shown[0] = True
            print(f"SHOWN {(time.perf_counter() - start) * 1000:.0f}", flush=True)
        if listed and loaded and started and idle_polls[0] >= 2:
            print(f"FILLED {(time.perf_counter() - start) * 1000:.0f}", flush=True)
            print(f"STALL {longest * 1000:.1f}", flush=True)
            controller.doc.undo_stack.setClean()
            controller.archive.close()
            app.quit()
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, ready)
    app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)


def run_child(args: list[str]) -> tuple[float, float | None, float, float | None]:
    """Milliseconds from launch to READY, READY to FILLED, the longest GUI stall between
    them, and READY to SHOWN (the sample on screen); editor only but the first."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    ready = filled = shown = None
    stall = 0.0
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            ready = (time.perf_counter() - start) * 1000
        elif line.startswith("FILLED"):
            filled = float(line.split()[1])
        elif line.startswith("SHOWN"):
            shown = float(line.split()[1])
        elif line.startswith("STALL"):
            stall = float(line.split()[1])
    if proc.wait(timeout=300) != 0 or ready is None:
        raise SystemExit(f"child {args} failed")
    return ready, filled, stall, shown


def build_archive(folder: Path, n: int) -> None:
    """N meetings generated from the corpus (the archive benchmark's generator)."""
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]
    from archive_scale import base_meetings, generate

    from briefing_app.archive import open_archive
    from briefing_app.paths import resolve_paths

    paths = resolve_paths(folder).ensure()
    marker = folder / f".built-{n}"
    if marker.exists():
        return
    for leftover in paths.data.glob(paths.archive_file.name + "*"):
        leftover.unlink()  # a half-built archive from an interrupted run
    started = time.perf_counter()
    with open_archive(paths.archive_file, check="quick") as archive, archive.bulk():
        for i, meeting in enumerate(generate(base_meetings(), n), 1):
            archive.save(meeting)
            if i % 10000 == 0:
                print(f"  built {i} meetings", flush=True)
    marker.touch()
    print(f"archive of {n} meetings built in {time.perf_counter() - started:.0f} s", flush=True)


def weekly_check_done(folder: Path) -> None:
    """Run the large archive's full integrity check once and record it, as the editor does
    on the first start of a week; the starts measured are the ordinary ones after it."""
    from briefing_app.archive import integrity, open_archive
    from briefing_app.paths import resolve_paths

    paths = resolve_paths(folder)
    record = paths.cache / "integrity-checks.json"
    if not integrity.full_check_due(paths.archive_file, record):
        return
    started = time.perf_counter()
    with open_archive(paths.archive_file, check="quick") as archive:
        problems = archive.check_integrity()
    if problems:
        raise SystemExit(f"the benchmark archive is damaged: {problems[0]}")
    integrity.record_full_check(paths.archive_file, record)
    print(f"full integrity check of the archive: {time.perf_counter() - started:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="meetings in the archive")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, help="folder for the archive (kept between runs)")
    parser.add_argument("--child", choices=("bare", "bare-core", "editor", "editor-sample"))
    parser.add_argument("--data")
    args = parser.parse_args()
    if args.child in ("bare", "bare-core"):
        child_bare(core=args.child == "bare-core")
        return 0
    if args.child:
        child_editor(args.data, args.child == "editor-sample")
        return 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "")
    if not os.environ["QT_QPA_PLATFORM"]:
        del os.environ["QT_QPA_PLATFORM"]
    folder = args.dir or Path(tempfile.mkdtemp(prefix="startup-bench-"))
    try:
        import briefing_app.archive  # noqa: F401

        build_archive(folder, args.n)
        weekly_check_done(folder)
        label = f"{args.n:,} meetings"
    except ImportError:
        label = "no archive in this build"
    # Byte-compiled like an installed copy (see the module docstring).
    compiled = compileall.compile_dir(ROOT / "briefing_app", quiet=1)
    run_child(["--child", "bare"])  # warm the disk cache for both sides alike
    run_child(["--child", "editor", "--data", str(folder)])
    bare, core, editor, filled, stalls = [], [], [], [], []
    sample, sample_settled, sample_stalls = [], [], []
    for _ in range(args.runs):
        bare.append(run_child(["--child", "bare"])[0])
        core.append(run_child(["--child", "bare-core"])[0])
        ready, fill, stall, _shown = run_child(["--child", "editor", "--data", str(folder)])
        editor.append(ready)
        stalls.append(stall)
        filled.append(fill or 0.0)
        _ready, settled, sample_stall, shown = run_child(
            ["--child", "editor-sample", "--data", str(folder)]
        )
        sample.append(shown or 0.0)
        sample_settled.append(settled or 0.0)
        sample_stalls.append(sample_stall)
    b, e = statistics.median(bare), statistics.median(editor)
    print(
        f"startup ({label}, {args.runs} runs, median, platform "
        f"{os.environ.get('QT_QPA_PLATFORM', 'default')}, package byte-compiled"
        f"{'' if compiled else ' with ERRORS'}):"
    )
    print(f"  bare PySide6 window       {b:7.0f} ms")
    c = statistics.median(core)
    print(f"  bare window + core model  {c:7.0f} ms   ratio {c / b:.2f} (the core's share)")
    print(f"  Briefing Desk window      {e:7.0f} ms   ratio {e / b:.2f} (target <= 2)")
    st = statistics.median(stalls)
    print(f"  + longest GUI stall       {st:7.0f} ms until all start-up work is done (input waits)")
    print(
        f"  worst case for input      {e + st:7.0f} ms   ratio {(e + st) / b:.2f} (window + stall)"
    )
    print(f"  + start-up work all done  {statistics.median(filled):7.0f} ms after the window")
    print("  with the sample (opened once the archive is open):")
    for label, values, unit in (
        ("sample on screen", sample, "ms after the window"),
        ("start-up work all done", sample_settled, "ms after the window"),
        ("longest GUI stall", sample_stalls, "ms"),
    ):
        print(f"  + {label:<24}{statistics.median(values):7.0f} {unit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
