"""Classes found on round 18 of unseen reports (tests/extract/reports_unseen18).

New sentences only, not the reports' own wording: a date line that names the conversation
("Дата и место встречи:", "Date and place of the meeting:", "Datum und Ort des Gesprächs:")
beating the day the record was written, a Russian record's closing "Предложения:" list (the
embassy's proposed next steps) and its "Договорённости:" heading, a visit made "по
предварительной договорённости" (by prior arrangement), which agrees nothing, German nouns
in -s ("Haus", "Palais") taken for a small town's genitive, country abbreviations (VAE, dt.,
UAE, EAU), Russian country names in oblique cases ("в Новой Зеландии") or in -й ("Парагвай")
glued to the name after them, and a record's opening verb ("Посетил …") read as a name.
"""

from __future__ import annotations

from tests.extract.helpers import agreement_texts, extract, follow_up_texts, person_names

# --- a date line naming the conversation -------------------------------------------------

_RU_RECORD = (
    "ЗАПИСЬ БЕСЕДЫ\n"
    "Временного поверенного в делах России в Эквадоре И.П.Соколова "
    "с вице-министром внешней торговли Эквадора Л.Морено\n\n"
    "Посольство Российской Федерации в Республике Эквадор\n"
    "г. Кито                                                   24.03.2025\n\n"
    "Дата и место встречи: 20.03.2025, Министерство внешней торговли Эквадора\n\n"
    "Встретился по предварительной договорённости с вице-министром Лусией Морено. "
    "Обсудили поставки бананов и цветов на российский рынок.\n\n"
    "Договорённости:\n"
    "1. Провести заседание рабочей группы по торговле в Кито в июне 2025 г.\n\n"
    "Предложения:\n"
    "– Торгпредству подготовить справку о фитосанитарных требованиях – до 15 апреля 2025 г.;\n"
    "– согласовать с Минсельхозом России состав делегации – в двухнедельный срок.\n"
)


def test_ru_date_line_naming_the_meeting_beats_the_day_the_record_was_written() -> None:
    meeting = extract(_RU_RECORD, reference="2025-03-26", language="ru")
    assert str(meeting.date) == "2025-03-20"


def test_en_date_line_naming_the_meeting_beats_the_day_the_note_was_written() -> None:
    text = (
        "NOTE FOR THE FILE\n\n"
        "Embassy of Ireland, Nairobi                              9 October 2025\n\n"
        "Date and place of the meeting: 7 October 2025, State House, Nairobi\n\n"
        "The Ambassador called on the Cabinet Secretary for Trade, Amina Wanjiru, "
        "to discuss tea exports.\n"
    )
    meeting = extract(text, reference="2025-10-10", language="en")
    assert str(meeting.date) == "2025-10-07"


def test_de_date_line_naming_the_talk_beats_the_day_the_report_was_written() -> None:
    text = (
        "GESPRÄCHSVERMERK\n\n"
        "Botschaft Lima                                            03.06.2025\n\n"
        "Datum und Ort des Gesprächs: 30.05.2025, Außenministerium Peru\n\n"
        "Botschafterin Keller traf Vizeminister Raúl Quispe zu Fragen des Bergbaus.\n"
    )
    meeting = extract(text, reference="2025-06-04", language="de")
    assert str(meeting.date) == "2025-05-30"


# --- "Предложения:" and "Договорённости:" sections ---------------------------------------


def test_ru_proposals_section_lists_follow_ups() -> None:
    meeting = extract(_RU_RECORD, reference="2025-03-26", language="ru")
    texts = follow_up_texts(meeting)
    assert any("фитосанитарных" in t for t in texts), texts
    assert any("состав делегации" in t for t in texts), texts
    due = next(f for f in meeting.follow_ups if "фитосанитарных" in f.text).due
    assert str(due) == "2025-04-15"


def test_ru_agreements_heading_lists_agreements() -> None:
    meeting = extract(_RU_RECORD, reference="2025-03-26", language="ru")
    texts = agreement_texts(meeting)
    assert any("рабочей группы" in t for t in texts), texts


# --- "by prior arrangement" agrees nothing --------------------------------------------------


def test_ru_visit_by_prior_arrangement_is_no_agreement() -> None:
    meeting = extract(_RU_RECORD, reference="2025-03-26", language="ru")
    texts = agreement_texts(meeting)
    assert not any("предварительной" in t for t in texts), texts


# --- a German noun ending in -s is no small town's genitive ---------------------------------


def test_de_noun_ending_in_s_is_no_genitive_of_a_small_town() -> None:
    text = (
        "Schweiz und Chile wollen Handel ausbauen\n\n"
        "Bern, 3. März (SDA) – Bundesrätin Anna Keller hat am Montag ihren chilenischen "
        "Amtskollegen Pablo Rojas im Haus der Kantone empfangen. Beide Seiten hielten "
        "Kurs auf ein modernisiertes Freihandelsabkommen.\n"
    )
    meeting = extract(text, reference="2025-03-05", language="de")
    assert meeting.location is not None and meeting.location.name == "Bern", meeting.location


