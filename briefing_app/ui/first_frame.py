"""Run start-up work once a window has painted its first frame.

Background work started before that competes with the first paint for the GIL: the
paint calls into Python (item models, styles) and waits up to a switch interval each
time a worker holds the interpreter. Measured on the 100,000-meeting archive, the first
frame took 60–90 ms with the workers running and 25 ms without.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 500  # a window that never paints (minimised, hidden) still starts


class _FirstFrame(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            # The window's own paint comes first in a frame; queued, the callback runs
            # after the children have painted too.
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_frame(
    window: QWidget, callback: Callable[[], None], *, fallback_ms: int = FALLBACK_MS
) -> None:
    """Call *callback* once, on this thread, after *window*'s first frame is painted, or
    after *fallback_ms* if no frame comes."""
    _FirstFrame(window, callback, fallback_ms)
