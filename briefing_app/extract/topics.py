"""Topics: one item per subject discussed, with an English label where the lexicon knows it.

Sources: agenda headings of records, the subject line, subject areas from
``<lang>/topics.json`` and named items (COP29, NATO, Baku-Tbilisi-Ceyhan).
"""

from __future__ import annotations

import re
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.dates import find_dates
from briefing_app.extract.lexicon import Lexicon, alternation, common
from briefing_app.extract.party_labels import alpha3_code
from briefing_app.extract.sections import Item
from briefing_app.extract.text import Intervals
from briefing_app.extract.topic_evidence import (
    ACTION,
    TALK,
    Evidence,
    before_title,
    header_regex,
    institution_acronyms,
    judge,
    occasion_masks,
    parents,
    person_party,
    sentence_kind,
    title_masks,
)
from briefing_app.extract.topic_names import (
    english_names,
    format_names,
    french_names,
    matter_names,
)
from briefing_app.extract.topic_objects import discussed_objects
from briefing_app.extract.topic_units import initials_of_headline, unit_in_brackets
from briefing_app.model import Provenance, Span, Topic

_NAMED = re.compile(
    r"(?<![\w-])(?:[A-ZА-ЯЁ]{1,6}\d+(?:\+\d+)?(?![\w+])|[A-ZА-ЯЁ]\d\+\d|[A-ZА-ЯЁ]{2,6}(?=[\s,.;:)»]|$)"
    r"|[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё]+(?:-[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё]+){2,}(?:-[A-Za-zÀ-ÿ]+)?"
    r"|[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё]+-(?:Prozess|Format|Pipeline|Plattform|Initiative|process|format|initiative|Gipfel))"
)
_AGENDA = re.compile(
    r"^\s*(?:TOP\s*\d+\s*[–—:-]\s*(?P<top>[^:.]{3,90}?)\s*(?::|$)"
    r"|(?:\d{1,2}[.)]|\(?[a-h]\))\s*(?P<head>[^:.|]{3,70}?)\s*:\s+\S)"
)
_ROMAN = re.compile(r"^[IVXLC]+$")
_UNITS = frozenset(
    [
        "GW",
        "MW",
        "KW",
        "KWH",
        "MESZ",
        "MEZ",
        "UTC",
        "GMT",
        "CET",
        "CEST",
        "USD",
        "EUR",
        "TOP",
        "NR",
        "VS",
    ]
)
_MAX_TOPICS = 12
_MAX_OBJECTS = 3


@cache
def _concepts(lex: Lexicon) -> tuple[re.Pattern[str], list[str]]:
    """One regex for all subject areas (one pass per sentence); group ``c<i>`` is concept i.

    Specific areas come before the generic ones, so "Energieversorgungssysteme" counts
    as the power grid rather than as energy in general.
    """
    ids = [c for c, stems in lex.topics.items() if stems and c not in lex.generic_topics]
    ids += [c for c, stems in lex.topics.items() if stems and c in lex.generic_topics]
    groups = [f"(?P<c{i}>{alternation(lex.topics[cid])})" for i, cid in enumerate(ids)]
    return re.compile(rf"(?<![\w])(?:{'|'.join(groups)})[\w-]*", re.IGNORECASE), ids


def subject_word(lex: Lexicon, word: str) -> bool:
    """The word names a subject area of the lexicon ("Trade", "Energy")."""
    regex, _ = _concepts(lex)
    m = regex.match(word)
    return bool(m and m.end() == len(word))


@cache
def _labels() -> dict[str, str]:
    return dict(common("topic_labels").get("labels", {}))


