"""Russian extraction fixes from unseen rounds 23 and 24 (sentences written for the tests)."""

from __future__ import annotations

from briefing_app.extract.morph import leading_word_in_other_case, russian_name_nominative
from tests.extract.helpers import agreement_texts, attendee, extract, topic_labels


def test_name_read_only_in_a_second_case_does_not_crash():
    # "Мань" reads only as a vocative given name: the words of the name then share no case
    # a name declines in, and the import must still go through
    assert russian_name_nominative(["Фам", "Мань", "Тиен"]) == ["Фам", "Мань", "Тиен"]
    m = extract(
        "О визите\n"
        "Ханой, 3 марта. Министр иностранных дел Кубы Бруно Родригес встретился "
        "с Председателем Правления Вьетнамской угольной корпорации Чан Мань Фыонгом.",
        "2026-03-10",
        "ru",
    )
    assert "Бруно Родригес" in [p.name for p in m.attendees]


def test_inflected_courtesy_title_between_title_and_name_keeps_the_title():
    # "Посла … в Республике Беларусь г-на …": the courtesy title in the accusative (a
    # hyphenated word) sits between the posting and the name, like "г-н" does
    m = extract(
        "О встрече с Послом Чили\n"
        "Минск, 3 марта. Министр иностранных дел Республики Беларусь Максим Рыженков "
        "принял Чрезвычайного и Полномочного Посла Чили в Республике Беларусь "
        "г-на Хорхе Сандоваля.",
        "2026-03-10",
        "ru",
    )
    assert attendee(m, "Хорхе Сандоваль").role == "Ambassador"


def test_two_letter_cyrillic_acronym_opens_no_name():
    # "председатель Комиссии АС …", "ЕС": an upper-case two-letter
    # word is a body's abbreviation; initials carry a dot
    m = extract(
        "О встрече\n"
        "Брюссель, 3 марта. Министр иностранных дел Армении Арарат Мирзоян встретился с "
        "Послом Эфиопии Марком Дюбуа. Посол сообщил, что председатель Комиссии АС Муса "
        "Факи посетит Ереван.",
        "2026-03-10",
        "ru",
    )
    names = [p.name for p in m.attendees + m.mentioned]
    assert "Муса Факи" in names
    assert not any(n.startswith("АС") for n in names)
    # "АС" is the African Union's abbreviation: the chair speaks for the Union
    assert next(p for p in m.mentioned if p.name == "Муса Факи").country == "AFU"


def test_members_of_a_delegation_qualified_by_an_adjective_are_attendees():
    # "В состав марокканской делегации вошли …": the delegation's adjective sits between
    m = extract(
        "О встрече\n"
        "Москва, 3 марта. Министр сельского хозяйства России Оксана Лут приняла делегацию "
        "Марокко во главе с министром сельского хозяйства Ахмедом Бучани. В состав "
        "марокканской делегации вошли также посол Марокко в России Лотфи Бушаара.",
        "2026-03-10",
        "ru",
    )
    assert attendee(m, "Лотфи Бушаара").country == "MA"


def test_side_named_by_a_pronoun_is_the_side_of_the_person_named_last_before():
    # "С его стороны присутствовал …": the pronoun points back to the counterpart named
    # last in the sentence before, whose country the new participant shares
    m = extract(
        "Запись беседы\n"
        "Посольство России в Кении\n"
        "Вчера мы (Посол Дмитрий Максимычев, первый секретарь Олег Рябов) были приняты "
        "в Министерстве иностранных дел Кении главным секретарем МИД Кении г-ном "
        "Корир Синг'Оеи. С его стороны присутствовал директор департамента Европы "
        "г-н Питер Мутуку.",
        "2026-03-10",
        "ru",
    )
    assert attendee(m, "Питер Мутуку").country == "KE"


def test_portfolio_continued_after_a_comma_stays_in_the_title():
    # "Министр иностранных дел, по делам … за рубежом": a second portfolio after a comma
    m = extract(
        "О переговорах\n"
        "Ереван, 3 марта. Министр иностранных дел Армении Арарат Мирзоян провел переговоры "
        "с Министром иностранных дел, по делам сотрудничества и марокканцев за рубежом "
        "Насером Буритой.",
        "2026-03-10",
        "ru",
    )
    person = attendee(m, "Насер Бурита")
    assert person.role == "Foreign Minister"


def test_capitalised_body_words_after_a_title_are_no_name():
    # "Председателем Управления … канала": capitalised dictionary
    # words in the genitive name the body the title belongs to, never a person
    m = extract(
        "О переговорах\n"
        "Панама, 3 марта. Министр иностранных дел Армении Арарат Мирзоян встретился "
        "с Председателем Управления Панамского канала Рикаурте Васкесом.",
        "2026-03-10",
        "ru",
    )
    names = [p.name for p in m.attendees + m.mentioned]
    assert not any(n.startswith("Управлени") for n in names), names


def test_person_met_in_another_part_of_the_day_is_only_mentioned():
    # a day's programme: the talks are the subject; "Вечером …" opens another item
    m = extract(
        "Итоги визита Министра иностранных дел Армении в Индию\n"
        "Нью-Дели, 3 марта. Министр иностранных дел Армении Арарат Мирзоян провел "
        "переговоры с Министром иностранных дел Индии Субраманьямом Джайшанкаром.\n"
        "Стороны обсудили развитие транспортных коридоров.\n"
        "Вечером А. Мирзоян встретился с Председателем Федерации индийских торгово-"
        "промышленных палат Анантом Гоенкой.",
        "2026-03-10",
        "ru",
    )
    attendees = [p.name for p in m.attendees]
    assert "Субраманьям Джайшанкар" in attendees
    assert not any(n.startswith("Анант") for n in attendees), attendees
    assert any(p.name.startswith("Анант") for p in m.mentioned)


