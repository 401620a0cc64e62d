"""The meeting's day and time, and which sentences speak about another day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing_app.extract.context import Context
from briefing_app.extract.dates import find_dates, find_time, resolve
from briefing_app.extract.gazetteer import cities_in
from briefing_app.extract.other_time import other_programme_item
from briefing_app.model import Provenance, Span

_HEADER_LINES = 15


@dataclass
class When:
    date: dt.date | None = None
    provenance: Provenance | None = None
    time: dt.time | None = None
    end_time: dt.time | None = None
    time_provenance: Provenance | None = None


def _anchor(ctx: Context) -> dt.date:
    """Weekdays and 'today' count from the day the text was written: the dateline, the
    document's own date (e-mail header), a 'Sent:' line, else the reference date."""
    dl = ctx.dateline
    if dl and dl.date and dl.date.explicit:
        day = resolve(dl.date, ctx.reference, ctx.reference)
        if day:
            return day
    if ctx.published is not None and ctx.published <= ctx.reference:
        return ctx.published
    # the header of the message the report stands in: below a forwarding note, its own
    # "Sent:"; a news page's "Published 14 January 2026" line says when it was written too
    written = ctx.lex.label("written")
    published = ctx.lex.cue("published")
    numbered = ctx.lex.cue("record_number")
    top = max(ctx.headline_line, ctx.forwarded_line) + 1
    for line in ctx.lines[top : top + _HEADER_LINES - 1]:
        # "nr 214 vom 21.05.2026": the record's own number line gives the day it was sent
        if (
            (written and written.match(line.text))
            or (published and published.match(line.text.strip()))
            or (numbered and numbered.match(line.text.strip()))
        ):
            mentions = [
                m for m in find_dates(ctx.text, ctx.lex, line.start, line.end) if m.explicit
            ]
            if mentions:
                day = resolve(mentions[0], ctx.reference, ctx.reference)
                if day:
                    return day
    return ctx.reference


def _dateline_end(ctx: Context) -> int:
    """Where the dateline at the top ends: dates before it are the dateline's own."""
    return ctx.dateline.end if ctx.dateline and not ctx.dateline.closing else -1


def _not_deadlines(ctx: Context, mentions: list) -> list:
    """Without dates that are deadlines ("by 31 October", "bis 15.04.", "до 5 мая")."""
    words = ctx.lex.cues.get("deadline_before", [])
    if not words:
        return mentions
    regex = re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s*$", re.IGNORECASE)
    return [m for m in mentions if not regex.search(ctx.text, max(0, m.start - 25), m.start)]


