"""A title named only with a country's adjective ("Российский Президент поблагодарил …",
"the French President said …"): the role of that country's one attendee who has none."""

from __future__ import annotations

from briefing_app.extract.context import Context
from briefing_app.extract.roles import role_of, role_search
from briefing_app.model import Person


def roles_from_country_titles(attendees: list[Person], ctx: Context) -> None:
    """Fill the role of the only attendee of a country from a title its adjective opens,
    where no name follows the title (a name after it is the title's own holder)."""
    by_country: dict[str, list[Person]] = {}
    for person in attendees:
        if person.country:
            by_country.setdefault(person.country, []).append(person)
    if not any(len(ps) == 1 and not ps[0].role for ps in by_country.values()):
        return
    text = ctx.text
    for m in role_search(ctx.lex).finditer(text):
        after = text[m.end() : m.end() + 40].split()
        if not after or after[0][:1].isupper():
            continue  # "Президент Бразилии …", "Президент Лула": not a bare title
        adjective = next(
            (
                c
                for c in ctx.countries_between(max(0, m.start() - 30), m.start())
                if c.kind == "adjective" and not text[c.end : m.start()].strip()
            ),
            None,
        )
        if adjective is None:
            continue
        people = by_country.get(adjective.code, [])
        if len(people) != 1 or people[0].role:
            continue
        label, _ = role_of(m, ctx.lex)
        if label:
            people[0].role = label
