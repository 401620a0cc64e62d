"""Russian genitive phrases between a title and a name that belong to the title: a region
("губернатор Омской области"), the body or area of an office ("советник Посольства",
"директор департамента Латинской Америки МИД России")."""

from __future__ import annotations

import re
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.lexicon import Lexicon


def _initials(word: str) -> bool:
    """ "МИД", "ЦК": an organisation's initials."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def body_in_genitive(gap: str, ctx: Context, start: int) -> bool:
    """Genitive words naming the body or area of a Russian title, one of them capitalised,
    with "и", acronyms and countries: "Посольства", "Латинской Америки МИД России"."""
    from briefing_app.extract.morph import genitive_body_word

    cleaned = gap
    for c in ctx.countries_between(start, start + len(gap)):
        a, b = c.start - start, c.end - start
        cleaned = cleaned[:a] + " " * (b - a) + cleaned[b:]
    words = _without_posting(cleaned.split(), ctx.lex)
    if not words or re.search(r"[^\w\s-]", cleaned):
        return False
    # "Национальной ассамблеи": lower-case genitive words may continue a capitalised name
    return all(w == "и" or _initials(w) or genitive_body_word(w) for w in words) and any(
        w[:1].isupper() and not _initials(w) for w in words
    )


def _without_posting(words: list[str], lex: Lexicon) -> list[str]:
    """ "Программного офиса ОБСЕ в Душанбе": the city (or country) the office sits in closes
    the body's phrase; "в Душанбе" is no part of the body."""
    from briefing_app.extract.gazetteer import lookup

    posting = {w.lower() for w in lex.cues.get("posting", [])}
    if len(words) >= 2 and words[-2] in posting and lookup(words[-1], lex.language):
        return words[:-2]
    if words and words[-1] in posting:
        return words[:-1]  # the country after "в" was blanked out
    return words


@cache
def _region_regex(lex: Lexicon) -> re.Pattern[str] | None:
    nouns = lex.cues.get("region_nouns", [])
    if not nouns:
        return None
    return re.compile(rf"\s*(?:[A-ZА-ЯЁ][\w-]*\s+){{1,4}}(?:{'|'.join(nouns)})\s*,?\s*")


def region_phrase(gap: str, lex: Lexicon) -> bool:
    """ "Омской области", "Правительства Омской области": a region named in the genitive."""
    regex = _region_regex(lex)
    return bool(regex and regex.fullmatch(gap))


def portfolio_continuation(gap: str, ctx: Context, start: int) -> bool:
    """ "Министр иностранных дел, по делам эмиграции и египтян за рубежом Бадр …",
    "заместитель председателя палаты по связям с Россией и странами СНГ …": a portfolio
    phrase (lower-case words, countries and acronyms, no verb) continues the title; the
    body's genitive words may come before it."""
    from briefing_app.extract.morph import verb_forms

    regex = ctx.lex.cue("portfolio_continuation")
    m = regex.search(gap) if regex else None
    if m is None or len(gap) > 90 or not re.fullmatch(r"[а-яё\s]*", gap[: m.start()]):
        return False
    rest = gap[m.end() :]
    for c in ctx.countries_between(start + m.end(), start + len(gap)):
        a, b = c.start - start - m.end(), c.end - start - m.end()
        rest = rest[:a] + " " * (b - a) + rest[b:]
    rest = " ".join(w for w in rest.split() if not _initials(w))
    return bool(re.fullmatch(r"[а-яё\s,-]*", rest)) and not verb_forms(rest)


def not_portfolio(ctx: Context, mentions: list) -> list:
    """Without the countries a title's portfolio is about ("заместитель председателя по
    связям с Россией и странами СНГ"): they are the office's subject, not its holder's."""
    regex = ctx.lex.cue("portfolio_continuation")
    if regex is None:
        return mentions

    def inside(c) -> bool:
        for m in regex.finditer(ctx.text, max(0, c.start - 60), c.start):
            # only lower-case words, other countries and acronyms between: one phrase
            words = ctx.text[m.end() : c.start]
            for other in ctx.countries_between(m.end(), c.start):
                words = words.replace(ctx.text[other.start : other.end], " ")
            if all(w.islower() or w.isupper() for w in words.split()):
                return True
        return False

    return [c for c in mentions if not inside(c)]
