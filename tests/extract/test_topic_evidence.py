"""Topics are subjects the talks were about, not every subject word in the report.

Each test uses sentences written for it (not taken from a corpus or unseen round).
"""

from __future__ import annotations

from tests.extract.helpers import extract, topic_labels


def _topic(meeting, label: str):
    return next((t for t in meeting.topics if t.label == label), None)


# --- a subject word inside a title or an institution's name is no topic ----------------------


def test_portfolio_in_a_title_is_no_topic_in_four_languages():
    cases = [
        (
            "en",
            "Ministers meet\n\nVILNIUS, 3 March – Lithuania's Minister of Agriculture and Tourism, "
            "Rasa Vilkaite, met Estonia's Minister of Culture, Mart Kask, on Monday. "
            "The two ministers discussed cross-border rail links and flood protection on the "
            "Narva river.\n",
            ("Agriculture and food", "Tourism", "Culture"),
            "Railways",
        ),
        (
            "de",
            "Treffen in Riga\n\nRiga, 3. März – Die Bundesministerin für Bildung und Forschung, "
            "Petra Vogt, traf am Montag den lettischen Gesundheitsminister Juris Ozols. Im "
            "Mittelpunkt standen der Hochwasserschutz und die Zusammenarbeit bei Eisenbahnen.\n",
            ("Education and training", "Science and research", "Health"),
            "Railways",
        ),
        (
            "fr",
            "Entretien à Lomé\n\nLOMÉ, 3 mars – Le ministre togolais de l'Agriculture et du "
            "Tourisme, Koffi Amah, a reçu lundi la ministre malienne de la Santé, Awa Traoré. "
            "Les deux ministres ont évoqué la construction d'une ligne ferroviaire entre les "
            "deux capitales.\n",
            ("Agriculture and food", "Tourism", "Health"),
            "Railways",
        ),
        (
            "ru",
            "Встреча в Минске\n\nМИНСК, 3 марта. Делегация Министерства образования и науки "
            "Армении во главе с заместителем министра Ашотом Арояном провела в понедельник "
            "встречу с коллегами. Стороны обсудили строительство железной дороги и поставки "
            "зерна.\n",
            ("Science and research",),
            "Railways",
        ),
    ]
    for language, text, absent, present in cases:
        labels = topic_labels(extract(text, language=language))
        assert present in labels, (language, labels)
        for label in absent:
            assert label not in labels, (language, label, labels)


def test_units_in_an_e_mail_header_are_no_topics():
    text = (
        "Readout: call with the Peruvian trade minister\n\n"
        "From: Energy and Climate Unit\n"
        "To: Americas Directorate; Trade Policy Team\n\n"
        "Colleagues,\n\n"
        "The Ambassador spoke by phone yesterday with Peru's trade minister, Ana Quispe. "
        "They discussed access for Peruvian blueberries and the export of copper concentrate.\n"
    )
    labels = topic_labels(extract(text, reference="2025-06-12", language="en"))
    assert "Climate and COP" not in labels
    assert "Energy cooperation" not in labels
    assert "Trade" in labels  # the talks name it: "export of copper concentrate"


# --- procedural subjects only named as a next step ----------------------------------------


def test_commission_or_visit_named_only_as_next_step_is_no_topic():
    cases = [
        (
            "en",
            "Talks in Hanoi\n\nHANOI, 3 March – The two ministers discussed rice exports and "
            "fisheries. They agreed that the joint commission will meet in Manila in October. "
            "The minister is expected to pay a state visit to Vietnam next year.\n",
        ),
        (
            "de",
            "Gespräch in Prag\n\nPrag, 3. März – Die Minister erörterten den Ausbau der "
            "Wasserstoffnetze. Eine gemeinsame Arbeitsgruppe soll bis Ende Mai einen Bericht "
            "vorlegen. Die nächste Sitzung der Regierungskommission ist für Herbst geplant.\n",
        ),
        (
            "ru",
            "Переговоры в Ереване\n\nЕРЕВАН, 3 марта. Министры обсудили поставки зерна и "
            "вопросы ветеринарии. Стороны договорились создать совместную рабочую группу. "
            "Очередное заседание межправительственной комиссии пройдет в Баку в мае.\n",
        ),
    ]
    for language, text in cases:
        meeting = extract(text, language=language)
        labels = topic_labels(meeting)
        assert "Intergovernmental commission" not in labels, (language, labels)
        assert "Planned visits" not in labels, (language, labels)
        assert meeting.follow_ups, language  # the next step itself is still there


