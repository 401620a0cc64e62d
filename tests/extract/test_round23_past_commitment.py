"""Round 23: a commitment made before the meeting ('had agreed to') is on record as an
agreement but sets no next step of this meeting."""

from __future__ import annotations

from tests.extract.helpers import extract


def test_english_earlier_round_had_agreed() -> None:
    m = extract(
        "RECORD OF MEETING – JOINT COMMISSION\n\nDate: 4 May 2026\n\n"
        "1. Background. The first session (Lima, March 2025) had agreed to create a "
        "fisheries desk and to pool satellite data.\n"
        "2. The sides agreed to meet again in Lima in 2027.",
        "2026-05-06",
        language="en",
    )
    steps = " ".join(f.text for f in m.follow_ups)
    assert "fisheries desk" not in steps
    assert "meet again in Lima" in steps
    assert any("fisheries desk" in a.text for a in m.agreements)


def test_french_earlier_session_had_decided() -> None:
    m = extract(
        "COMPTE RENDU – COMMISSION MIXTE\n\nDate : 4 mai 2026\n\n"
        "La session précédente avait décidé de créer un bureau de la pêche "
        "au port de Callao.\n\n"
        "Les parties sont convenues de se réunir à Lima en 2027.",
        "2026-05-06",
        language="fr",
    )
    steps = " ".join(f.text for f in m.follow_ups)
    assert "bureau de la pêche" not in steps
    assert "Lima" in steps
