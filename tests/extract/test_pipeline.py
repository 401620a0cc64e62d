"""The whole pipeline: provenance spans, language, robustness on arbitrary text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.extract import extract_meeting
from briefing_app.ingest.document import SourceDocument
from briefing_app.model import meeting_from_json, meeting_to_json
from tests.corpus_data import corpus_items
from tests.extract.helpers import extract

ITEMS = corpus_items()


@pytest.mark.parametrize("item", ITEMS, ids=[i["id"] for i in ITEMS])
def test_every_span_points_into_the_text_at_its_item(item):
    meeting = extract(item["text"], reference=item["reference_date"], language=item["language"])
    text = meeting.source.text
    assert text == item["text"]
    for provenance in meeting.iter_provenance():
        assert 0.0 <= provenance.confidence <= 1.0 and provenance.method
        for span in provenance.spans:
            assert 0 <= span.start < span.end <= len(text)
    for person in meeting.attendees + meeting.mentioned:
        surname = person.name.split()[-1][:4]
        shown = " ".join(text[s.start : s.end] for s in person.provenance.spans)
        assert surname.lower() in shown.lower(), (person.name, shown)
    for agreement in meeting.agreements:
        span = agreement.provenance.spans[0]
        assert text[span.start : span.end] == agreement.text
    for task in meeting.follow_ups:
        span = task.provenance.spans[0]
        assert text[span.start : span.end] == task.text
    # the meeting survives a JSON round trip
    assert meeting_from_json(meeting_to_json(meeting)).attendees == meeting.attendees


def test_language_is_detected_when_not_given():
    meeting = extract(
        "Встреча министров\n\nМОСКВА, 19 сентября. Министр иностранных дел России Сергей Лавров "
        "в среду принял в Москве своего белорусского коллегу Владимира Макея.",
        reference="2012-09-21",
    )
    assert meeting.language == "ru"
    assert meeting.date == dt.date(2012, 9, 19)


def test_empty_and_tiny_documents():
    for text in ["", "\n\n", "Hi", "12.12.", "—"]:
        meeting = extract(text)
        assert meeting.source.text == text
        assert meeting.attendees == [] and meeting.agreements == []


def test_unsure_values_stay_empty():
    meeting = extract(
        "Notes\n\nWe had a long and friendly exchange about many matters of interest.",
        language="en",
    )
    assert meeting.date is None
    assert meeting.location is None
    assert meeting.attendees == [] and meeting.countries == []


_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-–—()|/\n'\"%")
    + list("äöüßéèçàÄÖÜÉабвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯё")
)
_WORDS = st.sampled_from(
    [
        "Präsident",
        "Minister",
        "Außenminister",
        "received",
        "am Montag",
        "3. März",
        "bis 15.04.",
        "(Referat 205)",
        "Teilnehmer:",
        "Vereinbart",
        "РЕШИЛИ:",
        "Присутствовали:",
        "Present:",
        "– Owner:",
        "Due:",
        "UPDATE",
        "ФОТО",
        "Baku,",
        "МОСКВА,",
        "в среду",
        "Ilham Aliyev",
        "Абдуллой Ариповым",
        "kasachischen",
        "| 1 |",
        "2025",
        "60 Prozent",
        "signed",
        "will",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(st.one_of(st.text(_ALPHABET, max_size=30), _WORDS), max_size=40).map(" ".join),
    language=st.sampled_from([None, "de", "en", "fr", "ru"]),
    reference=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_arbitrary_text_never_raises(text, language, reference):
    meeting = extract_meeting(
        SourceDocument.from_text(text), reference_date=reference, language=language
    )
    limit = len(meeting.source.text)
    for provenance in meeting.iter_provenance():
        for span in provenance.spans:
            assert span.end <= limit
