"""Spell checking with hunspell dictionaries through spylls (a pure-Python hunspell port).

spylls needs no compiler and reads the system's hunspell dictionaries
(``/usr/share/hunspell`` on Debian). Loading a dictionary takes a second or
two, so it happens on a worker thread; words are checked once and cached.
Without a dictionary for a language, nothing is underlined and a note is logged.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

log = logging.getLogger(__name__)

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Dictionary file stems to try per language, best first.
DICTIONARY_NAMES = {
    "de": ("de_DE", "de_AT", "de_CH", "de_BE", "de_LU", "de"),
    "en": ("en_GB", "en_US", "en"),
    "fr": ("fr_FR", "fr"),
    "ru": ("ru_RU", "ru"),
}
SEARCH_FOLDERS = (
    "/usr/share/hunspell",
    "/usr/share/myspell/dicts",
    "/usr/share/myspell",
    "/Library/Spelling",
    str(Path.home() / "Library" / "Spelling"),
)


def dictionary_folders() -> list[Path]:
    extra = os.environ.get("BRIEFING_APP_DICTIONARIES")
    folders = [Path(p) for p in extra.split(os.pathsep)] if extra else []
    return [*folders, *(Path(p) for p in SEARCH_FOLDERS)]


def find_dictionary(language: str) -> Path | None:
    """The path stem (without .aff/.dic) of an installed dictionary for *language*."""
    for folder in dictionary_folders():
        for name in DICTIONARY_NAMES.get(language, (language,)):
            stem = folder / name
            if stem.with_suffix(".aff").is_file() and stem.with_suffix(".dic").is_file():
                return stem
    return None


def checkable(word: str) -> bool:
    """Skip what dictionaries do not know by design: short words, acronyms."""
    return len(word) > 2 and not word.isupper()


class SpellChecker:
    def __init__(self, dictionary: object, language: str) -> None:
        self._dictionary = dictionary
        self.language = language
        self.is_correct = lru_cache(maxsize=50_000)(self._lookup)

    def _lookup(self, word: str) -> bool:
        try:
            return bool(self._dictionary.lookup(word))
        except Exception:  # a dictionary quirk must never break editing
            log.debug("spell check failed for %r", word, exc_info=True)
            return True

    def unknown_words(self, text: str, *, skip_names: bool = False) -> frozenset[str]:
        """Words of *text* the dictionary does not know.

        With *skip_names* (reports: someone else's text, full of names), capitalised
        words are left alone, except in German where every noun is capitalised.
        """
        words = {m.group() for m in WORD.finditer(text)}
        if skip_names and self.language != "de":
            words = {w for w in words if not w[0].isupper()}
        return frozenset(w for w in words if checkable(w) and not self.is_correct(w))


_checkers: dict[str, SpellChecker | None] = {}
_lock = threading.Lock()


def load_checker(language: str) -> SpellChecker | None:
    """A checker for *language*, or None (logged) without a dictionary or spylls."""
    with _lock:
        if language in _checkers:
            return _checkers[language]
        checker = None
        stem = find_dictionary(language)
        if stem is None:
            log.info("no hunspell dictionary for %r; spelling is not checked", language)
        else:
            try:
                from spylls.hunspell import Dictionary

                checker = SpellChecker(Dictionary.from_files(str(stem)), language)
            except ImportError:
                log.info("spylls is not installed; spelling is not checked")
            except Exception:
                log.warning("the dictionary %s cannot be read", stem, exc_info=True)
        _checkers[language] = checker
        return checker


class SpellHighlighter(QSyntaxHighlighter):
    """Wavy red underline under unknown words.

    With ``unknown`` set (precomputed off the GUI thread for the report), only that
    set is consulted; otherwise ``checker`` is asked word by word (short notes).
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.checker: SpellChecker | None = None
        self.unknown: frozenset[str] | None = None
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor(Qt.GlobalColor.red))

    def set_checker(
        self, checker: SpellChecker | None, unknown: frozenset[str] | None = None
    ) -> None:
        self.checker, self.unknown = checker, unknown
        self.rehighlight()

    def is_wrong(self, word: str) -> bool:
        if not checkable(word):
            return False
        if self.unknown is not None:
            return word in self.unknown
        return self.checker is not None and not self.checker.is_correct(word)

    def highlightBlock(self, text: str) -> None:
        if self.checker is None and self.unknown is None:
            return
        for match in WORD.finditer(text):
            if self.is_wrong(match.group()):
                # Block positions are UTF-16 units; count wide characters before the word.
                start = len(text[: match.start()].encode("utf-16-le")) // 2
                length = len(match.group().encode("utf-16-le")) // 2
                self.setFormat(start, length, self.format)
