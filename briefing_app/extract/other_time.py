"""A clause about another time: "(the text was initialled in Washington) in August 2025 by
Foreign Minister X", "(le partenariat conclu lors de la visite du président X) en octobre
2024". A month and year other than the meeting's, in the clause that names a person, puts
that mention of the person at another event: it shows no attendance."""

from __future__ import annotations

import re
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.lexicon import Lexicon


@cache
def _month_year(lex: Lexicon) -> re.Pattern[str] | None:
    months = lex.cues.get("months", [])
    if not months:
        return None
    names = "|".join(f"(?:{m})" for m in months)
    # no day number before the month: "14 January 2026" is a calendar day
    return re.compile(
        rf"(?<![\d.]\s)(?<![\d.])(?<!\w)(?P<m>{names})(?!\w)\.?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
        re.IGNORECASE,
    )


def _month_index(lex: Lexicon, word: str) -> int | None:
    for i, pattern in enumerate(lex.cues.get("months", [])):
        if re.fullmatch(pattern, word, re.IGNORECASE) or re.fullmatch(
            pattern, word.rstrip("."), re.IGNORECASE
        ):
            return i + 1
    return None


def _clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The stretch between the commas, semicolons or brackets around ``at``."""
    stops = ",;()"
    left = max((text.rfind(c, start, at) for c in stops), default=-1)
    rights = [i for i in (text.find(c, at, end) for c in stops) if i >= 0]
    return (left + 1 if left >= start else start), (min(rights) if rights else end)


def at_other_time(ctx: Context, sentence_start: int, sentence_end: int, at: int) -> bool:
    """The clause around offset ``at`` names a month and year other than the meeting's."""
    meeting = ctx.meeting_date
    regex = _month_year(ctx.lex)
    if meeting is None or regex is None:
        return False
    start, end = _clause(ctx.text, sentence_start, sentence_end, at)
    for m in regex.finditer(ctx.text, start, end):
        month = _month_index(ctx.lex, m.group("m"))
        if month is not None and (month, int(m.group("y"))) != (meeting.month, meeting.year):
            return True
    return False


def other_programme_item(ctx: Context, sentence_text: str) -> bool:
    """ "Во второй половине дня X встретился с Y": a sentence opened by another part of the
    day reports another item of a day's programme; whom X met there did not attend the
    talks the report is about."""
    regex = ctx.lex.cue("programme_item")
    return bool(regex and regex.match(sentence_text.lstrip()))
