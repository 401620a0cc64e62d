"""Personal names: runs of capitalised words, base forms, and matching mentions of one person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing_app.extract.lexicon import Lexicon, alternation
from briefing_app.extract.morph import is_function_word, russian_name_nominative

_TOKEN = re.compile(r"(?<![\w'’])(?:[^\W\d_]\.|[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)")
_PARTICLES = frozenset(
    {"de", "von", "van", "der", "da", "dos", "du", "del", "bin", "ibn", "al", "el", "zu", "ter"}
    | {"ибн", "бин", "бен", "фон", "ван", "де", "дер", "ди", "да"}
)
# "ас-Сиси", "al-Sisi", "аль-Асад": an Arabic article joined to a name part
_ARTICLE_NAME = re.compile(
    r"^(?:ас|аль|эль|ад|ат|аш|ан|ар|аз|ал|al|el|ad|as|ash|ar|an|at|az)-[^\W\d_]", re.IGNORECASE
)


@dataclass(frozen=True)
class NameRun:
    start: int
    end: int
    tokens: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@dataclass(frozen=True)
class _Words:
    role: re.Pattern[str]
    courtesy: re.Pattern[str]
    months: re.Pattern[str]
    not_names: frozenset[str]


@cache
def _words(lex: Lexicon) -> _Words:
    roles = [r.pattern for r in lex.roles]
    return _Words(
        role=re.compile(rf"^{alternation(roles)}$", re.IGNORECASE),
        courtesy=re.compile(rf"^{alternation(lex.courtesy)}$")
        if lex.courtesy
        else re.compile("(?!x)x"),
        months=re.compile(
            rf"^(?:{alternation(list(lex.cues.get('months', [])))}"
            rf"|{alternation(list(lex.cues.get('weekdays', [])))}(?:s|e|en|a|u)?)$",
            re.IGNORECASE,
        ),
        not_names=frozenset(w.lower() for w in lex.cues.get("not_names", [])),
    )


def is_role_word(word: str, lex: Lexicon) -> bool:
    return bool(_words(lex).role.match(word))


def is_courtesy(word: str, lex: Lexicon) -> bool:
    return bool(_words(lex).courtesy.match(word))


def _name_like(word: str, lex: Lexicon, country_words: set[str]) -> bool:
    w = _words(lex)
    if not word[:1].isupper():
        return False
    low = word.lower().rstrip(".")
    if len(word) == 2 and word.endswith(".") and not w.courtesy.match(word):
        return True  # an initial ("А.", "J."), not a courtesy title ("M.")
    if low in w.not_names or low in country_words:
        return False
    if "-" in low and any(part in w.not_names for part in low.split("-")):
        return False  # "Mazhilis-Sprecher": an institution joined to a title
    if w.months.match(low) or w.role.match(word) or w.courtesy.match(word):
        return False
    # acronyms (AA, KOM, NATO, ТМТМ) are not names; in Cyrillic, where initials are written
    # with a dot, a two-letter one too ("председатель Комиссии АС …", "ЕС")
    short = len(word) == 2 and "а" <= word[-1].lower() <= "я"
    return not ((len(word) > 2 or short) and word.isupper() and not word.endswith("."))


# "der Leiter der Präsidialverwaltung Aidos …": an article right before a run; searched in a
# few characters before the run only (a search of all the text before it made long texts slow)
_ARTICLE_BEFORE = re.compile(r"(?<!\bvon )(?<!\bvan )\b(?:der|des|dem|den) $")


def name_runs(
    text: str, start: int, end: int, lex: Lexicon, country_words: set[str]
) -> list[NameRun]:
    """Runs of name-like words in ``text[start:end]`` (initials and particles included)."""
    runs: list[NameRun] = []
    current: list[re.Match[str]] = []

    def flush() -> None:
        while current and (current[-1].group(0).lower() in _PARTICLES):
            current.pop()
        while (
            current
            and current[0].group(0).lower() in _PARTICLES
            and not (current[0].group(0) in ("El", "Al") and len(current) >= 3)
        ):
            current.pop(0)  # "von", "de" open no name; "El Hadji Magatte Seye" keeps its "El"
        while (
            len(current) > 2
            and current[0].end() == current[1].start()
            and _words(lex).courtesy.match(current[0].group(0) + current[1].group(0))
        ):
            del current[:2]  # "H.E. Sugiono": two initials that spell a courtesy title
        while (
            lex.language == "ru"
            and len(current) > 1
            and is_function_word(current[0].group(0))
            and not _short_name_part(text, current[0])
        ):
            current.pop(0)  # "Затем С.В.Лавров встретился …"
        if (
            lex.language == "de"
            and len(current) >= 3
            and _ARTICLE_BEFORE.search(text, max(0, current[0].start() - 16), current[0].start())
        ):
            current.pop(0)  # "der Leiter der Präsidialverwaltung Aidos Sarsenbajew": a noun
        if current and not (len(current) == 1 and current[0].group(0).endswith(".")):
            runs.append(
                NameRun(current[0].start(), current[-1].end(), tuple(m.group(0) for m in current))
            )
        current.clear()

    previous_end = start
    previous_word = ""
    locative = _locatives(lex)
    for m in _TOKEN.finditer(text, start, end):
        word = m.group(0)
        gap = text[previous_end : m.start()]
        after_locative = previous_word.lower() in locative and gap == " "
        previous_word = word
        # "А.Ю.Руденко", "J.-P. Martin": initials may touch the next word
        joined = current and (
            gap in (" ", "\u00a0") or (gap == "" and current[-1].group(0).endswith("."))
        )
        if not joined:
            flush()
        if after_locative and not current:
            # "Посла Японии в Москве Акиру Муто": a place after "в"/"in" opens no name
            previous_end = m.end()
            continue
        last_country = bool(
            current
            and joined
            and word.lower() in country_words
            and text[m.end() : m.end() + 1] in (",", ".", ";", ")", "")
            and _name_like(word, lex, set())
        )  # "Laurent Saint-Martin," – a surname that is also a country's name
        last_word = bool(
            len(current) == 1
            and joined
            and word.lower() in _surname_words(lex)
            and word[:1].isupper()
            and _name_like(current[0].group(0), lex, country_words)
            and not current[0].group(0).endswith(".")
            and re.match(r"[ \t]*(?:[,;)(]|\n|$)", text[m.end() : m.end() + 3])
        )  # "Minister of State Catherine West," – a surname the lexicon keeps as a common word
        short_part = bool(
            lex.language == "ru"
            and word[:1].isupper()
            and word[1:].islower()
            and _short_name_part(text, m)
            and re.match(r"[ \u00a0][^\W\d_]", text[m.end() : m.end() + 2])
            and text[m.end() + 1].isupper()
        )  # "СРВ До Хунг Вьет": a preposition's spelling, but a name part here
        if (
            _name_like(word, lex, country_words)
            or short_part
            or (not current and _month_first_name(text, m, lex, country_words))
            or last_country
            or last_word
            or (current and word.lower() in _PARTICLES)
            # "Juan Ramón de la Fuente", "Pedro de los Ríos": the article of a compound particle
            or (current and word in ("la", "las", "los") and current[-1].group(0) == "de")
            or (current and _ARTICLE_NAME.match(word) and word[word.index("-") + 1].isupper())
        ):
            current.append(m)
        else:
            flush()
        previous_end = m.end()
    flush()
    return runs


def _month_first_name(text: str, m: re.Match[str], lex: Lexicon, country_words) -> bool:
    """ "RL Jan Obermann", "August Becker": a month's name (or its short form) directly before
    a name-like word is a first name, never a month."""
    word = m.group(0)
    if not (word[:1].isupper() and _words(lex).months.match(word.lower())):
        return False
    after = re.match(r"[ \u00a0]([^\W\d_][\w'’-]*)", text[m.end() : m.end() + 40])
    return bool(after) and _name_like(after.group(1), lex, country_words)


def _short_name_part(text: str, m: re.Match[str]) -> bool:
    """A capitalised two-letter word inside a sentence ("секретаря ЦК КПВ То Лама", "с Ле Хоай
    Чунгом"): a part of an East Asian name, not the pronoun or particle it spells."""
    if len(m.group(0)) != 2:
        return False
    before = text[: m.start()].rstrip(" \u00a0")
    return bool(before) and before[-1] not in '.!?:;\n«"„“—–-'


@cache
def _surname_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.cues.get("surname_words", []))


