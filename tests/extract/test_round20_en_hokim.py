"""Round 20 (en): 'Hokim' (an Uzbek regional governor) is a title, no part of the name."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract


def test_hokim_is_a_title() -> None:
    text = (
        "NOTE FOR THE RECORD – Ambassador's call on the Hokim of Bukhara Region\n\n"
        "Who: HMA Laura Bennett; Tom Ashby, Third Secretary (note). Bukhara side: Hokim "
        "Botir Zaripov; Aziz Rakhimov, Deputy Hokim (tourism).\n"
        "When: Monday 4 May, 10:00-11:00\n"
        "Where: Regional Hokimiyat, Bukhara\n\n"
        "1. Tourism. Zaripov asked for help with direct flights.\n"
    )
    meeting = extract(text, "2026-05-07", language="en")
    assert attendee(meeting, "Botir Zaripov").role == "Hokim"
    assert attendee(meeting, "Aziz Rakhimov").role == "Deputy Hokim"