def extract_topics(
    ctx: Context,
    items: list[Item],
    excluded: list[tuple[int, int]],
    people: frozenset[str] = frozenset(),
    parties: frozenset[str] = frozenset(),
) -> list[Topic]:
    """Topics, discussed ones first, each group in reading order; ``people``: words of the
    names found, never a topic; ``parties``: codes of the states and organisations taking
    part, whose names are no subject."""
    lex = ctx.lex
    skip = Intervals(excluded)
    topics: list[Topic] = []
    covered: list[tuple[int, int]] = []  # every passage a topic stands on
    seen_keys: set[str] = set()
    agenda_spans: list[tuple[int, int]] = []
    label_res = [
        lex.label(k)
        for k in ("agreements", "follow_ups", "participants", "subject", "date", "venue", "heard")
    ]

    def add(
        label: str,
        keywords: list[str],
        spans: list[tuple[int, int]],
        confidence: float,
        method: str,
    ) -> None:
        keys = [k.lower() for k in keywords if k]
        covered.extend(spans)
        if not label or any(k in seen_keys for k in keys) or label.lower() in seen_keys:
            return
        low = label.lower()
        if any(low.startswith(t.label.lower()) or t.label.lower().startswith(low) for t in topics):
            return
        seen_keys.update(keys)
        seen_keys.add(label.lower())
        topics.append(
            Topic(
                label=label[:120],
                keywords=list(dict.fromkeys(keywords))[:6],
                provenance=Provenance(
                    spans=[Span(start=s, end=e) for s, e in spans[:3]],
                    confidence=confidence,
                    method=method,
                ),
            )
        )

    # 1. agenda headings ("TOP 1 – …", "1. Critical minerals: …", items under "Agenda:")
    for line in ctx.lines[ctx.headline_line + 1 :]:
        if skip.covers(line.start):
            continue
        m = _AGENDA.match(line.text)
        if m and not any(lab and lab.match(line.text) for lab in label_res):
            head = (m.group("top") or m.group("head")).strip(" /–-")
            if len(head.split()) <= 10:
                add(head, [head], [(line.start, line.end)], 0.75, "topic:agenda")
                agenda_spans.append((line.start, line.end))
    for item in items:
        if item.kind == "agenda":
            label = _shorten(item.text)
            add(label, [label], [(item.start, item.end)], 0.75, "topic:agenda")
            agenda_spans.append((item.start, item.end))
    # 2. the subject line
    subject = lex.label("subject")
    for line in ctx.lines[ctx.headline_line + 1 : ctx.headline_line + 12]:
        m = subject.match(line.text) if subject else None
        if m and not find_dates(ctx.text, lex, line.start, line.end) and not _has_person(ctx, line):
            for part in re.split(r",\s*|\s+(?:and|und|et|и)\s+", line.text[m.end() :]):
                part = part.strip()
                if 1 <= len(part.split()) <= 6 and not re.search(r"\d{1,2}[./]\d", part):
                    at = line.text.find(part, m.end())
                    add(
                        part[:1].upper() + part[1:],
                        [part],
                        [(line.start + at, line.start + at + len(part))],
                        0.7,
                        "topic:subject",
                    )
    # 3. subject areas and named items in the body (not in participants or task lists)
    found: dict[str, Evidence] = {}
    named: dict[str, list[tuple[int, int]]] = {}
    named_weak: dict[str, list[tuple[int, int]]] = {}
    # where named items stand, by sentence start: they cover their words
    named_at: dict[int, list[tuple[int, int]]] = {}
    party_codes = set(lex.countries.get("abbreviations", {}))
    header = header_regex(lex)
    sentences = [
        s
        for s in ctx.sentences
        if s.line != ctx.headline_line
        and not skip.covers(s.start)
        and not (
            header and header.match(ctx.lines[s.line].text) and s.start < ctx.lines[s.line].end
        )
    ]
    english = list(english_names(ctx, people, sentences)) if lex.language == "en" else []
    english += list(french_names(ctx, people, sentences, parties)) if lex.language == "fr" else []
    if lex.language == "de":
        # "die Lage im Indopazifik"; a place a subject area knows ("im Gazastreifen") is that area
        english += [
            found
            for found in matter_names(ctx, sentences, parties)
            if not _concepts(lex)[0].match(found[0])
        ]
        english += list(format_names(ctx, sentences))
    headline = ctx.lines[ctx.headline_line].text if ctx.lines else ""
    english = [e for e in english if not initials_of_headline(headline, e[0])]
    occasion = {
        phrase
        for phrase, span, at in english
        if any(
            span[0] + a <= at < span[0] + b
            for a, b in occasion_masks(lex, ctx.text[span[0] : span[1]])
        )
    }
    # the event the meeting was held at is no subject, wherever it is named again
    english = [(phrase, span, at) for phrase, span, at in english if phrase not in occasion]
    for phrase, span, at in english:
        named_at.setdefault(span[0], []).append((at, at + len(phrase)))
    concept_regex, concept_ids = _concepts(lex)
    kinds: dict[tuple[int, int], str] = {}
    for sentence in sentences:
        span = (sentence.start, sentence.end)
        kind = kinds[span] = sentence_kind(lex, sentence.text)
        talks = kind == TALK
        prose = len(sentence.text.split()) >= 6
        occasions = occasion_masks(lex, sentence.text)
        for m in _NAMED.finditer(sentence.text):
            word = m.group(0)
            offset = sentence.start + m.start()
            if (
                not prose
                or not _acronym_ok(word, ctx, party_codes, offset)
                or _is_country_or_org(ctx, offset)
                or person_party(sentence.text, m.start(), m.end(), people)
            ):
                continue
            if ctx.dateline and ctx.dateline.start <= offset < ctx.dateline.end:
                continue
            if "-" in word and _city(word, lex.language):
                continue  # "Ho-Chi-Minh-Stadt": a place, not a subject
            if initials_of_headline(headline, word):
                continue  # "BNC" under "… Bi-National Commission": the meeting's own body
            if unit_in_brackets(sentence.text, m.start(), m.end(), people):
                continue  # "M. Ba (OFOR)", "ministère (DH)": whose unit, not a subject
            if before_title(lex, sentence.text, m.end()) or any(
                a <= m.start() < b for a, b in occasions
            ):
                continue  # "G7-Außenministertreffen", "on the margins of the IMF Meetings"
            if word.isalpha() and word.isupper() and not (talks or _defined(sentence.text, m)):
                named_weak.setdefault(word, []).append(span)
                continue
            named_at.setdefault(sentence.start, []).append((offset, offset + len(word)))
            named.setdefault(word, [])
            if not named[word] or named[word][-1] != span:
                named[word].append(span)
        concepts = list(concept_regex.finditer(sentence.text))
        if not concepts:
            continue
        masks = [
            (sentence.start + a, sentence.start + b)
            for a, b in title_masks(lex, sentence.text) + occasions
        ]
        masks += named_at.get(sentence.start, [])
        for m in concepts:
            at = sentence.start + m.start()
            if (
                any(a <= at < b for a, b in masks)
                or m.group(0).strip("-") in people
                or before_title(lex, sentence.text, _word_end(sentence.text, m))
                or _party(ctx, at, parties)
            ):
                continue  # a title, an institution, an occasion, a named item or a name
            cid = concept_ids[int(m.lastgroup[1:])]
            found.setdefault(cid, Evidence()).add(m.group(0).lower().strip("-"), span, kind)
    for word, spans in named_weak.items():
        if len(spans) >= 2 and word not in named:  # an acronym that recurs is a subject
            named[word] = list(dict.fromkeys(spans))
    for phrase, span, _ in english:
        kinds.setdefault(span, sentence_kind(lex, ctx.text[span[0] : span[1]]))
        named.setdefault(phrase, [])
        if not named[phrase] or named[phrase][-1] != span:
            named[phrase].append(span)
    for word, spans in sorted(named.items(), key=lambda kv: kv[1][0][0]):
        if any(
            word.lower() in t.label.lower() or word.lower() in " ".join(t.keywords).lower()
            for t in topics
        ):
            continue
        # one mention, in a decision or next step only: shown, but marked uncertain
        weak = len(spans) == 1 and kinds.get(spans[0]) == ACTION
        add(word, [word], spans, 0.5 if weak else 0.6, "topic:named")
    labels = _labels()
    agenda_cover = Intervals(agenda_spans)
    kept: dict[str, float] = {}
    for cid, evidence in found.items():
        if agenda_spans and all(agenda_cover.covers(s0) for s0, _ in evidence.spans):
            continue  # an agenda heading already names this subject
        confidence = judge(cid, evidence, lex.generic_topics)
        if confidence is not None:
            kept[cid] = confidence
    for cid in _subsumed(kept, found):
        del kept[cid]
    for cid in sorted(kept, key=lambda c: found[c].spans[0][0]):
        evidence = found[cid]
        add(
            labels.get(cid, cid.replace("_", " ").capitalize()),
            list(dict.fromkeys(evidence.words)),
            evidence.spans,
            kept[cid],
            f"topic:{cid}",
        )
    # 4. what the talks were about where no subject area or named item says it
    for label, span in list(discussed_objects(ctx, sentences, covered, people))[:_MAX_OBJECTS]:
        add(label, [label], [span], 0.5, "topic:discussed")
    # what the talks were about first; the uncertain ones after them, each in reading order
    topics.sort(key=lambda t: t.provenance is not None and t.provenance.uncertain)
    return topics[: _MAX_TOPICS + 6]