@cache
def _locatives(lex: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.cues.get("locative", []))


def base_form(
    tokens: tuple[str, ...], lex: Lexicon, genitive: bool = False, case: str | None = None
) -> tuple[str, ...]:
    """The name in the nominative: Russian via pymorphy3 (``case``: the case of the word
    governing the name, when known), German genitive -s removed."""
    if lex.language == "ru":
        words = [t for t in tokens]
        full = [i for i, t in enumerate(words) if not t.endswith(".")]
        fixed = russian_name_nominative([words[i] for i in full], case)
        for i, new in zip(full, fixed, strict=True):
            words[i] = new
        return tuple(words)
    if lex.language == "en" and tokens and tokens[-1].endswith(("'s", "’s")):
        return (*tokens[:-1], tokens[-1][:-2])  # "Prime Minister Anthony Albanese's regards"
    if lex.language == "de" and genitive:
        last = tokens[-1]
        if len(last) > 4 and last.endswith("s") and last[-2] not in "aeiouyszx":
            return (*tokens[:-1], last[:-1])
    return tokens


def same_person(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` ("Tursunov", "D. Price", "M. Sellal") refers to ``full``."""
    if not short or not full:
        return False
    s_last, f_last = short[-1].lower(), full[-1].lower()
    if not (s_last == f_last or _stem_equal(s_last, f_last)):
        return False
    initials = [w for w in short[:-1] if w.endswith(".") and len(w) == 2]
    if len(full) == 2 and len(initials) == 2 and len(short) == 3:
        # "Д. В. Крючков" and "Денис Крючков": the second initial is the patronymic the full
        # form leaves out
        return full[0][:1].lower() == initials[0][:1].lower()
    for word in short[:-1]:
        if word.endswith(".") and len(word) == 2:
            if not any(f[:1].lower() == word[:1].lower() for f in full[:-1]):
                return False
        elif word.lower() not in (f.lower() for f in full):
            return False
    return True


def _stem_equal(a: str, b: str) -> bool:
    """Inflected forms of one surname: Tokajews/Tokajew, Нуртазину/Нуртазина."""
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    n = min(len(a), len(b)) - 2
    return a[:n] == b[:n] and n >= 3 and a[:-2][:n] == b[:-2][:n]
