"""People classes found on round 16 of unseen reports (tests/extract/reports_unseen16).

New sentences only, not the reports' own wording: participant rows opened by a delegation
("Казахстанская делегация:", "Japanese delegation:"), row items closed by a bracket
("Dr. Jonas Pfeiffer (BMZ, Leitung), …") with commas inside brackets, service abbreviations
and capitalised portfolios before a name (VLR I, UAL'in, "Vizeministerin für Energie"), a
readout of the call itself, the e-mail writer who took notes, the record's drafter listed
as a participant, and role forms (chef du service, министр национальной экономики).
"""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

# --- a participants row opened by "<adjective> delegation:" ------------------------------


def test_ru_protocol_rows_opened_by_a_delegation_are_attendees() -> None:
    meeting = extract(
        "ПРОТОКОЛ\nконсультаций МИД Российской Федерации и МИД Республики Казахстан\n\n"
        "г. Астана                                  4 марта 2025 г.\n\n"
        "Казахстанская делегация: заместитель министра иностранных дел Казахстана "
        "Роман Васичисленко; консул Айгерим Сейтказы.\n"
        "Российская делегация: посол России в Казахстане Алексей Бородавкин; "
        "первый секретарь Павел Лисицын.\n\n"
        "Стороны обсудили вопросы миграции и трудовой деятельности граждан.\n",
        language="ru",
    )
    assert attendee(meeting, "Роман Васичисленко").country == "KZ"
    consul = attendee(meeting, "Айгерим Сейтказы")
    assert (consul.country, consul.role) == ("KZ", "Consul")
    assert attendee(meeting, "Алексей Бородавкин").country == "RU"
    assert attendee(meeting, "Павел Лисицын").country == "RU"
    assert not meeting.mentioned


def test_en_record_rows_opened_by_a_delegation_are_attendees() -> None:
    meeting = extract(
        "Record of talks with Japan, 4 March 2025, Tokyo\n\n"
        "Japanese delegation: Vice-Minister Kenji Morita; Director Aiko Tanabe.\n"
        "British delegation: Ambassador Julia Longbottom; First Secretary Owen Pryce.\n\n"
        "The sides discussed semiconductors and defence cooperation.\n",
        language="en",
    )
    assert attendee(meeting, "Kenji Morita").country == "JP"
    assert attendee(meeting, "Owen Pryce").country == "GB"


# --- a row of "Name (service), Name (service)": the comma after a bracket ends an item ----


def test_de_row_items_closed_by_a_bracket_split_at_the_comma() -> None:
    meeting = extract(
        "Gesprächsvermerk\n\nBetreff: Konsultationen mit Vietnam am 3. März 2025 in Hanoi\n\n"
        "Teilnehmende:\n"
        "Deutsche Seite: Dr. Jonas Pfeiffer (BMZ, Leitung), Dr. Miriam Hellwig (GIZ), "
        "Tobias Renner (AA, Ref. 342)\n"
        "Vietnamesische Seite: Botschafter Nguyen Van Hai\n\n"
        "TOP 1 Berufsbildung\nDie Seiten sprachen über Pflegekräfte.\n",
        language="de",
    )
    assert attendee(meeting, "Jonas Pfeiffer").country == "DE"
    assert attendee(meeting, "Miriam Hellwig").country == "DE"
    assert attendee(meeting, "Tobias Renner").country == "DE"
    assert attendee(meeting, "Nguyen Van Hai").country == "VN"
    assert len(meeting.attendees) == 4


# --- German service abbreviations before a name: UAL'in, MinDirig, VLR ------------------


def test_de_service_abbreviations_are_titles_not_names() -> None:
    meeting = extract(
        "Ergebnisvermerk\n\nBetreff: Gespräch mit Peru am 3. März 2025 in Lima\n\n"
        "Anwesend:\n"
        "Deutsche Seite: UAL'in Dr. Sabine Kortmann (AA), VLR I Henrik Lorenz (AA, Ref. 330)\n"
        "Peruanische Seite: Vizeministerin Ana Cecilia Gervasi\n\n"
        "Die Seiten sprachen über Lithium.\n",
        language="de",
    )
    assert attendee(meeting, "Sabine Kortmann").role == "Deputy Director-General"
    assert attendee(meeting, "Henrik Lorenz").role == "Senior Counsellor"


def test_de_capitalised_portfolio_after_a_title_is_not_part_of_the_name() -> None:
    meeting = extract(
        "Gesprächsvermerk\n\nBetreff: Konsultationen mit Kasachstan am 3. März 2025\n\n"
        "Teilnehmer:\n"
        "Deutsche Seite: Botschafterin Petra Kolb\n"
        "Kasachische Seite: Vizeministerin für Energie Aigul Tasbolatova, "
        "Botschafter Nurlan Onzhanov\n\n"
        "Die Seiten sprachen über Wasserstoff.\n",
        language="de",
    )
    assert attendee(meeting, "Aigul Tasbolatova").country == "KZ"
    assert attendee(meeting, "Nurlan Onzhanov").country == "KZ"


# --- "a readout of the call with …": the reference cue introduces the meeting itself ------


