"""Acronyms in brackets that say whose unit someone or something is ("M. Ba (OFOR)",
"ministère (DH)", "Bashir Yusuf (NEPC)"): the unit acts, it is no subject of the talks."""

from __future__ import annotations

import re

# a ministry or department named by a common noun right before the brackets
_OFFICE = re.compile(
    r"(?:ministère|ministry|département|department|direction|service|agence|agency)\s*$",
    re.IGNORECASE,
)

# "Département fédéral des affaires étrangères (DFAE)": the short name of a ministry
_MINISTRY_NAMED = re.compile(
    r"\b(?:ministère|ministry|département|department)\b[^().;]{0,70}$", re.IGNORECASE
)


def unit_in_brackets(sentence: str, start: int, end: int, people: frozenset[str]) -> bool:
    if sentence[start - 1 : start] != "(" or sentence[end : end + 1] != ")":
        return False
    before = sentence[: start - 1].rstrip()
    last = re.search(r"([\w'’-]+)$", before)
    if last is None:
        return False
    return (
        last.group(1) in people
        or bool(_OFFICE.search(before))
        or bool(_MINISTRY_NAMED.search(before))
    )


def initials_of_headline(headline: str, word: str) -> bool:
    """ "BNC", "WG" under "… Bi-National Commission – Working Group on Trade …": an acronym
    spelt by consecutive capitalised words of the headline is the meeting's own body."""
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 5):
        return False
    parts = [p for p in re.split(r"[\s\-–—/,:]+", headline) if p]
    letters = "".join(p[0] if p[:1].isupper() else " " for p in parts)
    return word in letters.split(" ") or any(word in chunk for chunk in letters.split(" "))
