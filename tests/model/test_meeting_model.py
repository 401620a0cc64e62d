from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing_app.model import (
    SCHEMA_VERSION,
    Meeting,
    MeetingDataError,
    Person,
    Provenance,
    Source,
    Span,
    load_meeting,
    meeting_from_dict,
    meeting_from_json,
    meeting_to_json,
    save_meeting,
)
from tests.corpus_data import corpus_ids, corpus_items

ITEMS = corpus_items()


@pytest.mark.parametrize("item", ITEMS, ids=corpus_ids())
def test_every_corpus_gold_round_trips_through_json(item: dict) -> None:
    meeting = meeting_from_dict(item["gold"])
    again = meeting_from_json(meeting_to_json(meeting))
    assert again == meeting
    gold = item["gold"]
    assert again.title == gold["title"]
    assert again.date == dt.date.fromisoformat(gold["date"])
    assert (again.location.name if again.location else None) == gold["location"]
    assert [p.name for p in again.attendees] == [p["name"] for p in gold["attendees"]]
    assert [p.country for p in again.mentioned] == [p["country"] for p in gold["mentioned"]]
    assert again.countries == gold["countries"]
    assert [t.keywords for t in again.topics] == [t["keys"] for t in gold["topics"]]
    assert [a.text for a in again.agreements] == gold["agreements"]
    assert [f.text for f in again.follow_ups] == gold["follow_ups"]
    assert again.schema_version == SCHEMA_VERSION


def test_provenance_spans_point_into_the_source_text() -> None:
    text = "Baku, 3 March. President Aliyev received Prime Minister Bektenov."
    start = text.index("President")
    meeting = Meeting(
        source=Source(text=text),
        attendees=[
            Person(
                name="Ilham Aliyev",
                country="az",
                provenance=Provenance(spans=[Span(start=start, end=len(text))], confidence=0.4),
            )
        ],
    )
    person = meeting.attendees[0]
    assert person.country == "AZ"
    assert meeting.span_text(person.provenance.spans[0]).startswith("President Aliyev")
    assert person.provenance.uncertain
    person.provenance.confirmed = True
    assert not person.provenance.uncertain


def test_span_past_the_end_of_the_text_is_refused() -> None:
    with pytest.raises(MeetingDataError, match="reaches past the end"):
        meeting_from_dict(
            {
                "schema_version": 1,
                "source": {"text": "short"},
                "topics": [{"label": "x", "provenance": {"spans": [{"start": 0, "end": 99}]}}],
            }
        )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"date": "2025-13-01"}, "date: '2025-13-01' is not a date; write it as YYYY-MM-DD"),
        ({"date": "3. März"}, "date: '3. März' is not a date"),
        ({"time": "25:99"}, "time: '25:99' is not a time"),
        ({"classification": "hush-hush"}, "classification: 'hush-hush' is not a known"),
        ({"attendees": [{"name": "A", "country": "Germany"}]}, "attendees › #1 › country"),
        ({"attendees": [{"role": "President"}]}, "attendees › #1 › name: is required"),
        ({"attendees": "Aliyev"}, "attendees: must be a list"),
        ({"follow_ups": [{"text": "x", "status": "later"}]}, "'later' is not allowed"),
        ({"follow_ups": [{"text": "x", "due": "soon"}]}, "follow-ups › #1 › due: 'soon'"),
        ({"language": "German"}, "'German' is not a language code"),
        ({"colour": "red"}, "colour: is not a known field"),
        ({"schema_version": 99}, "saved by a newer Briefing Desk"),
        ({"schema_version": "one"}, "is not a whole number"),
    ],
)
def test_invalid_input_gets_a_plain_message_naming_the_field(data: dict, expected: str) -> None:
    document = {"schema_version": 1, **data}
    with pytest.raises(MeetingDataError) as info:
        meeting_from_dict(document)
    assert expected in str(info.value)
    assert "pydantic" not in str(info.value)
    assert "Traceback" not in str(info.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("{", "is not valid JSON (line 1"),
        ("[1, 2]", "expected a JSON object"),
        ("", "is not valid JSON"),
        (b"\xff\xfe\x00garbage", "not"),
        ("[" * 100_000 + "]" * 100_000, "not"),
    ],
)
def test_broken_json_is_a_clear_error(raw: str | bytes, expected: str) -> None:
    with pytest.raises(MeetingDataError) as info:
        meeting_from_json(raw)
    assert expected in str(info.value)


def test_classification_aliases_are_normalized() -> None:
    assert Meeting(classification="VS-NfD").classification == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
    assert Meeting(classification="official - sensitive").classification == "OFFICIAL-SENSITIVE"
    assert Meeting().classification == "none"


def test_uk_is_stored_as_the_iso_code_gb() -> None:
    assert Meeting(countries=["UK", "uz", "EU", "UZ"]).countries == ["GB", "UZ", "EU"]


def test_version_zero_document_is_migrated() -> None:
    old = {
        "title": "Talks",
        "location": "Baku",
        "agreements": ["Both sides agreed."],
        "follow_ups": ["Next round in June."],
        "topics": [{"label": "Energy", "keys": ["energy"]}],
    }
    meeting = meeting_from_dict(old)
    assert meeting.location.name == "Baku"
    assert meeting.agreements[0].text == "Both sides agreed."
    assert meeting.follow_ups[0].status == "open"
    assert meeting.topics[0].keywords == ["energy"]
    assert json.loads(meeting_to_json(meeting))["schema_version"] == SCHEMA_VERSION


def test_save_and_load_a_meeting_file(tmp_path) -> None:
    meeting = Meeting(title="Gespräch mit AT&T <Holding>", date=dt.date(2025, 3, 3))
    path = tmp_path / "talks.briefing.json"
    save_meeting(meeting, path)
    assert load_meeting(path) == meeting
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_loading_missing_or_folder_paths_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(MeetingDataError, match="does not exist"):
        load_meeting(tmp_path / "nope.briefing.json")
    with pytest.raises(MeetingDataError, match="is a folder"):
        load_meeting(tmp_path)
