"""Classes of failure found on unseen rounds 21 and 22 (English and French reports)."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract, follow_up_texts, person_names, topic_labels

RELEASE = """Visit of the Mongolian Foreign Minister

Media release
9 March 2025

Minister for Foreign Affairs Anna Kovacs welcomed Mongolia's Minister for Foreign Affairs, \
H.E. Battsetseg, to Budapest last Monday for the annual Foreign Ministers' Meeting.

The Ministers discussed trade and mining. Minister Battsetseg passed on the greetings of \
President Ukhnaagiin Khurelsukh. President Ukhnaagiin is expected in Budapest next year.
"""


def test_courtesy_initials_open_no_name_and_a_titled_one_word_name_is_an_attendee() -> None:
    m = extract(RELEASE, "2025-03-09")
    guest = attendee(m, "Battsetseg")
    assert guest.country == "MN"
    assert not any(n.startswith("H.") for n in person_names(m))


def test_the_city_a_guest_is_welcomed_to_is_the_place() -> None:
    m = extract(RELEASE, "2025-03-09")
    assert m.location is not None and m.location.name == "Budapest"
    assert attendee(m, "Anna Kovacs").country == "HU"


def test_a_titled_first_name_of_a_person_named_in_full_is_no_second_person() -> None:
    m = extract(RELEASE, "2025-03-09")
    assert "Ukhnaagiin" not in person_names(m)


MINUTES = """Joint Committee on Energy – Working Group 2
Minutes

Date: 4 March 2025
Venue: Ministry of Energy, Accra

1. Grid interconnection
The sides reviewed the feasibility study.

Action points (who, when)
1 – Share the revised feasibility study with the partner ministry – K. Mensah – 30 April 2025
2 – Convene the technical subgroup on tariffs – Energy Commission – by end of May

Next meeting: Lomé, date to be confirmed.
"""


def test_a_heading_with_a_bracketed_note_on_its_columns_opens_the_section() -> None:
    m = extract(MINUTES, "2025-03-05")
    texts = follow_up_texts(m)
    assert any(t.startswith("1 – Share the revised feasibility study") for t in texts), texts
    assert any(t.startswith("2 – Convene the technical subgroup") for t in texts), texts


EGRAM = """eGram 4410/25 – KENYA: HMA CALL ON TRADE MINISTER

OFFICIAL
From: Nairobi
To: FCDO Africa Directorate
Cc: DBT Africa
Date: 12 March 2025
Subject: Tea exports and port fees

SUMMARY
1. HMA called on the Trade Minister yesterday at the Treasury building. Useful exchange on \
tea exports and port fees at Mombasa.
"""


def test_a_relative_day_counts_from_the_date_of_a_message_header() -> None:
    m = extract(EGRAM, "2025-03-17")
    assert m.date is not None and m.date.isoformat() == "2025-03-11"


TELEGRAM = """TD DAKAR n° 301 – Entretien avec le ministre des Affaires étrangères

Dakar, le 7 mars 2025
Objet : Sénégal – pêche, visas
Réf. : TD DAKAR n° 288 du 14 février 2025

Reçue mardi par le ministre des Affaires étrangères, M. Ibrahima Fall, j'ai fait le point \
sur la pêche et les visas.

Du côté sénégalais étaient présents, outre le ministre, Mme Awa Diop, directrice Asie, et \
M. Moussa Ba, conseiller juridique. J'étais accompagnée de M. Louis Perrin, premier conseiller.
"""


def test_a_reference_line_names_an_earlier_message_not_the_meeting_day() -> None:
    m = extract(TELEGRAM, "2025-03-10")
    assert m.date is not None and m.date.isoformat() == "2025-03-04"


def test_a_bare_title_after_a_name_is_its_apposition() -> None:
    m = extract(TELEGRAM, "2025-03-10")
    assert attendee(m, "Awa Diop").role == "Director"
    assert attendee(m, "Moussa Ba").role == "Counsellor"
    assert attendee(m, "Louis Perrin").role == "First Counsellor"


RECORD = """eGram 2290/25 – GHANA: HMA CALL ON DEPUTY MINISTER OF ENERGY

From: Accra
To: FCDO Africa Directorate
Date: 18 March 2025

