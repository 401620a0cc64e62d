"""Party labels opening a participants row: "For us:", "Kenyan side:", alpha-3 "KAZ –"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# "Koreanische Seite:", "Host side:", "с иранской стороны –": a row that opens a side
SIDE_WORD = re.compile(r"(?i)\b(?:seite|side|partie|delegation|délégation|сторон\w*)\b")


@dataclass(frozen=True)
class _Sides:
    opening: re.Pattern[str] | None
    own: re.Pattern[str] | None
    their: re.Pattern[str] | None

    def side_of(self, party: str) -> str | None:
        party = party.strip()
        if self.own and self.own.fullmatch(party):
            return "own"
        if self.their and self.their.fullmatch(party):
            return "their"
        return None


@cache
def side_labels(lex) -> _Sides:
    """The lexicon's side labels ("For us", "Côté français", "С нашей стороны")."""
    from briefing_app.extract.lexicon import alternation

    labels = lex.cues.get("labels", {})

    def rx(words: list[str], opening: bool = False) -> re.Pattern[str] | None:
        if not words:
            return None
        body = alternation(words)
        return re.compile(rf"^[\s\-–—•*]*{body}\s*:\s*(?=\S)" if opening else body, re.IGNORECASE)

    return _Sides(
        opening=rx(
            labels.get("side_label", [])
            + labels.get("own_side", [])
            + labels.get("their_side", []),
            opening=True,
        ),
        own=rx(labels.get("own_side", [])),
        their=rx(labels.get("their_side", [])),
    )


@cache
def side_label_regex(lex) -> re.Pattern[str] | None:
    """A side label at a sentence start, with or without a colon ("С российской стороны")."""
    words = lex.cues.get("labels", {}).get("side_label", [])
    if not words:
        return None
    from briefing_app.extract.lexicon import alternation

    return re.compile(rf"[\s\-–—•*]*{alternation(words)}(?!\w)", re.IGNORECASE)


@cache
def alpha3_code(party: str) -> str | None:
    """An ISO alpha-3 party label ("GEO:", "KAZ –") as an alpha-2 code."""
    import pycountry

    word = party.strip()
    if len(word) != 3 or not word.isupper():
        return None
    country = pycountry.countries.get(alpha_3=word)
    return country.alpha_2 if country else None


def party_alpha3(party: str, lex) -> str | None:
    """An alpha-3 party label, alone ("KAZ –") or after the participants label ("TN DEU:",
    "Teilnehmer UZB:"), as an alpha-2 code."""
    code = alpha3_code(party)
    words = party.split()
    if code is None and len(words) >= 2:
        label = lex.label("participants")
        if label is not None and label.fullmatch(" ".join(words[:-1])):
            code = alpha3_code(words[-1])
    return code
