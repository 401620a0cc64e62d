import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.language import detect_language
from tests.corpus_data import corpus_ids, corpus_items


@pytest.mark.parametrize("item", corpus_items(), ids=corpus_ids())
def test_detects_the_language_of_every_corpus_report(item: dict) -> None:
    assert detect_language(item["text"]) == item["language"]


def test_no_language_for_text_without_words() -> None:
    assert detect_language("12.03.2025 — 14:00") is None
    assert detect_language("") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gespräch mit dem Botschafter über Energiefragen", "de"),
        ("Readout: call between the foreign ministers", "en"),
        ("Compte rendu de l'entretien téléphonique", "fr"),
        ("Итоги переговоров министров иностранных дел", "ru"),
        ("Fwd: AW: Besuch Astana – bitte um Rückmeldung bis Freitag", "de"),
        ("Визит министра в Берлин (Minister visit to Berlin): итоги", "ru"),
    ],
)
def test_detects_the_language_of_a_short_subject_line(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_other_languages_get_one_of_the_four_or_none() -> None:
    spanish = "El ministro se reunió con su homólogo para hablar de la cooperación energética."
    assert detect_language(spanish) in {"de", "en", "fr", "ru", None}


def test_the_same_text_always_gets_the_same_answer() -> None:
    # The identifier samples at random inside; a report must not change language on reopening.
    # "Minister Tokayev" reads as German or English depending on the draw.
    for text in ("Minister Tokayev", "Meeting in Berlin", "Astana, 12 March"):
        assert len({detect_language(text) for _ in range(30)}) == 1


@given(st.text(max_size=300))
def test_any_text_gives_a_supported_language_or_none(text: str) -> None:
    assert detect_language(text) in {"de", "en", "fr", "ru", None}
