"""Round 23 (en): reported next steps: 'would be published in …', 'could host …',
'offered a briefing'."""

from __future__ import annotations

from tests.extract.helpers import extract

RECORD = "\n".join(
    [
        "RECORD OF MEETING – UK–CHILE TALKS ON LITHIUM",
        "",
        "Date: 3 June 2026",
        "Venue: Ministry of Mining, Santiago",
        "",
        "1. Permits. Ms. Rojas said the new permitting guide would be issued for "
        "consultation in September.",
        "2. Research. Dr. Hale confirmed that the British Geological Survey could host "
        "three Chilean engineers next year.",
        "3. Investors. Mr. Soto offered a workshop for British investors on the royalty regime.",
        "4. Context. The Chilean side described the salt flats of the Atacama.",
    ]
)


def test_reported_future_steps_are_follow_ups() -> None:
    m = extract(RECORD, "2026-06-05", language="en")
    texts = " ".join(f.text for f in m.follow_ups)
    assert "permitting guide" in texts
    assert "three Chilean engineers" in texts
    assert "workshop for British investors" in texts
    assert "salt flats" not in texts
