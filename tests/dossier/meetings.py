"""Meetings for dossier tests: the corpus gold answers plus a few varied by hand."""

from __future__ import annotations

import datetime as dt

from briefing_app.model import meeting_from_dict
from briefing_app.model.meeting import (
    Agreement,
    AgreementKind,
    FollowUp,
    FollowUpStatus,
    Location,
    Meeting,
    Person,
    Topic,
)
from tests.corpus_data import corpus_items

TODAY = dt.date(2025, 6, 2)


def corpus_meetings() -> list[Meeting]:
    """One meeting per annotated report, its id the report's id."""
    return [meeting_from_dict({**item["gold"], "id": item["id"]}) for item in corpus_items()]


def varied_meetings() -> list[Meeting]:
    nurlanuly = Person(name="Aibek Nurlanuly", role="Foreign Minister", country="KZ")
    return [
        Meeting(
            id="kz-2024-astana",
            title="Konsultationen in Astana",
            date=dt.date(2024, 11, 5),
            location=Location(name="Astana", country="KZ"),
            classification="VS-VERTRAULICH",
            countries=["DE", "KZ"],
            attendees=[
                Person(name="Lena Hartwig", role="Minister of State", country="DE"),
                Person(name="Aibek Nurlanuly", role="Deputy Foreign Minister", country="KZ"),
            ],
            topics=[
                Topic(label="Middle Corridor transport route", keywords=["middle corridor"]),
                Topic(label="Rare earths and critical raw materials"),
            ],
            agreements=[
                Agreement(text="Memorandum on raw materials signed.", kind=AgreementKind.SIGNED)
            ],
            follow_ups=[
                FollowUp(
                    text="Send the draft roadmap on rare earths.",
                    owner="Referat 205",
                    due=dt.date(2025, 1, 31),
                ),
                FollowUp(
                    text="Answer the visa letter of the embassy.",
                    owner="Referat 508",
                    due=dt.date(2025, 5, 15),
                ),
                FollowUp(
                    text="Schedule the steering group.",
                    owner="KZ MFA",
                    due=dt.date(2025, 9, 30),
                ),
                FollowUp(text="Report back on Aktau.", owner="Referat 205"),
                FollowUp(
                    text="Already sent: invitation letter.",
                    owner="Referat 205",
                    due=dt.date(2024, 12, 1),
                    status=FollowUpStatus.DONE,
                ),
            ],
        ),
        Meeting(
            id="kz-2019-official",
            title="Visit of the Kazakh Foreign Minister",
            date=dt.date(2019, 6, 10),
            location=Location(name="Berlin", country="DE"),
            classification="OFFICIAL",
            countries=["DE", "KZ"],
            attendees=[
                Person(name="Heiko Maas", role="Foreign Minister", country="DE"),
                Person(name="Beibut Atamkulov", role="Foreign Minister", country="KZ"),
            ],
            topics=[Topic(label="Green hydrogen projects")],
            agreements=[Agreement(text="Both sides agreed to a hydrogen task force.")],
        ),
        Meeting(
            id="kz-2025-later",
            title="Telephone call",
            date=dt.date(2025, 5, 20),
            classification="none",
            countries=["KZ", "DE"],
            attendees=[nurlanuly, Person(name="Lena Hartwig", country="DE")],
            topics=[Topic(label="Trans-Caspian corridor tariffs")],
        ),
        Meeting(
            id="kz-future",
            title="Planned visit",
            date=dt.date(2025, 9, 1),
            countries=["KZ", "DE"],
        ),
        Meeting(
            id="kz-old-dossier",
            kind="dossier",
            title="Briefing: Kazakhstan",
            date=dt.date(2025, 1, 10),
            countries=["KZ"],
        ),
        Meeting(
            id="fr-lavrov",
            title="Entretien avec Sergueï Lavrov",
            date=dt.date(2016, 2, 11),
            location=Location(name="Munich", country="DE"),
            countries=["FR", "RU"],
            attendees=[
                Person(
                    name="Sergueï Lavrov", role="ministre des Affaires étrangères", country="RU"
                ),
                Person(name="Jean-Marc Ayrault", role="Foreign Minister", country="FR"),
            ],
            topics=[Topic(label="Syria ceasefire")],
        ),
    ]


def all_meetings() -> list[Meeting]:
    return corpus_meetings() + varied_meetings()
