"""Round 24 (fr): 'la délégation X était conduite par …, entouré de …' lists who took part."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

NEWS = "\n".join(
    [
        "Consultations franco-ghanéennes à Accra",
        "",
        "Accra, le 14 mai 2026 – Les consultations annuelles entre la France et le Ghana "
        "se sont tenues mardi au ministère des Affaires étrangères.",
        "",
        "La délégation ghanéenne était menée par la directrice Europe, Mme Akosua Mensah, "
        "entourée du conseiller Kwame Boateng. La partie française était présidée par "
        "le directeur d'Afrique, M. Julien Ferrand.",
        "",
        "Les deux délégations ont évoqué la transition énergétique.",
    ]
)


def test_leaders_and_companions_of_a_delegation_attend() -> None:
    m = extract(NEWS, "2026-05-15", language="fr")
    assert attendee(m, "Akosua Mensah").country == "GH"
    attendee(m, "Kwame Boateng")
    assert attendee(m, "Julien Ferrand").country == "FR"
