"""Round 19 (en/fr): a future word only inside a relative clause that describes the subject
discussed ("discussed the summit, which Chile will host in May") makes no next step."""

from __future__ import annotations

from tests.extract.helpers import extract


def test_future_in_a_relative_clause_of_a_discussion_is_no_follow_up_en() -> None:
    text = (
        "Talks\n\n"
        "The ministers discussed preparations for the Pacific Alliance summit, which Chile "
        "will host in Santiago in May.\n"
    )
    assert extract(text, "2026-03-04", language="en").follow_ups == []


def test_future_in_a_relative_clause_of_a_discussion_is_no_follow_up_fr() -> None:
    text = (
        "Entretien\n\n"
        "Les ministres ont évoqué les préparatifs du sommet de la Francophonie, qui se tiendra "
        "à Phnom Penh en novembre.\n"
    )
    assert extract(text, "2026-03-04", language="fr").follow_ups == []


def test_a_future_main_clause_is_still_a_follow_up() -> None:
    text = "Talks\n\nThe ministers discussed the summit and will meet again in Santiago in May.\n"
    assert len(extract(text, "2026-03-04", language="en").follow_ups) == 1