def choose_date(ctx: Context) -> When:
    anchor = _anchor(ctx)
    text, lex = ctx.text, ctx.lex
    header = [ln for ln in ctx.lines[: _HEADER_LINES + ctx.headline_line] if ln.text.strip()]
    # 1. a labelled line: the subject ("Betr.: Gespräch … am 12.03.2025") names the meeting's
    # day even where a "Datum:" line gives the day the record was written; then "Date: …"
    for label in (lex.label("subject"), lex.label("date")):
        for line in header:
            if not (label and label.match(line.text)):
                continue
            mentions = [
                m
                for m in find_dates(text, lex, line.start, line.end)
                if m.explicit
                or (m.weekday is not None and m.day is None)
                or (m.offset is not None and m.offset != 0)
            ]  # a weekday or "am Vortag" counts too ("Subject: Readout: call on … (Thursday)")
            if mentions:
                day = resolve(mentions[0], anchor, ctx.reference)
                if day and label is lex.label("date") and _message_header(ctx, header):
                    # "From: Hanoi / To: … / Date: 20 November": the day the message was
                    # sent; "called on … yesterday" in its text counts from that day
                    named = _meeting_day(ctx, day, _dateline_end(ctx))
                    if named is not None:
                        return named
                if day:
                    confidence = 0.95 if mentions[0].explicit else 0.75
                    when = When(
                        day, _prov(mentions[0].start, mentions[0].end, confidence, "date:label")
                    )
                    _time(when, ctx, line.start, line.end)
                    return when
    # 1b. the heading over the participants of the meeting reported on (a visit of days)
    reported = _reported_meeting_day(ctx, anchor)
    if reported is not None:
        return reported
    # 2. a date in the headline of a record ("Readout: call on …, 7 May")
    headline = ctx.lines[ctx.headline_line] if ctx.lines else None
    if headline is not None:
        mentions = [m for m in find_dates(text, lex, headline.start, headline.end) if m.explicit]
        place_before = mentions and cities_in(
            text[max(headline.start, mentions[0].start - 30) : mentions[0].start], lex.language
        )
        if mentions and not place_before:  # "Rabat, 19 mars 2024" is when it was written
            day = resolve(mentions[0], anchor, ctx.reference)
            if day:
                return When(day, _prov(mentions[0].start, mentions[0].end, 0.8, "date:headline"))
    # 2. a sentence near the top that says when the meeting was held ("La session s'est
    # tenue le lundi 13 octobre"), unless it speaks of another event
    dateline_end = _dateline_end(ctx)
    held = lex.cue("took_place")
    for sentence in ctx.body[:8] if held else []:
        if not held.search(sentence.text) or other_cue(ctx, sentence.text):
            continue
        mentions = [
            m
            for m in find_dates(text, lex, sentence.start, sentence.end)
            if m.start >= dateline_end
            and (m.explicit or m.weekday is not None or m.offset is not None)
        ]  # "Botschafter führte gestern … ein Gespräch" counts from the record's own day
        day = resolve(mentions[0], anchor, ctx.reference) if mentions else None
        if day:
            return When(day, _prov(mentions[0].start, mentions[0].end, 0.85, "date:held"))
    # 3. the lead sentence (and the rest of its paragraph)
    lead = ctx.lead
    if lead is not None:
        for sentence in ctx.body[:3]:
            if sentence.line != lead.line:
                break
            mentions = _not_deadlines(
                ctx,
                [
                    m
                    for m in find_dates(text, lex, sentence.start, sentence.end)
                    if m.start >= dateline_end
                ],
            )
            if mentions:
                first = next((m for m in mentions if m.explicit), mentions[0])
                day = resolve(first, anchor, ctx.reference)
                if day:
                    confidence = 0.9 if first.explicit else 0.8
                    if sentence is not lead:
                        confidence -= 0.15
                    when = When(day, _prov(first.start, first.end, confidence, "date:lead"))
                    _time(when, ctx, sentence.start, sentence.end)
                    return when
    # 3b. a sentence a little further on that names the meeting on a weekday or a relative
    # day ("The Foreign Secretary spoke to … on Tuesday." under "Published 14 January")
    named = _meeting_day(ctx, anchor, dateline_end)
    if named is not None:
        return named
    # 3. the dateline, 4. any date in the header
    if ctx.dateline and ctx.dateline.date:
        day = resolve(ctx.dateline.date, anchor, ctx.reference)
        if day:
            return When(day, _prov(ctx.dateline.start, ctx.dateline.end, 0.65, "date:dateline"))
    for line in header[1:]:
        mentions = _not_deadlines(
            ctx, [m for m in find_dates(text, lex, line.start, line.end) if m.explicit]
        )
        if mentions:
            day = resolve(mentions[0], anchor, ctx.reference)
            if day:
                return When(day, _prov(mentions[0].start, mentions[0].end, 0.6, "date:header"))
    return When()


def _reported_meeting_day(ctx: Context, anchor: dt.date) -> When | None:
    """ "Основные результаты встречи с Министром … (10.11.2026)" right above "Присутствовали:":
    a record of a visit of several days names the day of the meeting it reports on in the
    heading over that meeting's participants."""
    from briefing_app.extract.participants import participant_block

    meeting = ctx.lex.cue("meeting")
    block = participant_block(ctx)
    if meeting is None or not block:
        return None
    before = [ln for ln in ctx.lines if ln.end <= block.start and ln.text.strip()]
    if not before or before[-1].index == ctx.headline_line:
        return None
    line = before[-1]
    if not meeting.search(line.text):
        return None
    mentions = [m for m in find_dates(ctx.text, ctx.lex, line.start, line.end) if m.explicit]
    day = resolve(mentions[0], anchor, ctx.reference) if len(mentions) == 1 else None
    if day is None:
        return None
    return When(day, _prov(mentions[0].start, mentions[0].end, 0.85, "date:reported"))


_NAMED_SENTENCES = 6


