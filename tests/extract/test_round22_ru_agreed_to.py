"""Russian: 'согласовано провести …', 'достигнута договоренность провести …' (rounds 21/22)."""

from __future__ import annotations

from tests.extract.helpers import extract

_NEWS = (
    "Переговоры министров иностранных дел Армении и Греции\n\n"
    "Ереван, 4 мая. Министр иностранных дел Армении Арарат Мирзоян провел переговоры с "
    "Министром иностранных дел Греции Йоргосом Герапетритисом.\n\n"
    "Министры отметили работу совместной комиссии, следующее заседание которой согласовано "
    "созвать осенью в Афинах.\n\n"
    "Кроме того, достигнута договоренность организовать в июне консультации экспертов по "
    "вопросам туризма.\n"
)


def test_ru_agreed_in_the_short_passive_before_an_infinitive_is_an_agreement():
    meeting = extract(_NEWS, "2026-05-06", "ru")
    assert any("согласовано созвать" in a.text for a in meeting.agreements), [
        a.text for a in meeting.agreements
    ]


def test_ru_an_agreement_reached_to_do_something_is_a_next_step():
    meeting = extract(_NEWS, "2026-05-06", "ru")
    assert any("договоренность организовать" in f.text for f in meeting.follow_ups), [
        f.text for f in meeting.follow_ups
    ]
