"""The meeting model shared by every part of Briefing Desk."""

from briefing_app.model.errors import MeetingDataError, describe_validation_error
from briefing_app.model.jsonio import (
    load_meeting,
    meeting_from_dict,
    meeting_from_json,
    meeting_json_schema,
    meeting_to_json,
    save_meeting,
)
from briefing_app.model.meeting import (
    SCHEMA_VERSION,
    Agreement,
    AgreementKind,
    FollowUp,
    FollowUpStatus,
    Location,
    Meeting,
    Person,
    Provenance,
    Side,
    Source,
    Span,
    Topic,
)

__all__ = [
    "SCHEMA_VERSION",
    "Agreement",
    "AgreementKind",
    "FollowUp",
    "FollowUpStatus",
    "Location",
    "Meeting",
    "MeetingDataError",
    "Person",
    "Provenance",
    "Side",
    "Source",
    "Span",
    "Topic",
    "describe_validation_error",
    "load_meeting",
    "meeting_from_dict",
    "meeting_from_json",
    "meeting_json_schema",
    "meeting_to_json",
    "save_meeting",
]
