"""Classes found on round 17 of unseen reports (tests/extract/reports_unseen17).

New sentences only, not the reports' own wording: a protocol's numbered participant rows
("1. Name – role;") under a side heading on a line of its own, a "Date and time:" line
beating the day the record was written, a record whose subject line names a video
conference (no place), titles that run into the name ("Minister für Handel und
Wirtschaft …", "Ständiger Sekretär …", "Minister of State for Fisheries …"), companions of
a guest named by a country adjective, a side sentence beating a country inside a title,
lexicon gaps (Swiss titles, head of delegation, PM/BK, Cabo Verdean), and an agenda opened
by "Обсуждались:" that an unnumbered line ends.
"""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

# --- numbered "Name – role;" rows under "от … стороны:" headings ---------------------------

_RU_PROTOCOL = (
    "ПРОТОКОЛ БЕСЕДЫ\n\n"
    "Министерство иностранных дел Кыргызской Республики\n\n"
    "г. Бишкек                                         21.05.2025\n\n"
    "Тема: консультации по вопросам водопользования\n"
    "Дата и время: 19.05.2025, 10:00–11:30\n"
    "Место: МИД Кыргызской Республики\n\n"
    "Присутствовали:\n"
    "от киргизской стороны:\n"
    "1. Нурлан Абдраев – заместитель министра иностранных дел;\n"
    "2. Айжан Токтосунова – третий секретарь (протокол).\n"
    "от казахстанской стороны:\n"
    "1. Ерлан Жумабеков – Чрезвычайный и Полномочный Посол Республики Казахстан;\n"
    "2. Гульмира Сейткали – первый секретарь.\n\n"
    "Стороны обсудили режим попусков воды из Токтогульского водохранилища.\n"
)


def test_ru_numbered_rows_under_side_headings_are_attendees_of_that_side() -> None:
    meeting = extract(_RU_PROTOCOL, reference="2025-05-22", language="ru")
    assert attendee(meeting, "Нурлан Абдраев").country == "KG"
    # the row ends without a semicolon: the list goes on
    note_taker = attendee(meeting, "Айжан Токтосунова")
    assert note_taker.country == "KG"
    envoy = attendee(meeting, "Ерлан Жумабеков")
    assert (envoy.country, envoy.role) == ("KZ", "Ambassador")
    assert attendee(meeting, "Гульмира Сейткали").country == "KZ"
    assert len(meeting.attendees) == 4
    assert not meeting.mentioned


def test_ru_date_and_time_line_beats_the_day_the_record_was_written() -> None:
    meeting = extract(_RU_PROTOCOL, reference="2025-05-22", language="ru")
    assert str(meeting.date) == "2025-05-19"


def test_en_date_and_time_line_beats_the_day_the_note_was_written() -> None:
    meeting = extract(
        "NOTE FOR THE RECORD\n\n"
        "Ottawa, 14 June 2025\n\n"
        "Subject: consultations with Chile on critical minerals\n"
        "Date and time: 12 June 2025, 09:30\n\n"
        "Present: Director General Paul Thibodeau; Ambassador Camila Reyes (Chile).\n\n"
        "The sides discussed lithium processing and investment screening.\n",
        reference="2025-06-15",
        language="en",
    )
    assert str(meeting.date) == "2025-06-12"


# --- a subject line naming a video conference: no place -----------------------------------


def test_de_record_whose_subject_is_a_video_conference_has_no_place() -> None:
    meeting = extract(
        "Gesprächsvermerk\n\n"
        "Referat 321                                        Berlin, den 06.05.2025\n\n"
        "Betr.: Videokonferenz des Staatsministers mit der Außenministerin von Samoa am 05.05.\n\n"
        "Teilnehmer:\n"
        "AA: StM Tobias Lindner; Lena Vogt (Protokoll)\n"
        "WSM: Außenministerin Fiame Naomi Mataafa\n\n"
        "Die Seiten sprachen über Meeresschutz und Fischerei.\n",
        reference="2025-05-07",
        language="de",
    )
    assert meeting.location is None
    assert str(meeting.date) == "2025-05-05"


