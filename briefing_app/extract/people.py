"""People: who took part (with role, country, side) and who is only mentioned.

Each name occurrence collects evidence: listed under a participants label,
named in the lead sentence, named with a participation or meeting cue, or
named after a reference cue (greetings, recalled, spokesperson) or in a passage
about another day. A person is an attendee when any occurrence says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from briefing_app.extract.context import Context
from briefing_app.extract.lexicon import Lexicon
from briefing_app.extract.names import (
    NameRun,
    base_form,
    is_courtesy,
    name_runs,
    same_person,
)
from briefing_app.extract.participants import ParticipantItem, participant_block, resolve_sides
from briefing_app.extract.roles import (
    complement_country,
    gap_is_filler,
    role_of,
    role_search,
    role_span,
    title_end,
)
from briefing_app.extract.single_names import is_initial, titled_single
from briefing_app.extract.text import Sentence
from briefing_app.model import Person, Provenance, Side, Span

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


def _describe(occ: _Occurrence, ctx: Context, floor: int = 0) -> None:
    """Role and country of one occurrence, from the words right before or after it.

    ``floor``: the end of the previous name in the sentence; nothing before it belongs here.
    """
    text, lex = ctx.text, ctx.lex
    sentence = occ.sentence
    lo = max(floor, sentence.start if sentence else max(0, occ.run.start - 120))
    hi = sentence.end if sentence else min(len(text), occ.run.end + 150)
    window_start = max(lo, occ.run.start - 120)
    before = list(role_search(lex).finditer(text, window_start, occ.run.start))
    country_span: tuple[int, int] | None = None
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        label, phrase_end, source = role_span(text, m, lex, ctx, occ.run.start)
        if gap_is_filler(text[phrase_end : occ.run.start], ctx, phrase_end):
            # an earlier title whose phrase runs over this one ("ministre déléguée chargée
            # de l'Europe") is the role; the later word only continues it
            for earlier in reversed(before[:i]):
                e_label, e_end, e_source = role_span(text, earlier, lex, ctx, occ.run.start)
                if e_label and e_end >= m.end() and e_end == phrase_end:
                    m, label, source = earlier, e_label, e_source
            occ.role, occ.source, occ.cue = label, source, True
            country_span = (max(lo, m.start() - 45), occ.run.start)
            prefixed = [
                c for p, c in lex.role_countries.items() if m.group(0).lower().startswith(p)
            ]
            office = complement_country(text, m.start(), phrase_end, lex)
            if office:
                prefixed.insert(0, office)
            break
    else:
        prefixed = []
    after = re.match(
        r"\s*[,(–—]\s*(?:(?:the|le|la|l'|der|dem|die|des)\s+)?", text[occ.run.end : hi]
    )
    if not occ.role and after:
        start = occ.run.end + after.end()
        m = role_search(lex).match(text, start)
        if m is None:
            # "Name, Slovakia's Minister …", "Name, ambassadeur de France"
            m2 = role_search(lex).search(text, start, min(hi, start + 40))
            if m2 and gap_is_filler(text[start : m2.start()], ctx, start):
                m = m2
        if m is not None:
            occ.role, _, occ.source = role_span(text, m, lex, ctx, hi)
            occ.cue = True
            stop = re.search(r"[;.)]|\s[-–—]\s", text[m.end() : min(hi, m.end() + 110)])
            country_span = (start, m.end() + (stop.start() if stop else min(hi - m.end(), 110)))
    if occ.country is None:
        span = country_span or (max(lo, occ.run.start - 45), occ.run.start)
        mentions = _not_posting(ctx, ctx.countries_between(*span))
        if mentions:
            # the country named closest before the role, else the first after it
            occ.country = (
                mentions[-1].code
                if country_span is None or span[1] == occ.run.start
                else mentions[0].code
            )
        elif prefixed:
            occ.country = prefixed[0]  # "Bundesaußenminister": the title names the country


def _not_posting(ctx: Context, mentions: list) -> list:
    """Without the country an envoy is posted to ("Посол Вьетнама в России", "ambassadeur
    de France au Maroc") when another country is named."""
    words = ctx.lex.cues.get("posting", [])
    if len(mentions) < 2 or not words:
        return mentions
    regex = re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+$", re.IGNORECASE)
    kept = [c for c in mentions if not regex.search(ctx.text, max(0, c.start - 15), c.start)]
    return kept or mentions


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
    country_words = {w for c in ctx.countries for w in text[c.start : c.end].lower().split()}
    people: list[_Person] = []

    index: dict[str, list[_Person]] = {}
    block = participant_block(ctx)
    resolve_sides(block, ctx)
    other_side = _other_side(block, ctx)
    for item in block:
        if item.country is None and other_side:
            item = replace(item, country=other_side)
        people.append(_Person(item.tokens, block=item))
        index.setdefault(_key(item.tokens), []).append(people[-1])

    place_labels = [lex.label("venue"), lex.label("date")]
    for sentence in ctx.sentences:
        if sentence.line == ctx.headline_line or (block and block.covers(sentence.start)):
            continue
        if any(lab and lab.match(ctx.lines[sentence.line].text) for lab in place_labels):
            continue  # "Venue: King Charles Street, London" names no person
        floor = sentence.start
        for run in name_runs(text, sentence.start, sentence.end, lex, country_words):
            if len(run.tokens) > 1 and is_initial(run.tokens[-1]) and not is_initial(run.tokens[0]):
                # "Шарипов К. предложил …": initials after the surname
                lead = [t for t in run.tokens if is_initial(t)]
                run = NameRun(
                    run.start, run.end, (*lead, *[t for t in run.tokens if not is_initial(t)])
                )
            titled = (
                len(run.tokens) == 1
                and not index.get(_key(run.tokens))
                and titled_single(run, ctx, floor)
            )
            if len(run.tokens) < 2 and not index.get(_key(run.tokens)) and not titled:
                continue  # a lone capitalised word that names nobody met so far
            run = _trim(run, ctx)
            if run is None:
                continue
            genitive = bool(_GENITIVE.search(text[max(sentence.start, run.start - 40) : run.start]))
            case = _governing_case(ctx, run, floor) if lex.language == "ru" else None
            tokens = base_form(run.tokens, lex, genitive, case)
            person = _match(index, tokens)
            if person is None and len(tokens) < 2 and not titled:
                continue
            occ = _Occurrence(run, tokens, sentence)
            _describe(occ, ctx, floor)
            occ.evidence = _evidence(occ, ctx, elsewhere)
            if person is None:
                if not _plausible(occ, ctx):
                    continue
                person = _Person(tokens)
                people.append(person)
                index.setdefault(_key(tokens), []).append(person)
            elif len(tokens) > len(person.tokens) and (
                person.block is None or tuple(tokens[-len(person.tokens) :]) == person.tokens
            ):
                person.tokens = tokens  # "Sigmund" in the list, "Petra Sigmund" in the text
            person.occurrences.append(occ)
            floor = run.end

    _fill_gaps(people, ctx)
    if not block:
        _lead_with_people(people, ctx)
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


def _other_side(block, ctx: Context) -> str | None:
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


def _governing_case(ctx: Context, run: NameRun, floor: int) -> str | None:
    """The case of the title right before a Russian name ("с министром … Бадром"), or of the
    preposition in front of a name without a title ("с Бадром"); names agree with it."""
    from briefing_app.extract.morph import governing_case

    text, lex = ctx.text, ctx.lex
    titles = list(role_search(lex).finditer(text, max(floor, run.start - 120), run.start))
    for m in reversed(titles):
        _label, phrase_end, _source = role_span(text, m, lex, ctx, run.start)
        if gap_is_filler(text[phrase_end : run.start], ctx, phrase_end):
            for word in m.group(0).split():
                case = governing_case(word)
                if case:
                    return case
            return None
    before = text[max(floor, run.start - 4) : run.start].split()
    return (
        governing_case(before[-1])
        if before and before[-1].lower() in ("с", "со", "к", "у")
        else None
    )


def _trim(run: NameRun, ctx: Context) -> NameRun | None:
    """Drop words of a role title that look like a name ("Secretary General Thorbjørn Jagland")."""
    for title in role_search(ctx.lex).finditer(ctx.text, max(0, run.start - 120), run.start):
        end = title_end(ctx.text, title, ctx.lex, run.end)
        if run.start < end < run.end:
            # "… beim Bundesminister für Wirtschaft und Klimaschutz Franziska Brantner"
            rest = ctx.text[end : run.end].split()
            if len(rest) < 2:
                return None
            run = NameRun(run.end - len(" ".join(rest)), run.end, tuple(rest))
            break
    m = role_search(ctx.lex).search(ctx.text, max(0, run.start - 40), run.end)
    while m and m.end() <= run.start:
        m = role_search(ctx.lex).search(ctx.text, m.end(), run.end)
    if m is None or m.start() > run.start:
        return run
    rest = ctx.text[m.end() : run.end].split()
    while rest and rest[0].startswith("-"):
        rest.pop(0)  # "Governor-General Sam Mostyn": the rest of a hyphenated title
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
    described = {id(o): o.country for occs in by_sentence.values() for o in occs}
    for person in people:
        if person.block is not None:
            continue
        for occ in person.occurrences:
            if occ.sentence is None:
                continue
            others = [o for o in by_sentence.get(occ.sentence.index, []) if o is not occ]
            if not occ.role and occ.cue:
                occ.role = next((o.role for o in others if o.role), "") or _unnamed_role(occ, ctx)
            if occ.country is None:
                s = occ.sentence
                mentions = [c for c in ctx.countries_between(s.start, s.end) if c.is_country]
                codes = {c.code for c in mentions}
                taken = {described[id(o)] for o in others if described[id(o)]}
                free = codes - taken
                # the country goes to the nameless-country person nearest to it ("a reçu
                # le ministre, X, … son homologue algérien, Y": Y, not X)
                rivals = [o for o in others if described[id(o)] is None and o.country is None]
                if (
                    len(codes) == 1
                    and free
                    and not any(
                        _distance(o, mentions[0]) < _distance(occ, mentions[0]) for o in rivals
                    )
                ):
                    occ.country = free.pop()


def _distance(occ: _Occurrence, mention) -> int:
    if mention.end <= occ.run.start:
        return occ.run.start - mention.end
    return max(0, mention.start - occ.run.end) + 10  # a country after the name binds less


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
        # "Present: Baroness Chapman; …": the list gives no title, the header line does
        role = item.role or next((o.role for o in person.occurrences if o.role), "")
        # "Ministerin Oksana …" in the list, "Ministerin für Sozialpolitik Oksana …" in the
        # text: the fuller title of the same office wins
        fuller = [
            o.role
            for o in person.occurrences
            if item.role and len(o.role) > len(item.role) and o.role.startswith(item.role)
        ]
        if fuller:
            role = max(fuller, key=len)
        country = item.country or next(
            (o.country for o in person.occurrences if o.role and o.country), None
        )
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


def _assign_sides(attendees: list[Person], ctx: Context) -> None:
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


def _lead_with_people(people: list[_Person], ctx: Context) -> None:
    """When the first sentence names nobody ("Talks focused on trade."), the first sentence of
    that paragraph that names people introduces the participants."""
    lead = ctx.lead
    if lead is None:
        return
    occurrences = [o for p in people for o in p.occurrences if o.sentence is not None]
    if any(o.evidence == "lead" for o in occurrences):
        return
    candidates = [
        o
        for o in occurrences
        if o.sentence.line == lead.line and o.evidence in ("none", "meeting", "participation")
    ]
    if not candidates:
        return
    first = min(o.sentence.index for o in candidates)
    for occ in candidates:
        if occ.sentence.index == first:
            occ.evidence = "lead"


def _unnamed_role(occ: _Occurrence, ctx: Context) -> str:
    """A counterpart's role from a title without a name earlier in the sentence:
    "le chef du gouvernement algérien s'est entretenu avec son homologue français, Manuel Valls"."""
    sentence = occ.sentence
    if sentence is None:
        return ""
    for m in role_search(ctx.lex).finditer(ctx.text, sentence.start, occ.run.start):
        label, _ = role_of(m, ctx.lex)
        if label:
            return label
    return ""
