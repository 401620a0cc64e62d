"""Round 24: 'Senator' / 'sénatrice' is a title: the name after it is a person."""

from __future__ import annotations

from tests.extract.helpers import extract, mentioned


def test_english_senator_is_a_person() -> None:
    m = extract(
        "Readout\n\nOttawa, 3 May 2026 – The Prime Minister met President Boric today.\n\n"
        "President Boric noted that his minister would meet Senator Marcia Langley in "
        "Santiago next week.",
        "2026-05-04",
        language="en",
    )
    assert mentioned(m, "Marcia Langley").role == "Senator"


def test_french_senator_is_a_person() -> None:
    m = extract(
        "Entretien à Rabat\n\nRabat, le 3 mai 2026 – Le ministre a reçu lundi "
        "l'ambassadeur de France.\n\nIl a salué le travail de la sénatrice Odile Farge "
        "sur les échanges universitaires.",
        "2026-05-04",
        language="fr",
    )
    assert mentioned(m, "Odile Farge").role == "Senator"
