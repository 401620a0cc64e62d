"""Classes found on the Russian reports of unseen rounds 19 and 20.

New sentences only, not the reports' own wording: a channel post whose byline ("Посольство …
| Telegram") stands between the headline and the post's stamp, so that "накануне" counts
from the stamp and the first sentence after it is the lead.
"""

from __future__ import annotations

from tests.extract.helpers import (
    agreement_texts,
    attendee,
    extract,
    follow_up_texts,
    mentioned,
    person_names,
)

# --- a post's byline above its stamp ----------------------------------------------------------

_POST = (
    "Генконсул Узбекистана встретился с мэром Казани\n\n"
    "Генеральное консульство Республики Узбекистан в Казани | Telegram\n"
    "14 марта, 09:40\n\n"
    "Накануне Генеральный консул Республики Узбекистан в Казани Шерзод Рахимов провел в Казани "
    "встречу с мэром города Ильсуром Метшиным.\n\n"
    "Стороны обсудили сотрудничество в сфере образования и туризма.\n"
)


def test_ru_byline_above_a_posts_stamp_is_not_the_lead() -> None:
    meeting = extract(_POST, reference="2025-03-17", language="ru")
    assert str(meeting.date) == "2025-03-13"
    assert meeting.location is not None and meeting.location.name == "Kazan"
    attendee(meeting, "Шерзод Рахимов")
    attendee(meeting, "Ильсур Метшин")


# --- lists written surname first ----------------------------------------------------------------

_RECORD = (
    "ЗАПИСЬ БЕСЕДЫ\n"
    "Посла России в Латвии с государственным секретарем МИД Латвии\n\n"
    "г. Рига                                                    3 февраля 2025 г.\n\n"
    "Присутствовали: с российской стороны – Морозов Кирилл Андреевич, Посол; "
    "Белова Наталья Игоревна, заведующая сектором печати; с латвийской стороны – "
    "Берзиньш Андрис, государственный секретарь МИД.\n\n"
    "В ходе беседы К.А. Морозов поднял вопрос о консульском обслуживании граждан. "
    "А. Берзиньш обещал рассмотреть предложение.\n"
)


def test_ru_list_written_surname_first_gives_names_in_the_usual_order() -> None:
    meeting = extract(_RECORD, reference="2025-02-05", language="ru")
    assert attendee(meeting, "Кирилл Андреевич Морозов").country == "RU"
    assert attendee(meeting, "Наталья Игоревна Белова").role == "Head of Division"
    # the same list writes its names without a patronymic surname first too
    assert attendee(meeting, "Андрис Берзиньш").country == "LV"
    # "К.А. Морозов" and "А. Берзиньш" in the text are the people of the list
    assert len(meeting.attendees) == 3 and not meeting.mentioned


def test_ru_name_in_the_usual_order_whose_surname_looks_like_a_patronymic_stays() -> None:
    text = (
        "ПРОТОКОЛ\n\n"
        "Присутствовали:\n"
        "Ирина Сергеевна Карпович – советник Посольства Республики Беларусь;\n"
        "Павел Олегович Романов – первый секретарь.\n\n"
        "Обсудили вопросы культурного обмена.\n"
    )
    meeting = extract(text, reference="2025-02-05", language="ru")
    attendee(meeting, "Ирина Сергеевна Карпович")
    attendee(meeting, "Павел Олегович Романов")


# --- co-chairs, then the other participants ---------------------------------------------------

_PROTOCOL = (
    "ПРОТОКОЛ № 2\n"
    "заседания Рабочей группы по сотрудничеству в области здравоохранения\n\n"
    "г. Ереван                                                        12.06.2025\n\n"
    "Сопредседатели:\n"
    "от российской стороны – Соловьёв Игорь Николаевич, заместитель Министра здравоохранения "
    "Российской Федерации;\n"
    "от армянской стороны – Акопян Ануш Гагиковна, заместитель министра здравоохранения "
    "Республики Армения.\n\n"
    "Присутствовали:\n"
    "Петросян Арам Левонович – начальник отдела международного сотрудничества;\n"
    "Ершова Марина Павловна – советник Посольства Российской Федерации в Республике Армения.\n\n"
    "1. СЛУШАЛИ: Петросяна А.Л., Ершову М.П. – о подготовке кадров.\n"
    "ПОСТАНОВИЛИ:\n"
    "1.1. Подготовить программу стажировок врачей.\n"
)


