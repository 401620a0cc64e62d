"""A release that opens with its host's title alone ("The Prime Cabinet Secretary … on
Monday received the Chairperson …") and names the host later without one ("Hon. Musalia
Mudavadi conveyed …"): the title is that person's."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.dates import find_dates
from briefing_app.extract.roles import role_search, role_span
from briefing_app.model import Person

_ARTICLE = re.compile(r"(?:the|le|la|l['’])\s*", re.IGNORECASE)
_TRAILING = re.compile(r"\s+(?:on|this|last|le|ce)\s*$", re.IGNORECASE)
_NAMED_WITHIN = 12  # "the Minister, H.E. Name": a name this close after the title is its holder


def unnamed_host_title(ctx: Context, attendees: list[Person]) -> None:
    lead = ctx.lead
    if lead is None:
        return
    article = _ARTICLE.match(ctx.text, lead.start)
    if article is None:
        return
    title = role_search(ctx.lex).match(ctx.text, article.end())
    if title is None:
        return
    # "The Prime Cabinet Secretary … on Monday received": the title stops before the day
    days = [d.start for d in find_dates(ctx.text, ctx.lex, title.end(), lead.end)]
    stop = min(days, default=lead.end)
    label, end, _source = role_span(ctx.text, title, ctx.lex, ctx, stop)
    label = _TRAILING.sub("", label)
    if not label:
        return
    end = max(end, title.end())
    starts = [s.start for p in attendees if p.provenance for s in p.provenance.spans]
    if any(title.start() <= s <= end + _NAMED_WITHIN for s in starts):
        return  # the title names its holder right there
    roleless = [p for p in attendees if not p.role]
    place = ctx.meeting_location
    home = place.country if place is not None else None
    if len(roleless) != 1 or (home and roleless[0].country not in (None, home)):
        return
    person = roleless[0]
    person.role = label
    if person.provenance is not None:
        person.provenance.confidence = min(person.provenance.confidence, 0.5)
