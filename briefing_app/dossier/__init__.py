"""Briefing dossiers gathered from the archive.

``gather_dossier`` works on any list of meetings; ``build_dossier_from_archive``
feeds it from the archive. ``to_meeting``/``from_meeting`` store a dossier as a
``Meeting(kind='dossier')``; ``render_context`` gives the export templates their data.
"""

from briefing_app.dossier.edit import (
    ClassificationLoweredError,
    check_classification,
    drop,
    move,
    restore,
    set_classification,
)
from briefing_app.dossier.gather import gather_dossier
from briefing_app.dossier.model import Dossier, Subject, SubjectKind
from briefing_app.dossier.storage import (
    DOSSIER_SOURCE_FORMAT,
    DossierDataError,
    from_meeting,
    is_dossier_meeting,
    meeting_classification_warning,
    to_meeting,
)

__all__ = [
    "DOSSIER_SOURCE_FORMAT",
    "ClassificationLoweredError",
    "Dossier",
    "DossierDataError",
    "Subject",
    "SubjectKind",
    "check_classification",
    "drop",
    "from_meeting",
    "gather_dossier",
    "is_dossier_meeting",
    "meeting_classification_warning",
    "move",
    "restore",
    "set_classification",
    "to_meeting",
]
