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
    [
        "der",
        "des",
        "dem",
        "den",
        "die",
        "the",
        "of",
        "de",
        "du",
        "la",
        "le",
        "l'",
        "d'",
        "of",
        "the",
        "republik",
        "republic",
        "république",
        "республики",
        "республика",
        "föderation",
        "federation",
        "federal",
        "his",
        "her",
        "its",
        "sein",
        "seinen",
        "seinem",
        "seines",
        "ihren",
        "ihrem",
        "son",
        "sa",
        "ses",
        "своего",
        "своим",
        "свою",
        "своей",
        "коллегу",
        "коллеги",
        "коллегой",
        "counterpart",
        "counterparts",
        "homologue",
        "amtskollegen",
        "amtskollege",
        "kollegen",
        "kollege",
        "a",
        "an",
        "and",
        "und",
        "et",
        "и",
        "sowie",
        "zum",
        "zur",
        "to",
        "à",
        "в",
        "extraordinary",
        "and",
        "plenipotentiary",
        "außerordentlicher",
        "bevollmächtigter",
        "чрезвычайный",
        "полномочный",
    ]
)
_GENITIVE = re.compile(r"\b(?:des|eines|seines|ihres)\b|(?:ten|ers|ns)\s+$", re.IGNORECASE)


@dataclass
class _Occurrence:
    run: NameRun
    tokens: tuple[str, ...]
    sentence: Sentence | None
    role: str = ""
    source: bool = False
    cue: bool = False  # a role or a word such as "counterpart" introduces the name
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
    word = match.group(0)
    for role in lex.roles:
        if re.fullmatch(role.pattern, word, re.IGNORECASE):
            return role.label, role.source
    return "", False


_CONNECTORS = {
    "en": r"of|for|and|the|on|&|to",
    "fr": r"de la|de l['’]|de|des|du|et de la|et des|et du|et|auprès du|auprès de la|pour"
    r"|chargée? de|en charge de",
    "de": r"für|und|der|des",
}
_CAP = r"[A-ZÄÖÜÀ-ÝА-ЯЁ][\w'’-]*"


def role_span(
    text: str, match: re.Match[str], lex: Lexicon, ctx: Context | None, stop: int
) -> tuple[str, int, bool]:
    """(label, end of the role phrase, source?) for a role word found at ``match``.

    The phrase runs on over connectors and capitalised words ("Minister of
    Transport and Infrastructure", "ministre des Affaires étrangères et de la
    Coopération") and over country names, which end the label but not the phrase.
    """
    label, source = _role_of(match, lex)
    connectors = _CONNECTORS.get(lex.language)
    phrase_end = label_end = match.end()
    if connectors:
        tail = re.compile(
            rf"(?:\s*,\s*(?={_CAP}(?:,|\s+(?:and|et|und)\s))|\s*,\s*(?:{connectors})\s+"
            rf"|\s+(?:{connectors})(?:(?<=['’])|(?!\w))\s*|\s+)"
            rf"(?P<w>(?:l['’]|d['’])?[\w'’-]+)"
        )
        in_country = False
        previous_capital = False
        while True:
            m = tail.match(text, phrase_end)
            if not m or m.start("w") >= stop or m.end() - match.start() > 110:
                break
            word = m.group("w")
            is_country = bool(ctx and ctx.countries_between(m.start("w"), m.end("w")))
            if is_country or word.lower() in _FILLER:
                in_country = in_country or is_country
                phrase_end = m.end()
                continue
            elided = word[:2].lower() in ("l'", "l’", "d'", "d’")
            lower_ok = (
                lex.language == "fr"
                and previous_capital
                and m.group(0).startswith(" ")
                and not elided
            )
            if not word[:1].isupper() and not elided and not lower_ok:
                break
            if elided and not word[2:3].isupper():
                break
            previous_capital = word[:1].isupper() or (elided and word[2:3].isupper())
            phrase_end = m.end()
            if not in_country:
                label_end = phrase_end
    phrase = text[match.start() : label_end].strip(" ,")
    if lex.language == "en" and len(phrase.split()) > 1:
        label = " ".join(
            w if w.lower() in {"of", "for", "and", "the", "on", "to"} else w[:1].upper() + w[1:]
            for w in phrase.split()
        )
    elif ctx is not None and phrase_end > match.end():
        # "ministre français de l'Intérieur": look the phrase up again without the country
        cleaned = text[match.start() : phrase_end]
        for c in ctx.countries_between(match.start(), phrase_end):
            a, b = c.start - match.start(), c.end - match.start()
            cleaned = cleaned[:a] + cleaned[b:]
        cleaned = " ".join(cleaned.split())
        better = _role_search(lex).match(cleaned)
        if better and better.end() > match.end() - match.start():
            label, source = _role_of(better, lex)
    return label, phrase_end, source


def role_phrase(text: str, match: re.Match[str], lex: Lexicon, ctx: Context | None) -> str:
    return role_span(text, match, lex, ctx, len(text))[0]


def _gap_is_filler(gap: str, ctx: Context, start: int) -> bool:
    """Only articles, countries, courtesy titles and an apposition comma between role and name."""
    if len(gap) > 80:
        return False
    words = re.findall(r"[\w'’.]+", gap)
    has_country = bool(ctx.countries_between(start, start + len(gap)))
    if (
        words
        and "," not in gap
        and not has_country
        and not any(is_courtesy(w, ctx.lex) for w in words)
    ):
        return False  # "recteur de la Grande Mosquée": the capitalised words continue the role
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


