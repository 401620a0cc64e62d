"""Round 20 (fr): a long title closed by commas around the name keeps its role when a
courtesy title opens the name ("le ministre des Affaires étrangères, de la Coopération et
des Sénégalais de l'extérieur, M. Cheikh Diop, …")."""

from __future__ import annotations

from tests.extract.helpers import extract, person_names


def test_long_title_then_courtesy_and_name_keeps_the_role() -> None:
    text = (
        "Commission mixte\n\n"
        "La réunion a été ouverte par le ministre des Affaires étrangères, de l'Intégration "
        "régionale et des Sénégalais de l'extérieur, M. Cheikh Diop, et par son homologue "
        "gambienne, Mme Fatou Jallow.\n"
    )
    meeting = extract(text, "2026-03-02", language="fr")
    assert "Cheikh Diop" in person_names(meeting)
    diop = next(p for p in meeting.attendees + meeting.mentioned if p.name == "Cheikh Diop")
    assert "Minister" in diop.role, diop.role


def test_maritime_fisheries_is_a_portfolio() -> None:
    text = (
        "Entretien\n\n"
        "Le ministre tunisien a reçu lundi à Tunis le secrétaire d'État sénégalais chargé de "
        "la Pêche maritime, M. Ibrahima Sow.\n"
    )
    meeting = extract(text, "2026-03-04", language="fr")
    sow = next(p for p in meeting.attendees + meeting.mentioned if p.name == "Ibrahima Sow")
    assert sow.role.endswith("Maritime Fisheries"), sow.role
