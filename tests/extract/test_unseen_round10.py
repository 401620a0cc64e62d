"""Classes of error found on round 10 of unseen reports (tests/extract/reports_unseen10).

New sentences only, not the reports' own wording: side-labelled lists without a
"Participants:" heading, one-word names after a title, parliaments taken for names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.extract.scoring import evaluate, load_corpus
from tests.extract.helpers import attendee, by_name, extract

# --- "For us:" / "С нашей стороны:" lists without a participants heading ------------------

SIDE_LISTS = [
    (
        "en",
        "From: British Embassy Hanoi\nSubject: Meeting with the Deputy Prime Minister\n\n"
        "Readout of today's meeting in Hanoi.\n\n"
        "Our side: Ambassador Iain Frew, First Secretary Laura Bell\n"
        "Their side: Deputy Prime Minister Bui Thanh Son, Director Nguyen Minh Hang\n\n"
        "- The Deputy Prime Minister raised rice exports.\n",
        {"Iain Frew": "GB", "Laura Bell": "GB", "Bui Thanh Son": "VN", "Nguyen Minh Hang": "VN"},
    ),
    (
        "de",
        "Von: Botschaft Riga, Referat 203\nBetreff: Gespräch in Riga\n\n"
        "Kurz zum heutigen Gespräch im Außenministerium in Riga:\n\n"
        "Auf unserer Seite: Botschafter Stefan Faber, Referentin Lena Vogt\n"
        "Auf lettischer Seite: Staatssekretär Andris Pelšs, Abgeordnete Inese Lībiņa\n\n"
        "– Die lettische Seite sprach die Energieversorgung an.\n",
        {"Stefan Faber": "DE", "Lena Vogt": "DE", "Andris Pelšs": "LV", "Inese Lībiņa": "LV"},
    ),
    (
        "ru",
        "ЗАПИСЬ БЕСЕДЫ\n\nг. Минск, 3 марта 2025 г.\n\n"
        "С нашей стороны: Посол России в Белоруссии Борис Грызлов, советник Иван Орлов.\n"
        "С белорусской стороны: министр образования Андрей Иванец, ректор Андрей Кузьмич.\n\n"
        "Стороны обсудили обмен студентами между Россией и Белоруссией.\n",
        {"Борис Грызлов": "RU", "Иван Орлов": "RU", "Андрей Иванец": "BY", "Андрей Кузьмич": "BY"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SIDE_LISTS, ids=lambda v: str(v)[:12])
def test_side_labelled_rows_list_attendees_with_their_side(lang, text, expected):
    meeting = extract(text, language=lang)
    found = {p.name: p.country for p in meeting.attendees}
    for name, country in expected.items():
        assert found.get(name) == country, (name, found)
    assert not meeting.mentioned


def test_a_name_before_its_title_after_a_comma_stays_one_item():
    text = (
        "Compte rendu\n\nCôté français : Lucie Marchand, directrice d'Asie ; Paul Roy, "
        "rédacteur\nCôté vietnamien : Pham Thu Hang, porte-parole\n\nLes deux parties ont "
        "évoqué le commerce.\n"
    )
    meeting = extract(text, language="fr")
    assert {p.name for p in meeting.attendees} == {"Lucie Marchand", "Paul Roy", "Pham Thu Hang"}
    assert attendee(meeting, "Lucie Marchand").role.startswith("Director")


# --- one-word names after a title --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Timor-Leste and Mongolia hold talks\n\n"
            "DILI, June 3 - Timorese President Ramos-Horta received Mongolian Prime Minister "
            "Zandanshatar in Dili on Monday. Zandanshatar thanked his host for the welcome.",
            "Zandanshatar",
        ),
        (
            "ru",
            "Переговоры в Джакарте\n\n"
            "ДЖАКАРТА, 3 июня. Министр обороны России Андрей Белоусов провёл переговоры с "
            "министром обороны Индонезии Сафриано в Джакарте.",
            "Сафриано",
        ),
        (
            "ru",
            "Переговоры в Улан-Баторе\n\n"
            "УЛАН-БАТОР, 3 июня. Министр обороны России Андрей Белоусов провёл переговоры с "
            "министром обороны Сайханбаяром в Улан-Баторе.",
            "Сайханбаяр",
        ),
    ],
)
def test_one_word_name_after_a_title_is_an_attendee(lang, text, name):
    meeting = extract(text, reference="2025-06-05", language=lang)
    attendee(meeting, name)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "PARIS, 3 juin – La ministre chargée du Commerce extérieur, Sophie Primas, a reçu "
            "le ministre chilien du Commerce extérieur, Alberto van Klaveren.",
        ),
        (
            "ru",
            "МОСКВА, 3 июня. Председатель Государственной думы Вячеслав Володин провёл встречу "
            "с председателем Национального собрания Армении Аленом Симоняном.",
        ),
        (
            "en",
            "LONDON, June 3 - Ambassador Extraordinary and Plenipotentiary of Chile Susana "
            "Herrera presented her credentials to Foreign Secretary David Lammy.",
        ),
    ],
)
def test_office_words_after_a_title_are_not_one_word_names(lang, text):
    meeting = extract(text, reference="2025-06-05", language=lang)
    for person in meeting.attendees + meeting.mentioned:
        assert len(person.name.split()) >= 2, person.name


# --- parliaments and embassies are not names ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Gesprächsvermerk\n\nTeilnehmer:\nUkraine: Abgeordneter der Werchowna Rada Mykola "
            "Kowal; Botschafter Oleksii Makeiev\nBMZ: Referatsleiter 112 Tim Busch\n\n"
            "1. Herr Kowal berichtete über den Wiederaufbau.\n",
            "Mykola Kowal",
        ),
        (
            "ru",
            "ЗАПИСЬ БЕСЕДЫ\n\nПрисутствовали:\nс казахстанской стороны: депутат Мажилиса "
            "Айгуль Нурланова;\nс российской стороны: советник Посольства Олег Ветров.\n\n"
            "Обсуждались вопросы образования.\n",
            "Олег Ветров",
        ),
    ],
)
def test_parliament_or_embassy_before_a_name_is_not_part_of_it(lang, text, name):
    meeting = extract(text, language=lang)
    names = [p.name for p in meeting.attendees]
    assert name in names, names


# --- the round itself ---------------------------------------------------------------------


def test_round_10_people_floors():
    items = load_corpus(Path(__file__).parent / "reports_unseen10")
    assert len(items) == 12
    scores = evaluate(items).overall()
    assert scores["attendees"].f1 >= 0.85
    assert scores["attendee_countries"].accuracy >= 0.85
    assert scores["countries"].f1 >= 0.9


# --- de/fr/ru titles keep their portfolio -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "de",
            "Gespräch in Bonn\n\nBonn, 4. Juni – Die estnische Ministerin für Bildung und "
            "Forschung, Kristina Kallas, ist am Mittwoch in Bonn mit dem Staatssekretär Jan "
            "Keller zusammengetroffen.",
            "Kristina Kallas",
            "Minister of Education and Research",
        ),
        (
            "fr",
            "Entretien à Rabat\n\nRABAT, 4 juin – Le ministre marocain de la Santé et de la "
            "Protection sociale, Amine Tahraoui, a reçu mercredi à Rabat la ministre française "
            "de la Culture, Rachida Dati.",
            "Rachida Dati",
            "Minister of Culture",
        ),
        (
            "ru",
            "Встреча в Ереване\n\nЕРЕВАН, 4 июня. Министр экономики Армении Геворг Папоян "
            "провёл в Ереване переговоры с министром промышленности и торговли России Антоном "
            "Алихановым.",
            "Антон Алиханов",
            "Minister of Industry and Trade",
        ),
    ],
)
def test_minister_keeps_the_portfolio_in_english(lang, text, name, role):
    meeting = extract(text, reference="2025-06-06", language=lang)
    person = attendee(meeting, name)
    assert person.role == role


def test_unknown_portfolio_is_kept_as_written_and_ends_the_title():
    text = (
        "Gespräch in Kiew\n\nKiew, 4. Juni – Der Staatssekretär Jan Keller ist am Mittwoch in "
        "Kiew mit der ukrainischen Ministerin für Veteranenpolitik Natalija Kalmykowa "
        "zusammengetroffen."
    )
    meeting = extract(text, reference="2025-06-06", language="de")
    person = attendee(meeting, "Natalija Kalmykowa")
    assert person.role == "Ministerin für Veteranenpolitik"


# --- companions, parliaments' officers, hyphenated titles -------------------------------------


def test_companions_take_the_country_of_the_principal_they_came_with():
    text = (
        "Talks in Manila\n\nMANILA, June 4 - Philippine President Ferdinand Marcos received "
        "New Zealand Prime Minister Christopher Luxon in Manila on Wednesday.\n"
        "Marcos was accompanied by Trade Secretary Cristina Roque, while Luxon was joined by "
        "Trade Minister Todd McClay."
    )
    meeting = extract(text, reference="2025-06-06", language="en")
    assert attendee(meeting, "Cristina Roque").country == "PH"
    assert attendee(meeting, "Todd McClay").country == "NZ"


def test_speaker_of_a_parliament_takes_the_office_and_its_country():
    text = (
        "Встреча в Москве\n\nМОСКВА, 4 июня. Председатель Совета Федерации Валентина "
        "Матвиенко провела в Москве переговоры с председателем Мажилиса Парламента "
        "Казахстана Ерланом Кошановым."
    )
    meeting = extract(text, reference="2025-06-06", language="ru")
    matvienko = attendee(meeting, "Валентина Матвиенко")
    assert matvienko.role == "Chairman of the Federation Council"
    assert matvienko.country == "RU"
    koshanov = attendee(meeting, "Ерлан Кошанов")
    assert koshanov.country == "KZ"


def test_hyphenated_title_is_not_part_of_the_name():
    text = (
        "Visit to Wellington\n\nWELLINGTON, June 4 - Prime Minister Christopher Luxon received "
        "Fijian Prime Minister Sitiveni Rabuka on Wednesday.\n"
        "Rabuka also called on Governor-General Cindy Kiro on Thursday."
    )
    meeting = extract(text, reference="2025-06-06", language="en")
    kiro = by_name(meeting.attendees + meeting.mentioned, "Cindy Kiro")
    assert kiro is not None and kiro.role == "Governor-General"


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "fr",
            "Entretien à Rabat\n\nRABAT, 4 juin – Le ministre Omar Hilale a reçu mercredi à Rabat "
            "le ministre malien Abdoulaye Diop.\nL'ambassadeur du Mali au Maroc, El Hadji Ousmane "
            "Traoré, assistait à l'entretien.",
            "El Hadji Ousmane Traoré",
            "ML",
        ),
        (
            "en",
            "Talks in Canberra\n\nCANBERRA, June 4 - Foreign Minister Penny Wong met Fijian "
            "Foreign Minister Sitiveni Rabuka on Wednesday.\nThe Ambassador of Fiji to Australia, "
            "Luke Daunivalu, also took part in the talks.",
            "Luke Daunivalu",
            "FJ",
        ),
    ],
)
def test_envoy_with_posting_before_the_name_is_an_attendee(lang, text, name, country):
    meeting = extract(text, reference="2025-06-06", language=lang)
    person = attendee(meeting, name)
    assert person.role == "Ambassador" or person.role.startswith("Ambassador")
    assert person.country == country


def test_surname_that_is_a_common_word_ends_a_listed_name():
    text = (
        "Record of meeting\n\nPresent:\nUK: Minister of State Hamish North, Ambassador Jane "
        "Good\nKenya: Cabinet Secretary Musalia Mudavadi\n\n1. Trade was discussed.\n"
    )
    meeting = extract(text, language="en")
    names = {p.name for p in meeting.attendees}
    assert {"Hamish North", "Jane Good", "Musalia Mudavadi"} <= names


# --- where internal records put the place -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        (
            "de",
            "Ergebnisvermerk\n\nGespräch StS'in mit dem Vizeminister für Wirtschaft Litauens\n"
            "Ort/Datum: BMWK Berlin, 02.06.2025\n\nTeilnehmende:\nBMWK: StS'in Anja Hajduk\n"
            "Litauen: Vizeminister Karolis Žemaitis\n\n1. Energie wurde besprochen.\n",
            "Berlin",
        ),
        (
            "ru",
            "ЗАПИСЬ БЕСЕДЫ\n\nпервого заместителя Министра иностранных дел Российской Федерации "
            "В.В.Титова с заместителем Министра иностранных дел Республики Армения "
            "В.Н.Копояном по вопросам консульского сотрудничества\n\nг. Ереван, 2 июня 2025 г.\n\n"
            "Обсуждались консульские вопросы.\n",
            "Yerevan",
        ),
    ],
)
def test_record_header_gives_the_place_after_a_long_subject_line(lang, text, city):
    meeting = extract(text, reference="2025-06-06", language=lang)
    assert meeting.location is not None and meeting.location.name == city


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "fr",
            "Compte rendu\n\nÉtaient présents :\nCôté français : Marc Dupont, sous-directeur "
            "d'Europe orientale\nCôté polonais : Małgorzata Kidawa-Błońska, présidente du Sénat"
            "\n\n1. L'élargissement a été évoqué.\n",
            "Małgorzata Kidawa-Błońska",
            "Chairman of the Senate",
        ),
        (
            "de",
            "Gesprächsvermerk\n\nTeilnehmer:\nDeutsche Seite: Referatsleiter 205 Tim Busch\n"
            "Ukrainische Seite: Abgeordneter der Werchowna Rada Oleksij Hontscharenko\n\n"
            "1. Wiederaufbau wurde erörtert.\n",
            "Oleksij Hontscharenko",
            "Member of the Verkhovna Rada",
        ),
        (
            "fr",
            "Entretien à Alger\n\nALGER, 4 juin – Le ministre de l'Intérieur, des Collectivités "
            "locales et des Transports, Brahim Merad, a reçu mercredi à Alger l'ambassadeur de "
            "France, Stéphane Romatet.",
            "Brahim Merad",
            "Minister of the Interior, Local Authorities and Transport",
        ),
    ],
)
def test_parliament_offices_and_long_portfolios(lang, text, name, role):
    meeting = extract(text, reference="2025-06-06", language=lang)
    person = attendee(meeting, name)
    assert person.role == role


def test_mail_header_lines_are_not_the_lead():
    text = (
        "De : Ambassade de France au Vietnam\nEnvoyé : mardi 3 juin 2025 17:02\n"
        "À : Direction d'Asie\nObjet : Compte rendu d'entretien\n\n"
        "Voici le compte rendu de l'entretien de ce jour avec le vice-ministre Do Hung Viet "
        "à Hanoï.\n\n1. Le commerce a été évoqué.\n"
    )
    meeting = extract(text, reference="2025-06-05", language="fr")
    assert meeting.location is not None and meeting.location.name == "Hanoi"


# --- found on round 13 ---------------------------------------------------------------------


def test_one_word_name_in_a_list_of_titled_people():
    text = (
        "Talks in Dili\n\nDILI, June 4 - President José Ramos-Horta received the Foreign "
        "Minister of Indonesia Sugiono on Wednesday.\nDefence Minister Donaciano and the "
        "Ambassador of Indonesia to Timor-Leste, Okto Dorinus Manik, also attended."
    )
    meeting = extract(text, reference="2025-06-06", language="en")
    attendee(meeting, "Donaciano")
    manik = attendee(meeting, "Okto Dorinus Manik")
    assert manik.role.startswith("Ambassador")


def test_side_phrase_opening_a_sentence_gives_the_country():
    text = (
        "Переговоры в Минске\n\nМИНСК, 4 июня. /ТАСС/. Премьер-министр Белоруссии Александр "
        "Турчин в среду провёл в Минске переговоры с премьер-министром Казахстана Олжасом "
        "Бектеновым.\nС казахстанской стороны во встрече участвовал министр энергетики "
        "Ерлан Аккенженов."
    )
    meeting = extract(text, reference="2025-06-06", language="ru")
    person = attendee(meeting, "Ерлан Аккенженов")
    assert person.country == "KZ"


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "fr",
            "Entretien à Paris\n\nPARIS, 4 juin – Le ministre Jean Roux a reçu mercredi à Paris "
            "le ministre malien Ali Sow.\nLa ministre déléguée chargée du Tourisme et des "
            "Français de l'étranger, Claire Petit, a participé à l'entretien.",
            "Claire Petit",
            "Minister Delegate for Tourism and French Nationals Abroad",
        ),
        (
            "de",
            "Vermerk\n\nTeilnehmer:\nDeutsche Seite: Botschafter Jan Keller\nVietnamesische "
            "Seite: Vizeminister Do Hung Viet, Generaldirektorin Le Thi Thu Hang\n\n"
            "1. Handel wurde besprochen.\n",
            "Le Thi Thu Hang",
            "Director-General",
        ),
    ],
)
def test_more_titles(lang, text, name, role):
    meeting = extract(text, reference="2025-06-06", language=lang)
    person = attendee(meeting, name)
    assert person.role == role
