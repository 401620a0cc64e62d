"""Headline status tags, datelines and agencies."""

from __future__ import annotations

import pytest

from briefing_app.extract.headline import clean_title, find_dateline
from briefing_app.extract.lexicon import get_lexicon
from briefing_app.extract.text import lines
from tests.extract.helpers import extract


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Präsident Ilham Aliyev empfängt Premierminister AKTUALISIERT VIDEO",
            "Präsident Ilham Aliyev empfängt Premierminister",
        ),
        (
            "Ильхам Алиев принял премьер-министра Узбекистана ФОТО",
            "Ильхам Алиев принял премьер-министра Узбекистана",
        ),
        ("UPDATE: Foreign Secretary holds phone call", "Foreign Secretary holds phone call"),
        ("[VIDEO] Talks in Baku (PHOTO)", "Talks in Baku"),
        ("Visite à Paris – MISE À JOUR", "Visite à Paris"),
        ("Лавров и Макей провели переговоры (ОБНОВЛЕНО)", "Лавров и Макей провели переговоры"),
        # a word that is a tag only in capitals stays inside a title
        ("Video conference on energy held", "Video conference on energy held"),
    ],
)
def test_status_tags_are_removed(headline, title):
    assert clean_title(headline) == title


@pytest.mark.parametrize(
    ("text", "lang", "dateline", "place", "agency"),
    [
        (
            "Title\n\nBaku, 3. März, AZERTAC\nDer Präsident ...",
            "de",
            "Baku, 3. März, AZERTAC",
            "Baku",
            "AZERTAC",
        ),
        (
            "Title\n\nMOSCOW, March 5 (TASS) – Talks were held.",
            "en",
            "MOSCOW, March 5 (TASS)",
            "MOSCOW",
            "TASS",
        ),
        (
            "Titre\n\nMOSCOU, 21 janvier – Le ministre a reçu.",
            "fr",
            "MOSCOU, 21 janvier",
            "MOSCOU",
            "",
        ),
        (
            "Заголовок\n\nМОСКВА, 19 сентября. Министр принял коллегу.",
            "ru",
            "МОСКВА, 19 сентября",
            "МОСКВА",
            "",
        ),
        (
            "Title\n\n27 December | Diplomacy\n\nThe minister received ...",
            "en",
            "27 December | Diplomacy",
            "",
            "",
        ),
        (
            "Заголовок\n\nАШХАБАД, 24.08.2023. Состоялась встреча.",
            "ru",
            "АШХАБАД, 24.08.2023",
            "АШХАБАД",
            "",
        ),
    ],
)
def test_dateline_styles(text, lang, dateline, place, agency):
    found = find_dateline(lines(text), 0, get_lexicon(lang))
    assert found is not None
    assert found.text == dateline
    assert found.place == place
    assert found.agency == agency
    assert text[found.start : found.end] == dateline


def test_no_dateline_in_plain_text():
    text = "Notes\n\nWe met the delegation and talked about many things at length over lunch today."
    assert find_dateline(lines(text), 0, get_lexicon("en")) is None


def test_source_fields_are_filled():
    text = (
        "Minister receives envoy VIDEO\n\nBaku, 3. März, AZERTAC\nDer Präsident der Republik "
        "Aserbaidschan, Ilham Aliyev, hat am Montag, dem 3. März den Premierminister der Republik "
        "Kasachstan, Olzhas Bektenov, empfangen."
    )
    meeting = extract(text, language="de")
    assert meeting.title == "Minister receives envoy"
    assert meeting.source.text == text
    assert meeting.source.agency == "AZERTAC"
    assert meeting.source.dateline == "Baku, 3. März, AZERTAC"
    assert meeting.source.headline.startswith("Minister receives envoy")
    assert len(meeting.source.sha256) == 64
    assert meeting.source.imported_at is not None


def test_an_email_subject_is_the_title():
    import datetime as dt

    from briefing_app.extract import extract_meeting
    from briefing_app.ingest.document import SourceDocument

    body = (
        "Colleagues,\n\nQuick readout of yesterday's call on the Mongolian Vice Minister of Mining "
        "Ganbaatar Batbold in Ulaanbaatar."
    )
    document = SourceDocument(
        text=body,
        file_name="readout.eml",
        format="eml",
        headline="RE: Readout – call on Vice Minister Batbold",
        published=dt.date(2025, 5, 8),
    )
    meeting = extract_meeting(document, reference_date=dt.date(2025, 5, 12), language="en")
    assert meeting.title == "Readout – call on Vice Minister Batbold"
    assert meeting.provenance["title"].spans == []
    assert meeting.date == dt.date(2025, 5, 7)  # "yesterday" counts from the day it was sent
    assert meeting.location is not None and meeting.location.name == "Ulaanbaatar"
