"""Searching the archive: one page of meeting summaries and the total."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

from briefing_app.archive.querying import build_query, check_paging
from briefing_app.archive.types import ArchiveQuery, MeetingSummary, SearchPage


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class SearchMixin:
    """The search method of the archive."""

    _lock: threading.RLock
    connection: sqlite3.Connection

    def _person_keys(self, person: str) -> list[str]:
        raise NotImplementedError  # provided by the people mixin

    def search(self, query: ArchiveQuery) -> SearchPage:
        check_paging(query)
        person_keys = self._person_keys(query.person) if query.person else None
        sql = build_query(query, person_keys)
        with self._lock:
            conn = self.connection
            total = conn.execute(*sql.count()).fetchone()[0]
            page = conn.execute(*sql.page(query.limit, query.offset)).fetchall()
            nums = [r[0] for r in page]
            rows: dict[int, tuple] = {}
            countries: dict[int, list[str]] = {n: [] for n in nums}
            if nums:
                marks = ", ".join("?" * len(nums))
                for r in conn.execute(
                    "SELECT num, id, title, date, location, counterpart, classification,"
                    f" open_follow_ups, revision, modified FROM meetings WHERE num IN ({marks})",
                    nums,
                ):
                    rows[r[0]] = r
                for num, code in conn.execute(
                    f"SELECT meeting, code FROM meeting_countries WHERE meeting IN ({marks})", nums
                ):
                    countries[num].append(code)
        items = [
            MeetingSummary(
                id=r[1], title=r[2], date=_date(r[3]), location=r[4], counterpart=r[5],
                classification=r[6], countries=countries[r[0]], open_follow_ups=r[7],
                revision=r[8], modified=dt.datetime.fromisoformat(r[9]),
            )
            for r in (rows[n] for n in nums)
        ]  # fmt: skip
        return SearchPage(items=items, total=int(total))
