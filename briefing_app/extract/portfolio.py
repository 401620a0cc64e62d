"""Portfolios after a minister's title: "Minister für Hochschulbildung, Wissenschaft und
Innovationen", "ministre de l'Enseignement supérieur et de la Recherche", "министр высшего
образования, науки и инноваций".

The items and their English names are in ``<lang>/portfolios.json``. When every item is
known, the role is the English title with its portfolio ("Minister of Higher Education,
Science and Innovation"); when one is not, the role is kept as the text writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing_app.extract.lexicon import language_file

# titles that take a portfolio, and the English word before it
_PORTFOLIO_TITLES = {
    "minister": "of",
    "deputy minister": "of",
    "first deputy minister": "of",
    "vice minister": "of",
    "minister delegate": "for",
    "minister of state": "for",
    "state secretary": "for",
}


# "und", "et", "и" and a word after the last item read: the list goes on
_AND_MORE = re.compile(r"\s+(?:und|sowie|et|and|и)\s+(?:(?:de|des|du|der|des|für)\s+)?[\w'’]", re.I)


@dataclass(frozen=True)
class _Portfolios:
    link: re.Pattern[str]
    separator: re.Pattern[str]
    items: tuple[tuple[re.Pattern[str], str], ...]
    unknown: re.Pattern[str] | None
    title: re.Pattern[str] | None


@cache
def _portfolios(language: str) -> _Portfolios | None:
    data = language_file(language, "portfolios")
    if not data.get("items"):
        return None
    return _Portfolios(
        link=re.compile(data.get("link") or "", re.IGNORECASE),
        separator=re.compile(data["separator"], re.IGNORECASE),
        items=tuple(
            (re.compile(rf"(?:{pattern})(?![\w-])", re.IGNORECASE), english)
            for pattern, english in data["items"]
        ),
        unknown=re.compile(rf"(?:{data['unknown']})(?![\w-])") if data.get("unknown") else None,
        title=re.compile(rf"(?:{data['title']})(?![\w-])", re.IGNORECASE)
        if data.get("title")
        else None,
    )


def longer_portfolio(
    text: str, start: int, end: int, language: str, stop: int
) -> tuple[int, str] | None:
    """(end, English role) when the bare title at ``start`` with its portfolio list runs
    past ``end``, the end of the title the roles lexicon found ("ministre de l'Intérieur,
    des Collectivités locales et de l'Aménagement du territoire")."""
    data = _portfolios(language)
    if data is None or data.title is None:
        return None
    m = data.title.match(text, start)
    if m is None or m.end() >= end:
        return None
    found = portfolio_after(text, m.end(), "Minister", language, stop)
    if found is None or found[0] <= end or not found[2]:
        return None
    return found[0], f"Minister {found[1]}"


def takes_portfolio(label: str) -> bool:
    return label.lower() in _PORTFOLIO_TITLES


def portfolio_after(
    text: str, at: int, label: str, language: str, stop: int
) -> tuple[int, str, bool] | None:
    """(end, English addition or the written phrase, translated?) of a portfolio that
    starts at ``at`` (after the title and any country adjective), or None."""
    data = _portfolios(language)
    if data is None or not takes_portfolio(label):
        return None
    m = re.compile(r"\s+").match(text, at)
    pos = m.end() if m else at
    link = data.link.match(text, pos)
    if link is None:
        return None
    pos = link.end()
    names: list[str] = []
    translated = True
    end = at
    while pos < stop:
        item = _item(data, text, pos)
        if item is None:
            break
        item_end, english = item
        if item_end > stop:
            break
        names.append(english)
        translated = translated and bool(english)
        end = item_end
        sep = data.separator.match(text, end)
        if sep is None:
            break
        pos = sep.end()
    if _AND_MORE.match(text, end) and _AND_MORE.match(text, end).end() < stop:
        return None  # "… de la Coopération et des Mauritaniens de l'Extérieur": a list we
        # cannot read to its end is left to the roles lexicon
    if not names or names == ["Foreign Affairs"]:
        return None  # "ministre des Affaires étrangères": the roles lexicon says Foreign Minister
    if translated:
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return end, f"{_PORTFOLIO_TITLES[label.lower()]} {joined}", True
    return end, "", False


def _item(data: _Portfolios, text: str, pos: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for regex, english in data.items:
        m = regex.match(text, pos)
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), english)
    if best is None and data.unknown is not None:
        m = data.unknown.match(text, pos)
        if m:
            best = (m.end(), "")
    return best