DETAIL
2. Present: HMA Claire Dunmore; Owen Pryce, Second Secretary Prosperity. Ghanaian side: \
Deputy Minister Kwame Asante; Efua Mensah, Renewable Energy Directorate.
3. Grid: HMA recalled the UK's support for the West African Power Pool and welcomed the new \
tariff plan; Asante said he had raised the point with the FCDO Director for Africa, \
Rachel Tombs, in London last month.
4. Visits: HMA previewed the visit of Dr Ian Crowther, the PM's Trade Envoy to Ghana, \
planned for May.
"""


def test_a_numbered_paragraph_after_the_participants_paragraph_lists_no_one() -> None:
    m = extract(RECORD, "2025-03-20")
    names = [p.name for p in m.attendees]
    assert "West African Power Pool" not in names
    assert "Rachel Tombs" not in names
    assert "Rachel Tombs" in [p.name for p in m.mentioned]


def test_a_unit_after_a_listed_name_is_what_the_person_is() -> None:
    m = extract(RECORD, "2025-03-20")
    assert attendee(m, "Efua Mensah").role == "Renewable Energy Directorate"


def test_the_title_after_a_principals_possessive_is_the_role() -> None:
    m = extract(RECORD, "2025-03-20")
    envoy = next(p for p in m.mentioned + m.attendees if p.name == "Ian Crowther")
    assert envoy.role.startswith("Trade Envoy")


HOST_RELEASE = """Ghana and ECOWAS Commission to deepen cooperation on the Sahel

Accra, 10 March 2025 | Ministry of Foreign Affairs and Regional Integration

The Minister for Foreign Affairs and Regional Integration on Monday received the President \
of the ECOWAS Commission, H.E. Omar Touray, at Jubilee House in Accra for talks on the Sahel.

Welcoming the President on his first visit since taking office, Hon. Samuel Ablakwa conveyed \
the greetings of President John Mahama. \
Ablakwa underlined that Ghana stands ready to host a regional meeting on the Sahel.

The meeting was also attended by Chief Director Dr. Kwesi Boateng and Ghana's Permanent \
Representative to the African Union, Amb. Ama Pokua.
"""


def test_a_host_named_by_title_first_and_by_name_later_keeps_the_title() -> None:
    m = extract(HOST_RELEASE, "2025-03-12")
    host = attendee(m, "Samuel Ablakwa")
    assert host.role == "Minister for Foreign Affairs and Regional Integration"


def test_amb_is_a_courtesy_title_and_a_permanent_representative_is_an_attendee() -> None:
    m = extract(HOST_RELEASE, "2025-03-12")
    envoy = attendee(m, "Ama Pokua")
    assert envoy.role.startswith("Permanent Representative")
    assert envoy.country == "GH"


def test_kenyan_cabinet_and_principal_secretaries_are_titles() -> None:
    text = (
        "Kenya and Uganda review border trade\n\nNairobi, 4 March 2025\n\n"
        "Cabinet Secretary for Trade Lee Kinyanjui met Uganda's Minister of Trade, "
        "Francis Mwebesa, in Nairobi on Monday. Principal Secretary for Trade Alfred "
        "K'Ombudo also attended.\n"
    )
    m = extract(text, "2025-03-05")
    assert attendee(m, "Lee Kinyanjui").role.startswith("Cabinet Secretary")
    assert attendee(m, "Alfred K'Ombudo").role.startswith("Principal Secretary")


def test_a_title_after_and_belongs_to_the_next_name() -> None:
    text = (
        "Readout – call on trade\n\nLondon, 4 March 2025\n\n"
        "All – short readout of Tuesday's video call between our Director for Trade "
        "Policy, Mark Hollis, and Ghana's Minister of Trade, Abena Owusu. I took notes.\n"
    )
    m = extract(text, "2025-03-05")
    assert attendee(m, "Mark Hollis").role != "Minister of Trade"
    assert attendee(m, "Abena Owusu").role == "Minister of Trade"


SWISS = """La conseillère fédérale Karin Keller reçoit le Secrétaire général de l'OSCE

Berne, 03.03.2025 – Le chef du Département fédéral de justice et police (DFJP), la \
conseillère fédérale Karin Keller, a reçu lundi à Berne le Secrétaire général de l'OSCE, \
M. Feridun Sinirlioglu. Les entretiens ont porté sur la migration.

Mme Keller a confirmé que la Suisse augmenterait sa contribution au programme de formation. \
Elle a indiqué que la demande d'appui serait examinée par le Conseil fédéral.

