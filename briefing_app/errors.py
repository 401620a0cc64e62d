"""Error types whose message is written for the desk officer, not for a developer.

Every core module raises a subclass of :class:`BriefingError`; the CLI prints its
message as one sentence and the editor shows it in a dialog.
"""

from __future__ import annotations


class BriefingError(Exception):
    """An error with a message a desk officer can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotAvailableError(BriefingError):
    """A capability that this build does not offer (yet)."""


class UserInputError(BriefingError):
    """The user asked for something that cannot be done as asked (bad option, missing file)."""


class FileWriteError(BriefingError):
    """A file could not be written; nothing was changed on disk."""
