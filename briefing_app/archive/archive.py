"""``open_archive``: the Archive object the editor and the CLI work with."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from briefing_app.archive import backup as backups
from briefing_app.archive import recovery
from briefing_app.archive.errors import ArchiveError
from briefing_app.archive.exchange import ExchangeMixin
from briefing_app.archive.history import HistoryMixin
from briefing_app.archive.people import PeopleMixin
from briefing_app.archive.schema import migrate
from briefing_app.archive.search import SearchMixin
from briefing_app.archive.store import ArchiveCore
from briefing_app.archive.tracker import FollowUpMixin
from briefing_app.archive.types import RestoreResult
from briefing_app.model import Meeting

REPLACED_FOLDER = "replaced"


class Archive(PeopleMixin, ExchangeMixin, SearchMixin, HistoryMixin, FollowUpMixin, ArchiveCore):
    """The local archive (SQLite). Use as a context manager or call close()."""

    def __init__(
        self, path: Path, *, recovery_dir: Path | None = None, check: str = "auto"
    ) -> None:
        super().__init__(path, check=check)
        self.recovery_dir = Path(recovery_dir) if recovery_dir else self.path.parent / "recovery"
        self._bulk_depth = 0

    def __enter__(self) -> Archive:
        return self

    # -- one transaction for many saves -------------------------------------------------

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Group many saves into one transaction (imports): all of them or none."""
        with self._lock:
            if self._bulk_depth:
                self._bulk_depth += 1
                try:
                    yield
                finally:
                    self._bulk_depth -= 1
                return
            with super()._write():
                self._bulk_depth = 1
                try:
                    yield
                finally:
                    self._bulk_depth = 0

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self._bulk_depth:
            with self._lock:
                yield self.connection
            return
        with super()._write() as conn:
            yield conn

    # -- recovery area ----------------------------------------------------------------

    def write_recovery(self, meeting: Meeting) -> Path:
        """Autosave *meeting* into the recovery area (atomic; call every ≤ 30 s while editing)."""
        return recovery.write_recovery(self.recovery_dir, meeting)

    def pending_recovery(self) -> list[Meeting]:
        """Autosaves left behind by a session that did not end normally, newest first."""
        return recovery.pending_recovery(self.recovery_dir)

    def clear_recovery(self, meeting_id: str) -> None:
        recovery.clear_recovery(self.recovery_dir, meeting_id)

    # -- backup and restore -----------------------------------------------------------

    def backup(self, path: Path) -> Path:
        """A consistent snapshot into the zip file *path*, even while others are saving."""
        with self._lock:
            return backups.write_backup(self.connection, Path(path))

    def auto_backup(
        self, folder: Path, *, keep: int = 10, min_interval: dt.timedelta | None = None
    ) -> Path | None:
        """A rotating automatic backup in *folder*, keeping the newest *keep* ones.

        With *min_interval*, nothing is written while the newest backup is younger.
        """
        if keep <= 0:
            return None
        folder = Path(folder)
        newest = backups.newest_backup(folder)
        if min_interval is not None and newest is not None:
            age = dt.datetime.now() - dt.datetime.fromtimestamp(newest.stat().st_mtime)
            if age < min_interval:
                return None
        path = self.backup(folder / backups.auto_backup_name())
        backups.rotate(folder, keep)
        return path

    def restore(self, path: Path) -> RestoreResult:
        """Replace the archive's content with a backup, after validating it completely.

        The current content is first saved as a backup in ``replaced/`` beside the
        archive, so a restore can itself be undone.
        """
        with tempfile.TemporaryDirectory(prefix="briefing-restore-") as tmp:
            snapshot, _manifest = backups.unpack_backup(Path(path), Path(tmp))
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
            aside = self.path.parent / REPLACED_FOLDER / f"archive-before-restore-{stamp}.zip"
            with self._lock:
                self.backup(aside)
                source = sqlite3.connect(snapshot)
                try:
                    source.backup(self.connection)
                except sqlite3.OperationalError as exc:
                    raise ArchiveError(
                        "The archive is busy (another Briefing Desk is saving); the restore "
                        "did not start. Try again."
                    ) from exc
                finally:
                    source.close()
                migrate(self.connection)
                return RestoreResult(meetings=self.count(), replaced_copy=aside)


def open_archive(path: Path, *, recovery_dir: Path | None = None, check: str = "auto") -> Archive:
    """Open (or create) the archive at *path*.

    Raises ArchiveDamagedError for a damaged file, which is left untouched.
    *check* is "auto" (SQLite's full integrity check for archives up to 64 MB, the
    structural check above, where the full check would take seconds; run
    Archive.check_integrity() in the background then), "full" or "quick" (structural
    check only).
    """
    return Archive(Path(path), recovery_dir=recovery_dir, check=check)
