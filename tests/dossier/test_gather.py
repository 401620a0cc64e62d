from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.dossier import SubjectKind, gather_dossier
from briefing_app.errors import UserInputError
from tests.dossier.meetings import TODAY, all_meetings, corpus_meetings


@pytest.fixture(scope="module")
def meetings():
    return all_meetings()


def ids(dossier):
    return [s.meeting_id for s in dossier.timeline()]


def test_country_gathers_every_meeting_with_kazakhstan_newest_first(meetings):
    dossier = gather_dossier(meetings, country="kz", today=TODAY)
    assert dossier.subject.kind == SubjectKind.COUNTRY
    assert dossier.subject.label == "Kazakhstan"
    found = ids(dossier)
    for expected in (
        "de-minutes-001",  # Berlin consultations
        "ru-minutes-001",  # Astana, KZ-AZ
        "en-news-005",  # C5+1 in Tashkent, KZ listed as a participant
        "kz-2024-astana",
        "kz-2019-official",
        "kz-2025-later",
    ):
        assert expected in found
    assert "fr-news-001" not in found  # Mauritania/France
    assert "kz-future" not in found  # not a previous meeting
    assert "kz-old-dossier" not in found  # earlier briefings are not sources
    dates = [dossier.source(i).date for i in found]
    assert dates == sorted(dates, reverse=True)
    entry = dossier.source("de-minutes-001")
    assert entry.place == "Berlin"
    assert "Aibek Nurlanuly" in [p.name for p in entry.participants]
    assert "Green hydrogen" in [t.label for t in entry.topics]


def test_german_dossier_names_the_country_in_german(meetings):
    dossier = gather_dossier(meetings, country="KZ", today=TODAY, language="de")
    assert dossier.subject.label == "Kasachstan"
    assert "Kasachstan" in dossier.background
    assert "frühere Begegnungen" in dossier.background


def test_organisation_is_found_through_its_representatives(meetings):
    dossier = gather_dossier(meetings, country="COE", today=TODAY)
    assert dossier.subject.kind == SubjectKind.ORGANISATION
    assert ids(dossier) == ["en-news-004"]  # Jagland for the Council of Europe


def test_date_from_leaves_out_older_meetings(meetings):
    dossier = gather_dossier(meetings, country="KZ", date_from=dt.date(2025, 1, 1), today=TODAY)
    assert set(ids(dossier)) == {"de-minutes-001", "ru-minutes-001", "kz-2025-later"} | (
        {"de-news-000"} if any(m.id == "de-news-000" for m in meetings) else set()
    )
    assert "2025-01-01" in dossier.background


def test_person_is_found_under_spellings_in_four_languages(meetings):
    dossier = gather_dossier(meetings, person="Lavrov", today=TODAY)
    assert set(ids(dossier)) == {"de-news-002", "de-news-003", "ru-news-002", "fr-lavrov"}
    assert dossier.subject.kind == SubjectKind.PERSON
    assert dossier.subject.code == "RU"
    # Typed in Cyrillic, the same meetings.
    cyrillic = gather_dossier(meetings, person="Сергей Лавров", today=TODAY)
    assert set(ids(cyrillic)) == set(ids(dossier))
    assert gather_dossier(meetings, person="Sergey Lavrov", today=TODAY).subject.label == (
        "Sergey Lavrov"
    )
    lavrov = dossier.people()[0]
    assert lavrov.counterpart
    assert lavrov.meetings == 4
    assert {"Sergej Lawrow", "Сергей Лавров", "Sergueï Lavrov"} <= set(lavrov.spellings)
    # The latest meeting (2021, Tashkent) gives the current role.
    assert lavrov.role == "Foreign Minister"
    assert lavrov.last_met == dt.date(2021, 7, 16)


def test_person_with_a_common_surname_is_not_mixed_up(meetings):
    dossier = gather_dossier(meetings, person="Ilham Aliyev", today=TODAY)
    assert set(ids(dossier)) >= {"de-news-004", "en-news-001", "ru-news-001"}
    assert all(
        any("aliyev" in p.name.lower() or "алиев" in p.name.lower() for p in s.participants)
        for s in dossier.timeline()
    )
    assert gather_dossier(meetings, person="Heydar Aliyev", today=TODAY).sources == []


