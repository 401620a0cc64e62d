"""Russian classes from unseen rounds 21 and 22 (new sentences, not the reports' text)."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import agreement_texts, extract

_RECORD = (
    "СПРАВКА о беседе Посла Республики Армения в Японии с директором департамента МИД "
    "Японии\n"
    "\n"
    "Посольство Республики Армения в Японии\n"
    "г. Осака                                                              12 мая "
    "2026 г.\n"
    "\n"
    "Дата и место беседы: 11 мая 2026 г., Генеральное консульство (Умэда), "
    "11:00–12:00.\n"
    "\n"
    "1. Стороны обсудили сотрудничество в сфере образования и обмен студентами.\n"
    "\n"
    "2. Японская сторона обещала изучить предложение об открытии прямого рейса Ереван "
    "– Осака.\n"
    "\n"
    "РЕШЕНИЯ / ПРЕДЛОЖЕНИЯ:\n"
    "1. Провести семинар по вопросам высшего образования в сентябре 2026 г.\n"
    "   Срок: 30.06.2026. Отв.: советник Л. Арутюнян.\n"
    "2. Подготовить перечень вузов для программы обмена.\n"
    "   Срок: III квартал 2026 г. Отв.: Министерство образования РА.\n"
    "\n"
    "Советник                                            Л. Арутюнян\n"
)


def test_a_country_named_in_a_header_is_no_town_of_that_name():
    # "в Японии": the gazetteer knows a Japanese town under the country's Russian name
    meeting = extract(_RECORD, "2026-05-15", "ru")
    assert meeting.location is not None and meeting.location.name == "Osaka"


def test_a_heading_joining_two_labels_with_a_slash_opens_the_first_labels_section():
    meeting = extract(_RECORD, "2026-05-15", "ru")
    texts = agreement_texts(meeting)
    assert any(t.startswith("Провести семинар") for t in texts), texts
    assert any(t.startswith("Подготовить перечень") for t in texts), texts


def test_a_deadline_and_owner_line_under_an_item_belong_to_that_task():
    meeting = extract(_RECORD, "2026-05-15", "ru")
    seminar = next(f for f in meeting.follow_ups if f.text.startswith("Провести семинар"))
    assert seminar.owner == "советник Л. Арутюнян"
    assert seminar.due == dt.date(2026, 6, 30)
    listing = next(f for f in meeting.follow_ups if f.text.startswith("Подготовить перечень"))
    assert listing.owner == "Министерство образования РА"
    assert listing.due_text.startswith("III квартал 2026")
    # the detail lines are no tasks of their own
    assert not any(f.text.startswith("Срок") for f in meeting.follow_ups)


def test_a_side_promising_to_look_into_something_sets_a_next_step():
    meeting = extract(_RECORD, "2026-05-15", "ru")
    assert any("обещала изучить" in f.text for f in meeting.follow_ups), [
        f.text for f in meeting.follow_ups
    ]


_CALL = (
    "Телефонный разговор с Президентом Чили Габриэлем Боричем\n\n"
    "МОСКВА, 14 октября. Состоялся телефонный разговор Владимира Мединского с Президентом "
    "Республики Чили Габриэлем Боричем.\n\n"
    "Стороны обсудили сотрудничество в сфере горнодобывающей промышленности.\n\n"
    "Президент Чили сообщил, что в ноябре в Москву для переговоров прилетит министр "
    "иностранных дел Альберто ван Клаверен, и выразил надежду на встречу с коллегой.\n\n"
    "Российский Министр поблагодарил чилийского коллегу за приглашение.\n"
)


def test_a_person_in_a_sentence_with_a_future_verb_only_comes_later():
    # "прилетит министр …": he will arrive later, he is not on the call
    meeting = extract(_CALL, "2026-10-15", "ru")
    assert "Альберто ван Клаверен" not in [p.name for p in meeting.attendees]
    assert "Альберто ван Клаверен" in [p.name for p in meeting.mentioned]


def test_a_title_opened_by_a_countrys_adjective_names_that_countrys_one_attendee():
    meeting = extract(_CALL, "2026-10-15", "ru")
    medinsky = next(p for p in meeting.attendees if p.name == "Владимир Мединский")
    assert medinsky.role == "Minister", medinsky.role
