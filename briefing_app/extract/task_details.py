"""A follow-up's owner and due date: from table columns, "Owner:"/"Due:" labels, a deadline
word ("bis", "by", "до"), a closing bracket, or the subject that opens the task."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.dates import find_dates, resolve_deadline
from briefing_app.extract.sections import Item
from briefing_app.model import FollowUp, Provenance, Span

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

# "Tom to circulate …", "GIZ prüft …", "L'ambassade transmettra …": the owner opens the task
_NOT_OWNERS = frozenset(
    ["the", "both", "all", "it", "this", "there", "we", "die", "das", "der", "es", "il", "elle"]
)


def is_table_header(ctx: Context, cells: list[str]) -> bool:
    owner, due = ctx.lex.label("owner"), ctx.lex.label("due")
    return any(owner and owner.match(c) for c in cells) or any(due and due.match(c) for c in cells)


def table_columns(ctx: Context, cells: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for name in ("owner", "due"):
            label = ctx.lex.label(name)
            if label and label.match(cell):
                out.setdefault(name, i)
    return out


def follow_up_from(
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
        provenance=Provenance(
            spans=[Span(start=b_start, end=b_end)], confidence=confidence, method="follow-up"
        ),
    )


def add_detail(ctx: Context, task: FollowUp, item: Item, meeting: dt.date | None) -> None:
    """The owner and deadline an item's own detail line gives ("Срок: 31.03.2026. Отв.:
    советник А. Петрова."); the line is part of the task's evidence."""
    if item.detail is None:
        return
    start, end = item.detail
    line = ctx.text[start:end]
    found = follow_up_from(ctx, line, start, end, meeting, {}, task.provenance.confidence)
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
