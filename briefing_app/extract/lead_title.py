"""A lead whose subject is a title without a name ("Министр иностранных дел Республики
Таджикистан вчера принял …", "Le ministre des Affaires étrangères a reçu …"): the person of
that country a later sentence opens with by name is the title's holder, and took part."""

from __future__ import annotations

from briefing_app.extract.context import Context
from briefing_app.extract.countries import country_at
from briefing_app.extract.roles import role_of, role_search
from briefing_app.model import Person

_COUNTRY_GAP = 60  # "Министр иностранных дел Республики Таджикистан": the title's country


def holder_of_lead_title(attendees: list[Person], mentioned: list[Person], ctx: Context) -> None:
    lead = ctx.lead
    if lead is None:
        return
    text = ctx.text
    cues = [ctx.lex.cue(n) for n in ("meeting", "call")]
    if not any(c and c.search(text, lead.start, lead.end) for c in cues):
        return  # the lead speaks of no meeting the title's holder took part in
    m = role_search(ctx.lex).match(text, lead.start, lead.end)
    if m is None:
        return
    label, _ = role_of(m, ctx.lex)
    code = country_at(text, ctx.lex, m.end(), min(lead.end, m.end() + _COUNTRY_GAP))
    if not label or code is None:
        return
    if any(p.country == code and p.role == label for p in attendees):
        return  # the lead named the title's holder
    candidates = [
        p
        for p in mentioned
        if p.country in (code, None) and not p.role and p.provenance and _opens_a_sentence(p, text)
    ]
    if not candidates:
        return
    first = min(candidates, key=lambda p: p.provenance.spans[0].start)
    mentioned.remove(first)
    first.role, first.country = label, code
    attendees.append(first)


def _opens_a_sentence(person: Person, text: str) -> bool:
    """ "Сироджиддин Мухриддин поздравил …": the person is a sentence's subject."""
    first = person.name.split()[0]
    return any(text[s.start : s.end].lstrip().startswith(first) for s in person.provenance.spans)