def test_en_readout_of_a_call_names_its_participants() -> None:
    meeting = extract(
        "Readout: Minister's call with Chile, 3 March\n\n"
        "Colleagues – a brief readout of yesterday's phone call with Chile's Foreign "
        "Minister, Alberto van Klaveren. We covered lithium and Antarctic research.\n",
        language="en",
    )
    assert attendee(meeting, "Alberto van Klaveren").country == "CL"
    assert not meeting.mentioned


# --- the writer of a record e-mail who says they were there ("I took notes") -------------


def test_en_mail_sender_who_took_notes_is_an_attendee() -> None:
    meeting = extract(
        "Readout – Minister's meeting with the Peruvian Ambassador\n\n"
        "From: Laura Bennett (Latin America Department)\n"
        "Sent: 4 March 2025 10:02\n"
        "To: Americas Directorate\n\n"
        "Colleagues – the Minister met Peru's Ambassador, Luis Benavides, yesterday in "
        "London. I sat in and took notes. They discussed copper and a free trade review.\n",
        language="en",
    )
    sender = attendee(meeting, "Laura Bennett")
    assert sender.role == "Note-taker"


def test_de_mail_sender_without_first_person_presence_is_no_attendee() -> None:
    meeting = extract(
        "WG: Gespräch mit Botschafter Perus\n\n"
        "Von: Jonas Weber\n"
        "Gesendet: 4. März 2025\n"
        "An: Referat 330\n\n"
        "Die Ministerin traf gestern den Botschafter Perus, Luis Benavides, in Berlin. "
        "Sie sprachen über Kupfer und Handel.\n",
        language="de",
    )
    assert "Jonas Weber" not in [p.name for p in meeting.attendees]


def test_de_title_inside_brackets_stays_with_its_person() -> None:
    meeting = extract(
        "Gesprächsvermerk\n\nBetreff: Gespräch mit Kolumbien am 3. März 2025 in Bogotá\n\n"
        "Teilnehmer:\n"
        "Deutsche Seite: Gesandte Dr. Ines Vogt (AA, RL 332), Martin Kühne (KfW)\n"
        "Kolumbianische Seite: Vizeminister Carlos Reyes\n\n"
        "Die Seiten sprachen über Energie.\n",
        language="de",
    )
    assert not attendee(meeting, "Martin Kühne").role.startswith("Head of Division")
    assert attendee(meeting, "Ines Vogt").country == "DE"


# --- "chef du département …" / "cheffe de la division …" after a name in a French row ------


def test_fr_head_of_a_department_is_a_role() -> None:
    meeting = extract(
        "Compte rendu – consultations franco-marocaines\n\n"
        "Date de la réunion : lundi 3 mars 2025\n\n"
        "Participants\n"
        "Côté français : Anne Moreau, directrice des Amériques.\n"
        "Côté marocain : Youssef Alami, chef du service Europe ; Salma Bennani, cheffe de la "
        "division Asie.\n\n"
        "1. Les deux parties ont évoqué le lithium.\n",
        language="fr",
    )
    assert attendee(meeting, "Youssef Alami").role.startswith("Head")
    assert attendee(meeting, "Salma Bennani").role.startswith("Head")


# --- the record's drafter named in its header and among the participants -----------------


def test_fr_drafter_listed_among_participants_is_the_note_taker() -> None:
    meeting = extract(
        "Compte rendu de réunion – dialogue franco-géorgien\n\n"
        "Rédacteur : Hugo Lambert\n"
        "Date de la réunion : lundi 3 mars 2025\n\n"
        "Participants\n"
        "Côté français : Anne Moreau, directrice de l'Europe continentale ; Hugo Lambert.\n"
        "Côté géorgien : Nino Beridze, vice-ministre des Affaires étrangères.\n\n"
        "1. Les deux parties ont évoqué l'élargissement.\n",
        language="fr",
    )
    assert attendee(meeting, "Hugo Lambert").role == "Note-taker"
    assert attendee(meeting, "Anne Moreau").role != "Note-taker"


def test_en_drafter_with_a_listed_role_keeps_it() -> None:
    meeting = extract(
        "Record of meeting with Georgia, 3 March 2025, London\n\n"
        "Drafted by: Emma Clarke\n\n"
        "Present:\n"
        "UK: Minister of State Stephen Doughty; Emma Clarke, Head of Eastern Europe "
        "Department\n"
        "Georgia: Deputy Foreign Minister Lasha Darsalia\n\n"
        "They discussed the Black Sea.\n",
        language="en",
    )
    assert attendee(meeting, "Emma Clarke").role.startswith("Head")


# --- a minister of the national economy (ru) --------------------------------------------


def test_ru_minister_of_national_economy_keeps_the_portfolio() -> None:
    meeting = extract(
        "Решетников провел переговоры в Бишкеке\n\n"
        "БИШКЕК, 3 марта. Министр экономического развития России Максим Решетников во "
        "вторник встретился в Бишкеке с министром национальной экономики Киргизии "
        "Данияром Амангельдиевым. Стороны обсудили торговлю и логистику.\n",
        language="ru",
    )
    person = next(p for p in meeting.attendees if p.name.startswith("Данияр"))
    assert person.role == "Minister of National Economy"
