"""Agreements, follow-ups with owner and due date, and topics."""

from __future__ import annotations

import datetime as dt

from briefing_app.model import AgreementKind
from tests.corpus_data import corpus_items
from tests.extract.helpers import agreement_texts, extract, topic_labels

RECORD = """Gesprächsvermerk – StM'in / stv. AM (KAZ)

Referat 205                                            Berlin, 14.03.2025

Betr.: Gespräch am Mittwoch, 12.03.2025, 14.00–15.15 Uhr, Auswärtiges Amt

II. Im Einzelnen
1. Visa: Bitte um erleichterte Verfahren für Studierende. StM'in: Anliegen wird mit BMI erörtert.

III. Vereinbart
- Die nächste Sitzung der Arbeitsgruppe Rohstoffe findet im Juni in Astana statt.

IV. Nächste Schritte
- Visaanliegen mit BMI klären – bis 15.04. (Referat 205 mit Referat 508)
- Leitungsvorlage zur Einladung nach Astana – bis 21.03. (Referat 205)
"""


def test_record_sections_give_agreements_and_tasks():
    meeting = extract(RECORD, reference="2025-03-17", language="de")
    assert meeting.date == dt.date(2025, 3, 12)
    assert meeting.time == dt.time(14, 0)
    agreed = agreement_texts(meeting)
    assert agreed == [
        "Die nächste Sitzung der Arbeitsgruppe Rohstoffe findet im Juni in Astana statt."
    ]
    tasks = {f.text: f for f in meeting.follow_ups}
    visa = tasks["Visaanliegen mit BMI klären – bis 15.04. (Referat 205 mit Referat 508)"]
    assert visa.owner == "Referat 205 mit Referat 508"
    assert visa.due == dt.date(2025, 4, 15)
    assert tasks[
        "Leitungsvorlage zur Einladung nach Astana – bis 21.03. (Referat 205)"
    ].due == dt.date(2025, 3, 21)
    # the agreed next session is also a next step
    assert (
        "Die nächste Sitzung der Arbeitsgruppe Rohstoffe findet im Juni in Astana statt." in tasks
    )
    assert "StM'in: Anliegen wird mit BMI erörtert." in tasks


def test_table_of_tasks_and_deadline_words():
    meeting = extract(
        "Protokoll\n\nDatum: 24. April 2025\n\nAufgaben\n"
        "| Nr. | Aufgabe | Verantwortlich | Termin |\n"
        "| 1 | Leistungsbeschreibung Modul Batteriespeicher | GIZ (Holtz) | 30.05.2025 |\n"
        "| 2 | Agenda-Entwurf Lenkungsausschuss | beide Seiten | Ende Juli |\n",
        reference="2025-04-28",
        language="de",
    )
    first, second = meeting.follow_ups
    assert first.text == "Leistungsbeschreibung Modul Batteriespeicher | GIZ (Holtz) | 30.05.2025"
    assert (first.owner, first.due) == ("GIZ (Holtz)", dt.date(2025, 5, 30))
    assert (second.owner, second.due, second.due_text) == ("beide Seiten", None, "Ende Juli")


def test_english_action_points_and_russian_assignments():
    meeting = extract(
        "Record\n\nDate: 5 February 2025\n\nAgreed actions\n"
        "- Action 1: share UKEF country note – Owner: D. Price – Due: 14 February\n"
        "- Action 2: send list of projects – Owner: M. Rakhimova – Due: end February\n",
        reference="2025-02-10",
        language="en",
    )
    a1, a2 = meeting.follow_ups
    assert (a1.owner, a1.due) == ("D. Price", dt.date(2025, 2, 14))
    assert (a2.owner, a2.due, a2.due_text) == ("M. Rakhimova", None, "end February")
    ru = extract(
        "ПРОТОКОЛ\n\n22 апреля 2025 г.\n\nПОРУЧЕНИЯ:\n"
        "— Посольству АР представить состав рабочей группы — до 5 мая 2025 г.\n",
        reference="2025-04-25",
        language="ru",
    )
    (task,) = ru.follow_ups
    assert task.owner == "Посольству АР"
    assert task.due == dt.date(2025, 5, 5)
    assert task.text.startswith("Посольству АР")


def test_agreement_kinds_and_no_commitments():
    meeting = extract(
        "Visit\n\nPARIS, 4 Dec – The prime ministers met on Thursday in Paris.\n"
        "The two governments signed a series of agreements on energy.\n"
        "The ministers decided to set up a joint committee.\n"
        "They agreed to meet again in spring.\n"
        "The readout did not mention any new commitments or follow-up meetings.",
        reference="2014-12-08",
        language="en",
    )
    kinds = [a.kind for a in meeting.agreements]
    assert kinds == [AgreementKind.SIGNED, AgreementKind.DECIDED, AgreementKind.AGREED]
    assert not any("did not mention" in f.text for f in meeting.follow_ups)


