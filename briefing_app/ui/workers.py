"""Run slow core work (import, extraction, export, archive search) on the thread pool.

The callable runs on a worker thread and must not touch widgets; its result or
error comes back through a queued signal and is handled on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing_app.errors import BriefingError
from briefing_app.workflow import warm_up

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], *, uses_model: bool = True) -> None:
        super().__init__()
        self.fn = fn
        self.uses_model = uses_model
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            if self.uses_model:
                warm_up()  # the model's first import happens in one thread only
            result = self.fn()
        except BriefingError as exc:
            self._emit(self.signals.failed, exc.message)
        except Exception as exc:  # a bug: log it fully, tell the officer plainly
            log.exception("background task failed")
            self._emit(self.signals.failed, f"Unexpected error ({type(exc).__name__}: {exc}).")
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application quit while this task was running
            log.debug("result of a background task dropped at exit")


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they report back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()
        self._blocking: set[Task] = set()
        self.pool = QThreadPool.globalInstance()

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        *,
        blocking: bool = True,
        uses_model: bool = True,
    ) -> Task:
        """Run *fn*; *blocking* tasks (imports, exports) keep the window from closing.

        *uses_model*: False for work that never touches the meeting model (country
        names, spelling), which then does not wait for or start pydantic's import."""
        task = Task(fn, uses_model=uses_model)
        self._running.add(task)
        if blocking:
            self._blocking.add(task)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._running.discard(task)
            self._blocking.discard(task)
            # The window may have closed while a background check was running.
            if shiboken6.isValid(self):
                callback(value)

        task.signals.done.connect(lambda result: finish(on_done, result))
        task.signals.failed.connect(lambda message: finish(on_failed, message))

        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._blocking)
