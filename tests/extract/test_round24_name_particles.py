"""Round 24: a compound particle ('de la', 'de los', 'del') inside a Hispanic name."""

from __future__ import annotations

from tests.extract.helpers import extract, mentioned


def test_de_la_inside_a_name() -> None:
    m = extract(
        "Entretien à Quito\n\nQuito, le 5 mai 2026 – L'ambassadeur a rencontré mardi la "
        "vice-ministre Ana Torres. Elle a transmis les salutations du ministre "
        "Carlos Andrés de la Vega et du président Luis del Pozo.\n\n"
        "Ils ont évoqué la préparation de la conférence sur les forêts.",
        "2026-05-06",
        language="fr",
    )
    mentioned(m, "Carlos Andrés de la Vega")
    mentioned(m, "Luis del Pozo")
    # the particle is no word of a name elsewhere: 'évoqué la préparation …' stays a topic
    assert any("forêts" in " ".join(t.keywords) + t.label for t in m.topics)
