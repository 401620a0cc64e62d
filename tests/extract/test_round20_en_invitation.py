"""Round 20 (en): an invitation to an event in a named month or season is a next step;
an invitation without a time stays a courtesy."""

from __future__ import annotations

from tests.extract.helpers import extract


def test_invitation_to_a_dated_event_is_a_follow_up() -> None:
    text = (
        "NOTE FOR THE RECORD – call on the Governor of Cebu\n\n"
        "1. Trade. The Governor asked for help with a trade mission.\n\n"
        "2. Visit. The Governor invited HMA to the Cebu business summit in September.\n"
    )
    meeting = extract(text, "2026-05-04", language="en")
    assert any("business summit" in f.text for f in meeting.follow_ups)


def test_invitation_without_a_time_is_no_follow_up() -> None:
    text = (
        "NOTE FOR THE RECORD – call on the Governor of Cebu\n\n"
        "1. Visit. The Governor invited HMA to see the new port terminal.\n"
    )
    meeting = extract(text, "2026-05-04", language="en")
    assert meeting.follow_ups == []
