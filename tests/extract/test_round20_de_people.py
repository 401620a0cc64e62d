"""Round 19/20 (de): participants of internal notes and wire reports."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract, person_names

NOTE = """Gespräch StM mit Vize-AM Mongolei, 4.3., Berlin

Ort/Zeit: AA, Weltsaal, 10:00–10:40
TN DEU: StM'in Dr. Lisa Hartung; RL 342 Jan Petersen (Notiz)
TN MNG: Vize-AM Bold Ganbaatar; Ständige Vertreterin MNG bei VN Oyun Batbayar; Dolm.

Verlauf: Ganbaatar warb für Rohstoffkooperation.
"""


def test_tn_lines_name_each_sides_participants() -> None:
    m = extract(NOTE, "2025-03-06")
    assert attendee(m, "Lisa Hartung").country == "DE"
    assert attendee(m, "Bold Ganbaatar").country == "MN"
    envoy = attendee(m, "Oyun Batbayar")
    assert envoy.country == "MN"
    assert envoy.role == "Permanent Representative"


def test_a_month_before_a_surname_is_a_first_name() -> None:
    m = extract(NOTE, "2025-03-06")
    person = attendee(m, "Jan Petersen")
    assert person.role.startswith("Head of Division")
    assert "Ständige Vertreterin" not in person_names(m)
