"""Turning the lines pypdf gives per page back into paragraphs.

Removes running headers, footers and page numbers, joins lines that a paragraph
was wrapped into, and joins words hyphenated at a line end. Heuristics work on
the document's own lines, so they adapt to its layout and language.
"""

from __future__ import annotations

import re
from collections import Counter

# A line that is only a page number: "7", "- 7 -", "Page 7 of 12", "Seite 7", "Стр. 7", "7/12".
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:(?:page|seite|p\.|s\.|стр\.?|страница|pag\.?)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|von|sur|из|de)\s*\d{1,4})?[\s\-–—]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_LIST_START = re.compile(r"^\s*(?:[-–—•▪◦*>→]|\d{1,3}[.)]|[IVX]{1,5}\.|[a-z][.)])\s")
_EDGE = 2  # lines at the top and bottom of a page where running heads and feet sit


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without running headers/footers (repeated at the same page edge on at least
    half of the pages, numbers aside) and without page numbers."""
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for lines in pages:
        top.update({_edge_key(line) for line in lines[:_EDGE]})
        bottom.update({_edge_key(line) for line in lines[-_EDGE:]})
    threshold = max(2, (len(pages) + 1) // 2)
    heads = {key for key, n in top.items() if n >= threshold and key.strip()}
    feet = {key for key, n in bottom.items() if n >= threshold and key.strip()}
    cleaned: list[list[str]] = []
    for lines in pages:
        keep = list(lines)
        # Peel edge lines while they are running lines or bare page numbers.
        for _ in range(_EDGE):
            if len(keep) > 1 and (_edge_key(keep[0]) in heads or _PAGE_NUMBER.match(keep[0])):
                keep.pop(0)
            if len(keep) > 1 and (_edge_key(keep[-1]) in feet or _PAGE_NUMBER.match(keep[-1])):
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


def reflow(pages: list[list[str]], *, hyphenates: bool = True) -> str:
    """One paragraph per line: wrapped lines joined, hyphenation undone."""
    lines = [line.rstrip() for page in pages for line in page if line.strip()]
    if not lines:
        return ""
    lengths = sorted(len(line) for line in lines)
    full_width = lengths[int(len(lengths) * 0.9)] if len(lengths) > 3 else lengths[-1]
    vocabulary = _vocabulary(lines)
    paragraphs: list[str] = []
    current = lines[0]
    previous = lines[0]
    for line in lines[1:]:
        stripped = line.strip()
        continues = (
            (_is_full(previous, full_width) or previous.endswith("-"))
            and not _LIST_START.match(line)
            and not previous.endswith(":")
            # A short line ending in a colon is a label ("Teilnehmer:", "Present:").
            and not (stripped.endswith(":") and len(stripped) < 0.5 * full_width)
        )
        if continues:
            joined = (
                _join_hyphenated(current, stripped, vocabulary, hyphenates)
                if current.endswith("-")
                else None
            )
            current = joined if joined is not None else f"{current} {stripped}"
        else:
            paragraphs.append(current)
            current = line
        previous = line
    paragraphs.append(current)
    return "\n".join(paragraphs)
