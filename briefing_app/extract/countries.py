"""Countries and organisations named in a text: CLDR names (Babel), adjectives, abbreviations.

Names come from the CLDR via Babel in the report's language; adjectives,
demonyms, extra names and abbreviations from ``<lang>/countries.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing_app.extract.lexicon import Lexicon, alternation
from briefing_app.model.codes import iso_alpha2_codes

# Inflection endings accepted after a country name, per language.
_NAME_ENDINGS = {
    "de": r"(?:s|es|n)?",
    "ru": r"(?:а|у|е|ом|ой|ы|и|ю|я|ь|й|ей|ии|ию|ия|ией|ом|ам|ах|ами)?",  # ь, й: Израиль, Уругвай
    "en": r"(?:'s|’s)?",
    "fr": "",
}


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str
    kind: str  # name | adjective | abbreviation | organisation

    @property
    def is_country(self) -> bool:
        return self.kind != "organisation"


@dataclass(frozen=True)
class _Finder:
    words: re.Pattern[str]
    exact: re.Pattern[str]
    lookup: dict[str, str]  # lower-case key -> code
    stems: list[tuple[str, str]]  # (stem, code)
    exact_codes: dict[str, tuple[str, str]]  # surface -> (code, kind)
    official: re.Pattern[str] | None  # "Арабской Республики " before "Египет"
    places: re.Pattern[str] | None = None  # "océan Indien": a country word naming no country


def _ru_stem(name: str) -> str:
    low = name.lower()
    if low.endswith(("ия", "ья")):
        return low[:-1]
    if low.endswith(("а", "я", "ь", "й")):
        return low[:-1]
    return low


@cache
def _finder(lex: Lexicon) -> _Finder:
    from babel import Locale

    lang = lex.language
    data = lex.countries
    names: dict[str, str] = {}
    try:
        territories = Locale.parse(lang).territories
    except Exception:  # an unknown locale: lexicon names only
        territories = {}
    valid = iso_alpha2_codes()
    for code, name in territories.items():
        if code in valid and len(name) >= 4:
            names[name] = code
    for code, extra in data.get("names", {}).items():
        for name in extra:
            names[name] = code
    exact_codes: dict[str, tuple[str, str]] = {}
    for surface, code in data.get("abbreviations", {}).items():
        exact_codes[surface] = (code, "abbreviation")
    for code, forms in data.get("organisations", {}).items():
        for form in forms:
            if len(form) <= 4 or form.isupper():
                exact_codes[form] = (code, "organisation")
            else:
                names[form] = "org:" + code
    lookup: dict[str, str] = {}
    name_patterns = []
    ending = _NAME_ENDINGS.get(lang, "")
    for name, code in names.items():
        if lang == "ru" and " " in name:
            # "Саудовская Аравия" is also "Саудовской Аравии", "в Новой Зеландии"
            lookup[_ru_phrase_key(name)] = code
            name_patterns.append(_ru_phrase_pattern(name))
            continue
        base = _ru_stem(name) if lang == "ru" else name.lower()
        base = base.replace("’", "'")  # CLDR writes "Côte d’Ivoire", reports often "d'Ivoire"
        lookup[base] = code
        name_patterns.append(re.escape(base).replace("'", "['’]"))
    stems: list[tuple[str, str]] = []
    for code, forms in data.get("adjectives", {}).items():
        for form in forms:
            stems.append((form.lower(), code))
    prefixes = [
        (prefix.lower() + "-", code) for prefix, code in data.get("compound_prefixes", {}).items()
    ]
    stems += prefixes
    stem_patterns = [re.escape(s) for s, _ in stems if not s.endswith("-")]
    prefix_patterns = [re.escape(s) for s, _ in prefixes] or ["(?!x)x"]
    words = re.compile(
        rf"(?<!\w)(?:(?P<name>{alternation(name_patterns)}){ending}(?![\w])"
        rf"|(?P<pre>{alternation(prefix_patterns)})(?=\w)"
        rf"|(?P<adj>{alternation(stem_patterns)})[\w]*)",
        re.IGNORECASE,
    )
    exact = re.compile(
        rf"(?<![\w.]){alternation([re.escape(s) for s in exact_codes])}(?![\w])"
        if exact_codes
        else r"(?!x)x"
    )
    prefix = data.get("official_prefix")
    official = re.compile(rf"(?:{prefix})\s*$") if prefix else None
    places = data.get("not_countries")
    return _Finder(
        words,
        exact,
        lookup,
        sorted(stems, key=lambda s: -len(s[0])),
        exact_codes,
        official,
        re.compile(rf"(?<!\w){alternation(places)}(?!\w)", re.IGNORECASE) if places else None,
    )


_RU_ADJECTIVE_END = re.compile(r"(?:ая|яя|ый|ий|ой|ое|ее|ые|ие)$")


def _ru_word_stem(word: str) -> str:
    low = word.lower()
    if len(low) >= 5 and _RU_ADJECTIVE_END.search(low):
        return low[:-2]
    return _ru_stem(low)


def _ru_phrase_key(phrase: str) -> str:
    """A several-word Russian name in any case, reduced to its stems ("саудовск арави")."""
    words = phrase.split()
    return " ".join([_ru_word_stem(w) for w in words[:-1]] + [_ru_stem(words[-1])])


def _ru_phrase_pattern(name: str) -> str:
    words = name.split()
    head = [re.escape(_ru_word_stem(w)) + r"\w{0,3}" for w in words[:-1]]
    return r"\s+".join([*head, re.escape(_ru_stem(words[-1]))])


def find_countries(
    text: str, lex: Lexicon, start: int = 0, end: int | None = None
) -> list[CountryMention]:
    """Country and organisation mentions in ``text[start:end]``, in reading order."""
    finder = _finder(lex)
    end = len(text) if end is None else end
    out: list[CountryMention] = []
    for m in finder.words.finditer(text, start, end):
        if m.group("name"):
            surface = m.group("name").lower().replace("’", "'")
            code = finder.lookup.get(surface)
            if code is None and lex.language == "ru" and " " in surface.strip():
                code = finder.lookup.get(_ru_phrase_key(surface))
            if code is None:
                continue
            kind = "name"
            if code.startswith("org:"):
                code, kind = code[4:], "organisation"
            begin = m.start()
            if finder.official is not None and kind == "name":
                # the long official name is one mention: "Федеративной Республики Германия"
                head = finder.official.search(text, max(start, begin - 70), begin)
                if head and head.start() < begin:
                    begin = head.start()
            out.append(CountryMention(begin, m.end(), code, kind))
        else:
            word = m.group(0)
            if lex.language == "en" and not word[:1].isupper():
                continue  # English nationality adjectives are capitalised ("polish" is a verb)
            low = word.lower()
            code = next((c for s, c in finder.stems if low.startswith(s)), None)
            if code:
                out.append(CountryMention(m.start(), m.start() + len(word), code, "adjective"))
    for m in finder.exact.finditer(text, start, end):
        code, kind = finder.exact_codes[m.group(0)]
        out.append(CountryMention(m.start(), m.end(), code, kind))
    out.sort(key=lambda c: c.start)
    if finder.places is not None:
        # "directrice d'Afrique et de l'océan Indien", "golfe de Guinée": a sea, no state
        spans = [(m.start(), m.end()) for m in finder.places.finditer(text, start, end)]
        out = [c for c in out if not any(a <= c.start and c.end <= b for a, b in spans)]
    return out


def country_at(text: str, lex: Lexicon, start: int, end: int) -> str | None:
    """The first country (not organisation) named in ``text[start:end]``."""
    for mention in find_countries(text, lex, start, end):
        if mention.is_country:
            return mention.code
    return None