def test_portfolio_about_relations_with_countries_continues_the_title():
    # "… по связям с Евросоюзом и странами Балтии": the portfolio's countries are its
    # subject; the person speaks for the delegation's country
    m = extract(
        "О встрече\n"
        "Ереван, 3 марта. Министр экономики Армении Геворг Папоян принял делегацию "
        "Торговой палаты Бразилии во главе с ее президентом Жоаном Силвой. В состав "
        "бразильской делегации вошли также вице-президент палаты по связям с Арменией "
        "Мариана Кошта и посол Бразилии в Армении Педру Алвис.",
        "2026-03-10",
        "ru",
    )
    person = attendee(m, "Мариана Кошта")
    assert person.country == "BR"
    assert attendee(m, "Педру Алвис").country == "BR"


def test_invitation_to_take_part_is_a_follow_up_and_agreeing_to_hold_is_an_agreement():
    m = extract(
        "О встрече\n"
        "Ереван, 3 марта. Министр экономики Армении Геворг Папоян принял Посла Чили "
        "Хорхе Сандоваля.\n"
        "Посол пригласил армянскую сторону принять участие в горнодобывающей выставке "
        "в Сантьяго.\n"
        "Стороны согласились провести заседание рабочей группы по горному делу в "
        "Ереване осенью.",
        "2026-03-10",
        "ru",
    )
    follow_ups = " ".join(f.text for f in m.follow_ups)
    assert "принять участие в горнодобывающей выставке" in follow_ups
    assert "рабочей группы" in follow_ups
    assert any("согласились провести" in a.text for a in m.agreements)


def test_a_decision_still_to_be_taken_is_no_agreement():
    m = extract(
        "О встрече\n"
        "Ереван, 3 марта. Министр экономики Армении Геворг Папоян принял Посла Чили "
        "Хорхе Сандоваля.\n"
        "Посол сообщил, что решение об открытии торгового представительства будет "
        "принято весной.",
        "2026-03-10",
        "ru",
    )
    assert not any("представительства" in a.text for a in m.agreements)


def test_training_of_people_is_no_preparation_of_a_follow_up():
    # "подготовка специалистов" is training, not the preparation of something to come
    m = extract(
        "О встрече\n"
        "Ереван, 3 марта. Министр здравоохранения Армении Анаит Аванесян приняла Посла "
        "Кубы Хуана Переса.\n"
        "Посол выразил заинтересованность в продолжении подготовки кубинских врачей в "
        "армянских клиниках.\n"
        "Стороны договорились о подготовке визита кубинской делегации в апреле.",
        "2026-03-10",
        "ru",
    )
    follow_ups = " ".join(f.text for f in m.follow_ups)
    assert "врачей" not in follow_ups


def test_word_outside_the_case_the_name_shares_belongs_to_the_title():
    # "ректором Аль-Мустансирии Халидом Абдуллой": the words of one name share a case; the
    # genitive before the instrumental name names the body the title belongs to
    m = extract(
        "О встрече\n"
        "Багдад, 3 марта. Министр образования Армении Жанна Андреасян встретилась с "
        "ректором Аль-Мустансирии Халидом Абдуллой.",
        "2026-03-10",
        "ru",
    )
    names = [p.name for p in m.attendees + m.mentioned]
    assert "Халид Абдулла" in names, names
    # names whose words agree keep every word
    assert not leading_word_in_other_case(["Абдель", "Фаттахом", "ас-Сиси"])
    assert not leading_word_in_other_case(["Мохаммедом", "бин", "Салманом"])


def test_cue_word_inside_a_quoted_motto_makes_no_agreement():
    # «…» around a few words: a programme's name or a motto; quoted speech still counts
    m = extract(
        "О встрече\n"
        "Ереван, 3 марта. Министр экономики Армении Геворг Папоян принял Посла Чили "
        "Хорхе Сандоваля.\n"
        "Посол подтвердил приверженность Чили инициативе «Решения для малых экономик».\n"
        "«Мы договорились, что до конца мая министерства согласуют план действий», – "
        "сообщил Г. Папоян.",
        "2026-03-10",
        "ru",
    )
    texts = agreement_texts(m)
    assert not any("малых экономик" in t for t in texts), texts
    assert any("план действий" in t for t in texts), texts


def test_legal_form_and_country_abbreviation_are_no_topics():
    # "АО «…»" is a company's legal form; "ДР Конго" is a country
    m = extract(
        "О встрече\n"
        "Ереван, 3 марта. Министр экономики Армении Геворг Папоян принял Посла Анголы "
        "Жозе Мануэла.\n"
        "Стороны обсудили положение в ДР Конго и перспективы сотрудничества в области "
        "горнодобывающей промышленности.\n"
        "Поручить АО «Армянский фонд развития» подготовить обзор совместных проектов "
        "в горнодобывающей отрасли.",
        "2026-03-10",
        "ru",
    )
    labels = topic_labels(m)
    assert "АО" not in labels and "ДР" not in labels, labels


def test_request_to_consider_is_a_follow_up():
    # a request to consider something leaves an answer owed
    m = extract(
        "О встрече\n"
        "Ереван, 3 марта. Министр экономики Армении Геворг Папоян принял Посла Чили "
        "Хорхе Сандоваля.\n"
        "Посол попросил армянскую сторону рассмотреть снижение пошлин на чилийские фрукты.",
        "2026-03-10",
        "ru",
    )
    assert any("пошлин" in f.text for f in m.follow_ups)
