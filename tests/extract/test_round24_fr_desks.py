"""Round 24 (fr): titles in apposition before a name ('le sous-secrétaire …, M. X') and a
desk named after an organisation ('directrice pour les Nations unies')."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

NOTE = "\n".join(
    [
        "Compte rendu – entretien au ministère péruvien des Relations extérieures",
        "",
        "Lima, le 9 avril 2026",
        "",
        "M. Hugo Ramírez Salas, sous-secrétaire aux Affaires économiques, a reçu lundi "
        "l'ambassadeur de France, M. Olivier Marchand, en présence de la directrice "
        "pour l'Union africaine et les Nations unies, Mme Lucía Paredes.",
        "",
        "Nous avons évoqué les minerais critiques.",
    ]
)


def test_under_secretary_is_a_title() -> None:
    m = extract(NOTE, "2026-04-10", language="fr")
    assert attendee(m, "Hugo Ramírez Salas").role.startswith("Under-Secretary")


def test_an_organisation_a_director_is_in_charge_of_is_not_her_body() -> None:
    m = extract(NOTE, "2026-04-10", language="fr")
    paredes = attendee(m, "Lucía Paredes")
    assert paredes.role.startswith("Director")
    assert paredes.country not in ("AFU", "UN")
