"""Turning an ArchiveQuery into SQL over the meetings table and the two FTS5 indexes.

Words of three or more characters are looked up as substrings in the trigram
index (German compounds: "handel" finds "Handelsvolumen"; Cyrillic stems:
"алиев" finds "Алиевым"); shorter ones as word prefixes in the word index.
Both indexes hold folded text, and the query is folded the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from briefing_app.archive.textfold import fold, name_key
from briefing_app.archive.types import SORT_ORDERS, ArchiveQuery
from briefing_app.errors import UserInputError
from briefing_app.model.codes import find_classification, normalize_party_code

_TERM = re.compile(r'"([^"]+)"|(\S+)')
# Column weights for ranking: title, body, names, topics, agreements, follow-ups.
_WEIGHTS = "10.0, 1.0, 5.0, 4.0, 2.0, 2.0"
MAX_LIMIT = 1000


def query_terms(text: str) -> list[str]:
    """Folded search terms; "quoted phrases" stay one term."""
    terms = []
    for match in _TERM.finditer(text):
        term = fold(match.group(1) or match.group(2)).strip(".,;:!?()[]{}'«»„“”")
        if term:
            terms.append(term)
    return terms


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_queries(terms: list[str]) -> tuple[str | None, str | None]:
    """(trigram MATCH expression, word MATCH expression) for the terms."""
    long_terms, short_terms = [], []
    for term in terms:
        if len(term) >= 3:
            variants = [_phrase(term)]
            key = name_key(term)
            # A name in another transliteration: "aliyev" also finds "Алиев" (key "aliev").
            if len(key) >= 3 and key != term and " " not in term:
                variants.append(_phrase(key))
            long_terms.append(variants[0] if len(variants) == 1 else f"({' OR '.join(variants)})")
        else:
            word = re.sub(r"\W", "", term)
            if word:
                short_terms.append(_phrase(word) + " *")
    return (" AND ".join(long_terms) or None, " AND ".join(short_terms) or None)


@dataclass
class SqlQuery:
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    rank_join: str = ""
    rank_params: list[Any] = field(default_factory=list)
    order: str = "m.date DESC, m.num DESC"

    def where_sql(self) -> str:
        return (" WHERE " + " AND ".join(self.where)) if self.where else ""


def build_query(query: ArchiveQuery, person_keys: list[str] | None) -> SqlQuery:
    """The WHERE/ORDER parts; *person_keys* are the name keys the person filter matched."""
    if query.sort not in SORT_ORDERS:
        raise UserInputError(
            f"Unknown sort order {query.sort!r}; use one of {', '.join(SORT_ORDERS)}."
        )
    sql = SqlQuery()
    trigram, words = fts_queries(query_terms(query.text))
    if trigram:
        sql.where.append(
            "m.num IN (SELECT rowid FROM meeting_trigrams WHERE meeting_trigrams MATCH ?)"
        )
        sql.params.append(trigram)
    if words:
        sql.where.append("m.num IN (SELECT rowid FROM meeting_words WHERE meeting_words MATCH ?)")
        sql.params.append(words)
    if query.country:
        try:
            code = normalize_party_code(query.country)
        except ValueError as exc:
            raise UserInputError(str(exc)[0].upper() + str(exc)[1:] + ".") from exc
        sql.where.append("m.num IN (SELECT meeting FROM meeting_countries WHERE code = ?)")
        sql.params.append(code)
    if query.tag:
        sql.where.append("m.num IN (SELECT meeting FROM meeting_tags WHERE tag_key = ?)")
        sql.params.append(fold(query.tag.strip()))
    if person_keys is not None:
        if not person_keys:
            sql.where.append("0 = 1")
        else:
            marks = ", ".join("?" * len(person_keys))
            sql.where.append(
                f"m.num IN (SELECT meeting FROM meeting_people WHERE name_key IN ({marks}))"
            )
            sql.params.extend(person_keys)
    if query.classification:
        try:
            level = find_classification(query.classification)
        except ValueError as exc:
            raise UserInputError(str(exc)) from exc
        sql.where.append("m.classification = ?")
        sql.params.append(level.label)
    if query.date_from:
        sql.where.append("m.date >= ?")
        sql.params.append(query.date_from.isoformat())
    if query.date_to:
        sql.where.append("m.date <= ?")
        sql.params.append(query.date_to.isoformat())
    if query.open_follow_ups:
        sql.where.append("m.open_follow_ups > 0")
    if query.sort == "date_asc":
        sql.order = "m.date IS NULL, m.date ASC, m.num ASC"
    elif query.sort == "title":
        sql.order = "m.title COLLATE NOCASE ASC, m.num ASC"
    elif query.sort == "modified":
        sql.order = "m.modified DESC, m.num DESC"
    elif query.sort == "relevance" and trigram:
        sql.rank_join = (
            f" JOIN (SELECT rowid AS r, bm25(meeting_trigrams, {_WEIGHTS}) AS score"
            " FROM meeting_trigrams WHERE meeting_trigrams MATCH ?) AS ranked ON ranked.r = m.num"
        )
        sql.rank_params.append(trigram)
        sql.order = "ranked.score ASC, m.date DESC"
    return sql


def check_paging(query: ArchiveQuery) -> None:
    if query.limit < 1 or query.limit > MAX_LIMIT:
        raise UserInputError(f"The page size must be between 1 and {MAX_LIMIT}.")
    if query.offset < 0:
        raise UserInputError("The offset must not be negative.")
