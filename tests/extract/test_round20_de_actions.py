"""Round 20 (de): the course of the talks is no list of results."""

from __future__ import annotations

from tests.extract.helpers import extract

NOTE = (
    "Gespräch StM mit AM Tadschikistan, 5.5., Wien (Rand OSZE)\n"
    "\n"
    "Ort: StäV Wien\n"
    "TN DEU: StM Lukas Brenner; RL 208 Eva Roth (Notiz)\n"
    "TN TJK: AM Sirodschiddin Muhriddin\n"
    "\n"
    "Verlauf / Ergebnisse:\n"
    "- Energie: TJK wirbt für Rogun-Staudamm, bittet um Gespräche mit KfW.\n"
    "- Grenzfragen: kurz angesprochen, keine Vertiefung.\n"
    "\n"
    "Vereinbart:\n"
    "-> Energiedialog auf Arbeitsebene im Herbst in Duschanbe\n"
)


def test_points_under_a_course_heading_are_no_agreements() -> None:
    m = extract(NOTE, "2025-05-07")
    texts = [a.text for a in m.agreements]
    assert texts == ["Energiedialog auf Arbeitsebene im Herbst in Duschanbe"]
