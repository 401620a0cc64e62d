"""Agreements (agreed, decided, signed) and follow-ups (next steps with owner and due date)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefing_app.extract.agreement_parts import colon_parts, short_consent
from briefing_app.extract.context import Context
from briefing_app.extract.dates import find_dates
from briefing_app.extract.sections import Item
from briefing_app.extract.task_details import (
    add_detail,
    follow_up_from,
    is_table_header,
    table_columns,
)
from briefing_app.extract.telegraphic import telegraphic_task
from briefing_app.extract.text import Intervals, strip_marker
from briefing_app.model import Agreement, AgreementKind, FollowUp, Provenance, Span

_TABLE_HEADER = re.compile(r"^\s*\|.*\|\s*$")


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
        # a cue inside a short quotation is part of a quoted name or motto, no statement
        # ("по принципу «африканские решения африканских проблем»"); quoted speech counts
        found = [m for m in regex.finditer(text) if not _in_motto(text, m.start())]
        if name == "agreed":
            if any(not _unilateral(ctx, text, m) for m in found):
                return kind
        elif name == "signed":
            if any(not _pending(ctx, text, m) for m in found):
                return kind
        elif found:
            return kind
    return default


def _in_motto(text: str, at: int) -> bool:
    """``at`` lies between guillemets (« … ») that hold a few words only, a name or a motto
    rather than a speaker's sentence."""
    opening = text.rfind("«", 0, at)
    if opening <= text.rfind("»", 0, at):
        return False
    closing = text.find("»", at)
    quoted = text[opening + 1 : closing if closing >= 0 else len(text)]
    return len(quoted.split()) <= 6


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
            if is_table_header(ctx, cells):
                columns = table_columns(ctx, cells)
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
                    follow_up_from(ctx, item.text, item.start, item.end, meeting, columns, 0.75)
                )
                add_detail(ctx, follow_ups[-1], item, meeting)
        else:
            follow_ups.append(
                follow_up_from(ctx, text, item.start, item.end, meeting, columns, 0.85)
            )
            add_detail(ctx, follow_ups[-1], item, meeting)
    covered_starts = Intervals([(c, c + 1) for c in covered])
    # "D1. Le deuxième versement …": a sentence split off after an item's own number
    within = Intervals([(it.start, it.end) for it in items if it.kind != "agenda"])
    heard = ctx.lex.label("heard")
    decisions = any(it.kind == "agreements" and not it.inline for it in items)
    continues = ctx.lex.cue("agreement_continues")
    agreed_line = -1  # the paragraph whose last sentence recorded an agreement
    for sentence in ctx.body:
        previous_agreed, agreed_line = agreed_line == sentence.line, -1
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
        if kind is None and previous_agreed and continues and continues.match(text):
            # "Vereinbart wurde, dass … Zudem soll bis Ende Januar …": the agreement goes on
            kind = AgreementKind.AGREED
        if kind is not None:
            agreed_line = sentence.line
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
        past = ctx.lex.cue("past_commitment")
        if past is not None and past.search(text):
            continue  # "The second round had agreed to …": settled before this meeting
        # "Vereinbart wurde, dass eine Delegation im Frühjahr 2027 nach Santiago reist": an
        # agreement set for a later day is a next step as well
        agreed_that = ctx.lex.cue("agreed_that")
        scheduled = scheduled or (
            kind is not None
            and agreed_that is not None
            and bool(agreed_that.search(text))
            and _later_year(text, meeting)
        )
        if (
            directive
            or scheduled
            or _future_beyond_greetings(ctx, text)
            or telegraphic_task(ctx.lex.language, text)
        ):
            follow_ups.append(follow_up_from(ctx, text, start, end, meeting, {}, 0.55))
    return agreements, follow_ups


def _later_year(text: str, meeting: dt.date | None) -> bool:
    """The text names a year after the meeting's ("im Frühjahr 2027")."""
    return meeting is not None and any(
        int(y) > meeting.year for y in re.findall(r"\b((?:19|20)\d{2})\b", text)
    )


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


_CLAUSES = re.compile(
    r",\s+(?:and|und|et|и|а)\s+|;\s+|\s+(?:and|und|et|и)\s+(?=\w+(?:ed|te|é|ла|л)\b)"
)


# „Wir wollen … Partner wie Sachsen", sagte die Botschafterin: direct speech
_QUOTED = re.compile(r"[„“\"«][^„“”\"«»]{12,}[“”\"»]")


def _future_beyond_greetings(ctx: Context, text: str) -> bool:
    """A next step in some clause that is not a request to pass on greetings. A wish in
    direct speech ("„Wir wollen …“, sagte sie") is a stance, not a step."""
    greetings = ctx.lex.cue("greetings")
    text = _QUOTED.sub(lambda m: " " * len(m.group(0)) if _wish(ctx, m.group(0)) else m[0], text)
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


def _wish(ctx: Context, quote: str) -> bool:
    """The quote's only future words are wishes ("wollen"): nothing agreed or set for later."""
    wish, future = ctx.lex.cue("wish"), ctx.lex.cue("follow_up")
    found = list(future.finditer(quote)) if future is not None else []
    return wish is not None and bool(found) and all(wish.fullmatch(m[0]) for m in found)


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
