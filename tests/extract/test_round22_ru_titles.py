"""Russian titles from unseen round 22: 'руководитель' and an office's city after its body."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract


def _news(sentence: str):
    return extract(f"Встреча в МИД\n\nБишкек, 12.05.2026. /Кабар/\n\n{sentence}\n", "2026-05-14")


def test_ru_rukovoditel_is_a_head():
    meeting = _news(
        "Министр иностранных дел принял руководителя Миссии ЕС Марию Вайс, которая "
        "представила новую программу."
    )
    assert attendee(meeting, "Мария Вайс").role == "Head"


def test_ru_the_city_an_office_sits_in_closes_the_titles_body():
    meeting = _news(
        "Министр иностранных дел принял советника Посольства Германии в Бишкеке Марию Вайс, "
        "которая представила новую программу."
    )
    assert attendee(meeting, "Мария Вайс").role == "Counsellor"