def test_ru_co_chairs_and_the_participants_below_them_are_one_list() -> None:
    meeting = extract(_PROTOCOL, reference="2025-06-16", language="ru")
    assert attendee(meeting, "Игорь Николаевич Соловьёв").country == "RU"
    assert attendee(meeting, "Ануш Гагиковна Акопян").country == "AM"
    attendee(meeting, "Арам Левонович Петросян")
    attendee(meeting, "Марина Павловна Ершова")
    # "СЛУШАЛИ: Петросяна А.Л., Ершову М.П." names the listed people in the accusative
    assert len(meeting.attendees) == 4 and not meeting.mentioned


# --- initials written together; names in -ч, -ш, -ц in the instrumental -----------------------


def test_ru_initials_written_together_do_not_end_a_sentence() -> None:
    text = (
        "ЗАПИСЬ БЕСЕДЫ\n"
        "первого заместителя министра иностранных дел Республики Таджикистан С.Р. Рахмонова "
        "с Послом Чехии Я. Новаком\n\n"
        "г. Душанбе                                              5 мая 2025 г.\n\n"
        "Стороны обсудили подготовку визита делегации.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    names = [p.name for p in meeting.attendees + meeting.mentioned]
    assert "С. Р." not in names
    assert "С. Р. Рахмонов" in names


def test_ru_surname_in_a_hushing_consonant_loses_only_its_instrumental_ending() -> None:
    text = (
        "Встреча в МИД Сербии\n\n"
        "Министр иностранных дел Сербии встретился с Послом Венгрии Дьюлой Матолчем.\n\n"
        "Обсуждались вопросы транзита.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    assert "Дьюла Матолч" in [p.name for p in meeting.attendees + meeting.mentioned]


# --- a title's region between title and name --------------------------------------------------


def test_ru_region_after_a_title_keeps_the_title_and_names_nobody() -> None:
    text = (
        "Визит в Тюмень\n\n"
        "Генеральный консул Узбекистана Бахром Юсупов встретился с губернатором Тюменской "
        "области Александром Моором.\n\n"
        "Ранее консул посетил председателя Тюменской областной Думы Фуата Сайфитдинова, а "
        "также встретился с первым заместителем председателя Законодательного Собрания "
        "Свердловской области Виктором Шептием.\n\n"
        "В декабре Тюмень посетит аким Костанайской области Кумар Аксакалов.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    assert attendee(meeting, "Александр Моор").role == "Governor"
    assert mentioned(meeting, "Кумар Аксакалов").role.startswith("Akim")
    names = person_names(meeting)
    assert not any("Собрания" in n or "Законодательн" in n for n in names)
    assert "Виктор Шептий" in names


# --- a listed official without a state at a meeting in the host's state -----------------------


def test_ru_listed_official_without_a_state_is_of_the_host_state() -> None:
    text = (
        "ПРОТОКОЛ\n"
        "заседания Рабочей группы по сотрудничеству в области энергетики\n\n"
        "г. Баку                                                          20.10.2025\n\n"
        "Присутствовали:\n"
        "Алиев Рашад Эльчинович – начальник отдела Министерства энергетики;\n"
        "Сидоров Олег Петрович – торговый представитель Российской Федерации в Азербайджанской "
        "Республике;\n"
        "Мамедова Севиль Рауфовна – советник Посольства Азербайджанской Республики.\n\n"
        "Обсудили поставки электроэнергии.\n"
    )
    meeting = extract(text, reference="2025-10-22", language="ru")
    assert attendee(meeting, "Олег Петрович Сидоров").country == "RU"
    assert attendee(meeting, "Рашад Эльчинович Алиев").country == "AZ"


# --- a protocol's "СЛУШАЛИ", outline numbers and its plan of measures ------------------------

_MINUTES = (
    "ПРОТОКОЛ № 5\n"
    "заседания Подкомиссии по гуманитарному сотрудничеству\n\n"
    "г. Алматы                                                        03.03.2025\n\n"
    "ПОВЕСТКА ДНЯ:\n"
    "1. О ходе реализации программы молодежных обменов.\n\n"
    "1. СЛУШАЛИ: Ибраеву С.К. – о результатах решений прошлого заседания.\n"
    "ПОСТАНОВИЛИ:\n"
    "1.1. Проект программы обменов одобрен.\n"
    "1.2. Провести летнюю школу для студентов.\n\n"
    "2. ВЫСТУПИЛИ: Орлов П.Н. – о музейном сотрудничестве.\n\n"
    "План мероприятий:\n"
    "№ | Мероприятие | Ответственный | Срок\n"
    "1 | Направить список участников летней школы | Министерство науки | до 01.05.2025\n"
    "2 | Разработать программу выставок | Министерство культуры | II квартал 2025 г.\n"
)


def test_ru_heard_items_are_no_subject_and_no_decision() -> None:
    meeting = extract(_MINUTES, reference="2025-03-05", language="ru")
    assert not any("СЛУШАЛИ" in t.label or "ВЫСТУПИЛИ" in t.label for t in meeting.topics)
    assert not any("СЛУШАЛИ" in a.text or "ВЫСТУПИЛИ" in a.text for a in meeting.agreements)
    assert not any("СЛУШАЛИ" in f.text for f in meeting.follow_ups)


def test_ru_outline_numbers_of_decisions_are_no_dates() -> None:
    meeting = extract(_MINUTES, reference="2025-03-05", language="ru")
    approved = [a for a in meeting.agreements if "одобрен" in a.text]
    assert approved
    # "1.1." is the decision's number, not the first of January: an approval plans no step
    assert not any("одобрен" in f.text for f in meeting.follow_ups)


def test_ru_plan_of_measures_table_lists_next_steps_with_owner_and_due() -> None:
    meeting = extract(_MINUTES, reference="2025-03-05", language="ru")
    steps = {f.text.split(" |")[0]: f for f in meeting.follow_ups}
    step = steps["Направить список участников летней школы"]
    assert step.owner == "Министерство науки"
    assert str(step.due) == "2025-05-01"
    assert "Разработать программу выставок" in steps


def test_ru_infinitive_sentence_in_a_protocol_is_a_decision_and_a_next_step() -> None:
    text = _MINUTES + (
        "\nСледующее заседание Подкомиссии провести в г. Москве в марте 2026 года.\n\n"
        "Сопредседатель с казахстанской стороны готов принять делегацию в любое время.\n"
    )
    meeting = extract(text, reference="2025-03-05", language="ru")
    assert any("Следующее заседание" in a.text for a in meeting.agreements)
    assert any("Следующее заседание" in f.text for f in meeting.follow_ups)
    # "готов принять": the infinitive hangs on "готов", a readiness, not a directive
    assert not any("готов принять" in a.text for a in meeting.agreements)


# --- "поговорили о …", "коснулся …": what the talks were about --------------------------------


def test_ru_talked_about_names_a_subject() -> None:
    text = (
        "Переговоры в Баку\n\n"
        "Министр иностранных дел Азербайджана Джейхун Байрамов провел переговоры с министром "
        "иностранных дел Грузии Макой Бочоришвили.\n\n"
        "Министры подробно поговорили о судьбе пропавших без вести.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    assert any("пропавших" in t.label.lower() for t in meeting.topics)


# --- what is no agreement: one speaker's "подтвердил", agreements made earlier ------------------


def test_ru_one_speaker_confirming_a_fact_and_earlier_agreements_agree_nothing() -> None:
    text = (
        "Переговоры в Ашхабаде\n\n"
        "Министр иностранных дел Туркменистана Рашид Мередов провел переговоры с министром "
        "иностранных дел Ирана Аббасом Аракчи.\n\n"
        "Стороны обсудили выполнение договоренностей, достигнутых на высшем уровне.\n\n"
        "Аракчи подтвердил, что поставки газа будут возобновлены зимой.\n\n"
        "Стороны подтвердили намерение расширять транзитные перевозки. "
        "Была достигнута договоренность о создании совместной транспортной компании.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    agreed = agreement_texts(meeting)
    assert not any("выполнение договоренностей" in a for a in agreed)
    assert not any("Аракчи подтвердил" in a for a in agreed)
    assert any("Стороны подтвердили намерение" in a for a in agreed)
    assert any("достигнута договоренность" in a for a in agreed)


# --- a verb in the future tense is a next step -------------------------------------------------


def test_ru_verb_in_the_future_tense_is_a_next_step() -> None:
    text = (
        "Встреча в Кишиневе\n\n"
        "Посол Румынии Кристина Бэлан встретилась с министром экономики Молдовы Дойной Нистор.\n\n"
        "Стороны обсудили энергетические проекты.\n\n"
        "В январе румынская сторона направит проект меморандума о сотрудничестве.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    steps = follow_up_texts(meeting)
    assert any("направит проект меморандума" in s for s in steps)
    assert not any("обсудили энергетические" in s for s in steps)


# --- one person named in several forms -----------------------------------------------------------


def test_ru_full_name_in_the_accusative_and_initials_with_a_patronymic_are_one_person() -> None:
    text = (
        "ЗАПИСЬ БЕСЕДЫ\n"
        "Посла России в Чили И.П.Семенова с заместителем министра иностранных дел Чили "
        "П.Гонсалес Ровирой\n\n"
        "г. Сантьяго                                                   10.04.2026\n\n"
        "Посетил Паулу Гонсалес Ровиру, заместителя министра иностранных дел Чили. На беседе "
        "присутствовал советник Посольства Олег Мартынов.\n\n"
        "Предложения:\n"
        "– Посольству (советник О.С.Мартынов) подготовить справку – до 30 апреля 2026 г.\n"
    )
    meeting = extract(text, reference="2026-04-12", language="ru")
    names = person_names(meeting)
    assert "Паула Гонсалес Ровира" in names
    assert "Олег Мартынов" in names
    assert not any(n.startswith(("П. ", "О. ")) for n in names)


def test_ru_body_of_a_title_in_the_genitive_keeps_the_title() -> None:
    text = (
        "Встреча в Лиме\n\n"
        "На беседе присутствовали директор департамента Северной Америки МИД Перу Хорхе Кастро "
        "и первый секретарь Посольства Ирина Волкова.\n"
    )
    meeting = extract(text, reference="2026-04-12", language="ru")
    people = {p.name: p for p in meeting.attendees + meeting.mentioned}
    assert people["Хорхе Кастро"].role.startswith("Director")
    assert people["Ирина Волкова"].role == "First Secretary"


# --- a delegation "represented by"; a body between title and name ------------------------------


def test_ru_delegation_represented_by_people_makes_them_attendees_of_its_state() -> None:
    text = (
        "Переговоры в Дохе\n\n"
        "ДОХА, 3 мая. – Министр энергетики Азербайджана Парвиз Шахбазов провел переговоры с "
        "министром энергетики Катара Саадом аль-Кааби.\n\n"
        "Катарскую делегацию также представляли заместитель министра энергетики Халид "
        "Аль-Саиди и советник министра Лейла Аль-Мансури.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    assert attendee(meeting, "Халид Аль-Саиди").country == "QA"
    assert attendee(meeting, "Лейла Аль-Мансури").country == "QA"


def test_ru_body_in_the_genitive_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Встреча в Минске\n\n"
        "Генеральный директор Газпрома Алексей Миллер провел встречу с премьер-министром "
        "Беларуси Александром Турчиным.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    assert "Алексей Миллер" in person_names(meeting)


def test_ru_body_with_lower_case_words_between_title_and_name_keeps_the_title() -> None:
    text = (
        "Встреча в Государственной Думе\n\n"
        "МОСКВА, 3 мая. – Депутат Государственной Думы Ольга Тимофеева провела встречу с "
        "делегацией Вьетнама во главе с заместителем председателя Национального собрания "
        "Нгуеном Дык Хаем.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    guest = attendee(meeting, "Нгуен Дык Хай")
    assert guest.role.startswith("Deputy Chairman")
    assert guest.country == "VN"


def test_ru_decision_in_the_infinitive_is_a_task_unless_it_takes_note() -> None:
    text = (
        "ПРОТОКОЛ\n"
        "консультаций министерств иностранных дел\n\n"
        "г. Бишкек                                                        20.05.2025\n\n"
        "РЕШИЛИ:\n"
        "1. Одобрить проект плана консультаций и передать его на подпись министрам.\n"
        "2. Доклад посольства принять к сведению.\n"
    )
    meeting = extract(text, reference="2025-05-22", language="ru")
    steps = follow_up_texts(meeting)
    assert any("передать его на подпись" in s for s in steps)
    assert not any("к сведению" in s for s in steps)
    assert len(meeting.agreements) == 2


def test_ru_and_inside_a_titles_area_does_not_split_a_participants_item() -> None:
    text = (
        "ПРОТОКОЛ встречи заместителя министра иностранных дел Республики Таджикистан с Послом "
        "Королевства Марокко\n\n"
        "г. Душанбе                                                      12.02.2025\n\n"
        "Присутствовали:\n"
        "от Республики Таджикистан — заведующий отделом стран Северной Африки и Ближнего "
        "Востока Далер Саидов; третий секретарь Мехрона Шарипова (протокол);\n"
        "от Королевства Марокко — Посол Юсеф Бенали.\n\n"
        "Обсудили сотрудничество в области образования.\n"
    )
    meeting = extract(text, reference="2025-02-14", language="ru")
    assert attendee(meeting, "Далер Саидов").role.startswith("Head")
    assert "Северной" not in person_names(meeting)
    assert len(meeting.attendees) == 3


def test_ru_head_of_a_regional_government_is_no_prime_minister() -> None:
    text = (
        "Визит в Новосибирск\n\n"
        "Генеральный консул Киргизии Бакыт Осмонов провел встречу с первым заместителем "
        "председателя Правительства Новосибирской области Юрием Петуховым.\n"
    )
    meeting = extract(text, reference="2025-02-14", language="ru")
    role = attendee(meeting, "Юрий Петухов").role
    assert "Prime Minister" not in role and "Regional Government" in role


def test_ru_meat_and_dairy_are_agriculture_and_food() -> None:
    text = (
        "Встреча в Минске\n\n"
        "Посол Аргентины Карлос Перес встретился с министром сельского хозяйства Беларуси "
        "Юрием Гореловым.\n\n"
        "Посол предложил расширить поставки аргентинской говядины, а белорусская сторона — "
        "молочной продукции и сельхозтехники.\n"
    )
    meeting = extract(text, reference="2025-02-14", language="ru")
    food = [t for t in meeting.topics if t.label == "Agriculture and food"]
    assert food and {"говядины", "молочной"} <= set(food[0].keywords)


def test_ru_instruction_names_its_addressee_as_owner() -> None:
    text = (
        "ЗАПИСЬ БЕСЕДЫ\n\n"
        "г. Москва                                                        20.05.2025\n\n"
        "Обсудили подготовку визита.\n\n"
        "ПРЕДЛОЖЕНИЯ:\n"
        "1. Поручить Департаменту Азии МИД (И.В. Смирнова) подготовить программу визита – "
        "до 5 июня с.г.\n"
    )
    meeting = extract(text, reference="2025-05-22", language="ru")
    step = next(f for f in meeting.follow_ups if "программу визита" in f.text)
    assert step.owner == "Департаменту Азии МИД (И.В. Смирнова)"
    assert str(step.due) == "2025-06-05"


def test_ru_arabic_article_keeps_its_small_letter_and_the_name_its_capital() -> None:
    text = (
        "Переговоры в Дохе\n\n"
        "Министр энергетики Азербайджана Парвиз Шахбазов провел переговоры с министром "
        "энергетики Катара Саадом аль-Кааби.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    assert "Саад аль-Кааби" in person_names(meeting)


def test_ru_label_after_a_row_ending_in_a_semicolon_ends_the_list() -> None:
    text = (
        "ПРОТОКОЛ\n\n"
        "Присутствовали:\n"
        "Иванова Анна Сергеевна – советник;\n"
        "Повестка дня: визит Президента Садыра Жапарова в Москву.\n\n"
        "Обсудили подготовку визита.\n"
    )
    meeting = extract(text, reference="2025-05-22", language="ru")
    assert [p.name for p in meeting.attendees] == ["Анна Сергеевна Иванова"]