def _message_header(ctx: Context, header: list) -> bool:
    """The header is a message's ("From:", "To:", "Date:"): two address lines or more."""
    mail, date = ctx.lex.label("mail_header"), ctx.lex.label("date")
    if mail is None:
        return False
    return (
        sum(bool(mail.match(ln.text)) and not (date and date.match(ln.text)) for ln in header) >= 2
    )


def _meeting_day(ctx: Context, anchor: dt.date, dateline_end: int) -> When | None:
    """The first of the early body sentences with a meeting cue and a weekday or relative day
    (no calendar date without its weekday), unless it speaks of another event or of a
    deadline."""
    cues = [ctx.lex.cue(n) for n in ("meeting", "call", "took_place")]
    body = ctx.body
    for i, sentence in enumerate(body[:_NAMED_SENTENCES]):
        if not any(c and c.search(sentence.text) for c in cues):
            continue
        if other_cue(ctx, sentence.text):
            continue
        found = find_dates(ctx.text, ctx.lex, sentence.start, sentence.end)
        if not found and i and _just_before(ctx, sentence.text):
            # "Wadephul hatte zuvor … empfangen": the day of the statement before it
            previous = body[i - 1]
            found = find_dates(ctx.text, ctx.lex, previous.start, previous.end)
        mentions = _not_deadlines(ctx, [m for m in found if m.start >= dateline_end])
        # a calendar date alone may be another day's; named with its weekday ("am Montag,
        # 16.11.") in a sentence about the meeting, it is the meeting's own
        if not mentions or any(m.explicit and m.weekday is None for m in found):
            continue
        day = resolve(mentions[0], anchor, ctx.reference)
        if day:
            return When(day, _prov(mentions[0].start, mentions[0].end, 0.7, "date:named"))
    return None


def _prov(start: int, end: int, confidence: float, method: str) -> Provenance:
    return Provenance(spans=[Span(start=start, end=end)], confidence=confidence, method=method)


def _time(when: When, ctx: Context, start: int, end: int) -> None:
    found = find_time(ctx.text[start:end])
    if found:
        when.time, when.end_time = found
        when.time_provenance = _prov(start, end, 0.8, "time")


def elsewhere_sentences(ctx: Context, meeting: dt.date | None) -> set[int]:
    """Sentences about another day or a plan: from a date that is not the meeting's
    to the end of its paragraph, and sentences with a future or past cue."""
    out: set[int] = set()
    anchor = _anchor(ctx)
    lead_index = ctx.lead.index if ctx.lead else -1
    current_line, other_day = -1, False
    previous_index = -1
    for sentence in ctx.body:
        if sentence.line != current_line:
            current_line, other_day = sentence.line, False
        if sentence.index == lead_index:
            previous_index = sentence.index
            continue
        dated = False
        for mention in find_dates(ctx.text, ctx.lex, sentence.start, sentence.end):
            if mention.offset is not None and mention.offset == 0:
                continue
            dated = True
            day = resolve(mention, anchor, ctx.reference)
            if day is not None and meeting is not None and day != meeting:
                other_day = True
        if (
            other_day
            or other_cue(ctx, sentence.text)
            or _future_verb(ctx, sentence.text)
            or other_programme_item(ctx, sentence.text)
            # "Zuvor hatte …" without a day of its own is about the day before it is about
            or (not dated and _just_before(ctx, sentence.text) and previous_index in out)
        ):
            out.add(sentence.index)
        previous_index = sentence.index
    return out


def _just_before(ctx: Context, text: str) -> bool:
    cue = ctx.lex.cue("just_before")
    return bool(cue and cue.search(text))


def other_cue(ctx: Context, text: str) -> bool:
    """The sentence speaks of another time or a plan ("bereits", "soll", "will"). "Zuvor
    hatte X Y empfangen" (just before what the sentence before it reports) does not: the
    pluperfect with "zuvor" places the talks on the same day."""
    cue = ctx.lex.cue("elsewhere")
    if cue is None:
        return False
    just_before = ctx.lex.cue("just_before")
    if just_before is not None:
        text = just_before.sub(lambda m: " " * len(m.group(0)), text)
    return bool(cue.search(text))


def _future_verb(ctx: Context, text: str) -> bool:
    """ "… в Москву прибудет министр …": a Russian verb in the future tense speaks of another
    event, as 'будет' does."""
    if ctx.lex.language != "ru":
        return False
    from briefing_app.extract.morph import has_future_verb

    return has_future_verb(text)
