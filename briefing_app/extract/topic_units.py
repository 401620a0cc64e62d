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
