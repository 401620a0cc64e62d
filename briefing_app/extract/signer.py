"""The signer of a telegram among the attendees: a record written in the first person
("Reçue jeudi par le ministre …, j'ai fait le point …") and signed with a name in capitals
on its last line ("HÉLÈNE ROUSSEL") was written by someone who was there."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.names import _name_like
from briefing_app.extract.roles import role_of, role_search
from briefing_app.model import Person, Provenance, Span

_SIGNATURE = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){1,3}$")
# "Entretien de l'Ambassadrice avec …", "Call by the Ambassador on …": the writer's title
_WRITER_TITLE = re.compile(
    r"(?:entretien|audience|rencontre)\s+(?:de\s+l['’]|de\s+la\s+|du\s+)|(?:call|visit)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def signer_attendee(ctx: Context, attendees: list[Person], mentioned: list[Person]) -> None:
    first_person = ctx.lex.cue("first_person")
    last = next((ln for ln in reversed(ctx.lines) if ln.text.strip()), None)
    if first_person is None or last is None or last.index == ctx.headline_line:
        return
    signed = last.text.strip()
    if not (_SIGNATURE.match(signed) and signed.isupper()):
        return
    if not all(_name_like(w.capitalize(), ctx.lex, set()) for w in re.split(r"[ -]", signed)):
        return  # "MEDIA ENQUIRIES", "END MESSAGE": words, not a name
    if not first_person.search(ctx.text, ctx.lines[ctx.headline_line].end, last.start):
        return  # a record in the third person: the name at its foot need not have been there
    name = " ".join(
        w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
        for w in signed.split()
    )
    if any(_fold(p.name) == _fold(name) for p in attendees):
        return
    mentioned[:] = [p for p in mentioned if _fold(p.name) != _fold(name)]
    start = last.start + last.text.index(signed)
    own = _own_country(ctx)
    attendees.append(
        Person(
            name=name,
            role=_writer_title(ctx),
            country=own,
            provenance=Provenance(
                spans=[Span(start=start, end=start + len(signed))],
                confidence=0.6,
                method="signature",
            ),
        )
    )
    if own is not None:
        _own_companions(ctx, attendees, own, first_person)
        _received_by_host(ctx, attendees, own)


_OURS = re.compile(r"(?:\bnos|\bnotre|\bour)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _own_country(ctx: Context) -> str | None:
    """ "nos éléments français", "our British colleagues": the writer's own state."""
    codes = {
        c.code
        for c in ctx.countries
        if c.is_country and _OURS.search(ctx.text[max(0, c.start - 40) : c.start])
    }
    return codes.pop() if len(codes) == 1 else None


def _own_companions(ctx: Context, attendees: list[Person], own: str, first_person) -> None:
    """ "J'étais accompagnée de M. Julien Ferrand": who came with the writer is of the
    writer's state."""
    cue = ctx.lex.cue("accompanied")
    if cue is None:
        return
    for person in attendees:
        if person.country or not person.provenance:
            continue
        for span in person.provenance.spans:
            sentence = ctx.sentence_at(span.start)
            if (
                sentence is not None
                and first_person.search(sentence.text)
                and cue.search(sentence.text)
            ):
                person.country = own
                break


def _writer_title(ctx: Context) -> str:
    headline = ctx.lines[ctx.headline_line]
    m = _WRITER_TITLE.search(headline.text)
    if m is None:
        return ""
    title = role_search(ctx.lex).match(ctx.text, headline.start + m.end())
    return role_of(title, ctx.lex)[0] if title else ""


def _received_by_host(ctx: Context, attendees: list[Person], own: str) -> None:
    """A writer of state A, met in a city of state B: with the writer's own people placed,
    the one attendee left without a state is the host's ("Reçue jeudi par le ministre …,
    M. Kouadio Ehui" in Abidjan); marked uncertain."""
    place = ctx.meeting_location
    home = place.country if place is not None else None
    missing = [p for p in attendees if p.country is None]
    if not home or home == own or len(missing) != 1:
        return
    person = missing[0]
    person.country = home
    if person.provenance is not None:
        person.provenance.confidence = min(person.provenance.confidence, 0.5)
