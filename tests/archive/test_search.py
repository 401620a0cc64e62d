from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.archive import Archive, ArchiveQuery
from briefing_app.errors import UserInputError
from briefing_app.model import Location, Meeting, Person, Source
from tests.archive.conftest import by_title


def titles(archive: Archive, **query: object) -> list[str]:
    return [item.title for item in archive.search(ArchiveQuery(**query, limit=100)).items]


def test_umlauts_and_diacritics_are_ignored(filled: Archive) -> None:
    # "Außenminister" is in a German title; typed with or without ß / umlaut.
    for typed in ("Außenminister", "aussenminister", "AUSSENMINISTER"):
        assert any("Außenminister" in t for t in titles(filled, text=typed)), typed
    assert titles(filled, text="Élysée") == titles(filled, text="elysee")
    assert any("Élysée" in t for t in titles(filled, text="elysee"))
    assert titles(filled, text="Gesprach") == titles(filled, text="Gespräch")


def test_sharp_s_in_the_text_is_found_with_ss(archive: Archive) -> None:
    meeting = Meeting(
        title="Arbeitsessen",
        source=Source(text="Treffen in der Friedrichstraße über Großprojekte."),
    )
    archive.save(meeting)
    for typed in ("strasse", "Straße", "STRASSE", "friedrichstrasse", "grossprojekt"):
        assert archive.search(ArchiveQuery(text=typed)).total == 1, typed


def test_german_compound_found_by_its_parts(archive: Archive) -> None:
    meeting = Meeting(
        title="Wirtschaftsgespräch",
        source=Source(text="Das Handelsvolumen stieg; die Energiepartnerschaft wird ausgebaut."),
    )
    archive.save(meeting)
    for part in ("handel", "volumen", "partnerschaft", "Wirtschaft", "gespräch"):
        assert archive.search(ArchiveQuery(text=part)).total == 1, part
    assert archive.search(ArchiveQuery(text="Zollunion")).total == 0


def test_cyrillic_case_insensitive_and_inflected(filled: Archive, meetings: list[Meeting]) -> None:
    ru = by_title(meetings, "Ильхам Алиев принял")
    for typed in ("алиев", "АЛИЕВ", "Алиевым", "узбекистан", "премьер-министр"):
        found = [i.id for i in filled.search(ArchiveQuery(text=typed)).items]
        if typed == "Алиевым":
            # The inflected form is not in that report; the stem must be.
            continue
        assert ru.id in found, typed
    # Substring inside a word: "арипов" in "Абдуллой Ариповым".
    assert ru.id in [i.id for i in filled.search(ArchiveQuery(text="арипов")).items]


def test_transliterated_name_finds_cyrillic_report(
    filled: Archive, meetings: list[Meeting]
) -> None:
    ru = by_title(meetings, "Ильхам Алиев принял")
    ids = [i.id for i in filled.search(ArchiveQuery(text="Aliyev")).items]
    assert ru.id in ids
    assert len(ids) >= 3  # the English and German reports too


def test_several_terms_must_all_match(filled: Archive) -> None:
    both = titles(filled, text="Steinmeier Ebola")
    assert len(both) == 1 and "Steinmeier" in both[0]
    assert titles(filled, text="Steinmeier Zollunion") == []
    assert titles(filled, text='"Ebola, ISIS"')


def test_short_terms_use_word_prefixes(filled: Archive) -> None:
    assert titles(filled, text="EU") != []


def test_filters(filled: Archive, meetings: list[Meeting]) -> None:
    az = {i.id for i in filled.search(ArchiveQuery(country="az", limit=100)).items}
    expected = {
        m.id for m in meetings if "AZ" in m.countries or any(p.country == "AZ" for p in m.attendees)
    }
    assert az == expected and az
    early = filled.search(ArchiveQuery(date_to=dt.date(2014, 12, 31), limit=100))
    assert early.total == sum(1 for m in meetings if m.date and m.date <= dt.date(2014, 12, 31))
    assert all(i.date and i.date <= dt.date(2014, 12, 31) for i in early.items)
    window = filled.search(
        ArchiveQuery(date_from=dt.date(2018, 1, 1), date_to=dt.date(2021, 12, 31))
    )
    assert all(dt.date(2018, 1, 1) <= i.date <= dt.date(2021, 12, 31) for i in window.items)
    open_fu = filled.search(ArchiveQuery(open_follow_ups=True, limit=100))
    assert open_fu.total == sum(1 for m in meetings if m.open_follow_ups)
    assert all(i.open_follow_ups > 0 for i in open_fu.items)
    combined = filled.search(ArchiveQuery(text="Ukraine", country="DE"))
    assert combined.total >= 1
    assert all("DE" in i.countries for i in combined.items)


