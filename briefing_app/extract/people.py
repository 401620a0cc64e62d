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
from briefing_app.extract.names import NameRun, base_form, name_runs, same_person
from briefing_app.extract.occurrences import (
    Occurrence,
    chaired,
    describe,
    evidence_of,
    in_compound,
    plausible,
    trim_title,
    unnamed_role,
)
from briefing_app.extract.participants import ParticipantItem, participant_block
from briefing_app.extract.roles import gap_is_filler, office_addition, role_search, role_span
from briefing_app.extract.sides import assign_sides, other_side_country, resolve_sides
from briefing_app.extract.single_names import is_initial, titled_single
from briefing_app.model import Person, Provenance, Span

_GENITIVE = re.compile(r"\b(?:des|eines|seines|ihres)\b|(?:ten|ers|ns)\s+$", re.IGNORECASE)


@dataclass
class _Person:
    tokens: tuple[str, ...]
    occurrences: list[Occurrence] = field(default_factory=list)
    block: ParticipantItem | None = None


def extract_people(ctx: Context, elsewhere: set[int]) -> tuple[list[Person], list[Person]]:
    """(attendees, mentioned). ``elsewhere``: indexes of sentences about another day or event."""
    lex, text = ctx.lex, ctx.text
    country_words = {w for c in ctx.countries for w in text[c.start : c.end].lower().split()}
    people: list[_Person] = []

    index: dict[str, list[_Person]] = {}
    block = participant_block(ctx)
    resolve_sides(block, ctx)
    other_side = other_side_country(block, ctx)
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
        previous: Occurrence | None = None
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
            run = trim_title(run, ctx)
            if run is None or _names_a_region(run, ctx):
                continue
            if lex.language == "ru":
                run = _past_body(run, text)
            genitive = bool(_GENITIVE.search(text[max(sentence.start, run.start - 40) : run.start]))
            case = _governing_case(ctx, run, floor) if lex.language == "ru" else None
            tokens = base_form(run.tokens, lex, genitive, case)
            person = _match(index, tokens)
            if person is None and len(tokens) < 2 and not titled:
                continue
            occ = Occurrence(run, tokens, sentence)
            describe(occ, ctx, floor)
            occ.evidence = evidence_of(occ, ctx, elsewhere)
            if person is None:
                if not plausible(occ, ctx):
                    if not _joined_to_titled(ctx, previous, run):
                        continue
                    # a title before two names joined by "and" is shared ("die
                    # Bundestagsabgeordneten Sabine Reuter und Henrik Paulsen")
                    occ.role, occ.cue = previous.role, True
                person = _Person(tokens)
                people.append(person)
                index.setdefault(_key(tokens), []).append(person)
            elif (
                _full_words(tokens) > _full_words(person.tokens)
                or (
                    len(tokens) > len(person.tokens)
                    and _full_words(tokens) == _full_words(person.tokens)
                )
            ) and (person.block is None or tuple(tokens[-len(person.tokens) :]) == person.tokens):
                person.tokens = tokens  # "Sigmund" in the list, "Petra Sigmund" in the text
            person.occurrences.append(occ)
            floor = run.end
            previous = occ

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
    assign_sides(attendees, ctx)
    return attendees, mentioned


def _full_words(tokens: tuple[str, ...]) -> int:
    """Words that are no initials: "Денис Крючков" says more than "Д. В. Крючков"."""
    return sum(not is_initial(t) for t in tokens)


def _past_body(run: NameRun, text: str) -> NameRun:
    """ "Генеральный директор Роскосмоса Дмитрий Баканов": a body in the genitive between the
    title and the name is no part of the name."""
    from briefing_app.extract.morph import genitive_body_word

    while len(run.tokens) >= 3 and genitive_body_word(run.tokens[0]):
        at = text.index(run.tokens[1], run.start + len(run.tokens[0]))
        run = NameRun(at, run.end, run.tokens[1:])
    return run


def _names_a_region(run: NameRun, ctx: Context) -> bool:
    """ "Законодательного Собрания Омской области": capitalised words right before a region's
    noun name the region or its body, not a person."""
    nouns = ctx.lex.cues.get("region_nouns", [])
    if not nouns:
        return False
    after = ctx.text[run.end : run.end + 12]
    return bool(re.match(rf"\s(?:{'|'.join(nouns)})(?!\w)", after))


def _joined_to_titled(ctx: Context, previous: Occurrence | None, run: NameRun) -> bool:
    """ "den Abgeordneten Sabine Reuter und Henrik Paulsen", "den Außenministern A, B und C":
    a full name joined by "and" or a comma to a titled name right before it is a person too."""
    if previous is None or not previous.role or len(run.tokens) < 2:
        return False
    gap = ctx.text[previous.run.end : run.start]
    return bool(re.fullmatch(r"\s+(?:und|sowie|and|et|и)\s+|,\s+", gap))


def _governing_case(ctx: Context, run: NameRun, floor: int) -> str | None:
    """The case of the title right before a Russian name ("с министром … Бадром"), or of the
    preposition in front of a name without a title ("с Бадром"); names agree with it."""
    from briefing_app.extract.morph import governing_case

    text, lex = ctx.text, ctx.lex
    titles = list(role_search(lex).finditer(text, max(floor, run.start - 120), run.start))
    for i in range(len(titles) - 1, -1, -1):
        m = titles[i]
        _label, phrase_end, _source = role_span(text, m, lex, ctx, run.start)
        gap = text[phrase_end : run.start]
        if gap_is_filler(gap, ctx, phrase_end) or office_addition(gap, ctx, phrase_end) is not None:
            while i > 0 and not text[titles[i - 1].end() : m.start()].strip():
                # "советник министра Нура …": a title in the genitive after another title is
                # its complement; the first title governs the name
                i -= 1
                m = titles[i]
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


def _fill_gaps(people: list[_Person], ctx: Context) -> None:
    """Counterparts share the role of the person they meet; a country named once in the
    sentence goes to the person there who has none."""
    by_sentence: dict[int, list[Occurrence]] = {}
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
                occ.role = next((o.role for o in others if o.role), "") or unnamed_role(occ, ctx)
            if occ.country is None:
                s = occ.sentence
                mentions = [
                    c
                    for c in ctx.countries_between(s.start, s.end)
                    if c.is_country and not in_compound(ctx, c) and not _ours(ctx, c)
                ]
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


_OURS = re.compile(r"(?:\bnos|\bnotre|\bour)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _ours(ctx: Context, mention) -> bool:
    """ "la coopération avec nos éléments français": the writer's own people, no one's
    nationality in the sentence."""
    return bool(_OURS.search(ctx.text[max(0, mention.start - 40) : mention.start]))


def _distance(occ: Occurrence, mention) -> int:
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
    # who chaired the meeting attends, even where a list names the other participants
    attendee = attendee or any(
        o.evidence in ("lead", "participation")
        and o.sentence is not None
        and chaired(ctx, o.sentence)
        for o in person.occurrences
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
