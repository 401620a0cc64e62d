"""Classes of error found on round 15 of unseen reports (tests/extract/reports_unseen15).

New sentences only, not the reports' own wording.
"""

from __future__ import annotations

from tests.extract.helpers import attendee, by_name, extract, mentioned, person_names

# --- Russian: two-letter parts of East Asian names ("То Лам", "Ле Хоай Чунг", "Се Сяоюн") ---


def test_russian_two_letter_name_parts_inside_a_sentence() -> None:
    m = extract(
        "Переговоры в Ханое\n\n"
        "ХАНОЙ, 3 марта. Председатель Государственной Думы Вячеслав Володин в понедельник "
        "провёл в Ханое переговоры с председателем Национального собрания Вьетнама "
        "Чан Тхань Маном. Во встрече участвовал посол России во Вьетнаме Геннадий Безденежных.\n"
        "Ман передал наилучшие пожелания от генерального секретаря ЦК КПВ То Лама "
        "Председателю Правительства России Михаилу Мишустину.",
        reference="2025-03-05",
        language="ru",
    )
    assert attendee(m, "Вячеслав Володин").country == "RU"
    mentioned(m, "То Лам")
    assert by_name(m.attendees, "То Лам") is None


def test_russian_two_letter_first_part_in_a_participants_list() -> None:
    m = extract(
        "Запись беседы\n\nг. Москва, 2 марта 2025 г.\n\n"
        "Участники:\n"
        "с российской стороны – директор Первого департамента Азии Георгий Зиновьев;\n"
        "с вьетнамской стороны – заместитель министра иностранных дел СРВ До Хунг Вьет, "
        "первый секретарь Ле Тхи Хоа.\n\n"
        "Стороны обсудили график визитов.",
        reference="2025-03-05",
        language="ru",
    )
    assert attendee(m, "До Хунг Вьет").country == "VN"
    assert attendee(m, "Ле Тхи Хоа").country == "VN"


def test_russian_sentence_start_pronoun_still_opens_no_name() -> None:
    m = extract(
        "Встреча в Минске\n\n"
        "МИНСК, 3 марта. Министр иностранных дел Белоруссии Максим Рыженков встретился "
        "с послом Китая Се Сяоюном.\nТо Рыженков, то Се Сяоюн подчеркнули важность "
        "сотрудничества.",
        reference="2025-03-05",
        language="ru",
    )
    attendee(m, "Се Сяоюн")
    assert not any(n.startswith("То ") for n in person_names(m))


# --- Russian: country names in the nominative ending in -ь, and КНР / СРВ -------------------


def test_russian_soft_sign_country_names_and_abbreviations() -> None:
    m = extract(
        "Запись беседы\n\nг. Пекин, 2 марта 2025 г.\n\n"
        "Участники: Посол Республики Беларусь в КНР Александр Шпаковский; "
        "заместитель министра иностранных дел КНР Сунь Вэйдун.\n\n"
        "Обсуждены вопросы торговли.",
        reference="2025-03-05",
        language="ru",
    )
    assert attendee(m, "Александр Шпаковский").country == "BY"
    assert attendee(m, "Сунь Вэйдун").country == "CN"
    assert not any("Беларусь" in p.name for p in m.attendees)


# --- participants lists: the country in the title before the name ----------------------------


def test_participants_list_country_in_the_title_before_the_name() -> None:
    m = extract(
        "Record of meeting\n\nTokyo, 4 March 2025\n\n"
        "Present: Ambassador of Chile to Japan Rodrigo Yáñez; "
        "Japan's State Minister for Foreign Affairs Hisashi Matsumoto\n\n"
        "- Both sides discussed copper exports.",
        reference="2025-03-05",
        language="en",
    )
    assert attendee(m, "Rodrigo Yáñez").country == "CL"
    assert attendee(m, "Hisashi Matsumoto").country == "JP"


# --- an envoy's posting city between the title and the name -----------------------------------


def test_envoy_posted_to_a_city_is_found_and_speaks_for_the_other_state() -> None:
    m = extract(
        "Gespräch im Auswärtigen Amt\n\n"
        "Berlin (epd) - Staatssekretär Bernhard Kotsch hat am Montag in Berlin den "
        "chilenischen Vizeaußenminister Gloria de la Fuente empfangen. An dem Gespräch "
        "nahm auch der Botschafter in Santiago, Peter Sauer, teil.",
        reference="2025-03-05",
        language="de",
    )
    sauer = attendee(m, "Peter Sauer")
    assert sauer.role == "Ambassador"
    assert sauer.country == "DE"