# --- titles that run into the name in a participants row ----------------------------------


def test_de_portfolio_joined_by_und_stays_in_the_title() -> None:
    meeting = extract(
        "Vermerk\n\nBetr.: Gespräch mit Tonga in Nukuʻalofa am 3. März 2025\n\n"
        "Teilnehmer:\n"
        "AA: Sonderbeauftragter Dr. Markus Feld; Jana Brandt (Protokoll)\n"
        "TON: Minister für Handel und Wirtschaft Viliami Latu; "
        "Ständiger Sekretär Mele Tupou\n\n"
        "Die Seiten sprachen über Fischereiabkommen.\n",
        language="de",
    )
    minister = attendee(meeting, "Viliami Latu")
    assert (minister.country, minister.role.split()[0]) == ("TO", "Minister")
    assert attendee(meeting, "Mele Tupou").role == "Permanent Secretary"
    assert attendee(meeting, "Markus Feld").role == "Special Envoy"
    assert len(meeting.attendees) == 4


# --- an English portfolio the lexicon does not know, between the title and the name -------


def test_en_unknown_portfolio_after_the_title_is_no_part_of_the_name() -> None:
    meeting = extract(
        "Norway and Kenya deepen green hydrogen ties\n\n"
        "NAIROBI, March 4 (Reuters) - Norwegian Foreign Minister Espen Barth Eide held talks "
        "with Kenya's Prime Cabinet Secretary Musalia Mudavadi in Nairobi on Tuesday.\n\n"
        "Eide was accompanied by Minister of State for Fisheries Kari Nordvik and Norway's "
        "Ambassador to Kenya, Gunnar Holm. Kenya's Deputy Minister of Mining Wanjiru Kamau "
        "joined the talks.\n",
        language="en",
    )
    assert attendee(meeting, "Kari Nordvik").role == "Minister of State for Fisheries"
    assert attendee(meeting, "Gunnar Holm").role == "Ambassador"
    kamau = attendee(meeting, "Wanjiru Kamau")
    assert (kamau.country, kamau.role) == ("KE", "Deputy Minister of Mining")


# --- companions of a guest named by a country adjective; a side beats a title's country ---

_RU_NEWS = (
    "Вице-спикер Совфеда встретился с камбоджийскими сенаторами\n\n"
    "МОСКВА, 4 марта. /ТАСС/. Заместитель Председателя Совета Федерации Константин Косачев "
    "провел во вторник встречу с делегацией Сената Королевства Камбоджа.\n\n"
    "Камбоджийского гостя сопровождал советник Чеа Витеа. "
    "С российской стороны во встрече участвовали "
    "сенатор Андрей Денисов и координатор группы по связям с парламентом Камбоджи "
    "Людмила Талабаева.\n\n"
    "Стороны обсудили подготовку кадров.\n"
)


def test_ru_companions_of_a_guest_named_by_an_adjective_share_its_country() -> None:
    meeting = extract(_RU_NEWS, language="ru")
    assert attendee(meeting, "Чеа Витеа").country == "KH"


def test_ru_side_sentence_beats_the_country_inside_a_title() -> None:
    meeting = extract(_RU_NEWS, language="ru")
    assert attendee(meeting, "Людмила Талабаева").country == "RU"
    assert attendee(meeting, "Андрей Денисов").country == "RU"


# --- lexicon gaps: Swiss federal titles, the Cabo Verdean adjective ------------------------


