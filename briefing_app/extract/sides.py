"""Sides: the state of each side of a participants list; host and guest from the lead."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.participants import Block, ParticipantItem
from briefing_app.model import Person, Side


def home_country(ctx) -> str | None:
    """The state whose service wrote the record, from the header ("British Embassy",
    "Referat 205", "Drahtbericht")."""
    head = ctx.text[:600]
    for code, words in ctx.lex.cues.get("home_markers", {}).items():
        if re.search(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", head, re.IGNORECASE):
            return code
    # "Embassy of Canada, Hanoi", "Ambassade de France au Mexique": a line opening the
    # record with the writing mission and its state
    services = ctx.lex.cues.get("home_service", [])
    if services:
        opening = re.compile(
            rf"^[ \t]*(?:{'|'.join(services)})[ \t]*", re.IGNORECASE | re.MULTILINE
        )
        for m in opening.finditer(head):
            after = [c for c in ctx.countries if c.is_country and c.start == m.end()]
            if after:
                return after[0].code
    return None


def resolve_sides(block: Block, ctx) -> None:
    """Countries for rows labelled "For us:" / "Their side:": ours is the writing service's
    state (or the host's, or the state the record names most besides the labelled ones);
    theirs is the host state when that is not ours, else the other state named most."""
    from collections import Counter

    if not any(item.side for item in block):
        return
    labelled = {item.country for item in block if item.country}
    counts = Counter(c.code for c in ctx.countries if c.is_country)
    place = ctx.meeting_location.country if ctx.meeting_location else None

    def most(excluded: set[str | None]) -> str | None:
        ranked = [code for code, _ in counts.most_common() if code not in excluded]
        return ranked[0] if ranked else None

    own = home_country(ctx)
    if own is None:
        own = place if place and place not in labelled else most(labelled)
    if place is None:
        # no meeting place found: a city the record's first lines name ("British Embassy
        # Hanoi", "Readout of today's meeting in Hanoi") still shows the other state
        from briefing_app.extract.gazetteer import cities_in

        head = ctx.text[:600]
        place = next(
            (c.country for _s, _e, c in cities_in(head, ctx.lex.language) if c.country != own),
            None,
        )
    their = place if place and place != own else most(labelled | {own})
    for k, item in enumerate(block):
        if item.country is None and item.side:
            code = own if item.side == "own" else their
            if code:
                block[k] = ParticipantItem(
                    item.tokens, item.role, code, item.start, item.end, item.side
                )


def other_side_country(block, ctx: Context) -> str | None:
    """A bilateral list that labels only one side ("Kenyan side: …"): the unlabelled people
    are of the other state the record names most often."""
    labelled = {item.country for item in block if item.country}
    if len(labelled) != 1 or all(item.country for item in block):
        return None
    from collections import Counter

    counts = Counter(c.code for c in ctx.countries if c.is_country and c.code not in labelled)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # the other side must stand out ("the UK" thrice, "Haiti" once)
    return ranked[0][0]


def assign_sides(attendees: list[Person], ctx: Context) -> None:
    """Host and guest when the lead sentence says who received whom."""
    lead = ctx.lead
    pattern = ctx.lex.cue("receive")
    if lead is None or pattern is None or len(attendees) < 2:
        return
    m = pattern.search(lead.text)
    if not m:
        return
    passive = (
        ctx.lex.language == "de"
        and re.search(r"\bworden\b|\bwurde\b", lead.text)
        and " von " in lead.text
    )
    cut = lead.start + m.start()
    if passive:
        cut = lead.start + lead.text.find(" von ")
    hosts: list[Person] = []
    guests: list[Person] = []
    for person in attendees:
        spans = person.provenance.spans if person.provenance else []
        if not spans or spans[0].start != lead.start:
            continue
        position = ctx.text.find(person.name.split()[-1], lead.start, lead.end)
        if position < 0:
            continue
        is_host = (position < cut) != bool(passive)
        (hosts if is_host else guests).append(person)
    if not hosts or not guests:
        return
    host_countries = {p.country for p in hosts if p.country}
    guest_countries = {p.country for p in guests if p.country}
    if host_countries & guest_countries:
        return
    for person in attendees:
        if person in hosts or (person.country and person.country in host_countries):
            person.side = Side.HOST
        elif person in guests or (person.country and person.country in guest_countries):
            person.side = Side.GUEST
