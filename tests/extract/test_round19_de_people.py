"""Round 19 (de): who met in a multilateral wire report, and names in plural titles."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract, mentioned

TRIANGLE = (
    "Nordische Runde berät in Oslo über Arktis-Fragen\n"
    "\n"
    "Oslo (dpa) - Die Außenminister Norwegens, Dänemarks und Finnlands haben am Montag in "
    "Oslo über die Sicherheit in der Arktis beraten. Auf Einladung des norwegischen "
    "Außenministers Espen Barth Eide kamen der dänische Außenminister Lars Løkke "
    "Rasmussen und seine finnische Amtskollegin Elina Valtonen im Regierungsviertel "
    "zusammen. Später stieß auch der Generalsekretär der NATO, Mark Rutte, zu der "
    "Gruppe hinzu, ebenso die Vizepräsidentin der EU-Kommission Henna Virkkunen.\n"
    "\n"
    "Die Minister warben für mehr Investitionen in die Arktis.\n"
    "\n"
    "Die Runde war 1995 von den damaligen Außenministern Bjørn Tore Godal, Niels Helveg "
    "Petersen und Tarja Halonen begründet worden.\n"
)


def test_the_inviter_of_a_meeting_that_took_place_attends_it() -> None:
    m = extract(TRIANGLE, "2025-03-05")
    assert attendee(m, "Espen Barth Eide").country == "NO"
    assert attendee(m, "Lars Løkke Rasmussen").country == "DK"


def test_a_person_who_joined_the_round_attends_it() -> None:
    m = extract(TRIANGLE, "2025-03-05")
    attendee(m, "Mark Rutte")


def test_the_eu_abbreviation_names_the_union() -> None:
    m = extract(
        "Treffen in Riga\n\nRiga (dpa) - Bei dem Treffen am Montag war auch die Hohe "
        "Vertreterin der EU, Anna Lindqvist, dabei. Lindqvist sprach über Sanktionen "
        "gegen Russland.\n",
        "2025-03-05",
    )
    assert attendee(m, "Anna Lindqvist").country == "EU"


def test_names_after_a_plural_title_are_people() -> None:
    m = extract(TRIANGLE, "2025-03-05")
    for name in ("Bjørn Tore Godal", "Niels Helveg Petersen", "Tarja Halonen"):
        assert mentioned(m, name).role == "Foreign Minister"


CABLE = (
    "Drahtbericht aus Chisinau – Moldau: Gespräch Botschafterin mit Vize-AM\n"
    "\n"
    "aus: Chisinau\n"
    "nr 88 vom 14.10.2025, 0930 oz\n"
    "an: Auswärtiges Amt, Referat 205\n"
    "Betr.: Moldau – Gespräch Botschafterin mit Vize-AM\n"
    "\n"
    "I. Zusammenfassung\n"
    "Botschafterin führte gestern im moldauischen Außenministerium ein Gespräch mit "
    "Vize-AM Mihai Popsoi (Teilnehmer moldauischerseits außerdem: Ion Ceban, Direktor "
    "Europa; botschaftsseitig: Leiter Pol Markus Brandt, Notiz). Popsoi warb für "
    "Investitionen.\n"
    "\n"
    "Brandt\n"
)


def test_yesterday_counts_from_the_cables_own_number_line() -> None:
    m = extract(CABLE, "2025-10-16")
    assert str(m.date) == "2025-10-13"


def test_the_embassys_own_side_in_a_sentence_is_the_home_state() -> None:
    m = extract(CABLE, "2025-10-16")
    person = attendee(m, "Markus Brandt")
    assert person.country == "DE"
    assert person.role == "Head of Political Section"
    assert attendee(m, "Ion Ceban").country == "MD"


def test_only_the_states_listed_together_in_the_lead_take_part() -> None:
    m = extract(
        "Slavkov-Runde tagt in Wien\n\nWien (dpa) - Die Außenminister Österreichs, "
        "Tschechiens und der Slowakei haben am Montag in Wien über die Unterstützung der "
        "Ukraine beraten.\n",
        "2025-03-05",
    )
    assert sorted(m.countries) == ["AT", "CZ", "SK"]


def test_bm_in_a_german_record_is_the_german_minister() -> None:
    text = CABLE.replace(
        "Popsoi warb für Investitionen.",
        "Popsoi übermittelte eine Einladung an BM Karl Sommer zu einem Besuch in Chisinau.",
    )
    m = extract(text, "2025-10-16")
    assert mentioned(m, "Karl Sommer").country == "DE"
