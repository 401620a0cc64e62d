"""Exchange: one meeting as a ``.briefing.json`` file, the whole archive as a folder of them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.errors import BriefingError
from briefing_app.fileio import atomic_write_text
from briefing_app.model import Meeting, load_meeting, save_meeting
from briefing_app.model.jsonio import MEETING_SUFFIX

CORRECTIONS_FILE = "people-corrections.json"


@dataclass
class FolderImport:
    imported: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


class ExchangeMixin:
    """Import and export methods of the archive."""

    def export_meeting(self, meeting_id: str, path: Path) -> Path:
        """Write one archived meeting (with its report text) to a ``.briefing.json`` file."""
        meeting: Meeting = self.get(meeting_id)  # type: ignore[attr-defined]
        save_meeting(meeting, Path(path))
        return Path(path)

    def import_meeting(self, path: Path) -> tuple[str, int]:
        """Read a ``.briefing.json`` file into the archive; (meeting id, revision).

        A meeting already in the archive gets a new revision, so the stored
        version stays available in its history.
        """
        meeting = load_meeting(Path(path))
        return meeting.id, self.save(meeting)  # type: ignore[attr-defined]

    def export_folder(self, folder: Path) -> int:
        """Every meeting as ``<id>.briefing.json`` plus the people corrections; the count."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        ids: list[str] = self.ids()  # type: ignore[attr-defined]
        for meeting_id in ids:
            meeting = self.get(meeting_id)  # type: ignore[attr-defined]
            save_meeting(meeting, folder / f"{_file_stem(meeting_id)}{MEETING_SUFFIX}")
        corrections = dict(
            self.connection.execute(  # type: ignore[attr-defined]
                "SELECT name, group_id FROM person_groups ORDER BY name"
            ).fetchall()
        )
        atomic_write_text(
            folder / CORRECTIONS_FILE, json.dumps(corrections, ensure_ascii=False, indent=2) + "\n"
        )
        return len(ids)

    def import_folder(self, folder: Path) -> FolderImport:
        """Read every meeting file of a folder (one transaction); bad files are listed."""
        folder = Path(folder)
        report = FolderImport()
        files = sorted(p for p in folder.glob("*.json") if p.name != CORRECTIONS_FILE)
        with self.bulk():  # type: ignore[attr-defined]
            for path in files:
                try:
                    meeting = load_meeting(path)
                    self.save(meeting)  # type: ignore[attr-defined]
                except BriefingError as exc:
                    report.failed.append((path.name, exc.message))
                else:
                    report.imported.append(meeting.id)
            corrections = folder / CORRECTIONS_FILE
            if corrections.is_file():
                try:
                    data = json.loads(corrections.read_text(encoding="utf-8"))
                except (OSError, ValueError) as exc:
                    report.failed.append((corrections.name, f"cannot be read: {exc}"))
                else:
                    for name, group in data.items() if isinstance(data, dict) else []:
                        self._assign([str(name)], str(group))  # type: ignore[attr-defined]
        return report


def _file_stem(meeting_id: str) -> str:
    from briefing_app.archive.recovery import recovery_file

    return recovery_file(Path("."), meeting_id).name.removesuffix(MEETING_SUFFIX)
