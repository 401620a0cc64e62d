"""Underlines spelling mistakes in the report and the notes in the meeting's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from briefing_app.ui.document import MeetingDocument
from briefing_app.ui.spelling import SpellChecker, SpellHighlighter, load_checker
from briefing_app.ui.views.main_window import MainWindow
from briefing_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class SpellingController(QObject):
    def __init__(self, window: MainWindow, doc: MeetingDocument, tasks: TaskRunner) -> None:
        super().__init__(window)
        self.doc, self.tasks = doc, tasks
        self.source = SpellHighlighter(window.source.document())
        self.notes = SpellHighlighter(window.form.notes.document())
        self._generation = 0
        doc.meetingReset.connect(self.refresh)
        doc.fieldChanged.connect(self._field_changed)

    def _field_changed(self, name: str) -> None:
        if name == "language":
            self.refresh()

    def refresh(self) -> None:
        """Load the dictionary and check the report on a worker thread."""
        self._generation += 1
        generation = self._generation
        meeting = self.doc.meeting
        language, text = meeting.language, meeting.source.text
        # Names the extraction found are not spelling mistakes (German nouns are capitalised,
        # so capital letters alone cannot tell names apart there).
        names = {
            word
            for person in [*meeting.attendees, *meeting.mentioned]
            for word in person.name.split()
        }
        if meeting.location is not None:
            names.update(meeting.location.name.split())

        def work() -> tuple[SpellChecker | None, frozenset[str] | None]:
            checker = load_checker(language)
            if checker is None:
                return None, None
            return checker, checker.unknown_words(text, skip_names=True) - names

        def done(result: tuple[SpellChecker | None, frozenset[str] | None]) -> None:
            if generation != self._generation:
                return  # a newer meeting or language replaced this one meanwhile
            checker, unknown = result
            self.source.set_checker(checker, unknown or frozenset() if checker else None)
            self.notes.set_checker(checker)

        self.tasks.start(
            work,
            done,
            lambda message: log.warning("spell check: %s", message),
            blocking=False,
            uses_model=False,
        )
