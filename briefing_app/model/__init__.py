"""The meeting model shared by every part of Briefing Desk.

The names below load on first use (PEP 562), so ``briefing_app.model.codes`` or
``briefing_app.model.files`` can be imported without pydantic: the editor's window
shows before the model is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "briefing_app.model.errors": ("MeetingDataError", "describe_validation_error"),
    "briefing_app.model.jsonio": (
        "load_meeting",
        "meeting_from_dict",
        "meeting_from_json",
        "meeting_json_schema",
        "meeting_to_json",
        "save_meeting",
    ),
    "briefing_app.model.meeting": (
        "SCHEMA_VERSION",
        "Agreement",
        "AgreementKind",
        "FollowUp",
        "FollowUpStatus",
        "Location",
        "Meeting",
        "Person",
        "Provenance",
        "Side",
        "Source",
        "Span",
        "Topic",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

# Written out (not derived from _HOMES) so that linters and type checkers see the names;
# tests/model/test_lazy_names.py keeps this list, _HOMES and the imports above in step.
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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
