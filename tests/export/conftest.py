from __future__ import annotations

from typing import Any

import pytest

from briefing_app.export import TemplateInfo, list_templates
from briefing_app.model import Meeting, meeting_from_dict
from briefing_app.paths import resolve_paths
from tests.corpus_data import corpus_items

CLASSIFICATIONS = ["VS – NUR FÜR DEN DIENSTGEBRAUCH", "OFFICIAL-SENSITIVE", "RESTRICTED", "SECRET"]


def builtin_templates() -> list[TemplateInfo]:
    return [info for info in list_templates(resolve_paths()) if info.builtin]


def corpus_meetings() -> list[tuple[str, Meeting]]:
    """Every corpus gold as a Meeting, each with a classification marking set."""
    meetings = []
    for number, item in enumerate(corpus_items()):
        meeting = meeting_from_dict(item["gold"])
        meeting.classification = CLASSIFICATIONS[number % len(CLASSIFICATIONS)]
        meeting.language = item["language"]
        meetings.append((item["id"], meeting))
    return meetings


def dossier_extra(meeting: Meeting) -> dict[str, Any]:
    """The context the dossier code supplies, built here from the meeting itself."""
    return {
        "previous_meetings": [
            {
                "title": meeting.title,
                "date": meeting.date,
                "place": meeting.location.name if meeting.location else "",
                "participants": [p.name for p in meeting.attendees],
                "topics": [t.label for t in meeting.topics],
            }
        ],
        "open_items": [
            {"text": f.text, "owner": f.owner, "due": f.due, "meeting": meeting.title}
            for f in meeting.follow_ups
        ],
        "people": [
            {"name": p.name, "role": p.role, "country": p.country, "meetings": 2}
            for p in meeting.attendees
        ],
        "recurring_topics": [{"label": t.label, "count": 2} for t in meeting.topics[:2]],
    }


@pytest.fixture
def rich_meeting() -> Meeting:
    """A meeting with every section filled, and text that needs escaping."""
    return meeting_from_dict(
        {
            "title": "Talks on AT&T <Holding> & the Middle Corridor",
            "date": "2025-03-03",
            "time": "10:00",
            "end_time": "11:30",
            "location": {"name": "Baku", "country": "AZ"},
            "classification": "VS-NfD",
            "countries": ["AZ", "KZ"],
            "tags": ["transport"],
            "purpose": "Prepare the commission.",
            "background": "Trade grew by 12 % in 2024.\n\nThe last commission met in Astana.",
            "attendees": [
                {"name": "Ilham Aliyev", "role": "President", "country": "AZ", "side": "host"},
                {"name": "Askar Bektenov", "role": "Minister", "country": "KZ", "side": "guest"},
            ],
            "mentioned": [{"name": "Murat Nurtleu", "role": "Foreign Minister", "country": "KZ"}],
            "topics": [
                {"label": "Middle Corridor", "summary": 'Tariffs "harmonised" <soon>.'},
                {"label": "Energy"},
            ],
            "agreements": [{"text": "Roadmap by June", "kind": "signed"}],
            "follow_ups": [
                {"text": "Send draft roadmap", "owner": "Division 205", "due": "2025-04-15"},
                {"text": "Prepare visit", "owner": "Embassy", "due_text": "Q3", "status": "done"},
            ],
            "talking_points": ["Thank the hosts"],
            "source": {"file_name": "readout.txt", "agency": "AZERTAC", "headline": "Readout"},
            "drafted_by": "A. Schmidt",
            "distribution": ["Division 205", "Embassy Baku"],
            "created": "2025-03-04T09:00:00Z",
            "modified": "2025-03-04T09:00:00Z",
        }
    )
