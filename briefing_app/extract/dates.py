"""Dates: find date expressions, parse them, infer missing years, pick the meeting's day.

Candidates are found with patterns built from the lexicon's month and weekday
names, so bare numbers (room 2014, 3 Milliarden, 60 Prozent) are never read as
dates; dateparser then parses each found expression.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from briefing_app.extract.lexicon import Lexicon, alternation


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None  # 0 = Monday
    offset: int | None = None  # relative day ("yesterday" = -1)

    @property
    def explicit(self) -> bool:
        return self.day is not None and self.month is not None


@dataclass(frozen=True)
class _Patterns:
    full: re.Pattern[str]
    month_names: list[re.Pattern[str]]
    weekday_names: list[re.Pattern[str]]
    relative: list[tuple[re.Pattern[str], int]]


_NOT_NUMBER_AFTER = r"(?![\d%‰]|\s*(?:%|prozent|percent|pour cent|процент|mio|mrd|млн|млрд))"


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    months = alternation(list(lex.cues.get("months", [])))
    weekdays = alternation(list(lex.cues.get("weekdays", [])))
    relative = dict(lex.cues.get("relative_days", {}))
    rel = alternation(list(relative)) if relative else "(?!x)x"
    wd = rf"(?P<wd>{weekdays})\w*[,\s]+(?:(?:dem|den|der|le|the)\s+)?"
    year = r"(?:,?\s*(?P<y>(?:19|20)\d{2})(?!\d)(?:\s*(?:г\.|года|года\.))?)?"
    full = re.compile(
        rf"(?<![\w.])(?:"
        rf"(?:{wd})?(?P<d>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s*(?:of\s+)?(?P<m>{months})(?!\w){year}"
        rf"|(?:{wd.replace('wd', 'wd2')})?(?P<m2>{months})(?!\w)\s*"
        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        rf"(?:,?\s*(?P<y2>(?:19|20)\d{{2}})(?!\d))?"
        rf"|(?:{wd.replace('wd', 'wd3')})?(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\."
        rf"(?P<y3>(?:19|20)\d{{2}}|\d{{2}}(?!\d))?{_NOT_NUMBER_AFTER}"
        rf"|(?P<d4>\d{{1,2}})/(?P<m4>\d{{1,2}})(?:/(?P<y4>(?:19|20)?\d{{2}}))?(?![\d/])"
        rf"|(?P<y5>(?:19|20)\d{{2}})-(?P<m5>\d{{2}})-(?P<d5>\d{{2}})(?!\d)"
        rf"|(?P<wdonly>{weekdays})\w*"
        rf"|(?P<rel>{rel})(?!\w)"
        rf")",
        re.IGNORECASE,
    )
    return _Patterns(
        full=full,
        month_names=[re.compile(rf"^(?:{m})$", re.IGNORECASE) for m in lex.cues.get("months", [])],
        weekday_names=[
            re.compile(rf"^(?:{w})", re.IGNORECASE) for w in lex.cues.get("weekdays", [])
        ],
        relative=[(re.compile(rf"^(?:{k})$", re.IGNORECASE), v) for k, v in relative.items()],
    )


def _index(patterns: list[re.Pattern[str]], word: str | None) -> int | None:
    if not word:
        return None
    for i, pattern in enumerate(patterns):
        if pattern.match(word.strip().rstrip(".")) or pattern.match(word.strip()):
            return i
    return None


@lru_cache(maxsize=512)
def _dateparser_day_month(expression: str, language: str) -> tuple[int, int] | None:
    """Day and month of a found expression as dateparser reads it (None if it cannot)."""
    import dateparser

    try:
        parsed = dateparser.parse(
            expression,
            languages=[language],
            settings={
                "DATE_ORDER": "DMY",
                "REQUIRE_PARTS": ["day", "month"],
                "PREFER_DAY_OF_MONTH": "first",
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return (parsed.day, parsed.month) if parsed else None


def _valid(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def find_dates(
    text: str, lex: Lexicon, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Date expressions in ``text[start:end]`` in reading order."""
    pats = _patterns(lex)
    end = len(text) if end is None else end
    found: list[DateMention] = []
    for m in pats.full.finditer(text, start, end):
        g = m.groupdict()
        wd = _index(pats.weekday_names, g.get("wd") or g.get("wd2") or g.get("wd3"))
        if g.get("d"):
            day, month = int(g["d"]), _index(pats.month_names, g["m"])
            year = int(g["y"]) if g.get("y") else None
            month = None if month is None else month + 1
            expression = f"{day} {g['m']}"
        elif g.get("d2"):
            day, month = int(g["d2"]), _index(pats.month_names, g["m2"])
            year = int(g["y2"]) if g.get("y2") else None
            month = None if month is None else month + 1
            expression = f"{day} {g['m2']}"
        elif g.get("d3"):
            day, month = int(g["d3"]), int(g["m3"])
            year = _full_year(g.get("y3"))
            expression = ""
        elif g.get("d4"):
            day, month = int(g["d4"]), int(g["m4"])
            year = _full_year(g.get("y4"))
            expression = ""
        elif g.get("y5"):
            day, month, year = int(g["d5"]), int(g["m5"]), int(g["y5"])
            expression = ""
        elif g.get("wdonly"):
            found.append(
                DateMention(
                    m.start(), m.end(), None, None, None, _index(pats.weekday_names, g["wdonly"])
                )
            )
            continue
        else:
            offset = next((v for p, v in pats.relative if p.match(g["rel"])), None)
            if offset is not None:
                found.append(DateMention(m.start(), m.end(), None, None, None, None, offset))
            continue
        if month is None or not _valid(day, month):
            continue
        if expression:
            parsed = _dateparser_day_month(expression.replace(".", ""), lex.language)
            if parsed is not None:
                day, month = parsed
        found.append(DateMention(m.start(), m.end(), day, month, year, wd))
    return found