def test_people_carry_their_latest_role_and_counterparts_come_first(meetings):
    dossier = gather_dossier(meetings, country="KZ", today=TODAY)
    people = {p.name: p for p in dossier.people()}
    nurlanuly = people["Aibek Nurlanuly"]
    assert nurlanuly.role == "Foreign Minister"  # promoted since March 2025
    assert nurlanuly.meetings == 3
    assert nurlanuly.last_met == dt.date(2025, 5, 20)
    order = dossier.people()
    first_other = next(i for i, p in enumerate(order) if not p.counterpart)
    assert all(p.country == "KZ" for p in order[:first_other])
    assert all(not p.counterpart for p in order[first_other:])


def test_open_items_put_the_overdue_first(meetings):
    dossier = gather_dossier(meetings, country="KZ", today=TODAY)
    items = dossier.open_items()
    texts = [i.text for i in items]
    assert texts[:2] == [
        "Send the draft roadmap on rare earths.",  # due 31 Jan, 122 days overdue
        "Answer the visa letter of the embassy.",  # due 15 May
    ]
    assert items[0].overdue and items[0].owner == "Referat 205"
    assert items[0].days_overdue == (TODAY - dt.date(2025, 1, 31)).days
    assert texts[2] == "Schedule the steering group."  # due, not yet overdue
    assert not items[2].overdue
    assert "Already sent: invitation letter." not in texts  # done
    undated = texts.index("Report back on Aktau.")
    assert all(i.due is None for i in items[undated:])


def test_agreements_and_signed_documents_carry_date_and_meeting(meetings):
    dossier = gather_dossier(meetings, country="KZ", today=TODAY)
    agreements = dossier.agreements()
    signed = [a for a in agreements if a.kind == "signed"]
    assert [a.text for a in signed] == ["Memorandum on raw materials signed."]
    assert signed[0].date == dt.date(2024, 11, 5) and signed[0].meeting_id == "kz-2024-astana"
    texts = [a.text for a in agreements]
    assert any("Arbeitsgruppe Rohstoffe" in t for t in texts)  # de-minutes-001
    dates = [a.date for a in agreements]
    assert dates == sorted(dates, reverse=True)


def test_recurring_topics_group_labels_worded_differently(meetings):
    dossier = gather_dossier(meetings, country="KZ", today=TODAY)
    topics = dossier.recurring_topics()
    corridor = next(t for t in topics if "Trans-Caspian route / Middle Corridor" in t.labels)
    assert set(corridor.meeting_ids) >= {
        "de-minutes-001",
        "ru-minutes-001",
        "kz-2024-astana",
        "kz-2025-later",
    }
    assert corridor.count == len(corridor.meeting_ids)
    raw = next(t for t in topics if "Critical raw materials and rare earths" in t.labels)
    assert "Rare earths and critical raw materials" in raw.labels
    # Every recurring topic spans two meetings or more; one-off topics are not listed.
    assert all(t.count >= 2 for t in topics)
    listed = {label for t in topics for label in t.labels}
    assert "Visa facilitation for students and researchers" not in listed
    assert topics == sorted(topics, key=lambda t: -t.count)


def test_unrelated_topics_sharing_one_generic_word_stay_apart():
    dossier = gather_dossier(corpus_meetings(), country="UZ", today=TODAY)
    listed = {label for t in dossier.recurring_topics() for label in t.labels}
    assert "Trade and economic cooperation" not in listed or (
        "Cultural and humanitarian cooperation" not in listed
    )


def test_subject_must_be_one_country_or_one_person(meetings):
    with pytest.raises(UserInputError):
        gather_dossier(meetings, today=TODAY)
    with pytest.raises(UserInputError):
        gather_dossier(meetings, country="KZ", person="Lavrov", today=TODAY)
    with pytest.raises(UserInputError, match="not a country code"):
        gather_dossier(meetings, country="Kasachstan", today=TODAY)


def test_no_meetings_gives_an_empty_dossier_that_says_so():
    dossier = gather_dossier([], country="KZ", today=TODAY)
    assert dossier.timeline() == []
    assert dossier.open_items() == [] and dossier.recurring_topics() == []
    assert "no earlier meetings" in dossier.background
    assert dossier.classification == "none"
