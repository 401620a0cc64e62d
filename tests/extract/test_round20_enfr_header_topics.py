"""Round 20 (en/fr): the units on a "Copy:" / "Copie :" line and envoy or service acronyms
(HOM, HMA, DBT, DGRIS) name no subject of the talks."""

from __future__ import annotations

from tests.extract.helpers import extract, topic_labels


def test_copy_line_units_and_envoy_acronyms_are_no_topics_en() -> None:
    text = (
        "NOTE FOR THE RECORD – HMA call on the Governor of Gauteng\n\n"
        "When: Monday 4 May, 10:00-11:00\n"
        "Copy: Southern Africa Dept; DBT Pretoria\n\n"
        "1. Mining. HOM raised the platinum export levy; the Governor asked for UK investors "
        "in the Lanseria Smart City project.\n"
    )
    labels = topic_labels(extract(text, "2026-05-06", language="en"))
    assert "Southern Africa Dept" not in labels
    assert not {"DBT", "HOM", "HMA"} & set(labels), labels


def test_copy_line_units_are_no_topics_fr() -> None:
    text = (
        "COMPTE RENDU – Entretien de l'ambassadeur avec le gouverneur de Sfax\n\n"
        "Objet : entretien du lundi 4 mai 2026\n"
        "Copie : DG Trésor (bureau Tourisme et Agriculture), Direction de l'Énergie\n\n"
        "1. Port : le gouverneur a présenté le projet d'extension du port de Sfax.\n"
    )
    labels = topic_labels(extract(text, "2026-05-06", language="fr"))
    assert not any("Tourism" in label or "Agricult" in label for label in labels), labels


def test_the_subject_line_of_a_mail_names_no_subject_of_its_own() -> None:
    subject = (
        "Readout – HOM call on Vice Minister Perera (Fisheries and Aquatic Resources), Colombo"
    )
    text = (
        f"FW: {subject}\n\n"
        "From: Silva, Ana -SAS <ana.silva@example.org>\n"
        "Sent: Thursday, March 5, 2026 9:00 AM\n"
        "To: South Asia Desk\n"
        f"Subject: FW: {subject}\n\n"
        "All – forwarding Colombo's readout for info.\nAna\n\n"
        "-----Original Message-----\n"
        "From: Kumar, Ravi -CLMBO <ravi.kumar@example.org>\n"
        "Sent: Wednesday, March 4, 2026 5:00 PM\n"
        "To: Silva, Ana -SAS\n"
        f"Subject: {subject}\n\n"
        "Hi Ana,\n\nReadout of yesterday's meeting below, cleared by HOM.\n\n"
        "Key points:\n"
        "1. Trawling: Perera raised illegal bottom trawling in the Palk Strait.\n"
        "2. Training: both sides agreed to continue the coast guard training course.\n"
    )
    labels = topic_labels(extract(text, "2026-03-06", language="en"))
    assert "Fisheries and Aquatic Resources" not in labels, labels
