"""The SQLite archive's core: opening safely, saving meetings with their index rows.

Every write is one ``BEGIN IMMEDIATE`` transaction, so a crash leaves either the
old or the new state, and two instances on the same file queue instead of
interleaving. The revision number is the optimistic lock: a save that expected
an older revision than the stored one raises ConflictError instead of
overwriting the other instance's edits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from briefing_app.archive import connection as dbconn
from briefing_app.archive.changes import describe_changes
from briefing_app.archive.errors import (
    ArchiveDamagedError,
    ArchiveError,
    ConflictError,
    NotFoundError,
)
from briefing_app.archive.indexing import MeetingIndex, index_meeting, join_source, split_source
from briefing_app.archive.querying import NUM_BAND
from briefing_app.archive.schema import migrate
from briefing_app.errors import UserInputError
from briefing_app.model import Meeting

_TEXT_COLUMNS = ("title", "body", "names", "topics", "agreements", "follow_ups", "word_parts")
# The search index and the columns of meeting_text it covers.
_FTS_TABLES = {"meeting_words": _TEXT_COLUMNS}


def num_band_of(date: str | None) -> int:
    return dt.date.fromisoformat(date).toordinal() if date else 0


def num_band(num: int) -> int:
    return num // NUM_BAND


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class ArchiveCore:
    """Connection handling and meetings; search, history and follow-ups are mixins."""

    def __init__(self, path: Path, *, check: str = "auto") -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"The folder {self.path.parent} cannot be created.") from exc
        dbconn.check_header(self.path)
        self._conn = dbconn.connect(self.path)
        try:
            self._check_on_open(check)
            migrate(self._conn)
        except sqlite3.Error as exc:
            self._conn.close()
            raise dbconn.translate(self.path, exc) from exc
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------

    def _check_on_open(self, check: str) -> None:
        if check not in ("auto", "full", "quick"):
            raise ValueError(f"unknown check {check!r}")
        size = self.path.stat().st_size if self.path.exists() else 0
        if check == "full" or (check == "auto" and size <= dbconn.FULL_CHECK_MAX_BYTES):
            problems = dbconn.integrity_problems(self._conn)
            if problems:
                raise dbconn.damaged(self.path, problems[0])
            self.checked_fully = True
        else:
            dbconn.check_structure(self._conn)
            # Only the structure was read: check_integrity() is due (see archive.integrity).
            self.checked_fully = False

    def check_integrity(self) -> list[str]:
        """SQLite's full integrity check plus the search indexes' own; empty when sound.

        Runs on a connection of its own (a WAL reader), so the editor can run it in
        a background thread on a large archive while saves go on.
        """
        try:
            conn = dbconn.connect(self.path)
        except ArchiveError as exc:
            return [exc.message]
        try:
            problems = dbconn.integrity_problems(conn)
            # The search indexes must agree with the text they were built from.
            for table in _FTS_TABLES:
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            return problems
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        finally:
            conn.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
                self._conn.close()
                self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> ArchiveCore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ArchiveError("The archive has been closed.")
        return self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; the lock is taken at once so writers queue, not deadlock."""
        with self._lock:
            conn = self.connection
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise ArchiveError(
                    "The archive is busy (another Briefing Desk is saving); try again."
                ) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    raise ArchiveError(
                        "The archive is busy (another Briefing Desk is saving); try again."
                    ) from exc
                if "malformed" in str(exc) or "not a database" in str(exc):
                    raise dbconn.damaged(self.path, str(exc)) from exc
                raise
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    # -- meetings ----------------------------------------------------------------------

    def save(self, meeting: Meeting, *, expected_revision: int | None = None) -> int:
        """Store *meeting* as a new revision and return its number.

        *expected_revision* is the revision the caller loaded (0 for a meeting it
        created); when another instance saved a newer one meanwhile, ConflictError
        is raised and nothing is written. None skips the check.
        """
        return self._save(meeting, expected_revision=expected_revision)

    def _save(
        self, meeting: Meeting, *, expected_revision: int | None, summary: str | None = None
    ) -> int:
        data_json, text, key = split_source(meeting)
        index = index_meeting(meeting)
        with self._write() as conn:
            row = conn.execute(
                "SELECT m.num, m.revision, r.data, m.source_sha256, s.text FROM meetings m"
                " JOIN revisions r ON r.meeting_id = m.id AND r.number = m.revision"
                " LEFT JOIN sources s ON s.sha256 = m.source_sha256 WHERE m.id = ?",
                (meeting.id,),
            ).fetchone()
            current = row[1] if row else 0
            if expected_revision is not None and expected_revision != current:
                raise ConflictError(
                    f"'{meeting.title or meeting.id}' was saved elsewhere meanwhile (revision "
                    f"{current}, you started from {expected_revision}). Reload it or save your "
                    "version as a copy.",
                    meeting_id=meeting.id,
                    stored_revision=current,
                )
            if row is not None and row[2] == data_json and row[3] == key:
                return current
            old = join_source(row[2], row[4], origin="The stored meeting") if row else None
            change = describe_changes(old, meeting)
            if summary:
                change = f"{summary}: {change}" if old is not None else summary
            revision = current + 1
            saved_at = _now()
            if key is not None:
                conn.execute(
                    "INSERT INTO sources (sha256, text) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (key, text),
                )
            columns = (
                revision, meeting.kind, index.title, index.date, index.location,
                index.counterpart, index.classification, index.open_follow_ups,
                index.created, index.modified, saved_at, key,
            )  # fmt: skip
            if row is not None and num_band(row[0]) != num_band_of(index.date):
                # The date changed: the meeting moves to its new place in date order.
                self._unindex(conn, row[0])
                conn.execute("DELETE FROM meetings WHERE num = ?", (row[0],))
                row_num = None
            else:
                row_num = row[0] if row is not None else None
            if row_num is None:
                num = self._next_num(conn, index.date)
                conn.execute(
                    "INSERT INTO meetings (revision, kind, title, date, location, counterpart,"
                    " classification, open_follow_ups, created, modified, saved_at,"
                    " source_sha256, id, num) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*columns, meeting.id, num),
                )
            else:
                num = row_num
                self._unindex(conn, num)
                conn.execute(
                    "UPDATE meetings SET revision=?, kind=?, title=?, date=?, location=?,"
                    " counterpart=?, classification=?, open_follow_ups=?, created=?, modified=?,"
                    " saved_at=?, source_sha256=? WHERE num=?",
                    (*columns, num),
                )
            self._index(conn, num, index)
            conn.execute(
                "INSERT INTO revisions (meeting_id, number, saved_at, summary, source_sha256,"
                " data) VALUES (?, ?, ?, ?, ?, ?)",
                (meeting.id, revision, saved_at, change, key, data_json),
            )
            if row is not None and row[3] != key:
                self._drop_unused_source(conn, row[3])
        return revision

    @staticmethod
    def _next_num(conn: sqlite3.Connection, date: str | None) -> int:
        band = num_band_of(date)
        low = band * NUM_BAND
        last = conn.execute(
            "SELECT max(num) FROM meetings WHERE num >= ? AND num < ?", (low, low + NUM_BAND)
        ).fetchone()[0]
        return low if last is None else last + 1

    def _index(self, conn: sqlite3.Connection, num: int, index: MeetingIndex) -> None:
        conn.executemany(
            "INSERT INTO meeting_countries (meeting, code) VALUES (?, ?)",
            [(num, code) for code in index.countries],
        )
        conn.executemany(
            "INSERT INTO meeting_tags (meeting, tag, tag_key) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(num, tag, key) for tag, key in index.tags],
        )
        conn.executemany(
            "INSERT INTO meeting_people (meeting, position, name, name_key, role, organization,"
            " country, side, attended) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (num, p.position, p.name, p.name_key, p.role, p.organization, p.country, p.side,
                 int(p.attended))
                for p in index.people
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO person_names (name, name_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(p.name, p.name_key) for p in index.people],
        )
        conn.executemany(
            "INSERT INTO follow_ups (meeting, position, text, owner, due, due_text, status)"
            " VALUES (?,?,?,?,?,?,?)",
            [(num, f.position, f.text, f.owner, f.due, f.due_text, f.status)
             for f in index.follow_ups],
        )  # fmt: skip
        values = [index.text[c] for c in _TEXT_COLUMNS]
        cols = ", ".join(_TEXT_COLUMNS)
        conn.execute(
            f"INSERT INTO meeting_text (num, {cols}) VALUES (?,?,?,?,?,?,?,?)", (num, *values)
        )
        for table, columns in _FTS_TABLES.items():
            marks = ", ".join("?" * (len(columns) + 1))
            conn.execute(
                f"INSERT INTO {table} (rowid, {', '.join(columns)}) VALUES ({marks})",
                (num, *(index.text[c] for c in columns)),
            )

    def _unindex(self, conn: sqlite3.Connection, num: int) -> None:
        cols = ", ".join(_TEXT_COLUMNS)
        old = conn.execute(f"SELECT {cols} FROM meeting_text WHERE num = ?", (num,)).fetchone()
        if old is not None:
            stored = dict(zip(_TEXT_COLUMNS, old, strict=True))
            for table, columns in _FTS_TABLES.items():
                marks = ", ".join("?" * (len(columns) + 1))
                conn.execute(
                    f"INSERT INTO {table} ({table}, rowid, {', '.join(columns)})"
                    f" VALUES ('delete', {marks})",
                    (num, *(stored[c] for c in columns)),
                )
        for table in ("meeting_text",):
            conn.execute(f"DELETE FROM {table} WHERE num = ?", (num,))
        for table in ("meeting_countries", "meeting_tags", "meeting_people", "follow_ups"):
            conn.execute(f"DELETE FROM {table} WHERE meeting = ?", (num,))

    def _drop_unused_source(self, conn: sqlite3.Connection, key: str | None) -> None:
        if key is None:
            return
        conn.execute(
            "DELETE FROM sources WHERE sha256 = ?"
            " AND NOT EXISTS (SELECT 1 FROM meetings WHERE source_sha256 = ?)"
            " AND NOT EXISTS (SELECT 1 FROM revisions WHERE source_sha256 = ?)",
            (key, key, key),
        )

    def get(self, meeting_id: str) -> Meeting:
        with self._lock:
            row = self.connection.execute(
                "SELECT r.data, s.text FROM meetings m"
                " JOIN revisions r ON r.meeting_id = m.id AND r.number = m.revision"
                " LEFT JOIN sources s ON s.sha256 = m.source_sha256 WHERE m.id = ?",
                (meeting_id,),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no meeting {meeting_id!r} in the archive.")
        return join_source(row[0], row[1], origin=f"The archived meeting {meeting_id}")

    def exists(self, meeting_id: str) -> bool:
        with self._lock:
            return (
                self.connection.execute(
                    "SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()
                is not None
            )

    def revision_of(self, meeting_id: str) -> int:
        """The stored revision number (raises NotFoundError for an unknown meeting)."""
        with self._lock:
            row = self.connection.execute(
                "SELECT revision FROM meetings WHERE id = ?", (meeting_id,)
            ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no meeting {meeting_id!r} in the archive.")
        return int(row[0])

    def delete(self, meeting_id: str) -> None:
        """Remove the meeting, its revisions and (if no longer used) its report text."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT num, source_sha256 FROM meetings WHERE id = ?", (meeting_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"There is no meeting {meeting_id!r} in the archive.")
            self._unindex(conn, row[0])
            keys = {row[1]} | {
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT source_sha256 FROM revisions WHERE meeting_id = ?",
                    (meeting_id,),
                )
            }
            conn.execute("DELETE FROM meetings WHERE num = ?", (row[0],))
            conn.execute("DELETE FROM revisions WHERE meeting_id = ?", (meeting_id,))
            for key in keys:
                self._drop_unused_source(conn, key)

    def resolve_id(self, text: str) -> str:
        """The full id of the meeting whose id is *text* or starts with it (unambiguously)."""
        text = text.strip()
        with self._lock:
            rows = self.connection.execute(
                "SELECT id FROM meetings WHERE id = ? UNION ALL"
                " SELECT id FROM (SELECT id FROM meetings WHERE id LIKE ? ESCAPE '\\' LIMIT 2)",
                (text, text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"),
            ).fetchall()
        ids = list(dict.fromkeys(r[0] for r in rows))
        if text in ids:
            return text
        if len(ids) == 1 and text:
            return ids[0]
        if not ids or not text:
            raise NotFoundError(f"There is no meeting {text!r} in the archive.")
        raise UserInputError(f"More than one meeting id starts with {text!r}; give more of it.")

    def rebuild_index(self) -> int:
        """Derive every index row and the search text again from the stored meetings.

        For schema migrations after a change in what is indexed or how text is folded.
        """
        with self._write() as conn:
            rows = conn.execute("SELECT num, id FROM meetings").fetchall()
            for table in ("meeting_countries", "meeting_tags", "meeting_people", "follow_ups"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM meeting_text")
            for table in _FTS_TABLES:
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
            for num, meeting_id in rows:
                self._index(conn, num, index_meeting(self.get(meeting_id)))
        return len(rows)

    def count(self) -> int:
        with self._lock:
            return int(self.connection.execute("SELECT count(*) FROM meetings").fetchone()[0])

    def ids(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self.connection.execute("SELECT id FROM meetings ORDER BY num")]


__all__ = ["ArchiveCore", "ArchiveDamagedError"]
