"""Round 19/20 (de): participants of internal notes and wire reports."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract, mentioned, person_names

NOTE = """Gespräch StM mit Vize-AM Mongolei, 4.3., Berlin

Ort/Zeit: AA, Weltsaal, 10:00–10:40
TN DEU: StM'in Dr. Lisa Hartung; RL 342 Jan Petersen (Notiz)
TN MNG: Vize-AM Bold Ganbaatar; Ständige Vertreterin MNG bei VN Oyun Batbayar; Dolm.

Verlauf: Ganbaatar warb für Rohstoffkooperation.
"""


def test_tn_lines_name_each_sides_participants() -> None:
    m = extract(NOTE, "2025-03-06")
    assert attendee(m, "Lisa Hartung").country == "DE"
    assert attendee(m, "Bold Ganbaatar").country == "MN"
    envoy = attendee(m, "Oyun Batbayar")
    assert envoy.country == "MN"
    assert envoy.role == "Permanent Representative"


def test_a_month_before_a_surname_is_a_first_name() -> None:
    m = extract(NOTE, "2025-03-06")
    person = attendee(m, "Jan Petersen")
    assert person.role.startswith("Head of Division")
    assert "Ständige Vertreterin" not in person_names(m)


WIRE = (
    "Präsident Mirziyoyev empfängt Bundesministerin Petra Lindner\n"
    "\n"
    "Taschkent, 3. März – Der Präsident Usbekistans, Schawkat Mirziyoyev, hat am "
    "Montag die deutsche Bundesministerin Petra Lindner zu Gesprächen empfangen.\n"
    "\n"
    "An den Gesprächen nahmen von usbekischer Seite der Leiter der "
    "Präsidialverwaltung Sardor Umurzakow, der Minister für Bergbau und Geologie "
    "Bobur Islomov und der Energieminister Dschurabek Mirsamachmudow teil. Die "
    "deutsche Delegation bestand aus dem Botschafter Bernd Hollmann sowie den "
    "Bundestagsabgeordneten Clara Vogt und Malte Jessen.\n"
    "\n"
    "Beide Seiten sprachen über Energiepartnerschaften.\n"
    "\n"
)


def test_a_delegation_sentence_lists_attendees() -> None:
    m = extract(WIRE, "2025-03-05")
    for name in ("Bernd Hollmann", "Clara Vogt"):
        assert attendee(m, name).country == "DE"


def test_a_side_inside_the_sentence_gives_its_country() -> None:
    m = extract(WIRE, "2025-03-05")
    for name in ("Bobur Islomov", "Dschurabek Mirsamachmudow"):
        assert attendee(m, name).country == "UZ"


def test_a_noun_after_an_article_opens_no_name() -> None:
    m = extract(WIRE, "2025-03-05")
    assert attendee(m, "Sardor Umurzakow").role.startswith("Head")


def test_a_name_joined_to_a_titled_name_shares_the_title() -> None:
    m = extract(WIRE, "2025-03-05")
    person = attendee(m, "Malte Jessen")
    assert person.country == "DE"
    assert person.role == "Member of the Bundestag"


def test_a_meeting_noun_after_zu_ends_the_name() -> None:
    m = extract(WIRE, "2025-03-05")
    assert attendee(m, "Petra Lindner").country == "DE"


NOTES = (
    "Gespräch StS mit Vize-AM Kirgisistan, 12.3., Genf (Rand MRR)\n"
    "\n"
    "pers. Notizen RL 207 – nur zur internen Verwendung\n"
    "\n"
    "Ort/Zeit: StäV Genf, 13:00–13:45 (Mittagessen)\n"
    "TN DEU: StS Dr. Carla Stein; RL 207 Paul Weber (Notiz)\n"
    "TN KGZ: Vize-AM Asel Tschynybajewa\n"
    "\n"
    "Verlauf:\n"
    "- Tschynybajewa übermittelt Grüße von Präs. Sadyr Dschaparow an die BKin, lobt "
    "hum. Hilfe ggü. der Region.\n"
)


def test_a_place_and_time_label_names_the_venue() -> None:
    m = extract(NOTES, "2025-03-14")
    assert m.location is not None
    assert m.location.name == "Geneva"


def test_an_abbreviated_title_ends_no_sentence() -> None:
    m = extract(NOTES, "2025-03-14")
    assert mentioned(m, "Sadyr Dschaparow").role == "President"


def test_new_york_is_named_as_diplomats_write_it() -> None:
    m = extract(NOTES.replace("StäV Genf", "StäV New York"), "2025-03-14")
    assert m.location is not None
    assert m.location.name == "New York"
