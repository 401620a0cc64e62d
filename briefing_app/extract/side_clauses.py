"""Side clauses in running text: "du côté marocain, la ministre …, Mme X ; du côté ivoirien,
…", "pour la partie française, par M. X, …, et, pour la partie arménienne, par M. Y", "on the
Kenyan side, …". A side label named after a country and followed by a comma gives that
country to the people named after it, up to the next such label in the sentence."""

from __future__ import annotations

import re
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.model import Person


@cache
def _clause_label(lex) -> re.Pattern[str] | None:
    words = lex.cues.get("labels", {}).get("side_label", [])
    if not words:
        return None
    from briefing_app.extract.lexicon import alternation

    # the label opens a clause: a comma, a colon or a dash follows it
    return re.compile(rf"(?<!\w){alternation(words)}(?!\w)(?=\s*[,:–—])", re.IGNORECASE)


def _labels(ctx: Context, start: int, end: int) -> list[tuple[int, str]]:
    """(end of label, country code) of the side labels between start and end."""
    regex = _clause_label(ctx.lex)
    if regex is None:
        return []
    out = []
    for m in regex.finditer(ctx.text, start, end):
        mentions = [c for c in ctx.countries_between(m.start(), m.end()) if c.is_country]
        if len({c.code for c in mentions}) == 1:
            out.append((m.end(), mentions[0].code))
    return out


def side_clause_country(ctx: Context, attendees: list[Person]) -> None:
    """Give attendees named in a side clause the clause's country (the label beats a country
    guessed from nearby words)."""
    for person in attendees:
        if not person.provenance or not person.provenance.method.startswith("names:"):
            continue  # a participants row gives its own party
        last = person.name.split()[-1]
        word = re.compile(rf"(?<![\w-]){re.escape(last)}(?![\w-])")
        for span in person.provenance.spans:
            labels = _labels(ctx, span.start, span.end)
            if not labels:
                continue
            at = word.search(ctx.text, span.start, span.end)
            before = [code for end, code in labels if at and end <= at.start()]
            if before:
                if person.country != before[-1]:
                    person.country = before[-1]
                    confidence = min(person.provenance.confidence, 0.7)
                    person.provenance.confidence = round(confidence, 2)
                break


def pronoun_side_country(ctx: Context, attendees: list[Person]) -> None:
    """ "… принят г-жой X. С её стороны присутствовал советник Y": a side named by a pronoun
    at the start of a sentence is the side of the person named last in the sentence before,
    and Y speaks for X's country."""
    regex = ctx.lex.cue("pronoun_side")
    if regex is None:
        return
    for person in attendees:
        if not person.provenance:
            continue
        for span in person.provenance.spans:
            sentence = ctx.sentence_at(span.start)
            if sentence is None or not sentence.start:
                continue
            opening = ctx.text[sentence.start : sentence.end].lstrip()
            if not regex.match(opening) or _last_at(person, ctx.text, sentence) is None:
                continue
            previous = ctx.sentence_at(sentence.start - 1)
            if previous is None:
                continue
            named = [
                (at, other.country)
                for other in attendees
                if other is not person and other.country
                for at in [_last_at(other, ctx.text, previous)]
                if at is not None
            ]
            if named:
                person.country = max(named)[1]
            break


def _last_at(person: Person, text: str, sentence) -> int | None:
    """Where the person's surname (its stem: it may be inflected) occurs last in a sentence."""
    last = person.name.split()[-1]
    stem = last[: max(4, len(last) - 2)]
    found = list(re.finditer(rf"(?<![\w-]){re.escape(stem)}", text[sentence.start : sentence.end]))
    return sentence.start + found[-1].start() if found else None
