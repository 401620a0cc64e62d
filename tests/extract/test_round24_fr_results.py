"""Round 24 (fr): a 'Résultat :' section holds the outcome; a proposal the other side
'y est favorable' to is agreed."""

from __future__ import annotations

from tests.extract.helpers import agreement_texts, extract

NOTE = "\n".join(
    [
        "Compte rendu – entretien avec le ministre délégué norvégien",
        "",
        "Oslo, le 10 septembre 2026",
        "",
        "Résultats :",
        "Création d'un groupe d'experts franco-norvégien sur l'éolien en mer.",
        "",
        "Déroulement :",
        "L'ambassadeur, M. Marc Leduc, a été reçu mardi par le ministre délégué, "
        "M. Erik Solheim Berg.",
        "",
        "Nous avons suggéré un séminaire commun à Bergen ; le ministre y était favorable.",
    ]
)


def test_results_section_and_a_welcomed_proposal_are_agreements() -> None:
    m = extract(NOTE, "2026-09-11", language="fr")
    texts = agreement_texts(m)
    assert any(t.startswith("Création d'un groupe d'experts") for t in texts), texts
    assert any("séminaire commun" in t for t in texts), texts
