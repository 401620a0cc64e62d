"""What the "New briefing for…" dialog does, without Qt: gather, edit, check, save.

The dialog only shows the controller's state and forwards the officer's actions,
so every rule (what dropping changes, when the marking is too low) is the core's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefing_app.dossier import (
    Dossier,
    check_classification,
    drop,
    move,
    restore,
    to_meeting,
)
from briefing_app.dossier.archive_source import build_dossier_from_archive
from briefing_app.dossier.export import DEFAULT_TEMPLATES
from briefing_app.dossier.gather import country_name, describe_background
from briefing_app.errors import UserInputError
from briefing_app.model.codes import (
    classification_levels,
    find_classification,
    iso_alpha2_codes,
    organisation_codes,
)
from briefing_app.model.meeting import Meeting
from briefing_app.settings import Settings


def country_choices(language: str) -> list[str]:
    """ "KZ – Kazakhstan" for every country and organisation, sorted by name."""
    codes = sorted(iso_alpha2_codes()) + sorted(organisation_codes())
    return sorted(
        (f"{code} – {country_name(code, language)}" for code in codes),
        key=lambda s: s.split(" – ", 1)[1].casefold(),
    )


def parse_country_choice(text: str, language: str) -> str:
    """The code in "KZ – Kazakhstan", a bare code, or a country typed by name."""
    text = text.strip()
    if not text:
        raise UserInputError("Choose a country or organisation.")
    head = text.split(" – ", 1)[0].strip()
    codes = set(iso_alpha2_codes()) | set(organisation_codes())
    if head.upper() in codes:
        return head.upper()
    for code in codes:
        if text.casefold() in {
            country_name(code, language).casefold(),
            country_name(code, "en").casefold(),
        }:
            return code
    raise UserInputError(f"“{text}” is not a country or organisation Briefing Desk knows.")


class DossierController:
    def __init__(self, archive: Any, settings: Settings, *, today: dt.date | None = None) -> None:
        self.archive = archive
        self.settings = settings
        self.today = today
        self.dossier: Dossier | None = None
        self.language = "de" if settings.interface_language == "de" else "en"

    @property
    def template(self) -> str:
        return DEFAULT_TEMPLATES[self.language]

    def gather(
        self,
        *,
        country: str | None = None,
        person: str | None = None,
        date_from: dt.date | None = None,
        language: str | None = None,
    ) -> Dossier:
        """Gather afresh; what the officer typed (purpose, talking points) is carried over."""
        self.language = language or self.language
        previous = self.dossier
        dossier = build_dossier_from_archive(
            self.archive,
            country=country,
            person=person,
            date_from=date_from,
            today=self.today,
            language=self.language,
        )
        if previous is not None:
            dossier.purpose = previous.purpose
            dossier.meeting_date = previous.meeting_date
            dossier.meeting_place = previous.meeting_place
            dossier.talking_points = list(previous.talking_points)
        self.dossier = dossier
        return dossier

    def _require(self) -> Dossier:
        if self.dossier is None:
            raise UserInputError("Choose a country, organisation or person and gather first.")
        return self.dossier

    def set_kept(self, meeting_id: str, kept: bool) -> None:
        dossier = self._require()
        generated = describe_background(dossier)
        (restore if kept else drop)(dossier, meeting_id)
        # The counts in a background the officer has not rewritten follow the choice.
        if dossier.background == generated:
            dossier.background = describe_background(dossier)

    def move(self, meeting_id: str, offset: int) -> bool:
        return move(self._require(), meeting_id, offset)

    def set_purpose(self, text: str) -> None:
        self._require().purpose = text.strip()

    def set_meeting(self, day: dt.date | None, place: str) -> None:
        """When and where the prepared meeting takes place (either may be unknown)."""
        dossier = self._require()
        dossier.meeting_date = day
        dossier.meeting_place = place.strip()

    def set_background(self, text: str) -> None:
        self._require().background = text.strip()

    def set_talking_points(self, text: str) -> None:
        self._require().talking_points = [line.strip("•-* \t") for line in text.splitlines()]

    def classification_choices(self) -> list[str]:
        return [level.label for level in classification_levels()]

    def classification_warning(self, level: str) -> str | None:
        """The warning to show when *level* is below the sources (None when it is fine)."""
        return check_classification(self._require(), level)

    def set_classification(self, level: str) -> str | None:
        """Take *level* (the dialog confirms lowering first); returns the warning if any."""
        dossier = self._require()
        warning = check_classification(dossier, level)
        dossier.classification = find_classification(level).label
        return warning

    def save(self) -> Meeting:
        """Save the dossier in the archive as a Meeting(kind='dossier') and return it."""
        meeting = to_meeting(self._require(), drafted_by=self.settings.author)
        self.archive.save(meeting)
        return meeting
