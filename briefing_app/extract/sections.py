"""Sections of internal records: agenda, agreements ("Vereinbart", "РЕШИЛИ"), tasks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing_app.extract.context import Context
from briefing_app.extract.text import strip_marker

_HEADING_MAX_WORDS = 6


@dataclass(frozen=True)
class Item:
    kind: str  # agreements | follow_ups | agenda
    text: str
    start: int
    end: int
    inline: bool = False  # "Ergebnis: …" on one line
    signed: bool = False  # under "Les documents signés :": a document signed, no task
    # "   Срок: 31.03.2026. Отв.: Посольство.": the line under the item giving its deadline
    # and owner, (start, end) in the text
    detail: tuple[int, int] | None = None


def _is_heading(text: str) -> bool:
    body = text.strip()
    if not body:
        return False
    words = body.split()
    return len(words) <= _HEADING_MAX_WORDS and not body.endswith((".", ";")) and "|" not in body


def _agreement_heading(ctx: Context, text: str) -> bool:
    """A short line ending in a colon that announces results ("Folgendes wurde vereinbart:",
    "Where we landed:", "По итогам встречи стороны:")."""
    body = text.strip()
    if not body.endswith(":") or len(body.split()) > _HEADING_MAX_WORDS + 2:
        return False
    regex = ctx.lex.cue("agreement_heading")
    course = ctx.lex.cue("course_heading")
    if course is not None and course.search(body):
        return False  # "Verlauf / Ergebnisse:": the course of the talks, point by point
    return bool(regex and regex.search(body))


def _joined_kind(text: str, labels) -> str | None:
    """ "ДОГОВОРЕННОСТИ / ПРЕДЛОЖЕНИЯ:", "Decisions / next steps:": a heading joining two
    section labels with a slash opens a section of the first label's kind."""
    body = text.strip()
    if "/" not in body or not body.endswith(":") or len(body.split()) > _HEADING_MAX_WORDS:
        return None
    parts = [p.strip() for p in body[:-1].split("/")]
    kinds = [next((k for k, lab in labels if lab and lab.match(p + ":")), None) for p in parts]
    return kinds[0] if kinds[0] is not None and all(kinds) else None


def _detail_line(ctx: Context, text: str) -> bool:
    """ "Срок: II квартал. Отв.: Посольство.", "Owner: Desk 3": the deadline or owner of
    the item above, on a line of its own."""
    due, owner = ctx.lex.label("due"), ctx.lex.label("owner")
    return bool((due and due.match(text)) or (owner and owner.match(text)))


def find_items(ctx: Context) -> list[Item]:
    """Items listed under agreement, task and agenda headings, and inline results."""
    lex = ctx.lex
    labels = [(k, lex.label(k)) for k in ("follow_ups", "agreements", "agenda")]
    heard = lex.label("heard")
    items: list[Item] = []
    current: str | None = None
    listed = False  # the section's items so far carry a bullet or a number
    signed = False  # the heading lists documents signed ("The following were signed:")
    for line in ctx.lines:
        if line.index == ctx.headline_line:
            continue
        text = line.text
        if not text.strip():
            current = None
            continue
        kind = next((k for k, lab in labels if lab and lab.match(text)), None)
        if kind is None and heard and heard.match(text):
            current = None  # "2. СЛУШАЛИ: …" after the decisions on item 1 opens item 2
            continue
        if kind is None and current is None:
            joined = _joined_kind(text, labels)
            if joined is not None:
                current, listed, signed = joined, False, False
                continue
        if kind is None and _agreement_heading(ctx, text):
            current, listed = "agreements", False
            signed_cue = ctx.lex.cue("signed")
            signed = bool(signed_cue and signed_cue.search(text))
            continue
        if kind is not None:
            m = next(lab for k, lab in labels if k == kind and lab).match(text)
            rest = text[m.end() :].strip()
            if rest and len(rest.split()) > 3 and not _is_heading(text):
                body, s, e = strip_marker(text[m.end() :], line.start + m.end())
                items.append(Item(kind, body, s, e, inline=True))
                continue
            current, listed, signed = kind, False, False
            continue
        if current is None:
            continue
        marked = bool(re.match(r"^\s*(?:[-–—•*→]|\d+[.)])", text))
        if not marked and listed and items and items[-1].detail is None and _detail_line(ctx, text):
            _body, s, e = strip_marker(text, line.start)
            items[-1] = replace(items[-1], detail=(s, e))
            continue
        if _is_heading(text) and not marked:
            current = None
            continue
        if not marked and listed:
            # "1. …\n2. …\nМогилевский передал приветствие …": a line without a number
            # after a numbered list is running text again
            current = None
            continue
        listed = listed or marked
        body, s, e = strip_marker(text, line.start)
        if not body:
            continue
        items.append(Item(current, body, s, e, signed=signed and current == "agreements"))
    return items