def test_de_genitive_of_a_capital_still_names_the_city() -> None:
    text = (
        "Kasachstan wirbt um Investoren\n\n"
        "Berlin, 3. März (dpa) – Staatssekretär Jonas Brandt hat am Montag Vizeminister "
        "Arman Serikow empfangen. Serikow warb für Astanas neue Sonderwirtschaftszone.\n"
    )
    assert "Astana" in {c.name for c in _cities(text)}


def _cities(text: str):
    from briefing_app.extract.gazetteer import cities_in

    return [city for _, _, city in cities_in(text, "de")]


# --- common abbreviations of a country's name --------------------------------------------


def _codes(meeting) -> set[str]:
    return set(meeting.countries)


def test_de_vae_and_dt_abbreviations_name_their_countries() -> None:
    text = (
        "Vermerk\n\n"
        "Betr.: Gespräch mit den VAE über Meerwasserentsalzung am 12.05.2025\n\n"
        "Teilnehmer: auf dt. Seite MinDir Ulrike Sommer; "
        "auf VAE-Seite Botschafter Hamad Al Nuaimi.\n"
        "Die VAE boten Beteiligung an einer Pilotanlage an.\n"
    )
    meeting = extract(text, reference="2025-05-14", language="de")
    assert {"AE", "DE"} <= _codes(meeting), meeting.countries


def test_en_uae_and_fr_eau_abbreviations_name_the_emirates() -> None:
    en = extract(
        "Readout\n\nThe Minister met the UAE Minister of State Saeed Al Kaabi on 3 May 2025 "
        "to discuss desalination.\n",
        reference="2025-05-05",
        language="en",
    )
    fr = extract(
        "Compte rendu\n\nLe ministre a reçu le 3 mai 2025 le ministre d'État des EAU, "
        "Saeed Al Kaabi, pour évoquer le dessalement.\n",
        reference="2025-05-05",
        language="fr",
    )
    assert "AE" in _codes(en), en.countries
    assert "AE" in _codes(fr), fr.countries


# --- a Russian two-word country name in an oblique case ----------------------------------


def test_ru_two_word_country_in_an_oblique_case_is_no_part_of_the_name() -> None:
    text = (
        "Беларусь и Новая Зеландия обсудили торговлю молочной продукцией\n\n"
        "ВЕЛЛИНГТОН, 4 марта. БЕЛТА – Министр сельского хозяйства Беларуси Олег Ковалевич "
        "провёл переговоры с министром торговли Новой Зеландии Томом Маклеодом. "
        "Во встрече участвовал Посол Беларуси в Новой Зеландии Ольга Громова.\n"
    )
    meeting = extract(text, reference="2025-03-05", language="ru")
    names = person_names(meeting)
    assert not any(n.startswith("Зеландии") for n in names), names
    assert "NZ" in meeting.countries, meeting.countries


# --- a record's "Посетил X" names the interlocutor ------------------------------------------


def test_ru_record_visited_interlocutor_is_an_attendee() -> None:
    text = (
        "ЗАПИСЬ БЕСЕДЫ\n"
        "Посла России в Боливии С.В.Орлова с министром энергетики Боливии Х.Вакой\n\n"
        "Посольство Российской Федерации в Многонациональном Государстве Боливия\n"
        "г. Ла-Пас                                                  11.04.2025\n\n"
        "Посетил министра энергетики Боливии Хорхе Ваку. На беседе присутствовал "
        "советник Посольства Павел Дёмин.\n\n"
        "Обсудили добычу лития и строительство центра ядерных исследований.\n"
    )
    meeting = extract(text, reference="2025-04-12", language="ru")
    assert not [p.name for p in meeting.mentioned if "Вак" in p.name], meeting.mentioned
    assert any("Вак" in p.name for p in meeting.attendees), meeting.attendees


# --- a Russian country name ending in -й in the nominative --------------------------------


def test_ru_country_name_in_y_short_is_found_in_the_nominative() -> None:
    text = (
        "Россия и Парагвай обсудили поставки зерна\n\n"
        "АСУНСЬОН, 6 мая. ТАСС – Посол России Олег Бутов провёл встречу с министром "
        "сельского хозяйства Республики Парагвай Карлосом Хименесом.\n"
    )
    meeting = extract(text, reference="2025-05-07", language="ru")
    names = person_names(meeting)
    assert not any(n.startswith("Парагвай") for n in names), names
    assert "PY" in meeting.countries, meeting.countries


# --- a record's opening verb and a four-letter surname in another case ---------------------


def test_ru_record_opening_verb_and_short_surname_in_another_case_are_one_attendee() -> None:
    text = (
        "ЗАПИСЬ БЕСЕДЫ\n"
        "Посла России в Парагвае О.Н.Бутова с заместителем министра иностранных дел "
        "Парагвая Л.Ларой\n\n"
        "г. Асунсьон                                                 16.05.2025\n\n"
        "Посетил Луиса Лару, заместителя министра иностранных дел Парагвая. "
        "Обсудили поставки сои и зерна.\n"
    )
    meeting = extract(text, reference="2025-05-17", language="ru")
    people = person_names(meeting)
    assert not [n for n in people if n.startswith("Посетил")], people
    assert len([n for n in people if "Лар" in n]) == 1, people
    assert any("Лар" in p.name for p in meeting.attendees), people
