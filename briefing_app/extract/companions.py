"""Companions: people who came with a principal share the principal's country.

"Prabowo was accompanied by Foreign Minister Sugiono", "Albanese was joined by Foreign
Minister Penny Wong", "in Begleitung von …", "accompagné de …", "в сопровождении …": the
cue words are the ``accompanied`` list of each language's cues.json.
"""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.model import Person


def companions_country(ctx: Context, attendees: list[Person]) -> None:
    """Give an attendee without a country the country of the attendee named last before an
    "accompanied by" cue in the same sentence (marked less certain)."""
    cue = ctx.lex.cue("accompanied")
    if cue is None:
        return
    known = [p for p in attendees if p.country]
    if not known:
        return
    text = ctx.text
    for person in attendees:
        if person.country or not person.provenance:
            continue
        last = person.name.split()[-1]
        for span in person.provenance.spans:
            at = _word_at(text, last, span.start, span.end)
            if at < 0:
                continue
            cues = list(cue.finditer(text, span.start, at))
            if not cues:
                continue
            c = cues[-1]
            if re.search(
                r"[;]|,\s+(?:while|whereas|während|tandis que|а|тогда как)\s", text[c.end() : at]
            ):
                continue  # the cue belongs to another clause
            principal = _nearest_before(text, known, span.start, c.start())
            if principal is None:
                # "Вместе с Ле Хоай Чунгом в Москву прибыл …", "Together with X came …": the
                # principal follows the cue
                principal = _nearest_before(text, known, c.end(), at)
            if principal is not None and principal is not person:
                person.country = principal.country
                person.side = principal.side
                person.provenance.confidence = round(min(person.provenance.confidence, 0.6), 2)
                break
            # "Монгольского гостя сопровождали …", "The Chilean minister was accompanied by
            # …": the guest is named by a country adjective only
            adjectives = [
                m
                for m in ctx.countries_between(span.start, c.start())
                if m.kind == "adjective" and m.is_country
            ]
            if principal is None and len({m.code for m in adjectives}) == 1:
                person.country = adjectives[0].code
                person.provenance.confidence = round(min(person.provenance.confidence, 0.6), 2)
                break


def _word_at(text: str, word: str, start: int, end: int) -> int:
    m = re.compile(rf"(?<![\w-]){re.escape(word)}").search(text, start, end)
    return m.start() if m else -1


def _nearest_before(text: str, people: list[Person], start: int, end: int) -> Person | None:
    best, best_at = None, -1
    for person in people:
        words = person.name.split()
        for word in {words[0], words[-1]}:
            for m in re.compile(
                rf"(?<![\w-]){re.escape(word[:-2] if len(word) > 6 else word)}"
            ).finditer(text, start, end):
                if m.start() > best_at:
                    best, best_at = person, m.start()
    return best


def side_sentence_country(ctx: Context, attendees: list[Person]) -> None:
    """ "С российской стороны во встрече участвовали …", "Auf deutscher Seite nahmen …
    teil": a sentence opened by a side named after a country gives that country to the
    attendees it names."""
    from briefing_app.extract.party_labels import side_label_regex

    opening = side_label_regex(ctx.lex)
    if opening is None:
        return
    for person in attendees:
        if not person.provenance:
            continue
        if person.country and not person.provenance.method.startswith("names:"):
            continue  # a participants row gives its own party
        for span in person.provenance.spans:
            sentence = ctx.sentence_at(span.start)
            if sentence is None or sentence.start != span.start:
                continue
            m = opening.match(ctx.text, sentence.start)
            if m is None:
                _side_before(ctx, person, opening, sentence)
                continue
            # the side beats a country inside the title ("координатор группы по связям с
            # парламентом Монголии")
            mentions = ctx.countries_between(sentence.start, m.end())
            if mentions and mentions[0].is_country:
                if person.country != mentions[0].code:
                    person.country = mentions[0].code
                    confidence = min(person.provenance.confidence, 0.65)
                    person.provenance.confidence = round(confidence, 2)
                break


def _side_before(ctx: Context, person: Person, opening, sentence) -> None:
    """ "An den Gesprächen nahmen von kasachischer Seite … der Energieminister Ruslan
    Schakenow … teil", "Teilnehmer georgischerseits: …; botschaftsseitig: Leiterin Pol Anna
    Krüger": the last side named before a person in the sentence is that person's side. A
    side adverb ("georgischerseits", "botschaftsseitig": the writing service's own) beats a
    country guessed from the words around the name; a "… Seite" phrase only fills a gap."""
    from briefing_app.extract.party_labels import side_labels
    from briefing_app.extract.sides import home_country

    text = ctx.text
    at = _word_at(text, person.name.split()[-1], sentence.start, sentence.end)
    if at < 0:
        return
    markers: list[tuple[int, str | None, bool]] = []  # (offset, country, an adverb)
    for m in opening.finditer(text, sentence.start, at):
        mentions = ctx.countries_between(m.start(), m.end())
        markers.append((m.start(), mentions[0].code if mentions else None, False))
    for c in ctx.countries_between(sentence.start, at):
        if c.is_country and text[c.start : c.end].lower().endswith("seits"):
            markers.append((c.start, c.code, True))
    own = side_labels(ctx.lex).own
    if own is not None:
        for m in re.finditer(rf"(?<!\w)(?:{own.pattern})(?!\w)", text[sentence.start : at], re.I):
            markers.append((sentence.start + m.start(), home_country(ctx), True))
    if not markers:
        return
    _, code, adverb = max(markers, key=lambda marker: marker[0])
    if code and code != person.country and (adverb or person.country is None):
        person.country = code
        person.provenance.confidence = round(min(person.provenance.confidence, 0.6), 2)
