"""Location (gazetteer) and countries (CLDR names, adjectives, abbreviations)."""

from __future__ import annotations

import pytest

from briefing_app.extract.countries import find_countries
from briefing_app.extract.gazetteer import lookup
from briefing_app.extract.lexicon import get_lexicon
from tests.extract.helpers import extract


@pytest.mark.parametrize(
    ("word", "lang", "name", "country"),
    [
        ("Moskau", "de", "Moscow", "RU"),
        ("Taschkent", "de", "Tashkent", "UZ"),
        ("Москве", "ru", "Moscow", "RU"),
        ("МОСКВА", "ru", "Moscow", "RU"),
        ("Tiflis", "de", "Tbilisi", "GE"),
        ("BUCHAREST", "en", "Bucharest", "RO"),
        ("Nouakchott", "fr", "Nouakchott", "MR"),
    ],
)
def test_city_names_are_normalised(word, lang, name, country):
    city = lookup(word, lang)
    assert city is not None and (city.name, city.country) == (name, country)


def test_common_words_are_not_cities():
    assert lookup("President", "en") is None
    assert lookup("Trade", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        ("aserbaidschanisch-kasachischen Beziehungen", "de", ["AZ", "KZ"]),
        ("die Regierungen Kasachstans und Aserbaidschans", "de", ["KZ", "AZ"]),
        ("Coopération franco-mauritanienne", "fr", ["FR", "MR"]),
        ("le ministre russe", "fr", ["RU"]),
        ("премьер-министра Узбекистана", "ru", ["UZ"]),
        ("российско-белорусского сотрудничества", "ru", ["RU", "BY"]),
        ("кыргызско-американского", "ru", ["KG", "US"]),
        ("the Kyrgyz Republic and Slovakia's minister", "en", ["KG", "SK"]),
        ("UK – HM Ambassador", "en", ["GB"]),
        ("Данияр Сейтказиев", "ru", []),  # a name that starts like a country
    ],
)
def test_countries_from_names_adjectives_and_codes(text, lang, codes):
    found = [c.code for c in find_countries(text, get_lexicon(lang)) if c.is_country]
    assert found == codes


def test_organisations_are_parties_but_not_countries():
    meeting = extract(
        "Council of Europe and EU\n\nStrasbourg, 15.12.2009 – Council of Europe Secretary "
        "General Thorbjørn Jagland on Tuesday received Baroness Catherine Ashton, the European "
        "Union's High Representative for Foreign Affairs and Security Policy.",
        reference="2009-12-17",
        language="en",
    )
    codes = {p.name: p.country for p in meeting.attendees}
    assert codes == {"Thorbjørn Jagland": "COE", "Catherine Ashton": "EU"}
    assert meeting.countries == []
    assert meeting.location is not None and meeting.location.name == "Strasbourg"


def test_calls_have_no_location():
    meeting = extract(
        "Lawrow und Maas telefonieren\n\nMoskau, 23. April – Der russische Außenminister "
        "Sergej Lawrow und Bundesaußenminister Heiko Maas haben am Freitag miteinander "
        "telefoniert.",
        reference="2018-04-23",
        language="de",
    )
    assert meeting.location is None
    assert sorted(meeting.countries) == ["DE", "RU"]


def test_location_from_the_dateline_with_span():
    meeting = extract(
        "Визит\n\nМОСКВА, 19 сентября. Министр иностранных дел России Сергей Лавров в среду "
        "принял в Москве своего белорусского коллегу Владимира Макея.",
        reference="2012-09-21",
        language="ru",
    )
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.country) == ("Moscow", "RU")
    span = meeting.location.provenance.spans[0]
    assert meeting.source.text[span.start : span.end] == "МОСКВА"
    makei = next(p for p in meeting.attendees if p.name == "Владимир Макей")
    assert (makei.country, makei.role) == ("BY", "Foreign Minister")


def test_multilateral_participants_listed_in_the_lead():
    meeting = extract(
        "C5+1\n\nTASHKENT, Feb. 3 – U.S. Secretary of State Michael R. Pompeo on Monday sat down "
        "with his counterparts from Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan "
        "and Uzbekistan for a C5+1 ministerial meeting.",
        reference="2020-02-05",
        language="en",
    )
    assert sorted(meeting.countries) == ["KG", "KZ", "TJ", "TM", "US", "UZ"]


def test_dateline_without_a_date_and_a_capital_named_by_its_country():
    meeting = extract(
        "Talks\n\nWASHINGTON (Reuters) – Secretary of State Antony Blinken on Monday received "
        "Kazakh Foreign Minister Murat Nurtleu for talks.",
        reference="2024-05-10",
        language="en",
    )
    assert (meeting.source.dateline, meeting.source.agency) == ("WASHINGTON (Reuters)", "Reuters")
    assert meeting.location is not None and meeting.location.name == "Washington"
    capital = extract(
        "Gespräch\n\nDer Bundeskanzler Olaf Scholz hat am Montag in der usbekischen Hauptstadt "
        "den Präsidenten Schawkat Mirsijojew getroffen.",
        reference="2024-05-10",
        language="de",
    )
    assert capital.location is not None
    assert (capital.location.name, capital.location.country) == ("Tashkent", "UZ")
    assert capital.location.provenance.confidence < 0.6  # shown as uncertain


def test_participants_named_after_an_opening_sentence_without_names():
    meeting = extract(
        "Встреча\n\nЛидеры обсудили торговлю. Президент России Владимир Путин в среду провел "
        "переговоры с Президентом Казахстана Касым-Жомартом Токаевым.",
        reference="2024-05-10",
        language="ru",
    )
    assert {p.name for p in meeting.attendees} == {"Владимир Путин", "Касым-Жомарт Токаев"}
