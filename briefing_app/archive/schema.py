"""The archive's SQL schema and its migrations (``PRAGMA user_version``).

Plain SQL that PostgreSQL also understands wherever that costs nothing; the
search index (FTS5) is SQLite's own and would be tsvector/pg_trgm there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from briefing_app.archive.errors import ArchiveError

SCHEMA_V1 = """
CREATE TABLE sources (
    sha256 TEXT PRIMARY KEY,
    text TEXT NOT NULL
);
CREATE TABLE meetings (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    location TEXT NOT NULL,
    counterpart TEXT NOT NULL,
    classification TEXT NOT NULL,
    open_follow_ups INTEGER NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    source_sha256 TEXT REFERENCES sources (sha256)
);
CREATE INDEX meetings_date ON meetings (date);
-- Covering index: filtering thousands of search hits without reading the rows.
CREATE INDEX meetings_cover ON meetings (num, date, modified, open_follow_ups, classification);
CREATE INDEX meetings_modified ON meetings (modified);
CREATE INDEX meetings_title ON meetings (title);
CREATE INDEX meetings_open ON meetings (open_follow_ups) WHERE open_follow_ups > 0;
CREATE TABLE meeting_countries (
    meeting INTEGER NOT NULL REFERENCES meetings (num) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (meeting, code)
);
CREATE INDEX meeting_countries_code ON meeting_countries (code, meeting);
CREATE TABLE meeting_tags (
    meeting INTEGER NOT NULL REFERENCES meetings (num) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    tag_key TEXT NOT NULL,
    PRIMARY KEY (meeting, tag_key)
);
CREATE INDEX meeting_tags_key ON meeting_tags (tag_key, meeting);
CREATE TABLE meeting_people (
    meeting INTEGER NOT NULL REFERENCES meetings (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    role TEXT NOT NULL,
    organization TEXT NOT NULL,
    country TEXT,
    side TEXT NOT NULL,
    attended INTEGER NOT NULL,
    PRIMARY KEY (meeting, position)
);
CREATE INDEX meeting_people_key ON meeting_people (name_key, meeting);
CREATE TABLE person_names (
    name TEXT PRIMARY KEY,
    name_key TEXT NOT NULL
);
CREATE TABLE follow_ups (
    meeting INTEGER NOT NULL REFERENCES meetings (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due TEXT,
    due_text TEXT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (meeting, position)
);
CREATE INDEX follow_ups_status ON follow_ups (status, due);
-- Every saved version; the current one is (meetings.id, meetings.revision).
CREATE TABLE revisions (
    meeting_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    source_sha256 TEXT REFERENCES sources (sha256),
    data TEXT NOT NULL,
    PRIMARY KEY (meeting_id, number)
);
-- Corrections to the people register made by hand: a spelling belongs to a group.
CREATE TABLE person_groups (
    name TEXT PRIMARY KEY,
    group_id TEXT NOT NULL
);
-- The folded text both search indexes read (external content).
CREATE TABLE meeting_text (
    num INTEGER PRIMARY KEY REFERENCES meetings (num) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    names TEXT NOT NULL,
    topics TEXT NOT NULL,
    agreements TEXT NOT NULL,
    follow_ups TEXT NOT NULL,
    word_parts TEXT NOT NULL
);
-- word_parts: the tails of long words (friedrichstrasse → richstrasse, strasse …), so
-- a word-prefix query also finds a compound's later parts and any substring of a long
-- Cyrillic word. This replaces a trigram index, which at 100,000 meetings made the file
-- 2 GB and searches with many hits take 200-800 ms (see benchmarks/archive_scale.py).
CREATE VIRTUAL TABLE meeting_words USING fts5 (
    title, body, names, topics, agreements, follow_ups, word_parts,
    content = 'meeting_text', content_rowid = 'num',
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

Migration = Callable[[sqlite3.Connection], None]


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the open transaction; run statement by statement.
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    for statement in "\n".join(lines).split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V1)


# MIGRATIONS[n] brings a version-n archive to version n+1, inside one transaction.
MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1}
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the archive to :data:`SCHEMA_VERSION`; each step commits or leaves nothing."""
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"This archive was written by a newer Briefing Desk (archive version {version}); "
            f"this one reads up to version {SCHEMA_VERSION}. Please update Briefing Desk."
        )
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            version = user_version(conn)
            if version < SCHEMA_VERSION:
                MIGRATIONS[version](conn)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
