"""Round 23/24 (de): cables with a result summary on top and first-person records."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import attendee, extract, follow_up_texts, mentioned, topic_labels


def test_weekday_with_its_date_in_a_meeting_sentence_names_the_meeting_day() -> None:
    text = (
        "Drahtbericht Botschaft Lima – Gespräch im Außenministerium\n\n"
        "Lima, den 24.09.2026\n\n"
        "Ergebnis:\n"
        "Peruanische Seite sagt zu, bis 15.10. Unterlagen zum Bergbauvorhaben zu übermitteln.\n\n"
        "Im Einzelnen:\n"
        "1. Botschafterin Ulrike Brandt wurde am Dienstag, 22.09., vom Vizeminister "
        "Javier Salinas zu einem Gespräch empfangen.\n"
    )
    m = extract(text, "2026-09-25")
    assert m.date == dt.date(2026, 9, 22)
    assert attendee(m, "Ulrike Brandt").country == "DE"


def test_drafter_who_writes_that_they_were_received_attends() -> None:
    text = (
        "Drahtbericht Botschaft Accra – Gespräch mit Vizeministerin Mensah\n\n"
        "Accra, den 03.03.2026\n"
        "Verfasser: Dr. Tobias Riedel\n\n"
        "Gesandter Markus Hoff und ich wurden am Montag, 02.03., von Vizeministerin "
        "Abena Mensah zu einem Gespräch über Kakaohandel empfangen.\n"
    )
    m = extract(text, "2026-03-04")
    assert attendee(m, "Tobias Riedel")
    assert "Tobias Riedel" not in [p.name for p in m.mentioned]


def test_drafter_of_a_record_in_the_third_person_is_not_an_attendee() -> None:
    text = (
        "Drahtbericht Botschaft Accra – Gespräch mit Vizeministerin Mensah\n\n"
        "Accra, den 03.03.2026\n"
        "Verfasser: Dr. Tobias Riedel\n\n"
        "Gesandter Markus Hoff wurde am Montag, 02.03., von Vizeministerin "
        "Abena Mensah zu einem Gespräch über Kakaohandel empfangen.\n"
    )
    m = extract(text, "2026-03-04")
    assert "Tobias Riedel" not in [p.name for p in m.attendees]


def test_english_civil_service_titles_in_german_text_are_roles() -> None:
    text = (
        "Gespräch im Finanzministerium in Lusaka\n\n"
        "Botschafterin Ulrike Brandt traf am Mittwoch, 14.01., in Lusaka den Permanent "
        "Secretary im Finanzministerium, Felix Mwansa, und die Principal Secretary "
        "Ruth Chanda zu einem Gespräch über Schuldenumstrukturierung.\n"
    )
    m = extract(text, "2026-01-15")
    assert attendee(m, "Ruth Chanda").role == "Principal Secretary"


def test_a_german_land_and_its_adjective_are_germany() -> None:
    text = (
        "Botschafter aus Peru zu Gast\n\n"
        "Der Botschafter der Republik Peru, Luis Paredes, ist am Montag von Thüringens "
        "Ministerpräsident Mario Voigt zu einem Gespräch empfangen worden. Die thüringische "
        "Seite warb für Hochschulpartnerschaften.\n"
    )
    m = extract(text, "2026-05-06")
    assert "DE" in m.countries
    assert attendee(m, "Luis Paredes").country == "PE"
    assert attendee(m, "Mario Voigt").country == "DE"


def test_mit_dabei_war_names_a_participant() -> None:
    text = (
        "Gespräch in der Staatskanzlei\n\n"
        "Mainz, 05.05.2026\n\n"
        "Ministerpräsident Alexander Schweitzer empfing am Montag den Botschafter Perus, "
        "Luis Paredes, zu einem Gespräch. Mit dabei war auch Wirtschaftsministerin "
        "Daniela Schmitt.\n"
    )
    m = extract(text, "2026-05-06")
    assert attendee(m, "Daniela Schmitt")


def test_a_further_appointment_later_that_day_names_people_only_mentioned() -> None:
    text = (
        "Botschafter Perus in Mainz\n\n"
        "Mainz, 05.05.2026\n\n"
        "Ministerpräsident Alexander Schweitzer empfing am Montag den Botschafter Perus, "
        "Luis Paredes, zu einem Gespräch über Wasserstoff. Am Abend traf Paredes im Theater "
        "noch die Oberbürgermeisterin Nino Haase.\n"
    )
    m = extract(text, "2026-05-06")
    assert attendee(m, "Luis Paredes")
    assert mentioned(m, "Nino Haase").role == "Mayor"


def test_a_city_someone_travelled_to_is_not_the_meeting_place() -> None:
    text = (
        "Betr.: Gespräch Botschafter Hoff mit dem Staatssekretär im Außenministerium\n"
        "Quito, 11.02.2026\n\n"
        "Unterredung im Außenministerium, ca. 40 Min., Außenministerin Gabriela Sommerfeld, "
        "die zu Konsultationen nach Lima gereist war, ließ sich vertreten.\n"
    )
    m = extract(text, "2026-02-12")
    assert m.location is not None and m.location.name == "Quito"


def test_a_local_rank_after_a_comma_opens_the_next_participant() -> None:
    text = (
        "Betr.: Gespräch Botschafter Hoff im Außenministerium Perus am 10.02.\n"
        "Lima, 12.02.2026\n\n"
        "Teilnehmer: Botschafter Markus Hoff; PER: GenSekr Carla Mendoza, Ministra "
        "Lucía Paredes (Leiterin Europaabteilung)\n\n"
        "I. Zusammenfassung\n"
        "Gespräch in freundlicher Atmosphäre über Rohstoffpartnerschaft und Klimaschutz.\n"
    )
    m = extract(text, "2026-02-13")
    assert attendee(m, "Carla Mendoza").role == "Secretary General"
    assert attendee(m, "Lucía Paredes").country == "PE"


def test_a_noun_after_title_name_and_article_is_no_one_word_name() -> None:
    text = (
        "Betr.: Gespräch Botschafter Hoff mit Vizeministerin Carla Mendoza am 10.02.\n"
        "Lima, 12.02.2026\n\n"
        "Botschafter Markus Hoff traf am 10.02. Vizeministerin Carla Mendoza zu einem "
        "Gespräch. Sie sagte, dass Präsident Boluarte die peruanischen Rohstoffgespräche "
        "fortsetzen wolle. Die Rohstoffgespräche sollen im März beginnen.\n"
    )
    m = extract(text, "2026-02-13")
    names = [p.name for p in m.attendees + m.mentioned]
    assert not any("Rohstoffgespräche" in n for n in names), names


def test_gestern_counts_from_a_press_release_header_date() -> None:
    text = (
        "Staatssekretär empfängt peruanische Vizeministerin\n\n"
        "Pressemitteilung | Bundesministerium | 20.04.2026\n\n"
        "Staatssekretär Jan Vogt hat gestern in Berlin die Vizeministerin der Republik "
        "Peru, Carla Mendoza, zu einem Gespräch über Rohstoffe empfangen.\n"
    )
    m = extract(text, "2026-04-23")
    assert m.date == dt.date(2026, 4, 19)


def test_a_wish_in_direct_speech_is_no_next_step() -> None:
    text = (
        "Peruanische Vizeministerin in Mainz\n\n"
        "Mainz, 05.05.2026\n\n"
        "Ministerpräsident Alexander Schweitzer empfing am Montag die Vizeministerin Perus, "
        "Carla Mendoza, zu einem Gespräch. „Wir wollen unsere Hochschulen enger mit "
        "deutschen Partnern verbinden“, sagte die Vizeministerin. Zudem soll bis Ende Juni "
        "ein Stipendienprogramm vorbereitet werden.\n"
    )
    m = extract(text, "2026-05-06")
    texts = follow_up_texts(m)
    assert not any("Hochschulen" in t for t in texts), texts
    assert any("Stipendienprogramm" in t for t in texts), texts


def test_a_body_that_convenes_later_is_a_next_step() -> None:
    text = (
        "Staatssekretär empfängt peruanische Vizeministerin\n\n"
        "Berlin, 20.04.2026\n\n"
        "Staatssekretär Jan Vogt hat am Montag in Berlin die Vizeministerin der Republik "
        "Peru, Carla Mendoza, zu einem Gespräch über Rohstoffe empfangen. Beide Seiten "
        "würdigten die Zusammenarbeit. Der gemeinsame Lenkungsausschuss tritt im September "
        "in Lima erneut zusammen.\n"
    )
    m = extract(text, "2026-04-21")
    assert any("Lenkungsausschuss" in f.text for f in m.follow_ups), m.follow_ups


def test_a_hope_for_something_is_no_next_step() -> None:
    text = (
        "Betr.: Gespräch Botschafter Hoff mit Vizeministerin Carla Mendoza am 10.02.\n"
        "Lima, 12.02.2026\n\n"
        "1. Klima: Mendoza würdigte den deutschen Beitrag zum Waldschutzfonds. Man hoffe "
        "auf eine deutsche Zusage für den Fonds vor der Klimakonferenz.\n"
        "2. Rohstoffe: Die peruanische Seite wird bis Ende März eine Projektliste übermitteln.\n"
    )
    m = extract(text, "2026-02-13")
    texts = follow_up_texts(m)
    assert not any("hoffe" in t for t in texts), texts
    assert any("Projektliste" in t for t in texts), texts


def test_an_agreement_that_something_happens_next_year_is_a_next_step() -> None:
    text = (
        "Peruanische Vizeministerin in Mainz\n\n"
        "Mainz, 05.05.2026\n\n"
        "Ministerpräsident Alexander Schweitzer empfing am Montag die Vizeministerin Perus, "
        "Carla Mendoza, zu einem Gespräch über Hochschulen. Beide würdigten die "
        "Partnerschaft. Vereinbart wurde, dass eine Delegation rheinland-pfälzischer "
        "Hochschulen im Herbst 2027 Lima besucht.\n"
    )
    m = extract(text, "2026-05-06")
    assert any("Delegation" in a.text for a in m.agreements)
    assert any("Delegation" in f.text for f in m.follow_ups), m.follow_ups


def test_ministry_and_university_acronyms_are_no_topics() -> None:
    text = (
        "Drahtbericht Botschaft Lima – Gespräch über Wasserstoff\n\n"
        "Lima, den 24.09.2026\n\n"
        "Botschafterin Ulrike Brandt traf am Dienstag, 22.09., Vizeminister Javier Salinas "
        "zu einem Gespräch über grünen Wasserstoff. Wir haben zugesagt, die Anfrage an das "
        "BMWE und das BMFTR weiterzugeben. Salinas lobte die Kooperation mit der TU Dresden.\n\n"
        "Weiteres Vorgehen:\n"
        "- Anfrage an BMWE/BMFTR – bis 30.09.\n"
        "- Kontakt zur TU Dresden herstellen – bis Ende Oktober\n"
    )
    m = extract(text, "2026-09-25")
    labels = topic_labels(m)
    assert not {"BMWE", "BMFTR", "TU"} & set(labels), labels


def test_interest_in_a_visit_is_a_next_step() -> None:
    text = (
        "Drahtbericht Botschaft Lima – Gespräch im Außenministerium\n\n"
        "Lima, den 24.09.2026\n\n"
        "Botschafterin Ulrike Brandt traf am Dienstag, 22.09., Vizeminister Javier Salinas "
        "zu einem Gespräch über Bergbau. Salinas würdigte die Zusammenarbeit und äußerte "
        "den Wunsch nach einem Besuch des Ministers in Hamburg im Frühjahr.\n"
    )
    m = extract(text, "2026-09-25")
    assert any("Hamburg" in f.text for f in m.follow_ups), m.follow_ups


def test_zudem_after_an_agreement_continues_it() -> None:
    text = (
        "Peruanische Vizeministerin in Mainz\n\n"
        "Mainz, 05.05.2026\n\n"
        "Ministerpräsident Alexander Schweitzer empfing am Montag die Vizeministerin Perus, "
        "Carla Mendoza, zu einem Gespräch über Hochschulen.\n\n"
        "Vereinbart wurde ein Austausch von Lehrkräften. Außerdem sollen bis Ende August "
        "Stipendien für zehn Studierende ausgeschrieben werden.\n"
    )
    m = extract(text, "2026-05-06")
    assert any("Stipendien" in a.text for a in m.agreements), m.agreements
