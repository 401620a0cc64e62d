"""Fixtures for the editor tests: a window built with scripted dialogs (nothing modal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from briefing_app.model import Location, Meeting, Person, Provenance, Source, Span, Topic
from briefing_app.paths import resolve_paths, sample_report


@dataclass
class ScriptedDialogs:
    """Answers the controllers' questions from lists; records what was shown."""

    save_answers: list[str] = field(default_factory=list)
    open_answers: list[Path | None] = field(default_factory=list)
    save_file_answers: list[Path | None] = field(default_factory=list)
    yes_no_answers: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    asked_save: int = 0

    def ask_save_changes(self, title: str) -> str:
        self.asked_save += 1
        return self.save_answers.pop(0) if self.save_answers else "cancel"

    def ask_yes_no(self, title: str, text: str) -> bool:
        return self.yes_no_answers.pop(0) if self.yes_no_answers else False

    def open_file(self, title: str, filters: str, folder: str = "") -> Path | None:
        return self.open_answers.pop(0) if self.open_answers else None

    def save_file(self, title: str, filters: str, suggestion: str = "") -> Path | None:
        return self.save_file_answers.pop(0) if self.save_file_answers else None

    def error(self, text: str) -> None:
        self.errors.append(text)

    def info(self, title: str, text: str) -> None:
        pass


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start=start, end=start + len(piece))


@pytest.fixture
def sample_meeting() -> Meeting:
    """The bundled sample report with a few values filled in as extraction would."""
    text = sample_report().read_text(encoding="utf-8")
    return Meeting(
        title="Beridze receives Kazakh Deputy Foreign Minister",
        source=Source(file_name="sample-report.txt", format="txt", text=text),
        location=Location(
            name="Tbilisi",
            country="GE",
            provenance=Provenance(spans=[_span(text, "TBILISI")], confidence=0.9),
        ),
        attendees=[
            Person(
                name="Nino Beridze",
                role="Foreign Minister",
                country="GE",
                side="host",
                provenance=Provenance(spans=[_span(text, "Nino Beridze")], confidence=0.95),
            ),
            Person(
                name="Aibek Sarsenov",
                role="Deputy Foreign Minister",
                country="KZ",
                side="guest",
                provenance=Provenance(spans=[_span(text, "Aibek Sarsenov")], confidence=0.4),
            ),
        ],
        topics=[
            Topic(
                label="Middle Corridor",
                provenance=Provenance(spans=[_span(text, "the Middle Corridor")], confidence=0.8),
            )
        ],
        provenance={
            "title": Provenance(spans=[_span(text, "Foreign Minister Nino")], confidence=0.5)
        },
    )


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def editor(qtbot, dialogs):
    """(window, controller) on a fresh data folder, closed without questions afterwards."""
    from briefing_app.ui.app import build_editor

    paths = resolve_paths().ensure()
    window, controller = build_editor(paths=paths, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    yield window, controller
    controller.doc.undo_stack.setClean()
    controller.tasks.pool.waitForDone(10000)
