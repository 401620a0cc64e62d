"""Round 23 (en): a readout that closes with its place and date on the last line."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import extract

READOUT = "\n".join(
    [
        "Readout of the Deputy Secretary-General's meeting with the Prime Minister of Tonga",
        "",
        "The Deputy Secretary-General met today with the Prime Minister of Tonga, "
        "Mr. Aisake Eke, on the margins of the Human Rights Council.",
        "",
        "They discussed disaster preparedness and debt relief for small island states.",
        "",
        "The Deputy Secretary-General welcomed the Kingdom's national adaptation plan.",
        "",
        "Geneva, 4 March 2026",
    ]
)


def test_last_line_place_and_date_is_the_dateline() -> None:
    m = extract(READOUT, "2026-03-09", language="en")
    assert m.date == dt.date(2026, 3, 4)  # 'today' counts from the closing line
    assert m.location is not None and m.location.name == "Geneva"
