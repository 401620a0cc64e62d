"""German classes from unseen rounds 21 and 22 (sentences written for these tests)."""

from __future__ import annotations

from tests.extract.helpers import (
    agreement_texts,
    attendee,
    extract,
    follow_up_texts,
    mentioned,
    topic_labels,
)


def test_compound_participants_label_opens_the_list() -> None:
    # "Gesprächsteilnehmer:" / "Delegationsteilnehmer:" are the participants label too
    text = (
        "Vermerk über das Gespräch von MD Berger mit Botschafterin Nilsson am 12.03.2025\n\n"
        "Delegationsteilnehmer:\n"
        "- DEU: MD Dr. Jonas Berger; RL'in 205 Miriam Haase (Vermerk)\n"
        "- SWE: Botschafterin Karin Nilsson; Gesandter Olof Berg\n\n"
        "1. Ostseekooperation: Beide Seiten begrüßten die Fortschritte.\n"
    )
    m = extract(text, "2025-03-14", language="de")
    assert attendee(m, "Jonas Berger").country == "DE"
    assert attendee(m, "Miriam Haase").country == "DE"
    assert attendee(m, "Karin Nilsson").country == "SE"
    assert attendee(m, "Olof Berg").country == "SE"


def test_zuvor_places_the_talks_on_the_day_of_the_statement_before() -> None:
    # the meeting first appears after a background paragraph and a quote dated "am Montag";
    # "hatte zuvor … empfangen" happened just before that statement, on the same day
    text = (
        "Nordische Zusammenarbeit: Ministerin sagt Unterstützung zu\n\n"
        "Von Jan Petersen, Kiel\n\n"
        "Der Ostseerat ringt seit Monaten um seine künftige Ausrichtung. Mehrere Mitglieder "
        "fordern eine Reform der Arbeitsgruppen.\n\n"
        "„Wir brauchen den Rat mehr denn je“, sagte Bundesministerin Helga Brandt am Montag "
        "in Kiel.\n\n"
        "Brandt hatte zuvor die finnische Europaministerin Aino Lehtonen zu einem Gespräch "
        "empfangen. Beide vereinbarten eine engere Abstimmung.\n"
    )
    m = extract(text, "2025-03-06", language="de")
    assert str(m.date) == "2025-03-03"
    assert {p.name for p in m.attendees} == {"Helga Brandt", "Aino Lehtonen"}


def test_predecessor_word_introduces_a_person() -> None:
    # "Vorgängerin", "Amtsvorgänger", "Nachfolger" say the name after them is a person
    text = (
        "Vermerk über das Gespräch von StM Keller mit dem Botschafter Chiles am 04.03.2025\n\n"
        "Teilnehmer: StM Anton Keller; Botschafter Rodrigo Fuentes (CHL)\n\n"
        "1. Rohstoffe: Fuentes erinnerte daran, dass sein Amtsvorgänger Esteban Rojas das "
        "Abkommen vorbereitet habe. Kellers Nachfolgerin Dana Voss werde es fortführen.\n"
    )
    m = extract(text, "2025-03-06", language="de")
    names = {p.name for p in m.mentioned}
    assert {"Esteban Rojas", "Dana Voss"} <= names


def test_party_column_of_alpha3_codes_gives_each_row_its_country() -> None:
    # a "| Seite | Name | Funktion |" table: the side cell holds an alpha-3 code, and a
    # country named in the function cell ("Abteilung Brasilien") is not the person's country
    text = (
        "Gesprächsvermerk – Videokonferenz Referat 330 / MRE Argentinien\n\n"
        "Teilnehmer\n\n"
        "| Seite | Name | Funktion |\n"
        "|---|---|---|\n"
        "| AA | Dr. Lena Hofmeister | Leiterin Referat 330 |\n"
        "| ARG | Martín Quiroga | Direktor, Abteilung Brasilien und Paraguay |\n"
        "| ARG | Sofía Benítez | Botschaftsrätin |\n\n"
        "1. Handel: Austausch über das Abkommen.\n"
    )
    m = extract(text, "2025-03-06", language="de")
    assert attendee(m, "Martín Quiroga").country == "AR"
    assert attendee(m, "Sofía Benítez").country == "AR"
    assert "BR" not in m.countries