La représentante permanente de la Suisse auprès de l'OSCE, l'ambassadrice Lea Brunner, a \
pris part à l'entretien.
"""


def test_an_office_opening_the_sentence_before_a_rank_is_the_role() -> None:
    m = extract(SWISS, "2025-03-05")
    assert attendee(m, "Karin Keller").role == "Head"
    assert attendee(m, "Lea Brunner").role.startswith("Permanent Representative")


def test_a_confirmed_or_announced_future_in_the_past_is_a_next_step() -> None:
    m = extract(SWISS, "2025-03-05")
    texts = follow_up_texts(m)
    assert any("augmenterait" in t for t in texts), texts
    assert any("serait examinée" in t for t in texts), texts


RECORD_FR = """Compte rendu – Comité de suivi du projet « Routes rurales »

Réunion du mardi 4 mars 2025, 10h00, Ministère des Infrastructures, Lomé

Présents : M. Kossi Agbo, directeur des Routes ; Mme Anne Morel, attachée de coopération.

Excusés : M. Yao Mensah, gouverneur de la région des Plateaux ; M. Luc Perrot, chef du SCAC.

Décisions
R1. Le rapport d'étape sera transmis au ministère avant la fin du mois.
R2. La prochaine réunion se tiendra en juin 2025 à Kara.
"""


def test_a_numbered_decision_gives_one_next_step_not_two() -> None:
    m = extract(RECORD_FR, "2025-03-06")
    texts = follow_up_texts(m)
    assert len([t for t in texts if "rapport d'étape" in t]) == 1, texts
    assert len([t for t in texts if "prochaine réunion" in t]) == 1, texts


def test_a_governor_and_the_head_of_a_service_named_by_its_acronym_are_titles() -> None:
    m = extract(RECORD_FR, "2025-03-06")
    people = {p.name: p.role for p in m.attendees + m.mentioned}
    assert people.get("Yao Mensah") == "Governor", people
    assert people.get("Luc Perrot") == "Head", people


FR_RELEASE = """Jordanie – Entretien de M. Paul Lefort avec M. Ayman Safadi

Paris, le 4 mars 2025

Le ministre de l'Europe et des Affaires étrangères, M. Paul Lefort, s'est entretenu hier au \
Quai d'Orsay avec son homologue jordanien, M. Ayman Safadi, en visite à Paris.

M. Safadi a transmis les salutations du roi Abdallah II. Les deux ministres ont signé une \
feuille de route sur l'eau, qui prévoit trois projets pilotes d'ici la rentrée 2026.

M. Safadi a transmis l'invitation de son homologue à effectuer une visite en Jordanie ; \
M. Lefort se rendra à Amman au printemps.
"""


def test_the_french_foreign_ministrys_name_makes_its_minister_french() -> None:
    m = extract(FR_RELEASE, "2025-03-06")
    minister = attendee(m, "Paul Lefort")
    assert minister.country == "FR"
    assert "FR" in m.countries


def test_roi_is_king() -> None:
    m = extract(FR_RELEASE, "2025-03-06")
    king = next(p for p in m.mentioned if p.name.startswith("Abdallah"))
    assert king.role == "King"


def test_a_result_due_by_the_start_of_the_academic_year_is_a_next_step() -> None:
    m = extract(FR_RELEASE, "2025-03-06")
    assert any("rentrée 2026" in f.text for f in m.follow_ups), follow_up_texts(m)


TELEGRAPHIC = """Joint Working Group on Fisheries – minutes

Date: 4 March 2025
Venue: Ministry of Fisheries, Accra

1. Licensing
Review of the draft licensing regulation; text agreed except the annex on quotas (Annex 2). \
Technical teams to reconvene in April.
2. Patrols
The Ghanaian side went to see the new patrol vessel. Turning to surveillance, both sides \
welcomed the satellite pilot.
"""


def test_a_telegraphic_subject_to_verb_sentence_is_a_next_step() -> None:
    m = extract(TELEGRAPHIC, "2025-03-05")
    texts = follow_up_texts(m)
    assert "Technical teams to reconvene in April." in texts, texts
    assert not any(t.startswith(("The Ghanaian side went", "Turning")) for t in texts), texts


def test_a_will_not_sentence_is_no_next_step() -> None:
    text = (
        "Call on the Minister of Mines\n\nLusaka, 4 March 2025\n\n"
        "HMA called on the Minister of Mines, Paul Kabuswe, on Monday. The Ministry "
        "will not commit on the royalty regime before the budget.\n"
    )
    m = extract(text, "2025-03-05")
    assert not any("will not commit" in f.text for f in m.follow_ups)


SIGNED = """TD DAKAR n° 77 – Entretien de l'Ambassadeur avec la ministre de la Pêche

