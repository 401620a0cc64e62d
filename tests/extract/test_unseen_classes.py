"""Classes of error found on reports the rules had never seen (tests/extract/reports_unseen).

Each test uses new sentences, not the unseen reports' own wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.extract.lexicon import get_lexicon
from briefing_app.extract.morph import russian_name_nominative
from briefing_app.extract.scoring import evaluate, load_corpus
from tests.extract.helpers import attendee, extract, mentioned, person_names

# --- German titles that name their office ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Staatssekretärin im Auswärtigen Amt Julia Hartmann hat am Montag den Außenminister "
            "Perus, Elmer Schialer, empfangen.",
            "Julia Hartmann",
            "State Secretary at the Federal Foreign Office",
        ),
        (
            "Der Parlamentarische Staatssekretär beim Bundesministerium für Bildung und "
            "Forschung Jens Brandt hat am Montag den Bildungsminister Perus, Elmer Schialer, "
            "empfangen.",
            "Jens Brandt",
            "Parliamentary State Secretary",
        ),
        (
            "Die Beauftragte der Bundesregierung für Kultur und Medien Clara Vogt hat am Montag "
            "den Kulturminister Perus, Elmer Schialer, empfangen.",
            "Clara Vogt",
            "Federal Government Commissioner",
        ),
    ],
)
def test_german_title_with_office_keeps_the_host(sentence, name, role):
    meeting = extract(f"Gespräch in Berlin\n\nBerlin, 3. März – {sentence}\n", language="de")
    host = attendee(meeting, name)
    assert host.role.startswith(role) and host.country == "DE"
    assert set(meeting.countries) == {"DE", "PE"}
    attendee(meeting, "Elmer Schialer")


# --- qualifiers stay in the role ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "en",
            "TOKYO, March 3 – Under Secretary of State for Political Affairs Mark Olsen met "
            "today with Japanese Foreign Minister Takeshi Iwaya.",
            "Mark Olsen",
            "Under Secretary of State for Political Affairs",
        ),
        (
            "en",
            "OTTAWA, March 3 – Acting Foreign Minister Dana Price met today with Japanese "
            "Foreign Minister Takeshi Iwaya.",
            "Dana Price",
            "Acting Foreign Minister",
        ),
        (
            "fr",
            "RABAT, 3 mars – Le secrétaire d'État adjoint Paul Girard a reçu lundi le ministre "
            "marocain de l'Industrie, Ryad Mezzour.",
            "Paul Girard",
            "Deputy",
        ),
        (
            "ru",
            "АСТАНА, 3 марта. Первый заместитель министра иностранных дел Казахстана Ержан "
            "Ашикбаев провел в понедельник переговоры с министром иностранных дел Латвии "
            "Байбой Браже.",
            "Ержан Ашикбаев",
            "First Deputy",
        ),
    ],
)
def test_qualifiers_stay_in_the_role(language, text, name, role):
    meeting = extract(f"Talks\n\n{text}\n", language=language)
    person = attendee(meeting, name)
    assert person.role.startswith(role), person.role


# --- Russian names unknown to the dictionary ------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "case", "expected"),
    [
        (["Нгуеном", "Ван", "Тхуаном"], "ablt", ["Нгуен", "Ван", "Тхуан"]),
        (["Мохаммеду", "бин", "Салману"], "datv", ["Мохаммед", "бин", "Салман"]),
        (["Фейсала", "аль-Мекдада"], "gent", ["Фейсал", "аль-Мекдад"]),
        (["Абдуллой", "Ариповым"], "ablt", ["Абдулла", "Арипов"]),
        (["Роберто", "Гуальтьери"], "ablt", ["Роберто", "Гуальтьери"]),  # indeclinable
        (["Сергей", "Лавров"], "ablt", ["Сергей", "Лавров"]),  # already nominative
    ],
)
def test_russian_names_take_the_case_of_their_title(tokens, case, expected):
    assert russian_name_nominative(tokens, case) == expected


def test_russian_foreign_name_after_inflected_title_and_official_country_name():
    meeting = extract(
        "Переговоры\n\nМОСКВА, 3 марта. Министр иностранных дел России Сергей Лавров провел "
        "в понедельник переговоры с министром иностранных дел Исламской Республики Пакистан "
        "Исхаком Даром.\nСергей Лавров передал привет премьер-министру Пакистана Шахбазу "
        "Шарифу.\n",
        reference="2025-03-05",
        language="ru",
    )
    guest = attendee(meeting, "Исхак Дар")
    assert (guest.role, guest.country) == ("Foreign Minister", "PK")
    sharif = mentioned(meeting, "Шахбаз Шариф")
    assert (sharif.role, sharif.country) == ("Prime Minister", "PK")
    assert set(meeting.countries) == {"RU", "PK"}


def test_envoy_country_is_not_the_host_country():
    meeting = extract(
        "Встреча\n\n3 марта заместитель Министра иностранных дел Российской Федерации "
        "М.Ю.Галузин принял Посла Республики Армения в Российской Федерации Гурген "
        "Арсеняна.\n",
        reference="2025-03-05",
        language="ru",
    )
    envoy = next(p for p in meeting.attendees if p.name.endswith("Арсенян"))
    assert envoy.country == "AM"
    assert any(p.name.replace(" ", "") == "М.Ю.Галузин" for p in meeting.attendees)


# --- one-sided statements are no agreements -------------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Minister reaffirmed Canada's support for Moldova's EU path."),
        ("de", "Die Ministerin bekräftigte die Unterstützung Deutschlands für die Reformen."),
        ("fr", "Le ministre a réaffirmé le soutien de la France aux réformes en cours."),
        ("ru", "Стороны подтвердили заинтересованность в развитии торговых связей."),
    ],
)
def test_reaffirmed_support_is_no_agreement(language, sentence):
    meeting = extract(f"Talks\n\n{sentence}\n", language=language)
    assert meeting.agreements == []


def test_confirmed_consent_is_still_an_agreement():
    meeting = extract(
        "Talks\n\nThe Polish side confirmed that it accepts the proposed dates.\n", language="en"
    )
    assert len(meeting.agreements) == 1


# --- the meeting place is not always the dateline city --------------------------------------


def test_meeting_place_in_lead_beats_dateline():
    meeting = extract(
        "Talks\n\nPARIS, 4 mars (AFP) – La ministre des Armées a reçu mardi à Varsovie son "
        "homologue polonais, Władysław Kosiniak-Kamysz.\n",
        language="fr",
    )
    assert meeting.location is not None and meeting.location.name == "Warsaw"


# --- floors on all unseen rounds (reports_unseen*, a little below what the rules reach now) ---

UNSEEN_FLOORS = {
    ("date", "accuracy"): 0.9,
    ("location", "accuracy"): 0.85,
    ("attendees", "f1"): 0.93,
    ("attendee_roles", "accuracy"): 0.9,
    ("attendee_countries", "accuracy"): 0.9,
    # round 11 (written for the topics work) adds five wrongly "mentioned" people the
    # people rules were never tuned on: 0.88 with it, 0.9+ without
    ("mentioned", "f1"): 0.85,
    ("countries", "f1"): 0.9,
    ("topics", "recall"): 0.9,
    # generic labels from a title, a header, a courtesy or a next step no longer count: 0.9
    ("topics", "precision"): 0.85,
    ("agreements", "f1"): 0.85,
    ("follow_ups", "f1"): 0.85,
}


@pytest.fixture(scope="module")
def unseen_scores():
    items = [
        item
        for folder in sorted(Path(__file__).parent.glob("reports_unseen*"))
        for item in load_corpus(folder)
    ]
    assert len(items) >= 24
    return evaluate(items).overall()


@pytest.mark.parametrize(("field", "metric"), list(UNSEEN_FLOORS), ids=lambda v: str(v))
def test_unseen_reports_floor(unseen_scores, field, metric):
    assert getattr(unseen_scores[field], metric) >= UNSEEN_FLOORS[(field, metric)]


def test_lexicons_have_qualifiers_for_every_language():
    for language in ("de", "en", "fr", "ru"):
        assert get_lexicon(language).qualifiers


# --- the day the meeting was held, not the day the record was written -----------------------


def test_held_sentence_beats_the_record_date():
    meeting = extract(
        "Compte rendu\n\nDakar, le 21 mai 2025\n\nLa réunion s'est déroulée le mardi 20 mai "
        "au ministère de l'Économie.\nLes deux délégations ont évoqué la pêche.\n",
        reference="2025-05-23",
        language="fr",
    )
    assert str(meeting.date) == "2025-05-20"


def test_weekday_alone_in_the_subject_line():
    meeting = extract(
        "From: Embassy Oslo\nSubject: Readout of the Ambassador's call on the State Secretary "
        "(Tuesday)\n\nSummary: useful exchange on fisheries.\n",
        reference="2025-05-23",
        language="en",
    )
    assert str(meeting.date) == "2025-05-20"


# --- participants in a table with a party column ---------------------------------------------


def test_table_party_column_gives_the_country():
    meeting = extract(
        "Relevé de conclusions\n\nParticipants :\n| Partie | Nom | Fonction |\n|---|---|---|\n"
        "| Sénégal | M. Cheikh Niang | ministre des Affaires étrangères |\n"
        "| Côte d'Ivoire | Mme Awa Koné | directrice de cabinet |\n\n"
        "Points examinés : la pêche.\n",
        language="fr",
    )
    assert {(p.name, p.country) for p in meeting.attendees} == {
        ("Cheikh Niang", "SN"),
        ("Awa Koné", "CI"),
    }


# --- an internal record's own envoys belong to the writing state -----------------------------


def test_drahtbericht_envoys_are_german():
    meeting = extract(
        "Drahtbericht Nr. 88\naus: Hanoi\nZur Unterrichtung\n\nBetr.: Gespräch mit dem "
        "vietnamesischen Vizeaußenminister Do Hung Viet\n\nBotschafter Jonas Keller führte am "
        "12.05. im vietnamesischen Außenministerium in Hanoi ein Gespräch mit "
        "Vizeaußenminister Do Hung Viet. Legationsrätin Mira Sand nahm teil.\n",
        reference="2025-05-15",
        language="de",
    )
    countries = {p.name: p.country for p in meeting.attendees}
    assert countries.get("Jonas Keller") == "DE"
    assert countries.get("Mira Sand") == "DE"
    assert countries.get("Do Hung Viet") == "VN"


# --- organisations under their full name; more ways to state a next step ---------------------


def test_organisation_full_name_between_title_and_name():
    meeting = extract(
        "Talks\n\nGENEVA, 4 March – The Foreign Minister of Chile, Alberto van Klaveren, met "
        "today with the Secretary General of the Organization for Security and Co-operation "
        "in Europe (OSCE), Feridun Sinirlioglu.\n",
        language="en",
    )
    sg = attendee(meeting, "Feridun Sinirlioglu")
    assert sg.country == "OSCE"
    assert meeting.countries == ["CL"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Chancellor is due to open the new consulate in Gdansk in July."),
        ("fr", "Les ministres sont convenus d'ouvrir un consulat à Gdansk en juillet."),
    ],
)
def test_next_steps_in_other_words(language, sentence):
    meeting = extract(f"Talks\n\n{sentence}\n", language=language)
    assert len(meeting.follow_ups) == 1


def test_russian_portfolio_after_the_title():
    meeting = extract(
        "Переговоры\n\nМОСКВА, 3 марта. Министр энергетики России Сергей Цивилев провел в "
        "понедельник переговоры с министром-координатором по экономическим вопросам "
        "Малайзии Ахмадом Захидом.\n",
        reference="2025-03-05",
        language="ru",
    )
    roles = {p.name: (p.role, p.country) for p in meeting.attendees}
    assert roles.get("Сергей Цивилев") == ("Minister of Energy", "RU")
    assert roles.get("Ахмад Захид") == ("Coordinating Minister for Economic Affairs", "MY")


def test_decisions_table_rows_with_a_due_column_are_tasks():
    meeting = extract(
        "Relevé de décisions\n\nDécisions :\n| N° | Décision | Responsable | Échéance |\n"
        "|---|---|---|---|\n| 1 | Relancer le dialogue sur la pêche | DGM | mi-janvier |\n",
        language="fr",
    )
    assert len(meeting.agreements) == 1
    assert len(meeting.follow_ups) == 1


def test_russian_sentence_adverb_and_official_name_stay_out_of_names():
    meeting = extract(
        "Переговоры\n\nМОСКВА, 5 мая. Президент России Владимир Путин провел переговоры с "
        "Президентом Кыргызской Республики Садыром Жапаровым. Затем С.В.Лавров принял "
        "Посла Королевства Марокко Лотфи Бушаару.\n",
        reference="2025-05-07",
        language="ru",
    )
    names = {p.name: (p.role, p.country) for p in meeting.attendees}
    assert names.get("Садыр Жапаров") == ("President", "KG")
    assert "С. В. Лавров" in names
    assert not any(name.startswith("Затем") for name in names)


def test_princely_courtesy_titles_are_not_part_of_the_name():
    meeting = extract(
        "Talks\n\nWASHINGTON, May 5 – The Secretary met today with Saudi Foreign Minister "
        "Prince Faisal bin Farhan in Washington.\n",
        language="en",
    )
    attendee(meeting, "Faisal bin Farhan")


@pytest.mark.parametrize(
    ("language", "text", "city"),
    [
        (
            "fr",
            "Le Président de la République a reçu jeudi à l'Élysée le Premier ministre "
            "indien, Narendra Modi.",
            "Paris",
        ),
        (
            "en",
            "LONDON, May 5 (Reuters) - President Donald Trump met Japanese Prime Minister "
            "Shigeru Ishiba at the White House on Friday, the State Department said.",
            "Washington",
        ),
        (
            "ru",
            "Президент России Владимир Путин провел в Кремле переговоры с Президентом "
            "Кыргызской Республики Садыром Жапаровым.",
            "Moscow",
        ),
    ],
)
def test_buildings_name_the_meeting_city(language, text, city):
    meeting = extract(f"Talks\n\n{text}\n", language=language)
    assert meeting.location is not None and meeting.location.name == city


def test_host_without_country_takes_the_meeting_country():
    meeting = extract(
        "Entretien\n\nLe Premier ministre, François Bayrou, s'est entretenu mardi à Matignon "
        "avec le chancelier autrichien, Christian Stocker.\n",
        reference="2025-05-08",
        language="fr",
    )
    countries = {p.name: p.country for p in meeting.attendees}
    assert countries == {"François Bayrou": "FR", "Christian Stocker": "AT"}


def test_participant_list_with_commas_titles_and_alpha3_parties():
    meeting = extract(
        "Gesprächsvermerk\n\nBetr.: Treffen von MD Dr. Petra Sigmund mit dem armenischen "
        "Vize-Außenminister Mnazakan Safarjan am 4.12.\n\nTeilnehmer:\nAA: MD'in Sigmund, "
        "RL'in Karla Brandt\nARM: Vize-AM Safarjan, Botschafter Viktor Jengibarjan\n\n"
        "1. Safarjan berichtete über die Lage.\n",
        reference="2025-12-08",
        language="de",
    )
    people = {p.name: p.country for p in meeting.attendees}
    assert people == {
        "Petra Sigmund": "DE",
        "Karla Brandt": "DE",
        "Mnazakan Safarjan": "AM",
        "Viktor Jengibarjan": "AM",
    }
    assert meeting.mentioned == []


def test_dateline_with_article_and_weekday_in_lead():
    meeting = extract(
        "Visite\n\nLyon, le 6 novembre 2025 – La ministre des Sports, Marie Barsacq, a reçu ce "
        "mardi son homologue marocain, Chakib Benmoussa.\n",
        reference="2025-11-10",
        language="fr",
    )
    assert str(meeting.date) == "2025-11-04"
    countries = {p.name: p.country for p in meeting.attendees}
    assert countries["Chakib Benmoussa"] == "MA"
    assert countries["Marie Barsacq"] != "MA"


def test_german_future_with_time_and_long_pledge():
    meeting = extract(
        "Treffen\n\nDie Ministerin sagte weitere 20 Millionen Euro für den Wiederaufbau der "
        "Schulen im Norden zu.\nSie wird im März nach Kiew reisen.\n",
        language="de",
    )
    assert len(meeting.follow_ups) == 2


def test_present_line_with_one_side_labelled():
    meeting = extract(
        "RECORD OF MEETING\nMinister of State for Europe, Stephen Doughty / Ghanaian Minister "
        "for Foreign Affairs, Samuel Ablakwa\nAccra, Monday 3 March\n\nPresent: Lord Collins; "
        "Harriet Thompson, High Commissioner. Ghanaian side: Samuel Ablakwa; Ama Owusu, "
        "Chief Director.\n\n1. Ablakwa thanked the UK for its support.\n2. The UK will host a "
        "trade mission in May. UK officials will follow up.\n",
        reference="2025-03-06",
        language="en",
    )
    people = {p.name: p.country for p in meeting.attendees}
    assert people["Samuel Ablakwa"] == "GH"
    assert people["Ama Owusu"] == "GH"
    assert people["Harriet Thompson"] == "GB"
    assert "Collins" in " ".join(people)


def test_a_deadline_is_not_the_meeting_day():
    meeting = extract(
        "Record\n\nPresent: Anna Berg, Director.\n\n1. Talks on trade.\n\nFollow-up: Embassy "
        "to share a draft note with the MFA by 31 October.\n",
        reference="2025-10-20",
        language="en",
    )
    assert meeting.date is None
    assert len(meeting.follow_ups) == 1


def test_attribution_line_is_not_the_lead():
    meeting = extract(
        "Readout of the Secretary's Call\n\nThe following is attributable to a spokesperson:\n\n"
        "Treasury Secretary Scott Bessent spoke by phone on Thursday with Canadian Minister of "
        "Finance François-Philippe Champagne.\n",
        reference="2025-09-15",
        language="en",
    )
    names = {p.name: (p.role, p.country) for p in meeting.attendees}
    assert names.get("Scott Bessent") == ("Treasury Secretary", "US")
    assert names.get("François-Philippe Champagne", ("", ""))[1] == "CA"
    assert str(meeting.date) == "2025-09-11"


def test_agreement_heading_with_numbered_items():
    meeting = extract(
        "Compte rendu\n\nÉtaient présents :\n- M. Paul Roux, directeur de cabinet ;\n\n"
        "Il est convenu que :\n1. la direction transmettra une note avant le 28 février ;\n"
        "2. un séminaire se tiendra à Lyon au printemps.\n",
        reference="2025-02-17",
        language="fr",
    )
    assert [a.text.split(" ")[0] for a in meeting.agreements] == ["la", "un"]
    assert meeting.attendees[0].role == "Chief of Staff"


def test_russian_agreed_infinitive_in_ti_is_a_next_step():
    meeting = extract(
        "Переговоры\n\nСтороны договорились провести следующий раунд консультаций в Минске.\n",
        language="ru",
    )
    assert len(meeting.follow_ups) == 1


def test_posting_city_and_surname_that_is_a_country():
    meeting = extract(
        "Встреча\n\n2 июля заместитель Министра иностранных дел Российской Федерации "
        "А.Ю.Руденко принял Посла Японии в Москве Акиру Муто.\n",
        reference="2025-07-04",
        language="ru",
    )
    envoy = attendee(meeting, "Акира Муто")
    assert (envoy.role, envoy.country) == ("Ambassador", "JP")
    french = extract(
        "Entretien\n\nPARIS, 17 septembre – Le ministre délégué chargé du Commerce extérieur, "
        "Laurent Saint-Martin, a reçu hier le ministre brésilien de l'Industrie, Geraldo "
        "Alckmin.\n",
        reference="2025-09-19",
        language="fr",
    )
    attendee(french, "Laurent Saint-Martin")
    english = extract(
        "Talks\n\nJAKARTA, 3 June – The Minister met Indonesia's President Prabowo Subianto and "
        "conveyed Prime Minister Anthony Albanese's regards.\n",
        language="en",
    )
    names = person_names(english)
    assert "Anthony Albanese" in names and "Anthony Albanese's" not in names


def test_vermerk_with_inline_sides_previous_day_and_todo():
    meeting = extract(
        "Gesprächsvermerk – Referat 205\nBerlin, 12.03.2025\n\nBetreff: Treffen StS'in Dr. "
        "Anna Kolb mit dem marokkanischen Staatssekretär Karim Alaoui am Vortag\n\n"
        "Anwesend: StS'in Kolb, Ref. 205 (Jonas Berg); MAR: StS Alaoui, Botschafterin Nadia "
        "Idrissi\n\nVerlauf:\n- Alaoui → Fischerei.\n\nTo Do: Ref. 205 erstellt bis 20.03. "
        "eine Vorlage (Berg).\n",
        reference="2025-03-14",
        language="de",
    )
    assert str(meeting.date) == "2025-03-11"
    people = {p.name: p.country for p in meeting.attendees}
    assert people == {
        "Anna Kolb": "DE",
        "Jonas Berg": "DE",
        "Karim Alaoui": "MA",
        "Nadia Idrissi": "MA",
    }
    assert any("Vorlage" in f.text for f in meeting.follow_ups)


def test_note_header_lines_and_bracketed_roles():
    meeting = extract(
        "Note of meeting\n\nDate: Monday 19 May 2025\nVenue: King Charles Street, London\n\n"
        "Attendees:\nUK: Stephen Doughty (Minister of State for Europe); Jane Smith (Head, "
        "Eastern Europe Department)\nMoldova: Mihai Popșoi (Deputy Prime Minister)\n\n"
        "Key points:\n- Popșoi briefed on energy.\n",
        reference="2025-05-23",
        language="en",
    )
    assert meeting.mentioned == []
    roles = {p.name: p.role for p in meeting.attendees}
    assert roles["Jane Smith"] == "Head, Eastern Europe Department"
    assert meeting.location is not None and meeting.location.name == "London"


def test_spaced_header_city_and_french_head_of_government():
    protocol = extract(
        "ПРОТОКОЛ\nконсультаций\n\nг. Ереван                          3 октября 2025 г.\n\n"
        "Присутствовали:\nот армянской стороны – заместитель министра иностранных дел "
        "Ваган Костанян.\n",
        reference="2025-10-06",
        language="ru",
    )
    assert protocol.location is not None and protocol.location.name == "Yerevan"
    news = extract(
        "Entretien\n\nMADRID, 10 octobre – Le Premier ministre français a été reçu jeudi par "
        "le président du gouvernement espagnol, Pedro Sánchez.\n",
        reference="2025-10-13",
        language="fr",
    )
    sanchez = attendee(news, "Pedro Sánchez")
    assert (sanchez.role, sanchez.country) == ("Prime Minister", "ES")


def test_round_seven_classes():
    """Service marker in a list item, Philippine, 'Dom' is no town, 'kündigte an, … zu'."""
    visio = extract(
        "Compte rendu de la visioconférence du 4 décembre\n\nParticipants : Mme Claire "
        "Legrand, directrice de l'Union européenne (MEAE) ; M. Jan Novák, directeur politique "
        "adjoint du ministère tchèque des Affaires étrangères.\n\nLa partie tchèque "
        "transmettra ses commentaires d'ici le 12 décembre.\n",
        reference="2025-12-08",
        language="fr",
    )
    assert {p.name: p.country for p in visio.attendees}["Claire Legrand"] == "FR"
    assert len(visio.follow_ups) == 1
    manila = extract(
        "Talks\n\nMANILA, January 15 – The Vice President met Philippine President Ferdinand "
        "Marcos Jr. on Tuesday.\n",
        reference="2026-01-19",
        language="en",
    )
    assert "PH" in manila.countries
    moscow = extract(
        "Встреча\n\nМОСКВА, 22 апреля. Вице-премьер Алексей Оверчук встретился во вторник в "
        "Доме Правительства с вице-премьером Вьетнама Чан Хонг Ха.\n",
        reference="2025-04-24",
        language="ru",
    )
    assert moscow.location is not None and moscow.location.name == "Moscow"
    berlin = extract(
        "Treffen\n\nDie Ministerin kündigte an, im Frühjahr nach Lusaka zu reisen.\n",
        language="de",
    )
    assert len(berlin.follow_ups) == 1


def test_round_eight_classes():
    """A country before the name is not part of it, 'and' inside a role does not split,
    English city names in current and historical use."""
    ub = extract(
        "Переговоры\n\nУЛАН-БАТОР, 9 июля. Председатель Правительства России Михаил Мишустин "
        "провел в среду переговоры с Премьер-министром Монголии Гомбожавыном Занданшатаром.\n"
        "Премьер-министр Монголии принял приглашение посетить Москву в будущем году.\n",
        reference="2025-07-11",
        language="ru",
    )
    assert {p.name for p in ub.attendees} == {"Михаил Мишустин", "Гомбожавын Занданшатар"}
    assert ub.location is not None and ub.location.name == "Ulaanbaatar"
    assert len(ub.follow_ups) == 1
    astana = extract(
        "Встреча\n\nНУР-СУЛТАН, 5 мая. Президент Касым-Жомарт Токаев принял министра.\n",
        language="ru",
    )
    assert astana.location is not None and astana.location.name == "Nur-Sultan"
    minutes = extract(
        "Minutes\n\nParticipants:\nUnited Kingdom – Ed Miliband, Secretary of State for Energy "
        "Security and Net Zero; Tom Hart, Counsellor\n\nDiscussion: carbon capture.\n",
        language="en",
    )
    assert {p.name for p in minutes.attendees} == {"Ed Miliband", "Tom Hart"}


def test_round_nine_classes():
    """Side rows named 'Seite', hyphenated given names in comma lists, an organisation's
    full Russian name, and leaders 'expected to meet' later."""
    vermerk = extract(
        "Gesprächsvermerk\n\nBetr.: Gespräch mit dem Außenminister der Republik Korea am "
        "14. Mai in Seoul\n\nTeilnehmer:\nDeutsche Seite: Botschafter Georg Schmidt, RL'in "
        "341 Sabine Weiß\nKoreanische Seite: AM Cho Tae-yul, Vize-AM Kim Hong-kyun\n\n"
        "1. Cho erläuterte die Lage.\n",
        reference="2025-05-19",
        language="de",
    )
    people = {p.name: p.country for p in vermerk.attendees}
    assert people.get("Kim Hong-kyun") == "KR" and people.get("Cho Tae-yul") == "KR"
    csto = extract(
        "Встреча\n\nМОСКВА, 17 февраля. Министр иностранных дел России Сергей Лавров "
        "встретился с Генеральным секретарем Организации Договора о коллективной "
        "безопасности Имангали Тасмагамбетовым.\n",
        reference="2025-02-19",
        language="ru",
    )
    sg = attendee(csto, "Имангали Тасмагамбетов")
    assert sg.country == "CSTO"
    assert len(csto.attendees) == 2
    athens = extract(
        "Talks\n\nATHENS, Nov 8 (Reuters) - Turkish Foreign Minister Hakan Fidan held talks with "
        "his Greek counterpart Giorgos Gerapetritis in Athens on Friday.\nGreek Prime Minister "
        "Kyriakos Mitsotakis is expected to meet Turkish President Tayyip Erdogan next month.\n",
        reference="2024-11-11",
        language="en",
    )
    assert {p.name for p in athens.attendees} == {"Hakan Fidan", "Giorgos Gerapetritis"}
