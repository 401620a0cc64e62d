"""The writer of a record e-mail as an attendee: "From: Hannah Okafor …" and, in the
body, "I took notes" / "ich nahm an dem Gespräch teil" / "j'ai assisté"."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.names import name_runs
from briefing_app.model import Person, Provenance, Span

_HEADER_LINES = 12


def sender_attendee(ctx: Context, attendees: list[Person], mentioned: list[Person]) -> None:
    """Add the e-mail's writer to ``attendees`` when the body says they were there."""
    lex, text = ctx.lex, ctx.text
    words = lex.cues.get("mail_from", [])
    present = lex.cue("sender_present")
    if not words or present is None:
        return
    header = re.compile(rf"^\s*(?:{'|'.join(words)})\s*:\s*", re.IGNORECASE)
    for line in ctx.lines[:_HEADER_LINES]:
        m = header.match(line.text)
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
