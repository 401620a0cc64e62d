"""Dates: relative and weekday dates, year inference, false positives, deadlines, times."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.extract.dates import find_dates, find_time, infer_year, resolve, resolve_deadline
from briefing_app.extract.lexicon import get_lexicon
from tests.extract.helpers import extract

REF = dt.date(2025, 3, 5)  # a Wednesday


def _first(text: str, lang: str, anchor: dt.date = REF) -> dt.date | None:
    mentions = find_dates(text, get_lexicon(lang))
    assert mentions, f"no date found in {text!r}"
    return resolve(mentions[0], anchor, REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Er wurde am Montag empfangen.", "de", dt.date(2025, 3, 3)),
        ("The minister met him yesterday.", "en", dt.date(2025, 3, 4)),
        ("Сегодня министры встретились.", "ru", dt.date(2025, 3, 5)),
        ("Le ministre a reçu hier l'ambassadeur.", "fr", dt.date(2025, 3, 4)),
        ("jeudi matin", "fr", dt.date(2025, 2, 27)),
        ("в среду, 19 июля", "ru", dt.date(2023, 7, 19)),  # weekday fixes the year
        ("am Montag, dem 3. März", "de", dt.date(2025, 3, 3)),
        ("on Friday, December 24", "en", dt.date(2021, 12, 24)),
        ("4 déc.", "fr", dt.date(2024, 12, 4)),  # no weekday: latest date not after the reference
        ("22 апреля 2025 г.", "ru", dt.date(2025, 4, 22)),
        ("Wednesday 5 February 2025", "en", dt.date(2025, 2, 5)),
        ("Paris, 03.10.2014", "de", dt.date(2014, 10, 3)),
    ],
)
def test_dates_in_four_languages(text, lang, expected):
    assert _first(text, lang) == expected


def test_year_inference_rules():
    ref = dt.date(2022, 1, 3)
    # 24 December fell on a Friday in 2021: the latest such year not after the reference
    assert infer_year(24, 12, 4, ref) == dt.date(2021, 12, 24)
    # without a weekday: the latest such day not after the reference (crosses the new year)
    assert infer_year(28, 12, None, ref) == dt.date(2021, 12, 28)
    assert infer_year(2, 1, None, ref) == dt.date(2022, 1, 2)
    # 29 February only exists in leap years
    assert infer_year(29, 2, None, dt.date(2025, 3, 5)) == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Raum 2014, 3 Milliarden US-Dollar und 60 Prozent mehr", "de"),
        ("up 18.5% on 2023, room 1204, 3.2 billion", "en"),
        ("une hausse de 18 % et 2 500 visas", "fr"),
        ("рост на 12,5 процента, кабинет 305", "ru"),
        ("Version 2.10.3 und 12.5 %", "de"),
    ],
)
def test_numbers_are_not_dates(text, lang):
    assert [m for m in find_dates(text, get_lexicon(lang)) if m.explicit] == []


def test_deadlines_lie_after_the_meeting():
    lex = get_lexicon("de")
    mention = find_dates("bis 15.04. (Referat 205)", lex)[0]
    assert resolve_deadline(mention, dt.date(2025, 3, 12)) == dt.date(2025, 4, 15)
    # a deadline in January after a December meeting is next year's
    mention = find_dates("bis 10.01.", lex)[0]
    assert resolve_deadline(mention, dt.date(2024, 12, 18)) == dt.date(2025, 1, 10)


def test_clock_times():
    assert find_time("am Mittwoch, 12.03.2025, 14.00–15.15 Uhr") == (
        dt.time(14, 0),
        dt.time(15, 15),
    )
    assert find_time("Wednesday 5 February 2025, 11:00–12:00, Tashkent") == (
        dt.time(11, 0),
        dt.time(12, 0),
    )
    assert find_time("12.03.2025 und 3.5 Prozent") is None


def test_meeting_date_is_not_the_dateline_date():
    meeting = extract(
        "Lawrow und Maas telefonieren\n\nMoskau/Berlin, 23. April – Der russische Außenminister "
        "Sergej Lawrow und Bundesaußenminister Heiko Maas haben am Freitag, dem 20. April, "
        "miteinander telefoniert.",
        reference="2018-04-23",
        language="de",
    )
    assert meeting.date == dt.date(2018, 4, 20)
    span = meeting.provenance["date"].spans[0]
    assert "20. April" in meeting.source.text[span.start : span.end]


def test_weekday_counts_from_the_dateline():
    meeting = extract(
        "Talks in Bucharest\n\nBUCHAREST, Nov. 29 – U.S. Secretary of State Antony J. Blinken "
        "held talks on Tuesday with Slovakia's Minister of Foreign and European Affairs, "
        "Rastislav Káčer.",
        reference="2022-12-01",
        language="en",
    )
    assert meeting.date == dt.date(2022, 11, 29)


def test_labelled_date_and_time_in_minutes():
    meeting = extract(
        "Ergebnisprotokoll\n\nDatum: Donnerstag, 24. April 2025, 10:00–11:30 Uhr\n"
        "Format: Videokonferenz\n",
        reference="2025-04-28",
        language="de",
    )
    assert meeting.date == dt.date(2025, 4, 24)
    assert meeting.time == dt.time(10, 0)
    assert meeting.end_time == dt.time(11, 30)
    assert meeting.provenance["date"].confidence >= 0.9


def test_a_date_without_year_belongs_to_the_year_the_record_was_written():
    text = (
        "Readout: call on the Chilean Deputy Minister of Energy, 12 March\n"
        "From: Anna Weber <anna.weber@example.org>\n"
        "Sent: Friday, 14 March 2025 10:05\n"
        "Subject: Readout – lithium and green hydrogen\n"
        "Colleagues, a short readout of Wednesday's call on Deputy Minister Luis Rojas in "
        "Santiago.\n"
    )
    # Imported more than a year later: "12 March" is still 2025, the year of the e-mail.
    meeting = extract(text, reference="2026-06-01")
    assert meeting.date == dt.date(2025, 3, 12)