def test_envoy_posted_to_a_city_in_french_apposition() -> None:
    m = extract(
        "Entretien à Ottawa\n\n"
        "OTTAWA, 3 mars – La ministre canadienne des Affaires étrangères, Mélanie Joly, a reçu "
        "lundi à Ottawa son homologue chilien, Alberto van Klaveren. L'ambassadeur à Santiago, "
        "Michel Lafleur, assistait à l'entretien.",
        reference="2025-03-05",
        language="fr",
    )
    lafleur = attendee(m, "Michel Lafleur")
    assert lafleur.country == "CA"


# --- a portfolio too long for the lexicon, closed by commas around the name -------------------


def test_long_french_portfolio_in_apposition() -> None:
    m = extract(
        "Entretien à Dakar\n\n"
        "DAKAR, 3 mars – La ministre de l'Intégration africaine, des Affaires étrangères et "
        "des Sénégalais de l'extérieur, Yassine Fall, a reçu lundi à Dakar le ministre "
        "malien de la Refondation de l'État, chargé des Relations avec les institutions, "
        "Ibrahim Ikassa Maïga, porteur d'un message de Bamako.",
        reference="2025-03-05",
        language="fr",
    )
    fall = attendee(m, "Yassine Fall")
    assert fall.role.startswith("Minister")
    maiga = attendee(m, "Ibrahim Ikassa Maïga")
    assert maiga.country == "ML"


def test_a_clause_between_title_and_name_gives_no_role() -> None:
    m = extract(
        "Entretien à Paris\n\n"
        "PARIS, 3 mars – Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, "
        "a reçu lundi son homologue nigérien, Bakary Yaou Sangaré. Le ministre a ensuite "
        "rappelé la position de la France, Cécile Morel, porte-parole, l'a confirmé.",
        reference="2025-03-05",
        language="fr",
    )
    assert attendee(m, "Jean-Noël Barrot").country == "FR"
    assert attendee(m, "Bakary Yaou Sangaré").country == "NE"
    morel = by_name(m.attendees + m.mentioned, "Cécile Morel")
    assert morel is None or morel.role != "Minister"


# --- German record abbreviations: StV'in, BMin'in, Protokollchef ------------------------------


def test_german_record_abbreviations_are_titles() -> None:
    m = extract(
        "Drahtbericht\n\naus: LIMA    Nr. 88 vom 04.03.2025\n"
        "Betr.: Gespräch mit der peruanischen Vizeaußenministerin\n\n"
        "Botschafterin Jutta Kassel traf am 3. März in Lima Vizeaußenministerin "
        "Ana Cecilia Gervasi. Für die Botschaft nahm StV Tobias Brandt teil, für Peru "
        "Protokollchefin Lucía Paredes.\n\n"
        "Gervasi bat um Unterstützung beim Besuch von BMin'in Svenja Schulze im Mai.",
        reference="2025-03-05",
        language="de",
    )
    assert attendee(m, "Tobias Brandt").role == "Deputy Head of Mission"
    assert attendee(m, "Lucía Paredes").role == "Chief of Protocol"
    mentioned(m, "Svenja Schulze")


# --- a country inside a compound noun gives nobody a country -----------------------------------


def test_country_in_a_compound_heading_is_not_the_speakers() -> None:
    m = extract(
        "Drahtbericht\n\naus: JEREWAN    Nr. 17 vom 04.03.2025\n\n"
        "1. Botschafter Ralf Horlemann traf am 3. März in Jerewan Vizeaußenminister "
        "Mnatsakan Safaryan.\n\n"
        "2. Im Einzelnen\n"
        "a) Energie: Safaryan erläuterte zum Iran-Korridor die Lage an der Grenze.\n",
        reference="2025-03-05",
        language="de",
    )
    assert attendee(m, "Mnatsakan Safaryan").country != "IR"
    assert "IR" not in m.countries


# --- hosts named without their state in a visit readout -----------------------------------


def test_several_hosts_without_a_state_take_the_meeting_place() -> None:
    m = extract(
        "Chilean minister visits Wellington\n\n"
        "WELLINGTON, 4 March 2025 - Chile's Minister of Foreign Affairs Alberto van Klaveren "
        "met Foreign Minister Winston Peters in Wellington on Monday. Trade Minister Todd "
        "McClay and Ambassador-at-Large Tracey Martin joined the talks, while van Klaveren "
        "was accompanied by Chile's Ambassador Rodrigo Espinosa.",
        reference="2025-03-05",
        language="en",
    )
    assert attendee(m, "Alberto van Klaveren").country == "CL"
    assert attendee(m, "Tracey Martin").role == "Ambassador-at-Large"
    for name in ("Winston Peters", "Todd McClay", "Tracey Martin"):
        assert attendee(m, name).country == "NZ", name