def _full_year(value: str | None) -> int | None:
    if not value:
        return None
    year = int(value)
    return year + 2000 if year < 100 else year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(day: int, month: int, weekday: int | None, reference: dt.date) -> dt.date | None:
    """The day without a year, placed on or before ``reference``.

    With a weekday: the latest year not after the reference in which that day
    falls on that weekday. Otherwise the latest such date not after it.
    """
    for year in range(reference.year, reference.year - 40, -1):
        candidate = _safe_date(year, month, day)
        if candidate is None or candidate > reference:
            continue
        if weekday is None or candidate.weekday() == weekday:
            return candidate
    if weekday is not None:
        return infer_year(day, month, None, reference)
    return None


def infer_year_forward(day: int, month: int, after: dt.date) -> dt.date | None:
    """A deadline without a year: the first such date on or after ``after``."""
    for year in (after.year, after.year + 1, after.year + 2):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate >= after:
            return candidate
    return None


def weekday_on_or_before(weekday: int, anchor: dt.date) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def resolve(mention: DateMention, anchor: dt.date, reference: dt.date) -> dt.date | None:
    """The calendar day of a mention: weekdays and relative days count from ``anchor``.

    A day without a year takes the latest year that puts it on or before ``anchor`` too
    (the day the text was written, else the reference date): a record sent in May 2025
    speaks of "7 May" 2025 even when it is imported a year later.
    """
    if mention.explicit:
        assert mention.day is not None and mention.month is not None
        if mention.year is not None:
            return _safe_date(mention.year, mention.month, mention.day)
        return infer_year(mention.day, mention.month, mention.weekday, min(anchor, reference))
    if mention.weekday is not None:
        return weekday_on_or_before(mention.weekday, anchor)
    if mention.offset is not None:
        return anchor + dt.timedelta(days=mention.offset)
    return None


def resolve_deadline(mention: DateMention, meeting: dt.date) -> dt.date | None:
    if not mention.explicit:
        return None
    assert mention.day is not None and mention.month is not None
    if mention.year is not None:
        return _safe_date(mention.year, mention.month, mention.day)
    return infer_year_forward(mention.day, mention.month, meeting)


_TIME = re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?![\d.]\d)"
    r"(?:\s*(?:Uhr|h|hrs|hours|ч\.?)?\s*[–—-]\s*(?P<h2>[01]?\d|2[0-3])[:.h](?P<m2>[0-5]\d))?"
    r"(?P<unit>\s*(?:Uhr|h\b|hrs|hours|ч\.|час))?"
)


def find_time(line: str) -> tuple[dt.time, dt.time | None] | None:
    """A clock time (and end time) on a line: '14.00–15.15 Uhr', '11:00–12:00'."""
    for m in _TIME.finditer(line):
        colon = ":" in m.group(0)
        if not (m.group("h2") or m.group("unit") or colon):
            continue
        start = dt.time(int(m.group("h")), int(m.group("m")))
        end = dt.time(int(m.group("h2")), int(m.group("m2"))) if m.group("h2") else None
        return start, end
    return None
