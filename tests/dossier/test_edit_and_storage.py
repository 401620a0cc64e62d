from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.dossier import (
    ClassificationLoweredError,
    DossierDataError,
    check_classification,
    drop,
    from_meeting,
    gather_dossier,
    move,
    restore,
    set_classification,
    to_meeting,
)
from briefing_app.model import Meeting, meeting_from_json, meeting_to_json
from tests.dossier.meetings import TODAY, all_meetings


@pytest.fixture
def dossier():
    return gather_dossier(all_meetings(), country="KZ", today=TODAY)


def test_minimum_classification_is_the_highest_of_the_sources(dossier):
    assert dossier.minimum_level().label == "VS – VERTRAULICH"
    assert dossier.classification == "VS – VERTRAULICH"
    assert dossier.minimum_source().meeting_id == "kz-2024-astana"


def test_lowering_below_the_sources_warns_and_names_the_meeting(dossier):
    warning = check_classification(dossier, "OFFICIAL")
    assert warning is not None
    assert "VS – VERTRAULICH" in warning and "2024-11-05" in warning and "Astana" in warning
    assert check_classification(dossier, "none") is not None
    # Same rank in another scheme, or higher: no warning.
    assert check_classification(dossier, "CONFIDENTIAL") is None
    assert check_classification(dossier, "GEHEIM") is None
    with pytest.raises(ClassificationLoweredError):
        set_classification(dossier, "OFFICIAL")
    assert dossier.classification == "VS – VERTRAULICH"
    assert set_classification(dossier, "OFFICIAL", force=True) == warning
    assert dossier.classification == "OFFICIAL"


def test_dropping_a_meeting_drops_its_items_and_its_marking(dossier):
    assert any(i.meeting_id == "kz-2024-astana" for i in dossier.open_items())
    drop(dossier, "kz-2024-astana")
    assert "kz-2024-astana" not in [s.meeting_id for s in dossier.timeline()]
    assert all(i.meeting_id != "kz-2024-astana" for i in dossier.open_items())
    assert all(a.meeting_id != "kz-2024-astana" for a in dossier.agreements())
    assert dossier.minimum_level().label == "OFFICIAL"
    assert check_classification(dossier, "OFFICIAL") is None
    restore(dossier, "kz-2024-astana")
    assert "kz-2024-astana" in dossier.timeline_ids()
    with pytest.raises(KeyError):
        drop(dossier, "no-such-meeting")


def test_reordering_moves_one_meeting_and_stops_at_the_edges(dossier):
    before = dossier.timeline_ids()
    assert move(dossier, before[2], -1)
    after = dossier.timeline_ids()
    assert after[1] == before[2] and after[2] == before[1]
    assert not move(dossier, after[0], -1)
    assert not move(dossier, after[-1], +1)
    assert move(dossier, after[0], +2)
    assert dossier.timeline_ids()[2] == after[0]


def test_a_meeting_left_out_and_kept_again_returns_to_its_place(dossier):
    before = dossier.timeline_ids()
    drop(dossier, before[1])
    assert move(dossier, before[3], -1)
    assert dossier.timeline_ids() == [before[0], before[3], before[2], *before[4:]]
    restore(dossier, before[1])
    assert dossier.timeline_ids() == [before[0], before[1], before[3], before[2], *before[4:]]


def test_saved_as_a_meeting_and_read_back_through_json(dossier):
    drop(dossier, "en-news-005")
    move(dossier, "kz-2019-official", -2)
    dossier.purpose = "Prepare the visit of Foreign Minister Nurlanuly on 12 June."
    dossier.meeting_date = dt.date(2025, 6, 12)
    dossier.meeting_place = "Berlin"
    dossier.talking_points = ["Welcome the memorandum on raw materials.", "  ", "Ask about Aktau."]
    meeting = to_meeting(dossier, drafted_by="Referat 205")
    assert meeting.kind == "dossier"
    assert meeting.classification == "VS – VERTRAULICH"
    assert meeting.talking_points == [
        "Welcome the memorandum on raw materials.",
        "Ask about Aktau.",
    ]
    assert meeting.countries == ["KZ"] and meeting.title == "Briefing: Kazakhstan"
    assert meeting.follow_ups == []  # they stay with the meetings they came from
    assert meeting.date == dt.date(2025, 6, 12) and meeting.location.name == "Berlin"

    again = from_meeting(meeting_from_json(meeting_to_json(meeting)))
    assert again == dossier
    assert again.timeline_ids() == dossier.timeline_ids()
    assert "en-news-005" in again.dropped


def test_edits_made_to_the_saved_meeting_win(dossier):
    meeting = to_meeting(dossier)
    meeting.talking_points = ["Edited in the main editor."]
    meeting.classification = "SECRET"
    meeting.date = dt.date(2025, 7, 1)
    again = from_meeting(meeting)
    assert again.meeting_date == dt.date(2025, 7, 1)
    assert again.talking_points == ["Edited in the main editor."]
    assert again.classification == "SECRET"


def test_reading_something_that_is_not_a_dossier_says_so(dossier):
    with pytest.raises(DossierDataError, match="not a briefing dossier"):
        from_meeting(Meeting(title="Ordinary meeting"))
    meeting = to_meeting(dossier)
    meeting.source.text = meeting.source.text.replace('"as_of"', '"as-of"')
    with pytest.raises(DossierDataError, match="damaged"):
        from_meeting(meeting)


def test_a_saved_dossier_meeting_gives_the_templates_their_context(dossier):
    from briefing_app.dossier.export import extra_for_meeting, render_context

    dossier.talking_points = ["Ask about Aktau."]
    meeting = meeting_from_json(meeting_to_json(to_meeting(dossier)))
    extra = extra_for_meeting(meeting)
    assert extra == render_context(dossier) == dossier.render_context()
    stamps = {"created", "modified"}
    assert dossier.to_meeting().model_dump(exclude=stamps) == to_meeting(dossier).model_dump(
        exclude=stamps
    )
    assert [m["date"] for m in extra["previous_meetings"]] == [s.date for s in dossier.timeline()]
    first = extra["open_items"][0]
    assert first["text"] == "Send the draft roadmap on rare earths."
    assert "overdue by 122 days" in first["due"] and "Astana" in first["meeting"]
    assert extra["participants"][0]["name"] == "Aibek Nurlanuly"
    assert extra_for_meeting(Meeting(title="Ordinary")) is None


def test_the_main_editor_can_ask_about_a_saved_dossier(dossier):
    from briefing_app.dossier import meeting_classification_warning

    meeting = to_meeting(dossier)
    assert "VS – VERTRAULICH" in meeting_classification_warning(meeting, "OFFICIAL")
    assert meeting_classification_warning(meeting, "SECRET") is None
    assert meeting_classification_warning(Meeting(title="Ordinary"), "none") is None
