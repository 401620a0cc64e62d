"""Round 24 (fr): a meeting told in the passive with a feminine or plural subject."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import attendee, extract

RECORD = "\n".join(
    [
        "Compte rendu – entretien avec la vice-ministre chilienne de l'Environnement",
        "",
        "Ambassade de France au Chili",
        "Santiago, le 12 mars 2026",
        "Rédacteur : Paul Lemaire, deuxième secrétaire",
        "",
        "Résultat :",
        "Accord sur un atelier commun consacré aux glaciers andins ; "
        "le ministère enverra une liste d'experts.",
        "",
        "Déroulement :",
        "La consule générale, Mme Sophie Delorme, a été reçue mardi dernier au ministère "
        "par la vice-ministre de l'Environnement, Mme Carolina Fuentes Rojas.",
        "",
        "Nous avons évoqué la gestion des glaciers.",
    ]
)


def test_received_in_the_feminine_is_the_meeting_and_its_day() -> None:
    m = extract(RECORD, "2026-03-13", language="fr")
    # 'reçue' is 'reçu': the sentence names the meeting, 'mardi dernier' its day
    assert m.date == dt.date(2026, 3, 10)
    attendee(m, "Sophie Delorme")
    attendee(m, "Carolina Fuentes Rojas")
