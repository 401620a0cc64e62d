"""Round 19 (fr): a capitalised word ending like a future verb ("Kénitra", "Sumatra",
"Pétra") is a proper noun, never a future form that makes a next step."""

from __future__ import annotations

from tests.extract.helpers import extract


def test_place_names_ending_like_future_verbs_make_no_next_step() -> None:
    text = (
        "Entretien\n\n"
        "Le ministre a salué l'avancement du chantier du port de Sumatra, auquel participent "
        "plusieurs entreprises françaises, ainsi que la restauration du site de Pétra.\n"
    )
    meeting = extract(text, "2026-03-04", language="fr")
    assert meeting.follow_ups == []


def test_a_future_verb_still_makes_a_next_step() -> None:
    text = "Entretien\n\nLes deux ministres se rencontreront à Rome au printemps.\n"
    meeting = extract(text, "2026-03-04", language="fr")
    assert len(meeting.follow_ups) == 1