def test_commission_that_the_talks_are_about_stays_a_topic():
    text = (
        "Talks in Tirana\n\nTIRANA, 3 March – The ministers discussed the work of the joint "
        "commission on border crossings, which has not met since 2019.\n"
    )
    assert "Intergovernmental commission" in topic_labels(extract(text, language="en"))


# --- generic words need the talks to name them ----------------------------------------------


def test_one_generic_word_in_a_courtesy_sentence_is_no_topic():
    text = (
        "Minister receives ambassador\n\nOSLO, 3 March – The Minister received the new "
        "Ambassador of Chile, who conveyed greetings and stressed the importance of security "
        "and regional partnership. The two discussed salmon farming and the protection of "
        "fjords from fish farm waste.\n"
    )
    labels = topic_labels(extract(text, language="en"))
    assert "Security" not in labels
    assert "Regional cooperation" not in labels
    assert "Trade" not in labels  # "importance" is not "import"


def test_energy_transition_is_no_transit_corridor():
    text = (
        "Entretien à Dakar\n\nDAKAR, 3 mars – La ministre de la Transition écologique a "
        "rencontré lundi son homologue. Les échanges ont porté sur la transition énergétique "
        "et le financement des centrales solaires.\n"
    )
    labels = topic_labels(extract(text, language="fr"))
    assert "Transport and transit corridors" not in labels
    assert "Renewable energy" in labels


# --- a narrower subject says the broader one ----------------------------------------------------


def test_broad_area_beside_narrower_one_is_left_out_but_kept_elsewhere():
    only_narrow = (
        "Talks in Canberra\n\nCANBERRA, 3 March – The ministers discussed energy cooperation in "
        "green hydrogen and offshore wind power.\n"
    )
    labels = topic_labels(extract(only_narrow, language="en"))
    assert "Hydrogen" in labels and "Renewable energy" in labels
    assert "Energy cooperation" not in labels
    own_sentence = only_narrow.rstrip("\n") + (
        " They also discussed energy prices for industry in the coming winter.\n"
    )
    assert "Energy cooperation" in topic_labels(extract(own_sentence, language="en"))


def test_named_item_subsumes_its_generic_word():
    text = (
        "Talks in Astana\n\nASTANA, 3 March – The ministers discussed cargo volumes on the "
        "Middle Corridor and the modernisation of Aktau port.\n"
    )
    meeting = extract(text, language="en")
    labels = topic_labels(meeting)
    assert "Middle Corridor" in labels
    assert "Transport and transit corridors" not in labels


# --- confidence: what the talks discussed comes first, one weak mention is uncertain -----------


def test_discussed_subjects_are_confident_and_passing_ones_uncertain():
    text = (
        "Talks in Lisbon\n\nLISBON, 3 March – The ministers discussed wildfire prevention and "
        "the protection of forests. Portugal will host a tourism fair in May.\n"
    )
    meeting = extract(text, language="en")
    environment = _topic(meeting, "Environment")
    tourism = _topic(meeting, "Tourism")
    assert environment is not None and not environment.provenance.uncertain
    assert tourism is not None and tourism.provenance.uncertain
    labels = topic_labels(meeting)
    assert labels.index("Environment") < labels.index("Tourism")


# --- the occasion of a meeting and a party's prefix on a title are no subjects ----------------