def _party(ctx: Context, offset: int, parties: frozenset[str]) -> bool:
    """The word names a state or organisation taking part ("Armenia" in talks with Armenia,
    "EU" when the EU's representative is at the table)."""
    mention = ctx.country_covering(offset)
    return mention is not None and mention.code in parties


def _city(word: str, language: str) -> bool:
    from briefing_app.extract.gazetteer import lookup

    return lookup(word, language) is not None


def _word_end(text: str, m: re.Match[str]) -> int:
    """End of the word the stem matched, before any hyphenated part ("EU" in "EU-Außenminister")."""
    end = m.end(m.lastgroup)
    while end < len(text) and text[end].isalnum():
        end += 1
    return end


def _subsumed(kept: dict[str, float], found: dict[str, Evidence]) -> list[str]:
    """Broad areas every mention of which sits beside a narrower one ("energy" beside
    "hydrogen", "education" beside "vocational training"): the narrower topic says it."""
    children: dict[str, list[str]] = {}
    for child, parent in parents().items():
        if child in kept and parent in kept:
            children.setdefault(parent, []).append(child)
    out = []
    for parent, kids in children.items():
        covered = {s for kid in kids for s in found[kid].spans}
        if all(s in covered for s in found[parent].spans):
            out.append(parent)
    return out


