"""Round 20 (en/fr): the units on a "Copy:" / "Copie :" line and envoy or service acronyms
(HOM, HMA, DBT, DGRIS) name no subject of the talks."""

from __future__ import annotations

from tests.extract.helpers import extract


def test_copy_line_units_and_envoy_acronyms_are_no_topics_en() -> None:
    text = (
        "NOTE FOR THE RECORD – HMA call on the Governor of Gauteng\n\n"
        "When: Monday 4 May, 10:00-11:00\n"
        "Copy: Southern Africa Dept; DBT Pretoria\n\n"
        "1. Mining. HOM raised the platinum export levy; the Governor asked for UK investors "
        "in the Lanseria Smart City project.\n"
    )
    labels = [t.label for t in extract(text, "2026-05-06", language="en").topics]
    assert "Southern Africa Dept" not in labels
    assert not {"DBT", "HOM", "HMA"} & set(labels), labels


def test_copy_line_units_are_no_topics_fr() -> None:
    text = (
        "COMPTE RENDU – Entretien de l'ambassadeur avec le gouverneur de Sfax\n\n"
        "Objet : entretien du lundi 4 mai 2026\n"
        "Copie : DG Trésor (bureau Tourisme et Agriculture), Direction de l'Énergie\n\n"
        "1. Port : le gouverneur a présenté le projet d'extension du port de Sfax.\n"
    )
    labels = [t.label for t in extract(text, "2026-05-06", language="fr").topics]
    assert not any("Tourism" in label or "Agricult" in label for label in labels), labels