def test_leiter_referat_is_head_of_division() -> None:
    text = (
        "Vermerk\n\n"
        "Teilnehmer: Leiter Referat 212 Paul Imhof; Botschafter Tomás Ruiz (ESP)\n\n"
        "1. Energie: Austausch.\n"
    )
    m = extract(text, "2025-03-06", language="de")
    assert attendee(m, "Paul Imhof").role.startswith("Head of Division")


def test_colon_joining_two_agreements_gives_two() -> None:
    text = (
        "Bundeskanzler empfängt Premierministerin Norwegens\n\n"
        "Berlin, 3. März 2025 – Bundeskanzler Olaf Brückner hat am Montag die norwegische "
        "Premierministerin Ingrid Solberg zu Gesprächen empfangen. Beide Seiten vereinbarten, "
        "die Wasserstoffpartnerschaft zu vertiefen: Eine Absichtserklärung zu Pipelines, "
        "die die Energieminister am Morgen unterzeichnet hatten, soll bis Ende 2026 "
        "umgesetzt werden.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    texts = agreement_texts(m)
    assert any(t.endswith("die Wasserstoffpartnerschaft zu vertiefen") for t in texts)
    assert any(t.startswith("Eine Absichtserklärung zu Pipelines") for t in texts)


def test_colon_before_a_plain_statement_keeps_the_agreement_whole() -> None:
    text = (
        "Außenministerin trifft Amtskollegen aus Kenia\n\n"
        "Berlin, 3. März 2025 – Außenministerin Maren Voigt hat am Montag ihren kenianischen "
        "Amtskollegen Daniel Mwangi empfangen. Beide vereinbarten einen jährlichen Dialog: "
        "Die erste Runde findet im Herbst in Nairobi statt.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    assert agreement_texts(m) == [
        "Beide vereinbarten einen jährlichen Dialog: Die erste Runde findet im Herbst in "
        "Nairobi statt."
    ]


def test_lettered_points_name_the_subjects() -> None:
    # "a) Heading: …" points of a record name the subjects like numbered ones
    text = (
        "Gesprächsvermerk\n\n"
        "Teilnehmer: RL 240 Dr. Simon Kraft; Botschafter Luis Ortega (MEX)\n\n"
        "2. Verlauf\n"
        "a) Fischereiabkommen: O. erläuterte den Stand der Gespräche mit der Kommission.\n"
        "b) Lithiumabbau: Beide Seiten sehen Potenzial für Investitionen.\n"
    )
    m = extract(text, "2025-03-06", language="de")
    labels = topic_labels(m)
    assert "Fischereiabkommen" in labels
    assert "Lithiumabbau" in labels


def test_situation_in_a_region_makes_the_region_a_subject() -> None:
    text = (
        "Staatsministerin empfängt Außenminister Perus\n\n"
        "Berlin, 3. März 2025 – Staatsministerin Carla Wendt hat am Montag den Außenminister "
        "Perus, Javier Salcedo, zu einem Gespräch empfangen. Beide tauschten sich über die "
        "Lage im Amazonasbecken und die Zusammenarbeit in den Anden aus.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    assert "Amazonasbecken" in topic_labels(m)


def test_energy_transition_is_no_transit() -> None:
    text = (
        "Bundesminister trifft Energieminister Vietnams\n\n"
        "Berlin, 3. März 2025 – Bundesminister Erik Lohse hat am Montag den vietnamesischen "
        "Energieminister Tran Van Long getroffen. Im Mittelpunkt stand die Just Energy "
        "Transition Partnership und der Ausbau der Solarenergie.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    assert "Transport and transit corridors" not in topic_labels(m)


def test_city_adjective_before_a_format_word_names_a_format() -> None:
    text = (
        "Außenminister beraten in Prag\n\n"
        "Prag, 3. März 2025 – Außenministerin Maren Voigt hat am Montag ihren tschechischen "
        "Amtskollegen Pavel Dvořák getroffen. Voigt dankte ihm für die Abstimmung im Aachener "
        "Dreieck und lobte die Fortschritte bei der Energiepartnerschaft.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    labels = topic_labels(m)
    assert "Aachener Dreieck" in labels


def test_short_consent_to_a_proposal_is_an_agreement() -> None:
    text = (
        "Vermerk\n\n"
        "Teilnehmer: MD Dr. Jonas Berger; Botschafterin Karin Nilsson (SWE)\n\n"
        "1. Ostsee: SWE schlägt eine gemeinsame Übung der Küstenwachen vor. MD stimmte zu.\n"
    )
    m = extract(text, "2025-03-06", language="de")
    assert "MD stimmte zu." in agreement_texts(m)


def test_warning_without_agreement_is_no_agreement() -> None:
    text = (
        "Ministerin trifft Generalsekretär\n\n"
        "Berlin, 3. März 2025 – Außenministerin Maren Voigt hat am Montag den Generalsekretär "
        "des Europarats, Alain Berset, empfangen. Berset warnte, ohne Einigung über den "
        "Haushalt müsse die Organisation Programme streichen.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    assert m.agreements == []


def _follow_up_texts(text: str, reference: str) -> list[str]:
    return follow_up_texts(extract(text, reference, language="de"))


def test_programme_on_a_coming_weekday_is_a_next_step() -> None:
    text = (
        "Bundespräsident empfängt Präsidentin Chiles\n\n"
        "Berlin, 3. März 2025 – Bundespräsident Karl Lindner hat am Montag die Präsidentin "
        "Chiles, Isabel Rojas, empfangen. Beide sprachen über Lithium.\n\n"
        "Am Donnerstag wird die Präsidentin in Hamburg den Hafen besichtigen.\n"
    )
    texts = _follow_up_texts(text, "2025-03-04")
    assert any(t.startswith("Am Donnerstag wird die Präsidentin") for t in texts)


def test_aimed_for_is_a_next_step_and_not_done_is_none() -> None:
    text = (
        "Vermerk\n\n"
        "Teilnehmer: MD Dr. Jonas Berger; Botschafterin Karin Nilsson (SWE)\n\n"
        "1. Konsultationen: Ein Treffen der Minister wird angestrebt.\n"
        "2. N. erwähnte, dass ihr Vorgänger Lars Berg die Gespräche fortsetzen wolle; "
        "Erörterung nicht erfolgt.\n"
    )
    texts = _follow_up_texts(text, "2025-03-06")
    assert any("angestrebt" in t for t in texts)
    assert not any("nicht erfolgt" in t for t in texts)


def test_number_after_a_staff_title_names_the_division() -> None:
    text = (
        "Vermerk\n\n"
        "Teilnehmer: Referentin 412 Nora Lindqvist (Vermerk); Botschafter Tomás Ruiz (ESP)\n\n"
        "1. Energie: Austausch.\n"
    )
    m = extract(text, "2025-03-06", language="de")
    assert attendee(m, "Nora Lindqvist").role == "Desk Officer, Division 412"


def test_military_honours_are_ceremony_not_defence() -> None:
    text = (
        "Bundeskanzler empfängt Präsidenten Ghanas\n\n"
        "Berlin, 3. März 2025 – Bundeskanzler Olaf Brückner hat am Montag den Präsidenten "
        "Ghanas, Kwame Mensah, mit militärischen Ehren im Kanzleramt empfangen. Die beiden "
        "sprachen über Kakaohandel und Solarenergie.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    assert "Defence" not in topic_labels(m)


def test_already_transmitted_is_no_next_step() -> None:
    text = (
        "Vermerk\n\n"
        "Teilnehmer: MD Dr. Jonas Berger; Botschafterin Karin Nilsson (SWE)\n\n"
        "Entschuldigt: Dr. Ute Marx (BMWK), die ihre Hinweise schriftlich übermittelt hat.\n\n"
        "1. Energie: Austausch über Offshore-Wind.\n"
    )
    assert not any("übermittelt hat" in t for t in _follow_up_texts(text, "2025-03-06"))


def test_party_in_brackets_after_a_name_is_no_topic() -> None:
    text = (
        "Ministerin trifft Amtskollegen\n\n"
        "Berlin, 3. März 2025 – „Wir stehen zusammen“, sagte Bundesministerin Maren Voigt (FDP) "
        "am Montag nach einem Gespräch mit dem kenianischen Außenminister Daniel Mwangi (ODM) "
        "über Handel und Klimaschutz.\n"
    )
    labels = topic_labels(extract(text, "2025-03-04", language="de"))
    assert "FDP" not in labels and "ODM" not in labels


def test_alpha3_party_label_is_no_topic() -> None:
    text = (
        "Vermerk\n\n"
        "Teilnehmer:\n"
        "- DEU: MD Dr. Jonas Berger\n"
        "- SWE: Botschafterin Karin Nilsson\n\n"
        "1. Ostsee: SWE schlägt eine gemeinsame Übung der Küstenwachen vor. SWE bittet um "
        "eine Antwort bis Ende April, DEU prüft den Vorschlag.\n"
    )
    labels = topic_labels(extract(text, "2025-03-06", language="de"))
    assert "SWE" not in labels and "DEU" not in labels


def test_warning_of_a_conditional_consequence_is_no_next_step() -> None:
    text = (
        "Ministerin trifft Generalsekretär\n\n"
        "Berlin, 3. März 2025 – Außenministerin Maren Voigt hat am Montag den Generalsekretär "
        "des Europarats, Alain Berset, empfangen. Berset warnte, falls die Beiträge nicht bis "
        "Ende Mai eingingen, werde die Organisation Programme streichen müssen.\n"
    )
    assert not any("warnte" in t for t in _follow_up_texts(text, "2025-03-04"))


def test_donor_conference_is_funding() -> None:
    text = (
        "Ministerin trifft UNHCR-Hochkommissar\n\n"
        "Genf, 3. März 2025 – Entwicklungsministerin Maren Voigt hat am Montag den "
        "Hochkommissar Filippo Rossi getroffen. Beide sprachen über ein Treffen der "
        "Geberländer für den Sudan im Juni.\n"
    )
    labels = topic_labels(extract(text, "2025-03-04", language="de"))
    assert "Finance and funding" in labels


def test_companies_are_not_small_and_medium_businesses() -> None:
    text = (
        "Bundespräsident empfängt Präsidenten Kenias\n\n"
        "Berlin, 3. März 2025 – Bundespräsident Karl Lindner hat am Montag den Präsidenten "
        "Kenias, Samuel Kiptoo, empfangen. Lindner ermutigte deutsche Unternehmen, die "
        "Chancen in Ostafrika zu nutzen, und sprach mit Kiptoo über Geothermie.\n"
    )
    labels = topic_labels(extract(text, "2025-03-04", language="de"))
    assert "Small and medium-sized businesses" not in labels


def test_country_before_von_belongs_to_the_other_person() -> None:
    text = (
        "Bundespräsident empfängt Präsidentin Chiles\n\n"
        "Berlin, 3. März 2025 – Bundespräsident Karl Lindner hat am Montag die Präsidentin "
        "Chiles, Isabel Rojas, empfangen.\n\n"
        "Am Mittwoch wird die chilenische Präsidentin von Bundeskanzlerin Petra Albers im "
        "Kanzleramt empfangen.\n"
    )
    m = extract(text, "2025-03-04", language="de")
    assert mentioned(m, "Petra Albers").country == "DE"
