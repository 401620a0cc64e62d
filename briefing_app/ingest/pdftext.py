"""Turning the lines pypdf gives per page back into paragraphs.

Removes running headers, footers and page numbers, joins lines that a paragraph
was wrapped into, and joins words hyphenated at a line end. Heuristics work on
the document's own lines, so they adapt to its layout and language.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, TypeVar

# A line that is only a page number: "7", "- 7 -", "Page 7 of 12", "Seite 7", "Стр. 7", "7/12".
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:(?:page|seite|p\.|s\.|стр\.?|страница|pag\.?)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|von|sur|из|de)\s*\d{1,4})?[\s\-–—]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_LIST_START = re.compile(r"^\s*(?:[-–—•▪◦*>→|]|\d{1,3}[.)]|[IVX]{1,5}\.|[a-z][.)])\s")
_EDGE = 2  # lines at the top and bottom of a page where running heads and feet sit


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())


# A line of a page and, before it, 1 when vertical space (or the previous page ending
# short) sets it apart from the line above, else 0.
Line = tuple[int, str]
Positioned = TypeVar("Positioned", bound=tuple[Any, str])


def strip_running_lines(pages: list[list[Positioned]]) -> list[list[Positioned]]:
    """Pages without running headers/footers (repeated at the same page edge on at least
    half of the pages, numbers aside) and without page numbers."""
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for lines in pages:
        top.update({_edge_key(text) for _, text in lines[:_EDGE]})
        bottom.update({_edge_key(text) for _, text in lines[-_EDGE:]})
    threshold = max(2, (len(pages) + 1) // 2)
    heads = {key for key, n in top.items() if n >= threshold and key.strip()}
    feet = {key for key, n in bottom.items() if n >= threshold and key.strip()}
    cleaned: list[list[Positioned]] = []
    for lines in pages:
        keep = list(lines)
        # Peel edge lines while they are running lines or bare page numbers.
        for _ in range(_EDGE):
            if len(keep) > 1 and (_edge_key(keep[0][1]) in heads or _PAGE_NUMBER.match(keep[0][1])):
                keep.pop(0)
            if len(keep) > 1 and (
                _edge_key(keep[-1][1]) in feet or _PAGE_NUMBER.match(keep[-1][1])
            ):
                keep.pop()
        cleaned.append(keep)
    return cleaned


def _vocabulary(lines: list[str]) -> set[str]:
    words: set[str] = set()
    for line in lines:
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line))
    return words


def _join_hyphenated(head: str, tail: str, vocabulary: set[str], hyphenates: bool) -> str | None:
    """The two lines joined across a line-end hyphen, or None when it is not one.

    Without evidence from the document's own words, *hyphenates* decides: whether the
    program that made the PDF breaks words at line ends by itself.
    """
    match = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$", head)
    if not match:
        return None
    next_word = re.match(r"[^\W\d_]+", tail)
    if not next_word:
        return None
    prefix = match.group(1)
    first = next_word.group(0)
    if not first[0].islower() or "-" in prefix:
        # "Baku-" + "Tbilisi", "mining-to-" + "processing": a real hyphen, keep it.
        return head + tail
    joined = (prefix.split("-")[-1] + first).lower()
    hyphenated = f"{prefix}-{first}".lower()
    if joined in vocabulary and hyphenated not in vocabulary:
        return head[:-1] + tail
    if hyphenated in vocabulary and joined not in vocabulary:
        return head + tail
    return head[:-1] + tail if hyphenates else head + tail


def _is_full(line: str, full_width: int) -> bool:
    return len(line) >= 0.8 * full_width


# Office programs export PDFs without automatic hyphenation unless the author switched it on,
# so a line-end hyphen in their output is nearly always part of the word ("note-taker").
_NON_HYPHENATING = re.compile(r"word|writer|libreoffice|openoffice|pages|google docs", re.I)


def producer_hyphenates(producer: str) -> bool:
    return not _NON_HYPHENATING.search(producer or "")


def reflow(pages: list[list[Line]], *, hyphenates: bool = True) -> str:
    """One paragraph per line: wrapped lines joined, hyphenation undone.

    Vertical space wider than the usual line spacing ends a paragraph; where a document
    has none, a line clearly shorter than the text width does. A new page continues the
    last paragraph when that paragraph's line ran to the full width.
    """
    lines = [
        (gap, index == 0, text.strip())
        for page in pages
        for index, (gap, text) in enumerate(page)
        if text.strip()
    ]
    if not lines:
        return ""
    lengths = sorted(len(text) for _, _, text in lines)
    full_width = lengths[int(len(lengths) * 0.9)] if len(lengths) > 3 else lengths[-1]
    inner_gaps = Counter(gap for gap, first, _ in lines if not first)
    usual_gap = inner_gaps.most_common(1)[0][0] if inner_gaps else 0
    paragraph_gap = usual_gap + 1
    uses_gaps = any(gap >= paragraph_gap for gap in inner_gaps)
    vocabulary = _vocabulary([text for _, _, text in lines])
    paragraphs: list[str] = []
    current = previous = lines[0][2]
    for gap, first_on_page, text in lines[1:]:
        if _LIST_START.match(text) or (
            # A short line ending in a colon is a label ("Teilnehmer:", "Present:").
            previous.endswith(":") and len(previous) < 0.5 * full_width
        ):
            continues = False
        elif first_on_page and gap >= paragraph_gap:
            continues = False  # the previous page ended short of its bottom margin
        elif uses_gaps and not first_on_page:
            continues = gap < paragraph_gap and len(previous) >= 0.5 * full_width
        else:
            continues = (_is_full(previous, full_width) or previous.endswith("-")) and not (
                # A short line ending in a colon is a label ("Teilnehmer:", "Present:").
                text.endswith(":") and len(text) < 0.5 * full_width
            )
        if continues:
            joined = (
                _join_hyphenated(current, text, vocabulary, hyphenates)
                if current.endswith("-")
                else None
            )
            current = joined if joined is not None else f"{current} {text}"
        else:
            paragraphs.append(current)
            current = text
        previous = text
    paragraphs.append(current)
    return "\n".join(paragraphs)
