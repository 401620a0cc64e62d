"""Spelling: hunspell dictionaries through spylls, checked off the GUI thread."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QTextCharFormat

from briefing_app.model import Meeting, Source
from briefing_app.ui.spelling import find_dictionary, load_checker

needs_en = pytest.mark.skipif(
    find_dictionary("en") is None, reason="no English hunspell dictionary"
)


def _underlined(edit) -> list[str]:
    words = []
    block = edit.document().begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            if (
                fmt_range.format.underlineStyle()
                == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
            ):
                words.append(block.text()[fmt_range.start : fmt_range.start + fmt_range.length])
        block = block.next()
    return words


@needs_en
def test_checker_knows_words_and_skips_acronyms():
    checker = load_checker("en")
    assert checker is not None
    assert checker.unknown_words("The minister recieved the OSCE delegation in Tbilsi.") == {
        "recieved",
        "Tbilsi",
    }


def test_language_without_dictionary_degrades_to_no_checking(caplog):
    caplog.set_level(logging.INFO, logger="briefing_app.ui.spelling")
    assert load_checker("xx") is None
    assert "no hunspell dictionary" in caplog.text


@needs_en
def test_report_mistakes_are_underlined(editor, qtbot):
    window, controller = editor
    text = "The minister recieved the delegation.\nTalks went well."
    controller.show_meeting(Meeting(language="en", source=Source(text=text)))
    qtbot.waitUntil(lambda: _underlined(window.source) == ["recieved"], timeout=20000)
    window.form.notes.setPlainText("Folow up on the cable.")
    assert _underlined(window.form.notes) == ["Folow"]
