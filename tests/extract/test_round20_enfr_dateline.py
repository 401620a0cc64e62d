"""Round 20 (en/fr): a dateline line 'date | source' names the source after the bar, however
long; it is no lead sentence, and weekdays in the lead count from its date."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import attendee, extract

_PRESS = (
    "Foreign Minister Silva meets Estonian counterpart in Lisbon\n\n"
    "07.03.2025 | Information and Press Department of the Ministry of Foreign Affairs "
    "of the Portuguese Republic\n\n"
    "Minister of Foreign Affairs of Portugal Rui Almeida Silva held talks on Thursday with "
    "Minister of Foreign Affairs of Estonia Margus Tamm in Lisbon.\n\n"
    "The ministers discussed energy interconnections and maritime security in the Baltic.\n"
)


def test_long_date_bar_source_line_is_a_dateline_not_the_lead() -> None:
    meeting = extract(_PRESS, "2025-03-12")
    assert meeting.date == dt.date(2025, 3, 6)  # the Thursday before Friday 7 March
    assert meeting.source.dateline.startswith("07.03.2025")
    assert attendee(meeting, "Margus Tamm").country == "EE"