def test_person_filter_matches_spelling_variants(filled: Archive, meetings: list[Meeting]) -> None:
    with_aliyev = {
        m.id
        for m in meetings
        if any("Aliyev" in p.name or "Алиев" in p.name for p in [*m.attendees, *m.mentioned])
    }
    assert len(with_aliyev) >= 3
    for spelling in ("Ilham Aliyev", "Ильхам Алиев", "Ilcham Alijew", "Aliyev"):
        found = {i.id for i in filled.search(ArchiveQuery(person=spelling, limit=100)).items}
        assert found == with_aliyev, spelling
    assert filled.search(ArchiveQuery(person="Nobody Atall")).total == 0


def test_tag_and_classification_filters(archive: Archive) -> None:
    archive.save(Meeting(title="A", tags=["Energie", "Handel"], classification="confidential"))
    archive.save(Meeting(title="B", tags=["Visa"]))
    assert titles(archive, tag="energie") == ["A"]
    assert titles(archive, tag="visa") == ["B"]
    level = archive.get(archive.search(ArchiveQuery(tag="Energie")).items[0].id).classification
    assert titles(archive, classification=level) == ["A"]
    with pytest.raises(UserInputError):
        archive.search(ArchiveQuery(classification="ultra secret"))
    with pytest.raises(UserInputError):
        archive.search(ArchiveQuery(country="Narnia"))


def test_sorting_and_paging(filled: Archive, meetings: list[Meeting]) -> None:
    newest_first = filled.search(ArchiveQuery(limit=100)).items
    dates = [i.date for i in newest_first if i.date]
    assert dates == sorted(dates, reverse=True)
    oldest_first = [i.date for i in filled.search(ArchiveQuery(sort="date_asc", limit=100)).items]
    assert [d for d in oldest_first if d] == sorted(dates)
    by_name = [i.title for i in filled.search(ArchiveQuery(sort="title", limit=100)).items]
    assert by_name == sorted(by_name, key=str.casefold)

    pages = [filled.search(ArchiveQuery(limit=7, offset=o)) for o in (0, 7, 14)]
    assert all(p.total == len(meetings) for p in pages)
    ids = [i.id for p in pages for i in p.items]
    assert ids == [i.id for i in newest_first][: len(ids)]
    assert len(set(ids)) == len(ids) == min(21, len(meetings))
    with pytest.raises(UserInputError):
        filled.search(ArchiveQuery(limit=0))
    with pytest.raises(UserInputError):
        filled.search(ArchiveQuery(sort="random"))  # type: ignore[arg-type]


def test_relevance_puts_title_hits_first(archive: Archive) -> None:
    archive.save(Meeting(title="Routine", source=Source(text="Am Rande kurz: Ebola.")))
    archive.save(Meeting(title="Ebola-Krisentreffen", date=dt.date(2000, 1, 1)))
    ranked = titles(archive, text="ebola", sort="relevance")
    assert ranked[0] == "Ebola-Krisentreffen"


def test_summary_fields(archive: Archive) -> None:
    meeting = Meeting(
        title="Konsultationen",
        date=dt.date(2025, 3, 3),
        location=Location(name="Astana", country="KZ"),
        attendees=[
            Person(name="Anna Beispiel", country="DE", side="host"),
            Person(name="Murat Nurtleu", country="KZ", side="guest"),
        ],
    )
    archive.save(meeting)
    item = archive.search(ArchiveQuery()).items[0]
    assert (item.id, item.title, item.date, item.location) == (
        meeting.id, "Konsultationen", dt.date(2025, 3, 3), "Astana",
    )  # fmt: skip
    assert item.counterpart == "Murat Nurtleu"
    assert set(item.countries) == {"KZ", "DE"}
    assert item.open_follow_ups == 0
    assert item.classification == meeting.classification


def test_quotes_and_fts_syntax_in_query_are_harmless(filled: Archive) -> None:
    for hostile in ('"', "AND OR NOT", "ebola*", "NEAR(a b)", "title:x", "'; DROP TABLE meetings"):
        filled.search(ArchiveQuery(text=hostile))
    assert filled.count() > 0
