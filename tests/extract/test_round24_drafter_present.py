"""Round 24: 'accompanied by the drafter' puts the drafter named in the header among the
attendees, with the title the header gives after the name."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

FR = "\n".join(
    [
        "Compte rendu – entretien avec le vice-ministre colombien du Commerce",
        "",
        "Ambassade de France en Colombie",
        "Bogota, le 2 février 2026",
        "Rédactrice : Agnès Moreau, deuxième conseillère",
        "",
        "L'ambassadeur, M. Rémi Castel, accompagné de la rédactrice, s'est entretenu hier "
        "avec le vice-ministre du Commerce, M. Andrés Quintero.",
        "",
        "Nous avons évoqué le café et le cacao.",
    ]
)

EN = "\n".join(
    [
        "Record of meeting – call on the Chilean Deputy Minister of Mining",
        "",
        "Embassy of Australia, Santiago",
        "Drafter: Liam O'Connor, Second Secretary",
        "",
        "On Monday the Ambassador, Ms Grace Holt, accompanied by the drafter, met Deputy "
        "Minister of Mining Felipe Araya.",
        "",
        "We discussed lithium processing.",
    ]
)


def test_french_drafter_who_came_along_attends() -> None:
    m = extract(FR, "2026-02-03", language="fr")
    moreau = attendee(m, "Agnès Moreau")
    assert moreau.country == "FR"
    assert moreau.role != "Desk Officer"


def test_english_drafter_who_came_along_attends() -> None:
    m = extract(EN, "2026-03-04", language="en")
    assert attendee(m, "Liam O'Connor").role == "Second Secretary"
