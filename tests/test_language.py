import pytest

from briefing_app.language import detect_language
from tests.corpus_data import corpus_ids, corpus_items


@pytest.mark.parametrize("item", corpus_items(), ids=corpus_ids())
def test_detects_the_language_of_every_corpus_report(item: dict) -> None:
    assert detect_language(item["text"]) == item["language"]


def test_no_language_for_text_without_words() -> None:
    assert detect_language("12.03.2025 — 14:00") is None
    assert detect_language("") is None
