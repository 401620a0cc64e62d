"""Round 20 (fr): a named thing opened by a capitalised head inside a sentence ("l'Initiative
… pour …", "la Coupe du monde de …", "le Programme indicatif de coopération") is a subject;
the name stops at a verb, a relative pronoun or a punctuation mark."""

from __future__ import annotations

from tests.extract.helpers import extract, topic_labels


def _labels(text: str) -> list[str]:
    return topic_labels(extract(text, "2026-04-02", language="fr"))


def test_capitalised_head_opens_a_named_subject() -> None:
    labels = _labels(
        "Entretien\n\n"
        "Le ministre a évoqué l'Initiative régionale pour la sécurité alimentaire des pays du "
        "Sahel, que son pays soutient depuis 2024.\n\n"
        "Les deux ministres ont également parlé des préparatifs des Jeux de la Francophonie.\n"
    )
    assert "Initiative régionale pour la sécurité alimentaire des pays du Sahel" in labels


def test_the_name_stops_at_a_verb() -> None:
    labels = _labels(
        "Entretien\n\n"
        "Les deux parties sont convenues que la prochaine Commission mixte se tiendra en 2027 "
        "à Dakar.\n"
    )
    assert "Commission mixte" in labels
    assert not any("tiendra" in label for label in labels)


def test_a_matter_named_after_a_place_is_a_subject() -> None:
    labels = _labels(
        "Entretien\n\n"
        "Interrogé sur le dossier du Haut-Karabakh, le ministre italien a appelé au dialogue "
        "avec son homologue arménien.\n"
    )
    assert "Haut-Karabakh" in labels, labels


def test_a_matter_named_after_a_party_is_no_extra_subject() -> None:
    text = (
        "Entretien\n\n"
        "Le ministre français des Affaires étrangères, M. Paul Durand, a reçu lundi à Paris "
        "son homologue malien, M. Amadou Touré, pour évoquer la question du Mali et la "
        "coopération sanitaire.\n"
    )
    meeting = extract(text, "2026-04-02", language="fr")
    assert "Mali" not in topic_labels(meeting)