def _describe(occ: _Occurrence, ctx: Context, floor: int = 0) -> None:
    """Role and country of one occurrence, from the words right before or after it.

    ``floor``: the end of the previous name in the sentence; nothing before it belongs here.
    """
    text, lex = ctx.text, ctx.lex
    sentence = occ.sentence
    lo = max(floor, sentence.start if sentence else max(0, occ.run.start - 120))
    hi = sentence.end if sentence else min(len(text), occ.run.end + 150)
    window_start = max(lo, occ.run.start - 120)
    before = list(_role_search(lex).finditer(text, window_start, occ.run.start))
    country_span: tuple[int, int] | None = None
    for m in reversed(before):
        label, phrase_end, source = role_span(text, m, lex, ctx, occ.run.start)
        if _gap_is_filler(text[phrase_end : occ.run.start], ctx, phrase_end):
            occ.role, occ.source, occ.cue = label, source, True
            country_span = (max(lo, m.start() - 45), occ.run.start)
            prefixed = [
                c for p, c in lex.role_countries.items() if m.group(0).lower().startswith(p)
            ]
            break
    else:
        prefixed = []
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
            occ.role, _, occ.source = role_span(text, m, lex, ctx, hi)
            occ.cue = True
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
        elif prefixed:
            occ.country = prefixed[0]  # "Bundesaußenminister": the title names the country


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

    index: dict[str, list[_Person]] = {}
    block = participant_block(ctx)
    for item in block:
        people.append(_Person(item.tokens, block=item))
        index.setdefault(_key(item.tokens), []).append(people[-1])

    for sentence in ctx.sentences:
        if sentence.line == ctx.headline_line or (block and block.covers(sentence.start)):
            continue
        floor = sentence.start
        for run in name_runs(text, sentence.start, sentence.end, lex, country_words):
            run = _trim(run, ctx)
            if run is None:
                continue
            genitive = bool(_GENITIVE.search(text[max(sentence.start, run.start - 40) : run.start]))
            tokens = base_form(run.tokens, lex, genitive)
            occ = _Occurrence(run, tokens, sentence)
            _describe(occ, ctx, floor)
            occ.evidence = _evidence(occ, ctx, elsewhere)
            person = _match(index, tokens)
            if person is None:
                if len(tokens) < 2 or not _plausible(occ, ctx):
                    continue
                person = _Person(tokens)
                people.append(person)
                index.setdefault(_key(tokens), []).append(person)
            elif len(tokens) > len(person.tokens) and person.block is None:
                person.tokens = tokens
            person.occurrences.append(occ)
            floor = run.end

    _fill_gaps(people, ctx)
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


def _trim(run: NameRun, ctx: Context) -> NameRun | None:
    """Drop words of a role title that look like a name ("Secretary General Thorbjørn Jagland")."""
    m = _role_search(ctx.lex).search(ctx.text, max(0, run.start - 40), run.end)
    while m and m.end() <= run.start:
        m = _role_search(ctx.lex).search(ctx.text, m.end(), run.end)
    if m is None or m.start() > run.start:
        return run
    rest = ctx.text[m.end() : run.end].split()
    if len(rest) < 2:
        return None if not rest else NameRun(run.end - len(rest[0]), run.end, tuple(rest))
    return NameRun(run.end - len(" ".join(rest)), run.end, tuple(rest))


def _fill_gaps(people: list[_Person], ctx: Context) -> None:
    """Counterparts share the role of the person they meet; a country named once in the
    sentence goes to the person there who has none."""
    by_sentence: dict[int, list[_Occurrence]] = {}
    for person in people:
        for occ in person.occurrences:
            if occ.sentence is not None:
                by_sentence.setdefault(occ.sentence.index, []).append(occ)
    for person in people:
        if person.block is not None:
            continue
        for occ in person.occurrences:
            if occ.sentence is None:
                continue
            others = [o for o in by_sentence.get(occ.sentence.index, []) if o is not occ]
            if not occ.role and occ.cue:
                occ.role = next((o.role for o in others if o.role), "")
            if occ.country is None:
                s = occ.sentence
                codes = {c.code for c in ctx.countries_between(s.start, s.end) if c.is_country}
                taken = {o.country for o in others if o.country}
                free = codes - taken
                if len(codes) == 1 and free:
                    occ.country = free.pop()


def _key(tokens: tuple[str, ...]) -> str:
    return tokens[-1].lower()[:3] if tokens else ""


def _match(index: dict[str, list[_Person]], tokens: tuple[str, ...]) -> _Person | None:
    """The person these words name: the same name, or a short form ("Tursunov", "D. Price")."""
    people = index.get(_key(tokens), [])
    low = tuple(t.lower() for t in tokens)
    exact = [p for p in people if tuple(t.lower() for t in p.tokens) == low]
    if exact:
        return exact[0]
    candidates = [
        p for p in people if same_person(tokens, p.tokens) or same_person(p.tokens, tokens)
    ]
    return candidates[0] if len(candidates) == 1 else None


def _plausible(occ: _Occurrence, ctx: Context) -> bool:
    """A new name needs a sign that it is a person: a role, a courtesy title, or morphology."""
    if occ.role or occ.cue:
        return True
    before = ctx.text[max(0, occ.run.start - 12) : occ.run.start].split()
    if before and is_courtesy(before[-1], ctx.lex):
        return True
    if ctx.lex.language == "ru":
        from briefing_app.extract.morph import _parses

        tags = [{g for p in _parses(t.lower()) for g in p.tag.grammemes} for t in occ.tokens]
        return "Name" in tags[0] or (
            any("Name" in t for t in tags) and any("Surn" in t for t in tags)
        )
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
