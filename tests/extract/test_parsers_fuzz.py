"""Hypothesis: the parsers take any text without raising, and their spans stay inside it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.extract.countries import find_countries
from briefing_app.extract.dates import find_dates, find_time, infer_year, resolve
from briefing_app.extract.headline import clean_title, find_dateline
from briefing_app.extract.lexicon import get_lexicon
from briefing_app.extract.text import lines, split_sentences, strip_marker

LANGS = st.sampled_from(["de", "en", "fr", "ru"])
PIECES = st.sampled_from(
    [
        "3. März",
        "12.03.2025",
        "Nov. 29",
        "19 июля",
        "jeudi",
        "am Montag",
        "yesterday",
        "2014",
        "60 %",
        "(TASS) –",
        "AZERTAC",
        "МОСКВА,",
        "Baku,",
        "UPDATE",
        "[VIDEO]",
        "| 1 |",
        "- ",
        "14.00–15.15 Uhr",
        "31/12",
        "29.02.",
        "99.99.",
        "Ilham Aliyev",
        "kasachischen",
        "\n",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=20), PIECES), max_size=30).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXT, lang=LANGS, reference=st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)))
def test_dates_never_raise(text, lang, reference):
    for mention in find_dates(text, get_lexicon(lang)):
        assert 0 <= mention.start < mention.end <= len(text)
        day = resolve(mention, reference, reference)
        if day is not None and mention.explicit and mention.year is None:
            assert day <= reference
    find_time(text)


@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    weekday=st.one_of(st.none(), st.integers(0, 6)),
    reference=st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)),
)
def test_inferred_years_are_never_after_the_reference(day, month, weekday, reference):
    found = infer_year(day, month, weekday, reference)
    if found is not None:
        assert found <= reference
        assert (found.day, found.month) == (day, month)


@settings(max_examples=150, deadline=None)
@given(text=TEXT, lang=LANGS)
def test_headline_dateline_countries_sentences_never_raise(text, lang):
    lex = get_lexicon(lang)
    assert isinstance(clean_title(text), str)
    found = find_dateline(lines(text), 0, lex)
    if found is not None:
        assert text[found.start : found.end] == found.text
    for mention in find_countries(text, lex):
        assert 0 <= mention.start < mention.end <= len(text)
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        body, start, end = strip_marker(sentence.text, sentence.start)
        assert text[start:end] == body
