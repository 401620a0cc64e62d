"""Russian: a subject whose importance the sides stressed was discussed (round 21)."""

from __future__ import annotations

from tests.extract.helpers import extract, topic_labels

_NEWS = (
    "Переговоры министров иностранных дел Армении и Греции\n\n"
    "Ереван, 4 мая. Министр иностранных дел Армении Арарат Мирзоян провел переговоры с "
    "Министром иностранных дел Греции Йоргосом Герапетритисом.\n\n"
    "Стороны обсудили торговлю.\n\n"
    "Министры подчеркнули важность деятельности межправительственной комиссии, ближайшее "
    "заседание которой пройдет в Афинах в 2027 году.\n"
)


def test_ru_a_subject_whose_importance_was_stressed_is_a_topic_even_with_a_next_step():
    meeting = extract(_NEWS, "2026-05-06", "ru")
    assert "Intergovernmental commission" in topic_labels(meeting)


def test_ru_a_ministrys_portfolio_in_the_genitive_is_no_subject_of_the_talks():
    text = (
        "Переговоры министров иностранных дел Армении и Греции\n\n"
        "Ереван, 4 мая. Министр иностранных дел Армении Арарат Мирзоян провел переговоры с "
        "Министром иностранных дел Греции Йоргосом Герапетритисом.\n\n"
        "Стороны обсудили торговлю.\n\n"
        "Греческая сторона обещала обсудить вопрос с Министерством туризма, спорта и "
        "транспорта.\n"
    )
    labels = topic_labels(extract(text, "2026-05-06", "ru"))
    assert "Transport and transit corridors" not in labels, labels
