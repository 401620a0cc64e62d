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
from briefing_app.extract.sections import Item
from briefing_app.extract.text import Intervals
from briefing_app.model import Provenance, Span, Topic

_NAMED = re.compile(
    r"(?<![\w-])(?:[A-ZА-ЯЁ]{1,6}\d+(?:\+\d+)?|[A-ZА-ЯЁ]\d\+\d|[A-ZА-ЯЁ]{2,6}(?=[\s,.;:)»]|$)"
    r"|[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё]+(?:-[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё]+){2,}(?:-[A-Za-zÀ-ÿ]+)?"
    r"|[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё]+-(?:Prozess|Format|Pipeline|Plattform|Initiative|process|format|initiative|Gipfel))"
)
_AGENDA = re.compile(
    r"^\s*(?:TOP\s*\d+\s*[–—:-]\s*(?P<top>[^:.]{3,90}?)\s*(?::|$)"
    r"|\d{1,2}[.)]\s*(?P<head>[^:.|]{3,70}?)\s*:\s+\S)"
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


@cache
def _concepts(lex: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    return [
        (cid, re.compile(rf"(?<![\w]){alternation(stems)}[\w-]*", re.IGNORECASE))
        for cid, stems in lex.topics.items()
        if stems
    ]


@cache
def _labels() -> dict[str, str]:
    return dict(common("topic_labels").get("labels", {}))


def extract_topics(ctx: Context, items: list[Item], excluded: list[tuple[int, int]]) -> list[Topic]:
    lex = ctx.lex
    skip = Intervals(excluded)
    topics: list[Topic] = []
    seen_keys: set[str] = set()
    agenda_spans: list[tuple[int, int]] = []
    label_res = [
        lex.label(k)
        for k in ("agreements", "follow_ups", "participants", "subject", "date", "venue")
    ]

    def add(
        label: str,
        keywords: list[str],
        spans: list[tuple[int, int]],
        confidence: float,
        method: str,
    ) -> None:
        keys = [k.lower() for k in keywords if k]
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
    discussion = lex.cue("discussion")
    found: dict[str, tuple[list[str], list[tuple[int, int]], bool]] = {}
    named: dict[str, list[tuple[int, int]]] = {}
    party_codes = set(lex.countries.get("abbreviations", {}))
    for sentence in ctx.sentences:
        if sentence.line == ctx.headline_line:
            continue
        if skip.covers(sentence.start):
            continue
        span = (sentence.start, sentence.end)
        talks = bool(discussion and discussion.search(sentence.text))
        for cid, regex in _concepts(lex):
            for m in regex.finditer(sentence.text):
                words, spans, generic_ok = found.setdefault(cid, ([], [], False))
                words.append(m.group(0).lower().strip("-"))
                if span not in spans:
                    spans.append(span)
                if talks and not generic_ok:
                    found[cid] = (words, spans, True)
        prose = len(sentence.text.split()) >= 6
        for m in _NAMED.finditer(sentence.text):
            word = m.group(0)
            offset = sentence.start + m.start()
            if (
                not prose
                or not _acronym_ok(word, ctx, party_codes, offset)
                or _is_country_or_org(ctx, offset)
            ):
                continue
            if ctx.dateline and ctx.dateline.start <= offset < ctx.dateline.end:
                continue
            named.setdefault(word, [])
            if span not in named[word]:
                named[word].append(span)
    for word, spans in sorted(named.items(), key=lambda kv: kv[1][0][0]):
        if any(
            word.lower() in t.label.lower() or word.lower() in " ".join(t.keywords).lower()
            for t in topics
        ):
            continue
        add(word, [word], spans, 0.6, "topic:named")
    labels = _labels()
    ordered = sorted(found.items(), key=lambda kv: kv[1][1][0][0])
    for cid, (words, spans, talks) in ordered:
        if cid in lex.generic_topics and not talks:
            continue
        if agenda_spans and all(any(a <= s0 < b for a, b in agenda_spans) for s0, _ in spans):
            continue  # an agenda heading already names this subject
        confidence = 0.65 if talks else 0.5
        if cid in lex.generic_topics:
            confidence -= 0.15
        add(
            labels.get(cid, cid.replace("_", " ").capitalize()),
            list(dict.fromkeys(words)),
            spans,
            confidence,
            f"topic:{cid}",
        )
    return topics[: _MAX_TOPICS + 6]


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