Dakar, le 7 mars 2025
Objet : Sénégal – accords de pêche

Reçu mardi par la ministre de la Pêche, Mme Awa Sow, j'ai évoqué le renouvellement du \
protocole de pêche. La ministre a demandé une réponse rapide de Bruxelles.

Mme Sow a salué la coopération avec nos services français. J'étais accompagné de \
M. Paul Girard, premier conseiller.

MARC LEBRUN
"""


def test_the_signer_of_a_first_person_telegram_was_there() -> None:
    m = extract(SIGNED, "2025-03-10")
    signer = attendee(m, "Marc Lebrun")
    assert signer.role == "Ambassador"


def test_a_capitalised_closing_line_of_common_words_is_no_signer() -> None:
    m = extract(SIGNED.replace("MARC LEBRUN", "FIN DE MESSAGE"), "2025-03-10")
    assert not any("Fin" in p.name for p in m.attendees + m.mentioned)


def test_our_people_name_the_writers_state_not_the_persons() -> None:
    m = extract(SIGNED, "2025-03-10")
    assert attendee(m, "Awa Sow").country != "FR"
    assert attendee(m, "Marc Lebrun").country == "FR"
    assert attendee(m, "Paul Girard").country == "FR"


def test_would_continue_to_in_reported_speech_is_a_next_step() -> None:
    text = (
        "Ghana and Togo review border security\n\nAccra, 4 March 2025\n\n"
        "Foreign Minister Samuel Ablakwa received his Togolese counterpart, Robert Dussey, "
        "in Accra on Monday. Ablakwa said Ghana would continue to support joint patrols "
        "along the border.\n"
    )
    m = extract(text, "2025-03-05")
    assert any("continue to support" in f.text for f in m.follow_ups)


def test_an_inline_result_set_for_a_later_month_is_a_next_step() -> None:
    text = (
        "Joint Committee on Fisheries – minutes\n\nDate: 4 March 2025\nVenue: Accra\n\n"
        "1. Licensing\nBoth sides reviewed the licence fees. Agreed: a joint inspection "
        "team to be deployed at Tema port from June 2025.\n"
    )
    m = extract(text, "2025-03-05")
    assert any("joint inspection team" in f.text for f in m.follow_ups)


POINT = """TD BAMAKO n° 40 – Entretien avec le ministre des Mines

Bamako, le 7 mars 2025

Reçu mardi par le ministre des Mines, M. Amadou Keita, j'ai fait le point sur le code minier \
et le prochain forum des investisseurs.

Commentaire :
Je recommande que le Département réponde rapidement à la demande d'expertise.

