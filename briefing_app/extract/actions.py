"""Agreements (agreed, decided, signed) and follow-ups (next steps with owner and due date)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefing_app.extract.agreement_parts import colon_parts, short_consent
from briefing_app.extract.context import Context
from briefing_app.extract.dates import find_dates, resolve_deadline
from briefing_app.extract.sections import Item
from briefing_app.extract.telegraphic import telegraphic_task
from briefing_app.extract.text import Intervals, strip_marker
from briefing_app.model import Agreement, AgreementKind, FollowUp, Provenance, Span

_OWNER_WORDS = r"(?:owner|verantwortlich|responsable|ответственн\w*|отв\.|lead)"
_OWNER_LABEL = re.compile(
    _OWNER_WORDS + r"\s*:\s*"
    r"([^–—|;]+?)(?=\s*[–—|;]|,\s*(?:due|termin|frist|échéance|срок)\b|\s*$)",
    re.IGNORECASE,
)
# "Срок: II квартал 2026 г. Отв.: …": the deadline ends where the owner's label begins
_DUE_LABEL = re.compile(
    r"(?:due|termin|frist|échéance|срок)\s*:\s*([^–—|;(]+?)\.?(?=\s*[–—|;(]|\s+"
    + _OWNER_WORDS
    + r"\s*:|\s*$)",
    re.IGNORECASE,
)
_PAREN_END = re.compile(r"\(([^()]{2,60})\)\s*$")
_TABLE_HEADER = re.compile(r"^\s*\|.*\|\s*$")
# "Tom to circulate …", "GIZ prüft …", "L'ambassade transmettra …": the owner opens the task
_NOT_OWNERS = frozenset(
    ["the", "both", "all", "it", "this", "there", "we", "die", "das", "der", "es", "il", "elle"]
)


def _kind(ctx: Context, text: str, default: AgreementKind | None) -> AgreementKind | None:
    lex = ctx.lex
    for name, kind in (
        ("signed", AgreementKind.SIGNED),
        ("decided", AgreementKind.DECIDED),
        ("agreed", AgreementKind.AGREED),
    ):
        regex = lex.cue(name)
        if not regex:
            continue
        if name == "agreed":
            if any(not _unilateral(ctx, text, m) for m in regex.finditer(text)):
                return kind
        elif name == "signed":
            if any(not _pending(ctx, text, m) for m in regex.finditer(text)):
                return kind
        elif regex.search(text):
            return kind
    return default


def _unilateral(ctx: Context, text: str, match: re.Match[str]) -> bool:
    """The 'agreed' verb only opens a one-sided statement ("reaffirmed support for …")."""
    regex = ctx.lex.cue("unilateral")
    return bool(regex and any(u.start() <= match.start() < u.end() for u in regex.finditer(text)))


def _pending(ctx: Context, text: str, match: re.Match[str]) -> bool:
    """The signature has not happened yet ("so that it can be signed", "soutenir la
    signature de l'accord")."""
    regex = ctx.lex.cue("signature_pending")
    return bool(regex and any(u.start() <= match.start() < u.end() for u in regex.finditer(text)))


def _prov(start: int, end: int, confidence: float, method: str) -> Provenance:
    return Provenance(spans=[Span(start=start, end=end)], confidence=confidence, method=method)


def _is_future(ctx: Context, text: str) -> bool:
    regex = ctx.lex.cue("follow_up")
    if regex and regex.search(text):
        return True
    if ctx.lex.language == "ru":
        # "В ноябре … посетит аким …", "сторона направит перечень": a verb in the future
        from briefing_app.extract.morph import has_future_verb

        return has_future_verb(text)
    return False


def _present_task(ctx: Context, text: str) -> bool:
    """Under a results heading a present-tense task is a next step ("Ref. 2 erstellt …")."""
    regex = ctx.lex.cue("task_present")
    return bool(regex and regex.search(text))


def _negative(ctx: Context, text: str) -> bool:
    regex = ctx.lex.cue("follow_up_negative")
    return bool(regex and regex.search(text))


def extract_actions(
    ctx: Context, items: list[Item], meeting: dt.date | None
) -> tuple[list[Agreement], list[FollowUp]]:
    agreements: list[Agreement] = []
    follow_ups: list[FollowUp] = []
    covered: set[int] = set()
    columns: dict[str, int] = {}
    outline = _outline_numbers(items)
    for item in items:
        covered.add(item.start)
        if item.detail is not None:
            covered.add(item.detail[0])
        if item.kind == "agenda":
            continue
        text = item.text
        if _TABLE_HEADER.match(ctx.text[item.start - 2 : item.end + 2]) or "|" in text:
            cells = [c.strip() for c in text.strip("| ").split("|")]
            if _is_table_header(ctx, cells):
                columns = _columns(ctx, cells)
                continue
        if item.kind == "agreements":
            default = AgreementKind.DECIDED if not item.inline else AgreementKind.AGREED
            kind = AgreementKind.SIGNED if item.signed else _kind(ctx, text, default)
            agreements.append(
                Agreement(
                    text=text,
                    kind=kind or AgreementKind.AGREED,
                    provenance=_prov(item.start, item.end, 0.8, "agreement:section"),
                )
            )
            # a decision in a table with owner or due columns is a task as well
            tabled = bool(columns) and "|" in text
            if not item.signed and (
                _is_future(ctx, text)
                or _present_task(ctx, text)
                or _infinitive_task(ctx, text)
                or _has_future_date(ctx, item, meeting, outline)
                or tabled
            ):
                follow_ups.append(
                    _follow_up(ctx, item.text, item.start, item.end, meeting, columns, 0.75)
                )
                _add_detail(ctx, follow_ups[-1], item, meeting)
        else:
            follow_ups.append(_follow_up(ctx, text, item.start, item.end, meeting, columns, 0.85))
            _add_detail(ctx, follow_ups[-1], item, meeting)
    covered_starts = Intervals([(c, c + 1) for c in covered])
    # "D1. Le deuxième versement …": a sentence split off after an item's own number
    within = Intervals([(it.start, it.end) for it in items if it.kind != "agenda"])
    heard = ctx.lex.label("heard")
    decisions = any(it.kind == "agreements" and not it.inline for it in items)
    for sentence in ctx.body:
        if (
            covered_starts.any_start_in(sentence.start, sentence.end)
            or within.covers(sentence.start)
            or sentence.line == ctx.headline_line
            or (heard and heard.match(ctx.lines[sentence.line].text))
        ):
            continue  # "СЛУШАЛИ: … – о выполнении решений": who reported on what
        # "- WTO-Beitritt: … BM sagt Unterstützung zu.": a bulleted point keeps no bullet
        text, start, end = strip_marker(sentence.text, sentence.start)
        if _negative(ctx, text):
            continue
        if len(text.split()) < 4:
            agreements.extend(short_consent(ctx.lex, text, start, end))
            continue
        if text.rstrip().endswith(":"):
            continue  # a heading ("Il est convenu que :") introduces the items, states nothing
        kind = _kind(ctx, text, None)
        directive = decisions and _directive(ctx, text)
        if directive:
            kind = kind or AgreementKind.DECIDED
        if kind is not None:
            for part, at, part_kind in colon_parts(
                text, start, lambda part: _kind(ctx, part, None)
            ) or [(text, start, kind)]:
                agreements.append(
                    Agreement(
                        text=part,
                        kind=part_kind,
                        provenance=_prov(at, at + len(part), 0.6, "agreement:cue"),
                    )
                )
        # "Agreed: a joint desk to be piloted … from January 2027": a result set for later
        results = ctx.lex.label("agreements")
        scheduled = bool(
            results
            and results.match(text)
            and _has_future_date(ctx, Item("agreements", text, start, end), meeting)
        )
        if (
            directive
            or scheduled
            or _future_beyond_greetings(ctx, text)
            or telegraphic_task(ctx.lex.language, text)
        ):
            follow_ups.append(_follow_up(ctx, text, start, end, meeting, {}, 0.55))
    return agreements, follow_ups


_OUTLINE = re.compile(r"^\d{1,2}\.\d{1,2}\.\s")


def _outline_numbers(items: list[Item]) -> bool:
    """Decisions numbered "1.1.", "1.2.", "2.1." (two items or more): such a number opening
    an item is its place in the outline, not a day and month."""
    return sum(bool(_OUTLINE.match(it.text)) for it in items if it.kind != "agenda") >= 2


def _infinitive_task(ctx: Context, text: str) -> bool:
    """ "Одобрить проект … и направить его на согласование": a Russian decision in the
    infinitive sets a task, unless it only takes note ("Информацию принять к сведению")."""
    if ctx.lex.language != "ru":
        return False
    from briefing_app.extract.morph import verb_forms

    noting = ctx.lex.cue("noting")
    return "INFN" in verb_forms(text) and not (noting and noting.search(text))


def _directive(ctx: Context, text: str) -> bool:
    """ "Очередное заседание провести в г. Ташкенте …": a Russian sentence whose only verb is
    an infinitive is a directive, in a record that lists decisions."""
    if ctx.lex.language != "ru":
        return False
    from briefing_app.extract.morph import verb_forms

    forms = verb_forms(text)
    return "INFN" in forms and "VERB" not in forms


def _has_future_date(
    ctx: Context, item: Item, meeting: dt.date | None, outline: bool = False
) -> bool:
    if meeting is None:
        return False
    text = item.text
    for m in find_dates(ctx.text, ctx.lex, item.start, item.end):
        if outline and m.start == item.start and _OUTLINE.match(item.text):
            continue
        if _dated_before(m, meeting):
            # its year says nothing about the future either
            a, b = m.start - item.start, m.end - item.start
            text = text[:a] + " " * (b - a) + text[b:]
        elif m.explicit or m.month:
            return True
    if _bare_month(ctx.lex).search(text):
        return True  # "im Juni", "in June": a month named in a decision schedules a step
    return any(y >= meeting.year for y in map(int, re.findall(r"\b((?:19|20)\d{2})\b", text)))


@cache
def _bare_month(lex) -> re.Pattern[str]:
    months = "|".join(f"(?:{m})" for m in lex.cues.get("months", []))
    return re.compile(rf"(?<!\w)(?:{months})(?!\w)", re.IGNORECASE)


def _dated_before(mention, meeting: dt.date) -> bool:
    """A full date before the meeting ("draft of 10.09.2025") names no deadline."""
    if not (mention.day and mention.month and mention.year):
        return False
    try:
        return dt.date(mention.year, mention.month, mention.day) < meeting
    except ValueError:
        return False


def _is_table_header(ctx: Context, cells: list[str]) -> bool:
    owner, due = ctx.lex.label("owner"), ctx.lex.label("due")
    return any(owner and owner.match(c) for c in cells) or any(due and due.match(c) for c in cells)


def _columns(ctx: Context, cells: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for name in ("owner", "due"):
            label = ctx.lex.label(name)
            if label and label.match(cell):
                out.setdefault(name, i)
    return out


def _follow_up(
    ctx: Context,
    text: str,
    start: int,
    end: int,
    meeting: dt.date | None,
    columns: dict[str, int],
    confidence: float,
) -> FollowUp:
    owner, due_text = "", ""
    body, b_start, b_end = text, start, end
    if "|" in text:
        cells = [c.strip() for c in text.split("|")]
        if re.fullmatch(r"\d{1,3}\.?", cells[0]):
            offset = text.index("|") + 1
            body = text[offset:].strip()
            b_start = start + offset + (len(text[offset:]) - len(text[offset:].lstrip()))
            cells = cells[1:]
        if columns:
            shift = len(cells) - (max(columns.values()) + 1)
            if "owner" in columns and 0 <= columns["owner"] + min(shift, 0) < len(cells):
                owner = cells[columns["owner"] - (1 if shift < 0 else 0)]
            if "due" in columns and 0 <= columns["due"] - (1 if shift < 0 else 0) < len(cells):
                due_text = cells[columns["due"] - (1 if shift < 0 else 0)]
        elif len(cells) >= 3:
            owner, due_text = cells[-2], cells[-1]
    m = _OWNER_LABEL.search(text)
    if m and not owner:
        owner = m.group(1).strip()
    m = _DUE_LABEL.search(text)
    if m and not due_text:
        due_text = m.group(1).strip()
    if not due_text:
        m = re.search(
            r"(?:[–—-]\s*)?(?:bis|by|до|в срок до|d'ici|avant le|au plus tard le)\s+"
            r"([^–—|;()]{2,30}?)\s*(?=\(|$|[;,]\s)",
            text,
            re.IGNORECASE,
        )
        if m:
            due_text = m.group(1).strip().rstrip(".")
    prefixed = None if due_text else _prefixed_date(ctx, text)
    if prefixed is not None:
        due_text = text[prefixed.start : prefixed.end]
    if not owner:
        paren = _PAREN_END.search(text.rstrip("."))
        if paren and not find_dates(paren.group(1), ctx.lex):
            owner = paren.group(1).strip()
    if not owner and ctx.lex.language == "ru":
        owner = _russian_owner(text)
    if not owner:
        subject = _subject_owner(ctx.lex)
        m = subject.match(text) if subject else None
        if m and m.group(1).split()[0].lower() not in _NOT_OWNERS:
            owner = m.group(1)
    due = None
    if prefixed is not None and meeting is not None:
        due = resolve_deadline(prefixed, meeting)
    elif due_text and meeting is not None:
        at = text.find(due_text)
        region = text[at:] if at >= 0 else due_text
        mentions = [d for d in find_dates(region, ctx.lex) if d.explicit]
        if mentions:
            due = resolve_deadline(mentions[0], meeting)
    if not body.strip():
        body, b_start, b_end = text, start, end
    return FollowUp(
        text=body,
        owner=owner[:120],
        due=due,
        due_text=due_text[:60],
        provenance=_prov(b_start, b_end, confidence, "follow-up"),
    )


def _add_detail(ctx: Context, task: FollowUp, item: Item, meeting: dt.date | None) -> None:
    """The owner and deadline an item's own detail line gives ("Срок: 31.03.2026. Отв.:
    советник А. Петрова."); the line is part of the task's evidence."""
    if item.detail is None:
        return
    start, end = item.detail
    line = ctx.text[start:end]
    found = _follow_up(ctx, line, start, end, meeting, {}, task.provenance.confidence)
    task.owner = found.owner.rstrip(".") or task.owner
    if found.due_text:
        task.due_text, task.due = found.due_text, found.due or task.due
    task.provenance.spans.append(Span(start=start, end=end))


def _prefixed_date(ctx: Context, text: str):
    """A full date right after a deadline word ("bis zum 15. April …", "до 01.10.2025;",
    "pour le 6 juin") anywhere in the task, not only at its end."""
    prefix = ctx.lex.cue("due_prefix")
    if prefix is None:
        return None
    starts = {m.end() for m in prefix.finditer(text)}
    starts |= {len(text[:e].rstrip()) + 1 for e in starts}
    for mention in find_dates(text, ctx.lex):
        if mention.explicit and (mention.start in starts or mention.start - 1 in starts):
            return mention
    return None


def _russian_owner(text: str) -> str:
    """'Департаменту … МИД РК направить …': the addressee before the first infinitive."""
    from briefing_app.extract.morph import _parses

    words = list(re.finditer(r"[\w-]+", text))
    if len(words) > 1 and words[0].group(0).lower() in ("поручить", "рекомендовать"):
        # "Поручить Отделу стран Европы (А.М. Садыкова) согласовать …": the instruction's
        # addressee follows its verb
        text = text[words[1].start() :]
        words = list(re.finditer(r"[\w-]+", text))
    if not words or _parses(words[0].group(0).lower())[0].tag.case != "datv":
        return ""
    for w in words[1:12]:
        if any("INFN" in p.tag for p in _parses(w.group(0).lower())[:1]):
            return text[: w.start()].strip(" ,—-")
    return ""


@cache
def _subject_owner(lex):
    """'Tom to circulate …', 'GIZ prüft …': a capitalised subject before a task verb."""
    verbs = lex.cues.get("owner_verbs", [])
    if not verbs:
        return None
    return re.compile(
        r"^((?:the\s+|l['’]|la\s+|le\s+)?[A-ZÄÖÜÀ-ÝА-ЯЁ][\w.'’-]*(?:\s+[A-ZÄÖÜÀ-ÝА-ЯЁ][\w.'’-]*){0,3})"
        rf"\s+(?:{'|'.join(verbs)})\s+\w"
    )


_CLAUSES = re.compile(
    r",\s+(?:and|und|et|и|а)\s+|;\s+|\s+(?:and|und|et|и)\s+(?=\w+(?:ed|te|é|ла|л)\b)"
)


def _future_beyond_greetings(ctx: Context, text: str) -> bool:
    """A next step in some clause that is not a request to pass on greetings."""
    greetings = ctx.lex.cue("greetings")
    for clause in _CLAUSES.split(text):
        if greetings is not None and greetings.search(clause):
            continue
        if (
            _is_future(ctx, clause)
            and not _discussed_preparation(ctx, clause)
            and not _discussed_relative(ctx, clause)
        ):
            return True
    return False


_RELATIVE = re.compile(r",\s*(?:which|where|who|où|qui|que|dont)\s[^,;]*", re.IGNORECASE)


def _discussed_relative(ctx: Context, clause: str) -> bool:
    """Its future words only describe the subject the talks were about, in a relative clause
    ("discussed the summit, which Armenia will host in May"): a subject, not a next step."""
    discussion, future = ctx.lex.cue("discussion"), ctx.lex.cue("follow_up")
    if discussion is None or future is None or not discussion.search(clause):
        return False
    relatives = [(m.start(), m.end()) for m in _RELATIVE.finditer(clause)]
    return bool(relatives) and all(
        any(a <= m.start() < b for a, b in relatives) for m in future.finditer(clause)
    )


def _discussed_preparation(ctx: Context, clause: str) -> bool:
    """Its only future word is a noun the talks were about ("Themen waren die Vorbereitung
    der Konsultationen", "обсудили подготовку …"): a subject, not a next step."""
    nominal, discussion = ctx.lex.cue("follow_up_nominal"), ctx.lex.cue("discussion")
    future = ctx.lex.cue("follow_up")
    if nominal is None or future is None:
        return False
    if discussion is not None and discussion.search(clause):
        return all(nominal.fullmatch(m.group(0)) for m in future.finditer(clause))
    # 'Umsetzung aus UZB-Sicht "sehr gut"', '("gelöst, jetzt Umsetzung")': a noun of the
    # language's 'status_nominal' list alone, with no date to do it by, says how a thing stands
    status = ctx.lex.cue("status_nominal")
    return (
        status is not None
        and all(status.fullmatch(m.group(0)) for m in future.finditer(clause))
        and not find_dates(clause, ctx.lex)
    )
