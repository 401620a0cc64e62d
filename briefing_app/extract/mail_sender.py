"""The writer of a record among the attendees: an e-mail's sender who says they were there
("From: Hannah Okafor …", then "I took notes"), and a drafter named in the header
("Rédactrice : Claire Vasseur") who is also listed as a participant."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.names import name_runs
from briefing_app.model import Person, Provenance, Span

_HEADER_LINES = 12


def sender_attendee(ctx: Context, attendees: list[Person], mentioned: list[Person]) -> None:
    """Add the e-mail's writer (or the record's drafter) to ``attendees`` when the body
    says they were there."""
    lex, text = ctx.lex, ctx.text
    words = lex.cues.get("mail_from", [])
    present = lex.cue("sender_present")
    if not words or present is None:
        return
    header = re.compile(rf"^\s*(?:{'|'.join(words)})\s*:\s*", re.IGNORECASE)
    # "Verfasser: Dr. Jonas Feld" above "Botschafter X und ich wurden … empfangen": the
    # record's drafter who writes that they were there is its sender
    drafter = lex.label("drafter")
    for line in ctx.lines[:_HEADER_LINES]:
        m = header.match(line.text) or (drafter.match(line.text) if drafter else None)
        if m is None:
            continue
        start = line.start + m.end()
        stop = re.search(r"[(<,\[]|$", line.text[m.end() :])
        end = start + (stop.start() if stop else len(line.text) - m.end())
        runs = [r for r in name_runs(text, start, end, lex, set()) if len(r.tokens) >= 2]
        if not runs:
            return
        run = runs[0]
        body = line.start + len(line.text)
        said = present.search(text, body)
        if said is None:
            return
        name = " ".join(run.tokens)
        if any(p.name == name for p in attendees):
            return
        mentioned[:] = [p for p in mentioned if p.name != name]
        # "I sat in and took notes": the sentence saying so may make the writer the note-taker
        sentence = ctx.sentence_at(said.start())
        until = sentence.end if sentence is not None else said.end()
        notes = lex.cue("sender_notes")
        role = "Note-taker" if notes and notes.search(text, said.start(), until) else ""
        attendees.append(
            Person(
                name=name,
                role=role,
                provenance=Provenance(
                    spans=[
                        Span(start=run.start, end=run.end),
                        Span(start=said.start(), end=said.end()),
                    ],
                    confidence=0.6,
                    method="mail-sender",
                ),
            )
        )
        return


def drafter_note_taker(ctx: Context, attendees: list[Person]) -> None:
    """ "Rédactrice : Claire Vasseur", "Drafted by: …": a participant who wrote the record
    took its note; the header's own word ("rédactrice") is no role of theirs."""
    from briefing_app.extract.roles import role_of, role_search

    label = ctx.lex.label("drafter")
    if label is None:
        return
    for line in ctx.lines:
        m = label.match(line.text)
        if m is None:
            continue
        start = line.start + m.end()
        runs = name_runs(ctx.text, start, line.start + len(line.text), ctx.lex, set())
        names = {" ".join(r.tokens) for r in runs if len(r.tokens) >= 2}
        word = role_search(ctx.lex).search(line.text, 0, m.end())
        own = role_of(word, ctx.lex)[0] if word else ""
        for person in attendees:
            if person.name in names and person.role in ("", own):
                person.role = "Note-taker"


def drafter_present(ctx: Context, attendees: list[Person], mentioned: list[Person]) -> None:
    """ "L'ambassadrice, accompagnée du rédacteur, …", "accompanied by the drafter": the
    drafter named in the header ("Rédacteur : Thomas Garnier, premier conseiller") was there,
    with the title the header gives after the name, for the writer's state."""
    from briefing_app.extract.roles import role_of, role_search
    from briefing_app.extract.sides import home_country

    label, cue = ctx.lex.label("drafter"), ctx.lex.cue("accompanied")
    words = ctx.lex.cues.get("drafter_word", [])
    if label is None or cue is None or not words or not mentioned:
        return
    word = re.compile(
        rf"\s*(?:(?:l['’]|la |le |the |our |notre )\s*)?(?:{'|'.join(words)})(?!\w)",
        re.IGNORECASE,
    )
    if not any(word.match(ctx.text, m.end()) for m in cue.finditer(ctx.text)):
        return
    for line in ctx.lines[:_HEADER_LINES]:
        m = label.match(line.text)
        if m is None:
            continue
        end = line.start + len(line.text)
        runs = [
            r
            for r in name_runs(ctx.text, line.start + m.end(), end, ctx.lex, set())
            if len(r.tokens) >= 2
        ]
        if len(runs) != 1:
            return
        person = next((p for p in mentioned if p.name == " ".join(runs[0].tokens)), None)
        if person is None:
            return
        title = role_search(ctx.lex).search(ctx.text, runs[0].end, end)
        if title is not None:
            person.role = role_of(title, ctx.lex)[0] or person.role
        person.country = person.country or home_country(ctx)
        mentioned.remove(person)
        attendees.append(person)
        return