LUC MOREAU
"""


def test_the_next_event_a_meeting_took_stock_of_is_a_subject_not_a_step() -> None:
    m = extract(POINT, "2025-03-10")
    assert not any(f.text.startswith("Reçu mardi") for f in m.follow_ups)


def test_a_recommendation_in_the_first_person_is_a_next_step() -> None:
    m = extract(POINT, "2025-03-10")
    assert any(f.text.startswith("Je recommande") for f in m.follow_ups)


def test_a_venue_line_and_a_unit_in_brackets_name_no_subject() -> None:
    text = (
        "Joint Committee on Fisheries – minutes\n\nDate: 4 March 2025\n"
        "Venue: Ministry of Fisheries, Osu Castle House, Accra\n\n"
        "1. Licensing\nMr Kofi Boateng (FCU) presented the draft licensing regulation on "
        "industrial trawlers. The ministry (DFR) will circulate the revised quota table.\n"
    )
    m = extract(text, "2025-03-05")
    labels = topic_labels(m)
    assert "Osu Castle House" not in labels, labels
    assert "FCU" not in labels and "DFR" not in labels, labels


def test_the_short_name_of_a_ministry_defined_in_brackets_is_no_subject() -> None:
    text = (
        "Visite du ministre\n\nBerne, 04.03.2025 – Le chef du Département fédéral de "
        "l'économie (DEFR), M. Pierre Roth, a reçu lundi à Berne le ministre ghanéen du "
        "Commerce, M. Kwame Mensah. Les entretiens ont porté sur le cacao.\n\n"
        "Le chef du DEFR a salué la coopération.\n"
    )
    m = extract(text, "2025-03-06")
    assert "DEFR" not in topic_labels(m)


def test_an_acronym_of_the_meetings_own_body_in_the_headline_is_no_subject() -> None:
    text = (
        "Ghana–Togo Joint Permanent Commission – Working Group on Fisheries\n"
        "Minutes\n\nDate: 4 March 2025\n\n"
        "1. Opening\nThe Chair welcomed participants and recalled the JPC ministerial session "
        "held in Lomé in May, which asked the WG to report on illegal trawling before the next "
        "session.\n\n2. Licences\nThe WG reviewed fishing licences. The JPC secretariat will "
        "circulate the draft.\n"
    )
    m = extract(text, "2025-03-05")
    labels = topic_labels(m)
    assert "JPC" not in labels and "WG" not in labels, labels


def test_minutes_in_brackets_after_a_listed_name_marks_the_note_taker() -> None:
    text = (
        "Joint Committee on Fisheries – minutes\n\nDate: 4 March 2025\n\n"
        "Attendees\nGhana: Kofi Mensah, Director, Fisheries Commission; "
        "Ama Owusu, FCU (minutes)\n\n1. Licensing\nThe sides reviewed the licence fees.\n"
    )
    m = extract(text, "2025-03-05")
    assert attendee(m, "Ama Owusu").role == "Note-taker"


def test_confirming_that_someone_looks_forward_to_an_event_is_no_agreement() -> None:
    text = (
        "Meeting with the Foreign Minister of Ghana\n\nMedia release\n9 March 2025\n\n"
        "Minister for Foreign Affairs Anna Kovacs welcomed Ghana's Minister for Foreign "
        "Affairs, Samuel Ablakwa, to Budapest last Monday. Minister Ablakwa conveyed the "
        "greetings of President John Mahama and confirmed that President Mahama looks forward "
        "to the summit in Accra.\n"
    )
    m = extract(text, "2025-03-09")
    assert not any("looks forward" in a.text for a in m.agreements)


def test_the_host_who_received_a_foreign_writer_is_of_the_meeting_places_state() -> None:
    text = (
        "TD DAKAR n° 77 – Entretien de l'Ambassadeur avec la ministre de la Pêche\n\n"
        "Dakar, le 7 mars 2025\n\n"
        "Reçu mardi par la ministre de la Pêche, Mme Awa Sow, j'ai évoqué le renouvellement "
        "du protocole de pêche.\n\nMme Sow a salué la coopération avec nos services "
        "français. J'étais accompagné de M. Paul Girard, premier conseiller.\n\nMARC LEBRUN\n"
    )
    m = extract(text, "2025-03-10")
    assert attendee(m, "Awa Sow").country == "SN"
    assert attendee(m, "Paul Girard").country == "FR"


def test_a_visit_planned_for_a_later_month_is_a_next_step_an_election_is_not() -> None:
    text = (
        "Call on the Minister of Trade\n\nLusaka, 4 March 2025\n\n"
        "HMA called on the Minister of Trade, Chipoka Mulenga, on Monday. HMA previewed the "
        "visit of the UK Trade Envoy, Sir John Hale, planned for May. The Minister briefly "
        "mentioned the elections planned for August.\n"
    )
    m = extract(text, "2025-03-05")
    texts = follow_up_texts(m)
    assert any("Trade Envoy" in t for t in texts), texts
    assert not any("elections" in t for t in texts), texts


def test_a_position_on_a_place_makes_the_place_a_subject() -> None:
    text = (
        "Algérie – Entretien de M. Paul Lefort avec M. Ahmed Attaf\n\nParis, le 4 mars 2025\n\n"
        "Le ministre de l'Europe et des Affaires étrangères, M. Paul Lefort, s'est entretenu "
        "hier avec son homologue algérien, M. Ahmed Attaf.\n\n"
        "M. Lefort a rappelé la position constante de la France sur le Sahel occidental et "
        "sur la Libye.\n"
    )
    m = extract(text, "2025-03-06")
    assert any("Sahel" in t.label for t in m.topics), topic_labels(m)


def test_cs_is_the_kenyan_cabinet_secretary_no_subject() -> None:
    text = (
        "Kenya and Uganda review border trade\n\nNairobi, 4 March 2025\n\n"
        "Cabinet Secretary for Trade Lee Kinyanjui met Uganda's Minister of Trade, Francis "
        "Mwebesa, in Nairobi on Monday. They discussed border trade and the CS raised the "
        "sugar quota. The CS said Kenya would review the quota.\n"
    )
    m = extract(text, "2025-03-05")
    assert "CS" not in topic_labels(m)
