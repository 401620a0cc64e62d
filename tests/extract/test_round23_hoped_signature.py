"""Round 23: a signature one side hopes for has not happened: no agreement."""

from __future__ import annotations

from tests.extract.helpers import extract


def test_french_hoped_for_signature_is_no_agreement() -> None:
    m = extract(
        "Entretien à Santiago\n\nSantiago, le 2 mars 2026 – Le ministre chilien a reçu lundi "
        "l'ambassadeur de France, M. Luc Arnaud.\n\nLe ministre a dit que le Chili souhaitait "
        "la signature rapide de la convention fiscale révisée.",
        "2026-03-03",
        language="fr",
    )
    assert not any("convention fiscale" in a.text for a in m.agreements)


def test_english_hoped_for_signature_is_no_agreement() -> None:
    m = extract(
        "Readout: call with the Minister of Chile\n\nThe Minister of Trade, Jane Mills, met "
        "Chilean Foreign Minister Alberto van Klaveren today.\n\nThe Minister said Chile "
        "looked forward to an early signature of the revised tax convention.",
        "2026-03-03",
        language="en",
    )
    assert not any("tax convention" in a.text for a in m.agreements)
