"""Classes of error found on round 16 of unseen reports (tests/extract/reports_unseen16).

New sentences only, not the reports' own wording: results headings written as a sentence
("Folgendes wurde vereinbart:", "Where we landed:", "По итогам встречи стороны:"),
present-tense tasks under them, past dates in a decision taken for deadlines, and
agreements or promises that are next steps as well.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import extract, topic_labels


def _texts(items) -> list[str]:
    return [i.text for i in items]


def _has(items, fragment: str) -> bool:
    return any(fragment in t for t in _texts(items))


# --- a results heading phrased as a sentence, present-tense tasks under it ---------------

HEADINGS = [
    (
        "de",
        "Gesprächsvermerk\n\nBetr.: Gespräch mit der Botschafterin Chiles am 3. März 2025 "
        "in Berlin\n\n"
        "1. Die Seiten sprachen über Kupferexporte und grünen Wasserstoff.\n\n"
        "Folgendes wurde zwischen beiden Seiten vereinbart:\n"
        "- Das Referat 330 legt bis Mitte April einen Entwurf der Absichtserklärung vor.\n"
        "- Die chilenische Botschaft benennt einen Ansprechpartner im Bergbauministerium.\n",
        ["legt bis Mitte April", "benennt einen Ansprechpartner"],
    ),
    (
        "de",
        "Ergebnisvermerk\n\nBetr.: Konsultationen mit Ghana am 2. März 2025, Accra\n\n"
        "Besprochen wurden Berufsbildung und Migration.\n\n"
        "Im Ergebnis wurde festgehalten:\n"
        "a) Die GIZ organisiert im Juni eine Fachreise nach Kumasi.\n"
        "b) Das BMBF stimmt die Förderlinie mit dem ghanaischen Bildungsministerium ab.\n",
        ["organisiert im Juni", "stimmt die Förderlinie"],
    ),
    (
        "en",
        "Note of call with the Ecuadorian Vice-Minister, 3 March\n\n"
        "We discussed banana exports and fishing licences.\n\n"
        "What we agreed:\n"
        "- Officials will reconvene by video in early May.\n"
        "- Both teams are willing to host a trade mission later in the year.\n",
        ["reconvene by video", "willing to host"],
    ),
    (
        "ru",
        "ЗАПИСЬ БЕСЕДЫ\n\nг. Ташкент, 3 марта 2025 г.\n\n"
        "Стороны обсудили поставки хлопка и подготовку кадров.\n\n"
        "По итогам беседы стороны:\n"
        "1) поручили рабочей группе подготовить проект программы до 1 мая;\n"
        "2) договорились провести следующий раунд в Самарканде.\n",
        ["подготовить проект программы", "провести следующий раунд"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "steps"), HEADINGS, ids=lambda v: str(v)[:14])
def test_items_under_a_results_heading_are_agreements_and_next_steps(lang, text, steps):
    meeting = extract(text, language=lang)
    for step in steps:
        assert _has(meeting.agreements, step), (step, _texts(meeting.agreements))
        assert _has(meeting.follow_ups, step), (step, _texts(meeting.follow_ups))
    # the heading itself states nothing
    assert not any(t.rstrip().endswith(":") for t in _texts(meeting.agreements))


def test_a_long_sentence_ending_in_a_colon_is_no_results_heading():
    text = (
        "Vermerk\n\nBetr.: Gespräch am 3. März 2025 in Bonn\n\n"
        "Die Delegation aus Peru erläuterte ausführlich und mit vielen Beispielen, was im "
        "vergangenen Jahr im Hinblick auf den Bergbau vereinbart worden war:\n"
        "- Lizenzen für Kupfer und Zink wurden neu vergeben.\n"
    )
    meeting = extract(text, language="de")
    assert not _has(meeting.agreements, "Lizenzen für Kupfer")


def test_a_decision_citing_a_past_draft_date_is_no_next_step():
    text = (
        "Ergebnisvermerk\n\nBetr.: Gespräch mit dem kenianischen Handelsminister am 3. März 2025 "
        "in Nairobi\n\nDie Seiten sprachen über Schnittblumen und Kaffee.\n\n"
        "Vereinbart:\n"
        "- Beide Seiten billigen den Entwurf des Abkommens in der Fassung vom 12.02.2025.\n"
        "- Die Handelskammer richtet im Herbst 2025 ein Wirtschaftsforum aus.\n"
    )
    meeting = extract(text, language="de")
    assert _has(meeting.agreements, "in der Fassung vom 12.02.2025")
    assert not _has(meeting.follow_ups, "in der Fassung vom 12.02.2025")
    assert _has(meeting.follow_ups, "richtet im Herbst 2025")


# --- agreements and promises that are next steps as well ---------------------------------

NEXT_STEPS = [
    (
        "de",
        "Die Ministerinnen einigten sich darauf, eine gemeinsame Taskforce für Cybersicherheit "
        "aufzubauen.",
    ),
    ("de", "Die Staatssekretärin nahm die Einladung des Gouverneurs zu einer Reise nach Lagos an."),
    ("en", "Both presidents instructed their negotiators to close the remaining chapters."),
    ("en", "The minister said a decision on the visa waiver could come within the next month."),
    ("en", "The envoy was noncommittal but said they'd consider the proposal."),
    ("ru", "Министры условились, что ведомства обменяются данными до конца сентября."),
]


@pytest.mark.parametrize(("lang", "sentence"), NEXT_STEPS, ids=lambda v: str(v)[:24])
def test_agreed_or_promised_future_actions_are_follow_ups(lang, sentence):
    heads = {
        "de": "Treffen in Rom\n\nROM, 3. März (dpa) - Die Delegationen trafen sich am Montag.\n",
        "en": "Talks in Rome\n\nROME, March 3 (AP) - The delegations met in Rome on Monday.\n",
        "ru": "Встреча в Риме\n\nРИМ, 3 марта. Делегации встретились в понедельник в Риме.\n",
    }
    meeting = extract(heads[lang] + sentence + "\n", language=lang)
    assert _has(meeting.follow_ups, sentence[:30]), _texts(meeting.follow_ups)


# --- topics: advocacy verbs name a subject; gas supply compounds are gas, not transport ----

ADVOCACY = [
    (
        "de",
        "Treffen in Wien\n\nWIEN, 3. März (APA) - Die Ministerinnen trafen sich am Montag.\n"
        "Die Gastgeberin warb nachdrücklich für die Rückgabe des Schiffswracks vor Helgoland.\n",
        "schiffswrack",
    ),
    (
        "en",
        "Talks in Oslo\n\nOSLO, March 3 (NTB) - The ministers met in Oslo on Monday.\n"
        "The Norwegian side pressed for the release of the detained trawler crew.\n",
        "trawler crew",
    ),
    (
        "fr",
        "Entretien à Dakar\n\nDAKAR, 3 mars (APS) – Les deux ministres se sont rencontrés lundi.\n"
        "Le ministre sénégalais a plaidé pour la restitution des manuscrits de la confrérie.\n",
        "manuscrits",
    ),
    (
        "ru",
        "Встреча в Риге\n\nРИГА, 3 марта. Министры встретились в понедельник.\n"
        "Латвийская сторона выступила за возвращение архивов латвийского посольства.\n",
        "архивов",
    ),
]


@pytest.mark.parametrize(("lang", "text", "key"), ADVOCACY, ids=lambda v: str(v)[:10])
def test_what_a_side_argued_for_is_a_topic(lang, text, key):
    meeting = extract(text, language=lang)
    labels = " ".join(t.label for t in meeting.topics).casefold()
    assert key in labels, topic_labels(meeting)


def test_gas_supply_through_transit_pipelines_is_gas_not_transport():
    text = (
        "Treffen in Prag\n\nPRAG, 3. März (dpa) - Die Minister trafen sich am Montag in Prag.\n"
        "Erörtert wurden die Gaslieferungen über die Transitleitungen aus dem Süden.\n"
    )
    labels = topic_labels(extract(text, language="de"))
    assert "Oil and gas" in labels
    assert "Transport and transit corridors" not in labels


# --- German present tense after "Vereinbart:": separable verbs, a month as the schedule ----

PRESENT_TASKS = [
    "Das BMEL stellt die Zahlen zur Getreideausfuhr zusammen.",
    "Die KfW nimmt Gespräche mit der Entwicklungsbank auf.",
    "Beide Ressorts legen im Oktober einen gemeinsamen Bericht vor.",
    "Die Botschaft Quito richtet eine Kontaktstelle für Investoren ein.",
    "Die Delegationen treffen sich erneut im November.",
]


@pytest.mark.parametrize("heading", ["Vereinbart:", "Folgendes wurde vereinbart:"])
def test_present_tense_items_after_an_agreed_heading_are_follow_ups(heading):
    text = (
        "Gesprächsvermerk\n\nBetr.: Gespräch mit dem Botschafter Ecuadors am 3. März 2025 "
        "in Berlin\n\n1. Die Seiten sprachen über Bananenexporte.\n\n"
        + heading
        + "\n"
        + "".join(f"- {t}\n" for t in PRESENT_TASKS)
        + "- Beide Seiten begrüßten die Fortschritte beim Handelsabkommen.\n"
    )
    meeting = extract(text, language="de")
    for task in PRESENT_TASKS:
        assert _has(meeting.follow_ups, task), (task, _texts(meeting.follow_ups))
    assert not _has(meeting.follow_ups, "begrüßten die Fortschritte")


# --- deadlines inside a task, not only at its end; an owner label stops before "due" ------

DEADLINES = [
    (
        "de",
        "Ergebnisvermerk\n\nBetr.: Gespräch am 3. März 2025 in Bonn\n\nAufgaben:\n"
        "- Referat 411 schickt bis zum 9. April eine Übersicht der Förderprogramme.\n",
        "2025-04-09",
    ),
    (
        "fr",
        "Compte rendu\n\nDate : 3 mars 2025\n\nSuites à donner :\n"
        "- La DGM transmettra avant le 12 avril la liste des boursiers.\n",
        "2025-04-12",
    ),
    (
        "ru",
        "ПРОТОКОЛ\n\n3 марта 2025 г.\n\nПоручения:\n"
        "– Торгпредству подготовить обзор рынка удобрений – до 20.04.2025;\n",
        "2025-04-20",
    ),
]


@pytest.mark.parametrize(("lang", "text", "due"), DEADLINES, ids=lambda v: str(v)[:10])
def test_a_deadline_after_a_deadline_word_is_the_due_date(lang, text, due):
    (task,) = extract(text, language=lang).follow_ups
    assert str(task.due) == due, (task.text, task.due_text)


def test_an_owner_label_ends_before_the_due_label():
    text = (
        "Note of meeting\n\nDate: 3 March 2025\n\nActions\n"
        "1. Circulate the draft terms of reference – owner: Priya, due 14/03.\n"
    )
    (task,) = extract(text, language="en").follow_ups
    assert task.owner == "Priya"
    assert str(task.due) == "2025-03-14"


# --- a two-word name whose surname or first name stands alone elsewhere is a person -------


def test_a_name_used_alone_later_is_no_topic():
    text = (
        "Greece and Cyprus discuss power cable\n\n"
        "ATHENS, March 4 (Reuters) - Cypriot officials held talks with Greek counterpart "
        "Nikos Dendias in Athens on Monday about the Great Sea Interconnector.\n"
        "Dendias said the cable would be finished by 2027.\n"
        "The officials also touched on freight traffic along the Middle Corridor.\n"
    )
    labels = topic_labels(extract(text, language="en"))
    assert "Nikos Dendias" not in labels
    assert "Great Sea Interconnector" in labels
    assert "Middle Corridor" in labels


# --- short labels: "WV:" (Wiedervorlage), "Поручение:", "решено" in prose --------------------


def test_a_wiedervorlage_line_is_a_follow_up():
    text = (
        "Vermerk\n\nBetr.: Gespräch mit der Botschafterin Ghanas am 3. März 2025 in Berlin\n\n"
        "1. Die Botschafterin sprach die Kakaopreise an.\n\nWV: Referat 322 bis 17.03.\n"
    )
    (task,) = extract(text, language="de").follow_ups
    assert task.text.startswith("Referat 322")
    assert str(task.due) == "2025-03-17"


def test_a_single_assignment_label_in_russian_is_a_follow_up():
    text = (
        "ЗАПИСЬ БЕСЕДЫ\n\nг. Ереван, 3 марта 2025 г.\n\nСтороны обсудили поставки зерна.\n\n"
        "Поручение: Торгпредству до 25 марта представить расчёт квот.\n"
    )
    assert _has(extract(text, language="ru").follow_ups, "Торгпредству до 25 марта")


def test_resheno_in_prose_states_a_decision():
    text = (
        "Встреча в Баку\n\nБАКУ, 3 марта. Министры встретились в понедельник в Баку.\n"
        "Совместную рабочую группу по логистике решено собрать в Тбилиси осенью.\n"
    )
    assert _has(extract(text, language="ru").agreements, "решено собрать")


# --- preparation or implementation the talks were about is a subject, not a next step -----

DISCUSSED_PREPARATION = [
    (
        "de",
        "Die Ministerinnen sprachen über die Vorbereitung der Handelsmesse in Leipzig.",
    ),
    ("ru", "Министры обсудили подготовку специалистов для атомной отрасли и водную политику."),
    ("en", "The two sides discussed the implementation of the fisheries deal and port fees."),
]


@pytest.mark.parametrize(("lang", "sentence"), DISCUSSED_PREPARATION, ids=lambda v: str(v)[:20])
def test_discussed_preparation_is_no_follow_up(lang, sentence):
    heads = {
        "de": "Treffen in Rom\n\nROM, 3. März (dpa) - Die Delegationen trafen sich am Montag.\n",
        "en": "Talks in Rome\n\nROME, March 3 (AP) - The delegations met in Rome on Monday.\n",
        "ru": "Встреча в Риме\n\nРИМ, 3 марта. Делегации встретились в понедельник в Риме.\n",
    }
    meeting = extract(heads[lang] + sentence + "\n", language=lang)
    assert not _has(meeting.follow_ups, sentence[:25]), _texts(meeting.follow_ups)


def test_discussed_preparation_with_a_future_verb_stays_a_follow_up():
    text = (
        "Treffen in Rom\n\nROM, 3. März (dpa) - Die Delegationen trafen sich am Montag.\n"
        "Erörtert wurde die Vorbereitung des Gipfels, der im Mai in Neapel stattfinden soll.\n"
    )
    assert _has(extract(text, language="de").follow_ups, "Erörtert wurde die Vorbereitung")


# --- German announcements with a long object, travel onward ---------------------------------

LONG_ANNOUNCEMENTS = [
    "Die Ministerin kündigte die Eröffnung eines gemeinsamen Ausbildungszentrums für "
    "Pflegekräfte in der Hafenstadt Mombasa noch vor dem Jahreswechsel an.",
    "Nach dem Treffen reist die Delegation am Donnerstag weiter nach Daressalam.",
]


@pytest.mark.parametrize("sentence", LONG_ANNOUNCEMENTS, ids=lambda v: v[:20])
def test_long_announcements_and_onward_travel_are_follow_ups(sentence):
    text = (
        "Treffen in Nairobi\n\nNAIROBI, 3. März (dpa) - Die Delegationen trafen sich am Montag.\n"
        + sentence
        + "\n"
    )
    assert _has(extract(text, language="de").follow_ups, sentence[:30])
