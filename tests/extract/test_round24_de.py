"""Round 23/24 (de): cables with a result summary on top and first-person records."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import attendee, extract


def test_weekday_with_its_date_in_a_meeting_sentence_names_the_meeting_day() -> None:
    text = (
        "Drahtbericht Botschaft Lima – Gespräch im Außenministerium\n\n"
        "Lima, den 24.09.2026\n\n"
        "Ergebnis:\n"
        "Peruanische Seite sagt zu, bis 15.10. Unterlagen zum Bergbauvorhaben zu übermitteln.\n\n"
        "Im Einzelnen:\n"
        "1. Botschafterin Ulrike Brandt wurde am Dienstag, 22.09., vom Vizeminister "
        "Javier Salinas zu einem Gespräch empfangen.\n"
    )
    m = extract(text, "2026-09-25")
    assert m.date == dt.date(2026, 9, 22)
    assert attendee(m, "Ulrike Brandt").country == "DE"
