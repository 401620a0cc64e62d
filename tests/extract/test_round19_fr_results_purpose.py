"""Round 19 (fr): under a results heading, a decision naming the action it is for ("Accord
de principe pour la création d'un comité …") is also a next step."""

from __future__ import annotations

from tests.extract.helpers import extract, follow_up_texts


def test_decision_for_launching_something_is_a_next_step() -> None:
    text = (
        "COMPTE RENDU – Entretien avec le ministre de la Santé\n\n"
        "Points abordés\n"
        "1. Hôpitaux : échange sur la formation des médecins.\n\n"
        "Conclusions\n"
        "- Accord de principe pour la création d'un comité conjoint sur la télémédecine.\n"
        "- Les deux parties ont constaté la qualité de leur coopération.\n"
    )
    meeting = extract(text, "2026-04-02", language="fr")
    assert len(meeting.agreements) == 2
    assert follow_up_texts(meeting) == [
        "Accord de principe pour la création d'un comité conjoint sur la télémédecine."
    ]