# --- English: the last word of a title ("… and the Pacific") before the name --------------


def test_title_ending_in_a_capitalised_region_before_the_name() -> None:
    m = extract(
        "Talks in Canberra\n\n"
        "CANBERRA, 4 March 2025 - Foreign Minister Penny Wong met Indonesia's Foreign Minister "
        "Sugiono on Monday. Assistant Minister for Foreign Affairs and the Pacific Tim Watts "
        "and Director-General of the Office of the Pacific Ewen McDonald also attended.",
        reference="2025-03-05",
        language="en",
    )
    assert attendee(m, "Tim Watts").role.endswith("Pacific")
    assert attendee(m, "Ewen McDonald")
    assert not any(p.name.startswith("Pacific") for p in m.attendees)


# --- a one-word name used once, right after a title and closing a list item ----------------


def test_one_word_name_used_once_after_a_title() -> None:
    m = extract(
        "Meeting in Jakarta\n\n"
        "JAKARTA, 4 March 2025 - Foreign Minister Penny Wong met Indonesian Foreign Minister "
        "Sugiono Prabowo in Jakarta on Monday. Deputy Minister Arrmanatha Nasir and Director "
        "Rolliansyah Soemirat attended, together with Chief of Protocol Andy Rachmianto and "
        "Senior Advisor Yuliandra, who briefed on the maritime dialogue.",
        reference="2025-03-05",
        language="en",
    )
    assert attendee(m, "Yuliandra").role
    m = extract(
        "Gespräch in Jakarta\n\n"
        "Jakarta (dpa) - Staatsministerin Anna Lührmann traf am Montag in Jakarta den "
        "indonesischen Vizeaußenminister Arif Havas Oegroseno. Auf indonesischer Seite "
        "nahmen außerdem Direktorin Listiana Operananta und Protokollchef Sumirat teil.",
        reference="2025-03-05",
        language="de",
    )
    assert attendee(m, "Sumirat").role == "Chief of Protocol"


def test_a_capitalised_word_inside_a_long_title_is_no_name() -> None:
    m = extract(
        "Courtesy call\n\n"
        "ULAANBAATAR, 4 March 2025 - The Foreign Minister received Carlos Ruiz, Ambassador "
        "Extraordinary and Plenipotentiary of Peru, on Monday.",
        reference="2025-03-05",
        language="en",
    )
    assert by_name(m.attendees, "Extraordinary") is None


# --- Russian: people who came together with the guest -------------------------------------


def test_russian_people_arriving_with_the_guest_are_attendees_of_his_state() -> None:
    m = extract(
        "Переговоры в Минске\n\n"
        "МИНСК, 3 марта. Премьер-министр Беларуси Александр Турчин в понедельник провёл "
        "переговоры с премьер-министром Узбекистана Абдуллой Ариповым.\n"
        "Вместе с Ариповым в Минск прибыли министр энергетики Узбекистана Журабек Мирзамахмудов "
        "и первый заместитель министра инвестиций Лазиз Кудратов.\n"
        "Стороны обсудили поставки техники.",
        reference="2025-03-05",
        language="ru",
    )
    assert attendee(m, "Лазиз Кудратов").country == "UZ"
    assert by_name(m.mentioned, "Лазиз Кудратов") is None


# --- French: a military rank before a name ("du général …") ---------------------------------


def test_french_military_rank_marks_a_person() -> None:
    m = extract(
        "Entretien à Alger\n\n"
        "ALGER, 3 mars – Le ministre des Affaires étrangères, Ahmed Attaf, a reçu lundi à Alger "
        "son homologue malien, Abdoulaye Diop, porteur d'un message du général Assimi Goïta.",
        reference="2025-03-05",
        language="fr",
    )
    mentioned(m, "Assimi Goïta")
    assert by_name(m.attendees, "Assimi Goïta") is None


# --- a one-word name opening a list item, its role in brackets ------------------------------


def test_one_word_name_with_its_role_in_brackets_in_a_list() -> None:
    m = extract(
        "Record of meeting\n\nUlaanbaatar, 4 March 2025\n\n"
        "Present:\n"
        "UK: Fiona Blyth, Ambassador; Tom Reed, Second Secretary (notes)\n"
        "Mongolia: Battsetseg Batmunkh, Minister for Foreign Affairs; Enkhjargal (interpreter)"
        "\n\n"
        "- Both sides discussed mining investment.",
        reference="2025-03-05",
        language="en",
    )
    assert attendee(m, "Enkhjargal").country == "MN"