def _is_country_or_org(ctx: Context, offset: int) -> bool:
    return any(
        c.start <= offset < c.end and c.kind != "organisation"
        for c in ctx.countries_between(offset - 1, offset + 40)
    )


def _shorten(text: str, limit: int = 80) -> str:
    text = text.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + " …"


def _has_person(ctx: Context, line) -> bool:
    from briefing_app.extract.names import name_runs

    return any(
        len(r.tokens) >= 2 for r in name_runs(ctx.text, line.start, line.end, ctx.lex, set())
    )


def _acronym_ok(word: str, ctx: Context, party_codes: set[str], offset: int) -> bool:
    """Named items worth a topic: not roman numerals, units, roles, parties or the agency."""
    from briefing_app.extract.names import is_role_word

    bare = re.sub(r"\d", "", word)
    if word in party_codes or len(word) < 2 or _ROMAN.match(word) or word.upper() in _UNITS:
        return False
    if alpha3_code(word):
        return False  # "JPN wünscht …", "POL schlägt … vor": a party label
    if word in institution_acronyms(ctx.lex):
        return False  # "МИД", "FCDO": the ministry, not a subject
    if "-" not in word and len(bare) > 5 and word.isupper():
        return False  # a word in capitals (PARIS, РЕШИЛИ), not an acronym
    if is_role_word(word, ctx.lex) or (ctx.dateline is not None and word in ctx.dateline.agency):
        return False
    if word.isupper() and any(
        c.is_country and word == ctx.text[c.start : c.end]
        for c in ctx.countries_between(offset, offset + len(word))
    ):
        return False
    return not (word.isupper() and re.search(r"\d", word) and len(bare) > 3)


def _defined(sentence: str, m: re.Match[str]) -> bool:
    """An acronym introduced in brackets after its long form: "… de haut niveau (CIHN)"."""
    return sentence[m.start() - 1 : m.start()] == "(" and sentence[m.end() : m.end() + 1] == ")"