def test_seed_report_topics_one_item_per_subject():
    seed = next((item for item in corpus_items() if item["id"] == "de-news-000"), None)
    if seed is None:
        seed = next(item for item in corpus_items() if item["language"] == "de")
    meeting = extract(seed["text"], reference=seed["reference_date"], language="de")
    labels = topic_labels(meeting)
    assert len(labels) == len(set(labels))
    texts = [
        " ".join(
            [
                t.label,
                *t.keywords,
                *(meeting.source.text[s.start : s.end] for s in t.provenance.spans),
            ]
        ).lower()
        for t in meeting.topics
    ]
    found = [
        g for g in seed["gold"]["topics"] if any(any(k in t for k in g["keys"]) for t in texts)
    ]
    assert len(found) >= 0.8 * len(seed["gold"]["topics"])


def test_the_agency_in_an_english_dateline_is_no_topic():
    meeting = extract(
        "Minister receives envoy\n\n"
        "OSLO, May 6 (Nordic Press Service) – Foreign Minister Kari Holm on Tuesday received "
        "the Special Envoy of Japan, Kenji Mori, to discuss Arctic Council cooperation and "
        "fisheries in the Barents Sea.\n",
        reference="2025-05-09",
    )
    labels = " | ".join(t.label for t in meeting.topics)
    assert "Nordic Press Service" not in labels
    assert "Barents Sea" in labels or "Arctic Council" in labels


def test_reported_promises_and_invitations_are_follow_ups():
    cases = [
        (
            "en",
            "Talks in Suva\n\nSUVA, 3 March – The ministers discussed coastal erosion. The "
            "minister said Canberra would help Fiji rebuild two sea walls after the cyclone.\n",
            "would help Fiji",
        ),
        (
            "fr",
            "Entretien à Niamey\n\nNIAMEY, 3 mars – Les ministres ont évoqué la santé maternelle. "
            "Le ministre a annoncé que la Belgique équiperait trois maternités à Zinder.\n",
            "équiperait trois maternités",
        ),
        (
            "fr",
            "Entretien à Tunis\n\nTUNIS, 3 mars – Les ministres ont évoqué le tourisme. Une "
            "réunion des experts est envisagée à Tunis en juin.\n",
            "est envisagée",
        ),
        (
            "ru",
            "Переговоры в Ташкенте\n\nТАШКЕНТ, 3 марта. Министры обсудили водные ресурсы. "
            "Министр пригласил узбекского коллегу посетить Душанбе осенью.\n",
            "посетить Душанбе",
        ),
        (
            "de",
            "Gespräch in Quito\n\nQuito, 3. März – Die Ministerinnen erörterten den Schutz des "
            "Regenwaldes. Die Ministerin sagte der ecuadorianischen Regierung eine Beteiligung am "
            "Aufforstungsprogramm in der Provinz Napo im Umfang von zwölf Millionen Euro zu.\n",
            "Aufforstungsprogramm",
        ),
    ]
    for language, text, passage in cases:
        meeting = extract(text, language=language)
        assert any(passage in f.text for f in meeting.follow_ups), (language, meeting.follow_ups)


def test_growth_up_to_a_number_is_no_deadline():
    meeting = extract(
        "Переговоры в Бишкеке\n\nБИШКЕК, 3 марта. Министры обсудили торговлю: товарооборот за "
        "год вырос до 2 миллиардов долларов.\n",
        language="ru",
    )
    assert not meeting.follow_ups


def test_intentions_invitations_and_announced_aid_are_follow_ups_but_how_to_is_not():
    cases = [
        ("de", "Im Frühjahr will die Ministerin nach Bergen reisen.", True),
        ("de", "Sie erläuterte die Reformen, die die Regierung umsetzen will.", False),
        ("en", "The minister accepted an invitation to the Arctic Circle Assembly.", True),
        ("en", "They discussed how to share flood warnings faster.", False),
        ("fr", "La ministre a annoncé une aide de 3 millions d'euros pour les écoles.", True),
    ]
    for language, sentence, expected in cases:
        meeting = extract(f"Talks\n\nThe two ministers met.\n{sentence}\n", language=language)
        found = any(sentence[:20] in f.text for f in meeting.follow_ups)
        assert found is expected, (language, sentence, meeting.follow_ups)
