"""Sentence segmentation with character spans into the unchanged report text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from briefing_app.extract.lexicon import common


@dataclass(frozen=True)
class Sentence:
    """``text[start:end]`` of the report; ``line`` is the index of its line (paragraph)."""

    start: int
    end: int
    text: str
    line: int
    index: int = 0


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    index: int


_BOUNDARY = re.compile(r"[.!?…]+[»\"”')]*\s+(?=[«\"„“(\[]?[A-ZÄÖÜÀ-ÝА-ЯЁ0-9])")
_LAST_TOKEN = re.compile(r"(\S+)$")
# List markers that are not part of an item: bullets, arrows, numbers, table pipes.
_MARKER = re.compile(
    r"^(?:\s*(?:[-–—•*·→>▪◦]|\|?\s*\d{1,2}\s*\||(?:\(?[0-9]{1,2}|[a-z]|[IVX]{1,4})[.)]"
    r"(?=\s)|\|)\s*)+"
)


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(common("abbreviations").get("abbreviations", []))


def lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        out.append(Line(pos, pos + len(raw), raw, index))
        pos += len(raw) + 1
    return out


def _ends_sentence(chunk: str) -> bool:
    match = _LAST_TOKEN.search(chunk)
    if not match:
        return True
    token = match.group(1).rstrip(".!?…»\"”')")
    bare = token.lstrip('(«"„“').lower()
    if len(bare) == 1 and bare.isalpha():  # an initial: "D. Price"
        return False
    if re.fullmatch(r"(?:[^\W\d_a-zа-яё]\.-?)+[^\W\d_a-zа-яё]", token.lstrip('(«"„“')):
        return False  # initials written together: "А.Т. Токтосунов", "J.-P. Martin"

    if bare in _abbreviations():
        return False
    if re.search(r"\d[)\]]\.$", match.group(1)):
        return True  # "(Art. 9). Legal teams …": a bracket closes before the full stop
    # German ordinals and dates without a year: "am 3. März", "bis 28.03."
    return not re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", bare)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of every line; a line never continues into the next one."""
    sentences: list[Sentence] = []
    for line in lines(text):
        if not line.text.strip():
            continue
        start = 0
        for match in _BOUNDARY.finditer(line.text):
            end = match.start() + len(match.group(0).rstrip())
            if _ends_sentence(line.text[start:end]):
                _add(sentences, line, start, end)
                start = match.end()
        _add(sentences, line, start, len(line.text))
    return sentences


def _add(out: list[Sentence], line: Line, start: int, end: int) -> None:
    chunk = line.text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = line.start + start + lead
    out.append(Sentence(s, s + len(stripped), stripped, line.index, len(out)))


def strip_marker(text: str, start: int) -> tuple[str, int, int]:
    """The item without its bullet, number or table pipes: (text, start, end)."""
    match = _MARKER.match(text)
    cut = match.end() if match else 0
    body = text[cut:]
    body = body.rstrip()
    if body.endswith("|"):
        body = body[:-1].rstrip()
    lead = len(text[cut:]) - len(text[cut:].lstrip())
    body = body.strip()
    return body, start + cut + lead, start + cut + lead + len(body)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w'’][\w'’.-]*[\w]|\w", text)]


class Intervals:
    """Character ranges with a fast "is this offset inside one of them" test."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self._starts = [a for a, _ in merged]
        self._ranges = merged

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ranges[i][1]

    def any_start_in(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end
