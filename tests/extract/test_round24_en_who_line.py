"""Round 24 (en): a 'Who:' line parting the two sides with a slash, under a mission's header."""

from __future__ import annotations

from briefing_app.extract.countries import find_countries
from briefing_app.extract.lexicon import get_lexicon
from tests.extract.helpers import attendee, extract

RECORD = "\n".join(
    [
        "Record of meeting – Ambassador's call on Deputy Minister Ana Ribeiro, 3 Mar",
        "",
        "Embassy of Ireland, Lisbon",
        "Drafted: 4 March 2026, S. Byrne",
        "",
        "Who: Ambassador Ciara Nolan; Sean Byrne, First Secretary (notes) / Deputy Minister "
        "of Economy Ana Ribeiro; Mr. Tiago Lopes, Director, Trade Policy Department",
        "Where: Ministry of Economy, Lisbon",
        "When: Tuesday, 3 March 2026, 10:00-11:00",
        "",
        "1. We raised offshore wind supply chains.",
    ]
)


def test_slash_parts_the_writers_side_from_the_hosts() -> None:
    m = extract(RECORD, "2026-03-05", language="en")
    assert attendee(m, "Sean Byrne").role == "First Secretary"
    assert attendee(m, "Ciara Nolan").country == "IE"
    assert attendee(m, "Ana Ribeiro").country == "PT"
    assert attendee(m, "Tiago Lopes").country == "PT"


def test_continental_compounds_name_no_state() -> None:
    text = "She heads the Latin American Department; the Euro-American desk reports to her."
    assert find_countries(text, get_lexicon("en")) == []