def test_de_swiss_federal_councillor_is_a_title_of_switzerland() -> None:
    meeting = extract(
        "Schweiz und Peru vertiefen Zusammenarbeit\n\n"
        "Bern, 4. März (Keystone-SDA) – Bundesrätin Martina Imhof hat am Dienstag in Bern "
        "den peruanischen Aussenminister Elmer Schialer empfangen.\n\n"
        "An den Gesprächen nahm auch Nationalrätin Sibylle Kern teil.\n",
        language="de",
    )
    host = attendee(meeting, "Martina Imhof")
    assert (host.role, host.country) == ("Federal Councillor", "CH")
    assert attendee(meeting, "Sibylle Kern").role == "National Councillor"
    assert attendee(meeting, "Elmer Schialer").country == "PE"


def test_fr_cabo_verdean_adjective_names_the_country() -> None:
    meeting = extract(
        "Le Portugal et Cabo Verde renforcent leur coopération\n\n"
        "LISBONNE, 4 mars (Lusa) – La ministre cap-verdienne de la Santé, Filomena "
        "Gonçalves, a été reçue mardi à Lisbonne par le secrétaire d'État portugais Nuno "
        "Sampaio.\n",
        language="fr",
    )
    assert attendee(meeting, "Filomena Gonçalves").country == "CV"


# --- titles missing from the lexicons: head of delegation, federal / permanent secretary --


def test_ru_protocol_row_titles_federal_secretary_and_head_of_delegation() -> None:
    meeting = extract(
        "ПРОТОКОЛ ВСТРЕЧИ\n\nг. Ашхабад                                 12.06.2025\n\n"
        "Присутствовали:\n"
        "от туркменской стороны:\n"
        "1. Ахмет Гурбанов – заместитель министра иностранных дел;\n"
        "от индийской стороны:\n"
        "1. Рохит Менон – глава делегации;\n"
        "2. Анил Шарма – федеральный секретарь министерства нефти.\n\n"
        "Стороны обсудили поставки газа.\n",
        reference="2025-06-13",
        language="ru",
    )
    assert attendee(meeting, "Рохит Менон").role == "Head of Delegation"
    assert attendee(meeting, "Анил Шарма").role == "Federal Secretary"
    assert attendee(meeting, "Анил Шарма").country == "IN"


# --- "Обсуждались:" / "Discussed:" heads the agenda; a line without a number ends it -------


def test_ru_discussed_label_opens_the_agenda_and_an_unnumbered_line_ends_it() -> None:
    meeting = extract(
        "ПРОТОКОЛ ВСТРЕЧИ\n\nг. Минск                                 12.06.2025\n\n"
        "Присутствовали: заместитель министра Игорь Лавров; посол Армении Ашот Саргсян.\n\n"
        "Обсуждались:\n"
        "1. Поставки калийных удобрений через порт Поти.\n"
        "2. Открытие консульства в Гюмри.\n"
        "Лавров передал приглашение министра Сергея Алейника.\n\n"
        "Стороны договорились продолжить консультации.\n",
        reference="2025-06-13",
        language="ru",
    )
    labels = " | ".join(t.label for t in meeting.topics)
    assert "удобрений" in labels
    assert "консульства" in labels
    assert "приглашение" not in labels


# --- the service's abbreviations for heads of government in a German record --------------


def test_de_record_abbreviations_pm_and_bk_name_people_only_mentioned() -> None:
    meeting = extract(
        "Vermerk\n\nBetr.: Gespräch mit Tonga am 3. März 2025\n\n"
        "Teilnehmer:\n"
        "AA: StM Tobias Lindner; Jana Brandt (Protokoll)\n"
        "TON: Außenminister Fekitamoeloa Utoikamanu\n\n"
        "1. Fischerei: die Seiten sprachen über Fischereiabkommen.\n"
        "U. übermittelte Grüße von PM Aisake Eke an BK Friedrich Merz.\n",
        language="de",
    )
    mentioned = {p.name: p.role for p in meeting.mentioned}
    assert mentioned.get("Aisake Eke") == "Prime Minister"
    assert "Friedrich Merz" in mentioned
    assert len(meeting.attendees) == 3