def test_event_a_meeting_is_held_at_is_no_topic():
    cases = [
        (
            "en",
            "Ministers meet\n\nBRUSSELS, 3 March – The two ministers met on the sidelines of the "
            "OSCE Ministerial Council in Malta and discussed grain exports through the Danube "
            "ports.\n",
            "OSCE Ministerial Council",
        ),
        (
            "fr",
            "Rencontre\n\nPARIS, 3 mars – Les deux ministres se reverront en marge du sommet "
            "du G20 à Johannesburg. Ils ont discuté de la sécurité alimentaire au Sahel.\n",
            "Summit preparation",
        ),
        (
            "ru",
            "Встреча министров\n\nМОСКВА, 3 марта. Министры встретились на полях саммита ШОС в "
            "Астане и обсудили поставки зерна и удобрений.\n",
            "Summit preparation",
        ),
    ]
    for language, text, absent in cases:
        labels = topic_labels(extract(text, language=language))
        assert absent not in labels, (language, labels)
        assert labels, language


def test_am_rande_without_an_event_is_a_passing_mention_not_an_occasion():
    text = (
        "Gespräch in Lima\n\nLima, 3. März – Die Ministerin erörterte mit ihrem Amtskollegen den "
        "Schutz des Regenwaldes. Am Rande wurde auch der Export von Kupfer angesprochen.\n"
    )
    assert "Trade" in topic_labels(extract(text, language="de"))


def test_party_before_a_title_is_no_topic():
    text = (
        "Treffen in Brüssel\n\nBrüssel, 3. März – Die Ministerinnen bereiteten das Treffen der "
        "EU-Außenminister vor und erörterten die Lage der Fischerei in der Ostsee.\n"
    )
    labels = topic_labels(extract(text, language="de"))
    assert "European Union relations" not in labels


def test_subject_line_is_not_repeated_as_a_subject_area():
    text = (
        "Gesprächsvermerk\n\n"
        "Betreff: Wasserversorgung und Bewässerung\n"
        "Teilnehmer: StS Dr. Eva Brandt, Minister Karim Haddad\n\n"
        "Die Seiten sprachen über neue Brunnen im Jordantal und über die Wasserpreise für "
        "Landwirte.\n"
    )
    meeting = extract(text, language="de")
    labels = topic_labels(meeting)
    assert "Wasserversorgung" in labels
    assert "Water" not in labels


# --- common subjects the lexicon knows in every language ----------------------------------------


def test_health_culture_defence_and_teaching_vocabulary():
    cases = [
        (
            "en",
            "The ministers discussed tuberculosis clinics, a cinema festival, naval drills "
            "and the shortage of teachers.",
        ),
        (
            "de",
            "Die Minister erörterten Tuberkulosekliniken, ein Filmfestival, ein gemeinsames "
            "Manöver und den Mangel an Lehrern.",
        ),
        (
            "fr",
            "Les ministres ont évoqué les centres contre la tuberculose, un festival de cinéma, "
            "des exercices militaires et le manque d'enseignants.",
        ),
        (
            "ru",
            "Министры обсудили борьбу с туберкулезом, кинофестиваль, совместные учения и "
            "нехватку учителей.",
        ),
    ]
    for language, sentence in cases:
        labels = topic_labels(extract(f"Talks\n\n{sentence}\n", language=language))
        for label in ("Health", "Culture", "Defence", "Education and training"):
            assert label in labels, (language, label, labels)


# --- a party to the talks is no subject; a state the talks are about is -----------------------


def test_name_of_a_party_is_no_topic_but_a_third_state_is():
    party = (
        "Переговоры в Москве\n\nМОСКВА, 3 марта. Министр иностранных дел России Сергей Лавров "
        "провел переговоры с министром иностранных дел Армении Араратом Мирзояном. Стороны "
        "обсудили поставки зерна в Армению.\n"
    )
    labels = topic_labels(extract(party, language="ru"))
    assert "South Caucasus peace process" not in labels
    assert "Agriculture and food" in labels
    third = (
        "Talks in Paris\n\nPARIS, 3 March – French Foreign Minister Anne Roux met Polish "
        "Foreign Minister Jan Nowak on Monday. They discussed support for Ukraine.\n"
    )
    assert "Ukraine" in topic_labels(extract(third, language="en"))


