from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing_app.archive import Archive, ArchiveQuery, open_archive
from briefing_app.archive.querying import query_terms
from briefing_app.model import Meeting, Source


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    with open_archive(tmp_path_factory.mktemp("query") / "archive.sqlite3") as archive:
        archive.save(Meeting(title="Handelsgespräch", source=Source(text="Über _Zölle_ & Straßen")))
        yield archive


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_any_typed_text_is_a_valid_search(small_archive: Archive, text: str) -> None:
    # Whatever the officer types, the search answers instead of failing on FTS syntax.
    assert small_archive.search(ArchiveQuery(text=text)).total in (0, 1)


@given(text=st.text(alphabet=st.characters(categories=["L", "N", "P", "Z"]), max_size=30))
@example(text="\ufe70")  # ARABIC FATHATAN ISOLATED FORM: folds to a space and a mark
@example(text="a\ufe70b")
def test_folding_a_query_twice_changes_nothing(text: str) -> None:
    assert query_terms(" ".join(query_terms(text))) == query_terms(text)


def test_syntax_characters_are_searched_literally(small_archive: Archive) -> None:
    for typed in ("_zölle_", "zolle", "(handel", "handel)", "straßen*", "^über", "-handel"):
        assert small_archive.search(ArchiveQuery(text=typed)).total == 1, typed
    for typed in ("_", "*", '""', "^", ":", "-", "()", "NOT", "AND", "NEAR"):
        assert small_archive.search(ArchiveQuery(text=typed)).total in (0, 1), typed


def test_word_tails_are_limited_to_long_words(tmp_path: Path) -> None:
    with open_archive(tmp_path / "a.sqlite3") as archive:
        archive.save(Meeting(title="Treffen", source=Source(text="Der Bundeskanzler kam.")))
        assert archive.search(ArchiveQuery(text="kanzler")).total == 1
        assert archive.search(ArchiveQuery(text="effen")).total == 0  # "Treffen" is short
