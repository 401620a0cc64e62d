"""Round 24 (en): 'spoke yesterday with' is a call, with an adverb between verb and partner."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import attendee, extract

RELEASE = "\n".join(
    [
        "President Stubb's call with President Karis",
        "",
        "Helsinki, 11 June 2026 – Press release",
        "",
        "President Alexander Stubb spoke this morning with President of Estonia Alar Karis.",
        "",
        "The presidents discussed energy links across the Gulf of Finland.",
    ]
)


def test_spoke_this_morning_with_names_the_call() -> None:
    m = extract(RELEASE, "2026-06-12", language="en")
    assert m.date == dt.date(2026, 6, 11)
    attendee(m, "Alexander Stubb")
    assert attendee(m, "Alar Karis").country == "EE"