def test_hyphenated_city_and_named_occasion_are_no_topics():
    city = (
        "Staatsbesuch in Vietnam\n\nHanoi, 3. März – Die Bundesministerin erörterte mit "
        "ihrem Amtskollegen den Handel mit Kaffee. Am Freitag fliegt sie nach "
        "Ho-Chi-Minh-Stadt, wo sie eine Berufsschule besucht.\n"
    )
    labels = topic_labels(extract(city, language="de"))
    assert "Ho-Chi-Minh-Stadt" not in labels
    assert "Trade" in labels
    occasion = (
        "Ministers meet\n\nLONDON, 3 March – The ministers discussed offshore wind farms. They "
        "will meet again on the margins of the Commonwealth Heads of Government Meeting in "
        "Apia next month.\n"
    )
    labels = topic_labels(extract(occasion, language="en"))
    assert not any("Commonwealth" in label for label in labels), labels
    assert "Renewable energy" in labels


# --- a subject the lexicon does not know: what the sentence says was discussed ------------------


def test_unknown_subject_is_taken_from_the_discussion_sentence_and_marked_uncertain():
    cases = [
        ("en", "The two ministers discussed the return of looted manuscripts.", "manuscripts"),
        ("de", "Die Ministerinnen sprachen über die Rückführung entführter Kinder.", "Kinder"),
        ("fr", "Les deux ministres ont évoqué la protection des lanceurs d'alerte.", "alerte"),
        ("ru", "Министры обсудили возвращение похищенных рукописей.", "рукописей"),
    ]
    for language, sentence, word in cases:
        meeting = extract(f"Talks\n\n{sentence}\n", language=language)
        found = [t for t in meeting.topics if word in t.label]
        assert found, (language, topic_labels(meeting))
        assert found[0].provenance.uncertain


def test_no_subject_from_vague_courtesy_or_next_step_sentences():
    cases = [
        ("en", "The two ministers discussed issues of mutual interest."),
        ("en", "The minister also talked with his counterpart, Ms. Ivana Horvat."),
        ("fr", "Les deux délégations ont examiné les attentes des différents secteurs."),
        ("ru", "Стороны отметили высокий уровень двусторонних отношений."),
        ("de", "Die Minister werden die Rückführung entführter Kinder im Mai erörtern."),
    ]
    for language, sentence in cases:
        meeting = extract(f"Talks\n\n{sentence}\n", language=language)
        assert not [t for t in meeting.topics if t.provenance.method == "topic:discussed"], (
            language,
            topic_labels(meeting),
        )


def test_a_known_subject_area_is_not_repeated_as_a_discussed_phrase():
    meeting = extract(
        "Talks\n\nThe ministers discussed wheat exports through the Black Sea.\n", language="en"
    )
    assert not [t for t in meeting.topics if t.provenance.method == "topic:discussed"]
    assert "Agriculture and food" in topic_labels(meeting)


def test_russian_title_with_po_and_dative_portfolio_is_no_topic():
    text = (
        "Переговоры в Москве\n\nМОСКВА, 3 марта. Заместитель министра по торговым и "
        "инвестиционным вопросам Иван Петров провел переговоры с коллегой и обсудил поставки "
        "удобрений.\n"
    )
    labels = topic_labels(extract(text, language="ru"))
    assert "Trade" not in labels and "Investment" not in labels
    assert "Agriculture and food" in labels


def test_space_and_fisheries_subjects_and_no_cable_in_cod():
    cases = [
        ("en", "The ministers discussed a joint satellite for weather data and salmon farming."),
        ("de", "Die Minister erörterten einen gemeinsamen Satelliten und die Kabeljaufischerei."),
        ("fr", "Les ministres ont évoqué un programme spatial commun et l'aquaculture."),
        ("ru", "Министры обсудили запуск спутника связи и рыболовство."),
    ]
    for language, sentence in cases:
        labels = topic_labels(extract(f"Talks\n\n{sentence}\n", language=language))
        assert "Space" in labels, (language, labels)
        assert "Agriculture and food" in labels, (language, labels)
        assert "Power grid and interconnection" not in labels, (language, labels)


def test_invitation_to_a_visit_next_month_is_a_next_step_not_a_topic():
    text = (
        "Talks\n\nThe ministers discussed avalanche warning systems. The minister accepted an "
        "invitation to visit Reykjavik in September.\n"
    )
    meeting = extract(text, language="en")
    assert "Planned visits" not in topic_labels(meeting)
    assert any("Reykjavik" in f.text for f in meeting.follow_ups)
