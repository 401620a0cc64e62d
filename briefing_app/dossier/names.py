"""Comparing people's names across languages and scripts.

The same person is ``Sergej Lawrow`` in a German report, ``Sergueï Lavrov`` in a
French one and ``Сергей Лавров`` in a Russian one. Names are transliterated to
ASCII, folded with the rewrites in ``resources/dossier.json`` and then compared
token by token with rapidfuzz, so that a surname alone also finds the person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from briefing_app.dossier.data import dossier_data

_NOT_LETTER = re.compile(r"[^a-z ]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-neutral form of *name*: ASCII, lower case, folded, tokens kept in order."""
    text = anyascii(name).casefold().replace("-", " ")
    text = _NOT_LETTER.sub("", text)
    tokens = []
    for token in text.split():
        for old, new in dossier_data().name_folding:
            token = token.replace(old, new)
        tokens.append(token)
    return " ".join(tokens)


def name_similarity(a: str, b: str) -> float:
    """0–100: how likely two written names denote the same person."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    # The same words in another order ("Nurlanuly Aibek").
    in_order = fuzz.token_sort_ratio(ka, kb)
    if in_order >= dossier_data().name_match_threshold:
        return in_order
    # The surname (last token) must agree closely; first names may be missing or initials.
    surname = fuzz.ratio(ka.split()[-1], kb.split()[-1])
    if surname < dossier_data().name_match_threshold:
        return min(surname, fuzz.token_set_ratio(ka, kb))
    return max(fuzz.token_set_ratio(ka, kb), in_order)


def same_person(a: str, b: str) -> bool:
    return name_similarity(a, b) >= dossier_data().name_match_threshold
