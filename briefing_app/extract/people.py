"""People: who took part (with role, country, side) and who is only mentioned.

Each name occurrence collects evidence: listed under a participants label,
named in the lead sentence, named with a participation or meeting cue, or
named after a reference cue (greetings, recalled, spokesperson) or in a passage
about another day. A person is an attendee when any occurrence says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.lexicon import Lexicon, alternation
from briefing_app.extract.names import (
    NameRun,
    base_form,
    is_courtesy,
    name_runs,
    same_person,
)
from briefing_app.extract.participants import ParticipantItem, participant_block
from briefing_app.extract.text import Sentence
from briefing_app.model import Person, Provenance, Side, Span

_FILLER = frozenset(
    ["der", "des", "dem", "den", "die", "the", "of", "de", "du", "la", "le", "l'", "d'", "of", "the", "republik", "republic", "république", "республики", "республика", "föderation", "federation", "federal", "his", "her", "its", "sein", "seinen", "seinem", "seines", "ihren", "ihrem", "son", "sa", "ses", "своего", "своим", "свою", "своей", "коллегу", "коллеги", "коллегой", "counterpart", "counterparts", "homologue", "amtskollegen", "amtskollege", "kollegen", "kollege", "a", "an", "and", "und", "et", "и", "sowie", "zum", "zur", "to", "à", "в", "extraordinary", "and", "plenipotentiary", "außerordentlicher", "bevollmächtigter", "чрезвычайный", "полномочный"]
)
_GENITIVE = re.compile(r"\b(?:des|eines|seines|ihres)\b|(?:ten|ers|ns)\s+$", re.IGNORECASE)


@dataclass
class _Occurrence:
    run: NameRun
    tokens: tuple[str, ...]
    sentence: Sentence | None
    role: str = ""
    source: bool = False
    country: str | None = None
    evidence: str = "none"


@dataclass
class _Person:
    tokens: tuple[str, ...]
    occurrences: list[_Occurrence] = field(default_factory=list)
    block: ParticipantItem | None = None


@cache
def _role_search(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-]){alternation([r.pattern for r in lex.roles])}(?![\w])", re.IGNORECASE
    )


def _role_of(match: re.Match[str], lex: Lexicon) -> tuple[str, bool]:
    word = match.group(0).lower()
    for role in lex.roles:
        if re.fullmatch(role.pattern, word, re.IGNORECASE):
            return role.label, role.source
    return "", False


_EN_ROLE_TAIL = re.compile(
    r"(?:\s*(?:,\s*(?=[A-Z][a-z]+(?:,| and))|\s+(?:of|for|and|on|&)\s+(?:the\s+)?|\s+)(?!Republic)([A-Z][\w'’-]*))"
)


def role_phrase(text: str, match: re.Match[str], lex: Lexicon, ctx: Context | None) -> str:
    """English: the role as written ("Minister of Transport and Infrastructure"), up to a country."""
    label, _ = _role_of(match, lex)
    if lex.language != "en":
        return label
    end = match.end()
    phrase_end = end
    while True:
        m = _EN_ROLE_TAIL.match(text, phrase_end)
        if not m or m.end() - match.start() > 90:
            break
        if ctx and ctx.countries_between(m.start(1), m.end(1) + 25):
            break
        phrase_end = m.end()
    phrase = text[match.start() : phrase_end].strip(" ,")
    words = phrase.split()
    if len(words) <= 1:
        return label
    return " ".join(
        w[:1].upper() + w[1:] if w.lower() not in {"of", "for", "and", "the", "on"} else w
        for w in words
    )


def _gap_is_filler(gap: str, ctx: Context, start: int) -> bool:
    if len(gap) > 80:
        return False
    cleaned = gap
    for c in ctx.countries_between(start, start + len(gap)):
        a, b = c.start - start, c.end - start
        cleaned = cleaned[:a] + " " * (b - a) + cleaned[b:]
    for word in re.findall(r"[\w'’.]+", cleaned):
        low = word.lower()
        if low in _FILLER or is_courtesy(word, ctx.lex) or low.rstrip(".") in {"u.s", "us", "uk"}:
            continue
        if re.fullmatch(r"[\w]+['’]s", word):
            continue
        return False
    return True


def _describe(occ: _Occurrence, ctx: Context) -> None:
    """Role and country of one occurrence, from the words right before or after it."""
    text, lex = ctx.text, ctx.lex
    sentence = occ.sentence
    lo = sentence.start if sentence else max(0, occ.run.start - 120)
    hi = sentence.end if sentence else min(len(text), occ.run.end + 150)
    window_start = max(lo, occ.run.start - 120)
    before = list(_role_search(lex).finditer(text, window_start, occ.run.start))
    country_span: tuple[int, int] | None = None
    for m in reversed(before):
        if _gap_is_filler(text[m.end() : occ.run.start], ctx, m.end()):
            occ.role = role_phrase(text, m, lex, ctx)
            occ.source = _role_of(m, lex)[1]
            country_span = (max(lo, m.start() - 45), occ.run.start)
            for prefix, code in lex.role_countries.items():
                if m.group(0).lower().startswith(prefix):
                    occ.country = code
            break
    after = re.match(
        r"\s*[,(–—]\s*(?:(?:the|le|la|l'|der|dem|die|des)\s+)?", text[occ.run.end : hi]
    )
    if not occ.role and after:
        start = occ.run.end + after.end()
        m = _role_search(lex).match(text, start)
        if m is None:
            # "Name, Slovakia's Minister …", "Name, ambassadeur de France"
            m2 = _role_search(lex).search(text, start, min(hi, start + 40))
            if m2 and _gap_is_filler(text[start : m2.start()], ctx, start):
                m = m2
        if m is not None:
            occ.role = role_phrase(text, m, lex, ctx)
            occ.source = _role_of(m, lex)[1]
            stop = re.search(r"[;.)]|\s[-–—]\s", text[m.end() : min(hi, m.end() + 110)])
            country_span = (start, m.end() + (stop.start() if stop else min(hi - m.end(), 110)))
    if occ.country is None:
        span = country_span or (max(lo, occ.run.start - 45), occ.run.start)
        mentions = ctx.countries_between(*span)
        if mentions:
            # the country named closest before the role, else the first after it
            occ.country = (
                mentions[-1].code
                if country_span is None or span[1] == occ.run.start
                else mentions[0].code
            )


def _cue(lex: Lexicon, name: str, text: str, start: int, end: int) -> bool:
    regex = lex.cue(name)
    return bool(regex and regex.search(text, start, end))


def _evidence(occ: _Occurrence, ctx: Context, elsewhere: set[int]) -> str:
    s = occ.sentence
    if s is None:
        return "none"
    if occ.source:
        return "ref"
    if _cue(ctx.lex, "mention", ctx.text, max(s.start, occ.run.start - 120), occ.run.start):
        return "ref"
    if ctx.lead is not None and s.index == ctx.lead.index:
        return "lead"
    if s.index in elsewhere:
        return "elsewhere"
    if _cue(ctx.lex, "participation", ctx.text, s.start, s.end):
        return "participation"
    if _cue(ctx.lex, "meeting", ctx.text, s.start, s.end):
        return "meeting"
    return "none"


def extract_people(ctx: Context, elsewhere: set[int]) -> tuple[list[Person], list[Person]]:
    """(attendees, mentioned). ``elsewhere``: indexes of sentences about another day or event."""
    lex, text = ctx.lex, ctx.text
    country_words = {text[c.start : c.end].lower() for c in ctx.countries}
    people: list[_Person] = []

    block = participant_block(ctx)
    for item in block:
        people.append(_Person(item.tokens, block=item))

    for sentence in ctx.sentences:
        if sentence.line == ctx.headline_line or (block and block.covers(sentence.start)):
            continue
        for run in name_runs(text, sentence.start, sentence.end, lex, country_words):
            genitive = bool(_GENITIVE.search(text[max(sentence.start, run.start - 40) : run.start]))
            tokens = base_form(run.tokens, lex, genitive)
            occ = _Occurrence(run, tokens, sentence)
            _describe(occ, ctx)
            occ.evidence = _evidence(occ, ctx, elsewhere)
            person = _match(people, tokens)
            if person is None:
                if len(tokens) < 2 or not _plausible(occ, ctx):
                    continue
                person = _Person(tokens)
                people.append(person)
            elif len(tokens) > len(person.tokens) and person.block is None:
                person.tokens = tokens
            person.occurrences.append(occ)

    attendees: list[Person] = []
    mentioned: list[Person] = []
    for person in people:
        built = _build(person, ctx, has_block=bool(block))
        if built is None:
            continue
        is_attendee, value = built
        (attendees if is_attendee else mentioned).append(value)
    _assign_sides(attendees, ctx)
    return attendees, mentioned


def _match(people: list[_Person], tokens: tuple[str, ...]) -> _Person | None:
    exact = [
        p for p in people if tuple(t.lower() for t in p.tokens) == tuple(t.lower() for t in tokens)
    ]
    if exact:
        return exact[0]
    candidates = [
        p for p in people if same_person(tokens, p.tokens) or same_person(p.tokens, tokens)
    ]
    return candidates[0] if len(candidates) == 1 else None


def _plausible(occ: _Occurrence, ctx: Context) -> bool:
    """A new name needs a sign that it is a person: a role, a courtesy title, or morphology."""
    if occ.role:
        return True
    before = ctx.text[max(0, occ.run.start - 12) : occ.run.start].split()
    if before and is_courtesy(before[-1], ctx.lex):
        return True
    if ctx.lex.language == "ru":
        from briefing_app.extract.morph import _parses

        tags = [{g for p in _parses(t.lower()) for g in p.tag.grammemes} for t in occ.tokens]
        return any("Name" in t for t in tags) and any("Surn" in t or "Name" in t for t in tags[1:])
    return False


def _build(person: _Person, ctx: Context, *, has_block: bool) -> tuple[bool, Person] | None:
    name = " ".join(person.tokens)
    if person.block is not None:
        item = person.block
        role = item.role
        country = item.country
        spans = [Span(start=item.start, end=item.end)]
        for occ in person.occurrences[:2]:
            if occ.sentence:
                spans.append(Span(start=occ.sentence.start, end=occ.sentence.end))
        return True, Person(
            name=name,
            role=role,
            country=country,
            provenance=Provenance(
                spans=spans, confidence=0.85 if role else 0.7, method="participants-list"
            ),
        )
    if not person.occurrences:
        return None
    order = {"lead": 0, "participation": 1, "meeting": 2, "ref": 3, "elsewhere": 4, "none": 5}
    best = min(person.occurrences, key=lambda o: (order[o.evidence], not o.role))
    attendee = not has_block and any(
        o.evidence in ("lead", "participation", "meeting") for o in person.occurrences
    )
    if (
        attendee
        and best.evidence == "meeting"
        and any(o.evidence == "ref" for o in person.occurrences)
    ):
        attendee = False
    role = next((o.role for o in person.occurrences if o.role), "")
    country = next(
        (o.country for o in sorted(person.occurrences, key=lambda o: not o.role) if o.country), None
    )
    confidence = {"lead": 0.85, "participation": 0.8, "meeting": 0.65, "ref": 0.75}.get(
        best.evidence, 0.55
    )
    if not role:
        confidence -= 0.1
    spans = []
    for occ in person.occurrences[:3]:
        if occ.sentence and all(s.start != occ.sentence.start for s in spans):
            spans.append(Span(start=occ.sentence.start, end=occ.sentence.end))
    return attendee, Person(
        name=name,
        role=role,
        country=country,
        provenance=Provenance(
            spans=spans, confidence=round(confidence, 2), method=f"names:{best.evidence}"
        ),
    )


_RECEIVE = {
    "de": r"empf(?:ing|ängt|angen)|begrüßt\w*",
    "en": r"receiv\w*|hosted|welcomed",
    "fr": r"a reçu|reçoit|a accueilli|accueille",
    "ru": r"принял\w*|принимал\w*",
}


def _assign_sides(attendees: list[Person], ctx: Context) -> None:
    """Host and guest when the lead sentence says who received whom."""
    lead = ctx.lead
    pattern = _RECEIVE.get(ctx.lex.language)
    if lead is None or not pattern or len(attendees) < 2:
        return
    m = re.search(pattern, lead.text, re.IGNORECASE)
    if not m:
        return
    passive = (
        ctx.lex.language == "de"
        and re.search(r"\bworden\b|\bwurde\b", lead.text)
        and " von " in lead.text
    )
    cut = lead.start + m.start()
    host_country = guest_country = None
    for person in attendees:
        spans = person.provenance.spans if person.provenance else []
        if not spans or spans[0].start != lead.start:
            continue
        position = ctx.text.find(person.name.split()[-1], lead.start, lead.end)
        if position < 0:
            continue
        before = position < cut
        is_host = before != bool(passive)
        if is_host and host_country is None:
            host_country = person.country
        if not is_host and guest_country is None:
            guest_country = person.country
    if not host_country or not guest_country or host_country == guest_country:
        return
    for person in attendees:
        if person.country == host_country:
            person.side = Side.HOST
        elif person.country == guest_country:
            person.side = Side.GUEST
