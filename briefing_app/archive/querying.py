"""Turning an ArchiveQuery into SQL over the meetings table and the FTS5 word index.

Every term is a word prefix ("handel" finds "Handelsvolumen", "алиев" finds
"Алиевым"); the index also holds the tails of long words, so a prefix finds a
compound's later parts too ("strasse" finds "Friedrichstraße", "partnerschaft"
finds "Energiepartnerschaft"). Index and query are folded the same way (case,
diacritics, ß → ss), and a name also matches its transliteration key.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from briefing_app.archive.textfold import fold, name_key
from briefing_app.archive.types import SORT_ORDERS, ArchiveQuery
from briefing_app.errors import UserInputError
from briefing_app.model.codes import find_classification, normalize_party_code

# A meeting's row number encodes its date (day number * NUM_BAND + a counter), so
# the search index yields hits already in date order and can stop after one page.
NUM_BAND = 1 << 20

_TERM = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+")
# Column weights for ranking: title, body, names, topics, agreements, follow-ups, word parts.
_WEIGHTS = "10.0, 1.0, 5.0, 4.0, 2.0, 2.0, 0.5"
MAX_LIMIT = 1000


def query_terms(text: str) -> list[str]:
    """Folded search terms; "quoted phrases" stay one term."""
    terms = []
    for match in _TERM.finditer(text):
        phrase, word = match.groups()
        folded = fold(phrase or word)
        # Folding can make spaces: "ﹰ" decomposes to a space and a mark that is dropped.
        pieces = [" ".join(folded.split())] if phrase else folded.split()
        for piece in pieces:
            term = piece.strip(".,;:!?()[]{}'«»„“”")
            if term:
                terms.append(term)
    return terms


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _either(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def term_matches(terms: list[str]) -> list[str]:
    """One FTS5 expression per term: word prefixes, also of transliterated name keys."""
    matches = []
    for term in terms:
        forms = [term]
        key = name_key(term)
        # A name in another transliteration: "aliyev" also finds "Алиев" (key "aliev").
        if len(key) >= 3 and key != term and " " not in term:
            forms.append(key)
        tokens = [" ".join(_WORD.findall(f)) for f in forms]
        words = list(dict.fromkeys(f"{_phrase(t)} *" for t in tokens if t))
        if words:
            matches.append(words[0] if len(words) == 1 else "(" + " OR ".join(words) + ")")
    return matches


@dataclass
class SqlQuery:
    """One search: the text match, filters on meetings, the order."""

    match: str | None = None
    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    order: str = "num DESC"
    needs_row: bool = False
    num_range: tuple[int, int] | None = None

    def _parts(self, *, for_count: bool) -> tuple[str, list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.match is not None:
            num = "meeting_words.rowid"
            joined = bool(self.conditions) or (not for_count and self.order != "num DESC")
            source = "meeting_words"
            if joined:
                index = "" if self.needs_row else " INDEXED BY meetings_cover"
                source += f" CROSS JOIN meetings m{index} ON m.num = meeting_words.rowid"
            where.append("meeting_words MATCH ?")
            params.append(self.match)
        else:
            num, source = "m.num", "meetings m"
        if self.num_range is not None:
            where.append(f"{num} BETWEEN ? AND ?")
            params.extend(self.num_range)
        where += self.conditions
        params += self.params
        return source, where, params

    def count(self) -> tuple[str, list[Any]]:
        source, where, params = self._parts(for_count=True)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        return f"SELECT count(*) FROM {source}{clause}", params

    def page(self, limit: int, offset: int) -> tuple[str, list[Any]]:
        source, where, params = self._parts(for_count=False)
        num = "meeting_words.rowid" if self.match is not None else "m.num"
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        order = self.order.replace("num", num)
        sql = f"SELECT {num} FROM {source}{clause} ORDER BY {order} LIMIT ? OFFSET ?"
        return sql, [*params, limit, offset]


def build_query(query: ArchiveQuery, person_keys: list[str] | None) -> SqlQuery:
    """The SQL for *query*; *person_keys* are the name keys the person filter matched."""
    if query.sort not in SORT_ORDERS:
        raise UserInputError(
            f"Unknown sort order {query.sort!r}; use one of {', '.join(SORT_ORDERS)}."
        )
    sql = SqlQuery()
    matches = term_matches(query_terms(query.text))
    if matches:
        sql.match = " AND ".join(matches)
    if query.country:
        try:
            code = normalize_party_code(query.country)
        except ValueError as exc:
            raise UserInputError(str(exc)[0].upper() + str(exc)[1:] + ".") from exc
        sql.conditions.append("m.num IN (SELECT meeting FROM meeting_countries WHERE code = ?)")
        sql.params.append(code)
    if query.tag:
        sql.conditions.append("m.num IN (SELECT meeting FROM meeting_tags WHERE tag_key = ?)")
        sql.params.append(fold(query.tag.strip()))
    if person_keys is not None:
        if not person_keys:
            sql.conditions.append("0 = 1")
        else:
            marks = ", ".join("?" * len(person_keys))
            sql.conditions.append(
                f"m.num IN (SELECT meeting FROM meeting_people WHERE name_key IN ({marks}))"
            )
            sql.params.extend(person_keys)
    if query.classification:
        try:
            level = find_classification(query.classification)
        except ValueError as exc:
            raise UserInputError(str(exc)[0].upper() + str(exc)[1:] + ".") from exc
        sql.conditions.append("m.classification = ?")
        sql.params.append(level.label)
    if query.date_from or query.date_to:
        # Row numbers are ordered by date (see store.NUM_BAND): a date range is a row range.
        low = (query.date_from or dt.date.min).toordinal()
        high = (query.date_to or dt.date.max).toordinal()
        sql.num_range = (low * NUM_BAND, (high + 1) * NUM_BAND - 1)
    if query.open_follow_ups:
        sql.conditions.append("m.open_follow_ups > 0")
    if query.sort == "date_asc":
        sql.order = f"num < {NUM_BAND}, num ASC"
    elif query.sort == "title":
        sql.order = "m.title COLLATE NOCASE ASC, num ASC"
        sql.needs_row = True
    elif query.sort == "modified":
        sql.order = "m.modified DESC, num DESC"
    elif query.sort == "relevance" and matches:
        sql.order = f"bm25(meeting_words, {_WEIGHTS}) ASC, num DESC"
    return sql


def check_paging(query: ArchiveQuery) -> None:
    if query.limit < 1 or query.limit > MAX_LIMIT:
        raise UserInputError(f"The page size must be between 1 and {MAX_LIMIT}.")
    if query.offset < 0:
        raise UserInputError("The offset must not be negative.")
