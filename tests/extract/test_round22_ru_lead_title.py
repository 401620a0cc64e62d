"""The holder of a title that opens a Russian lead without a name (unseen round 22)."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

_NEWS = (
    "Глава МИД Кыргызстана принял нового посла Германии\n\n"
    "Бишкек, 12.05.2026. /Кабар/\n\n"
    "Министр иностранных дел Кыргызской Республики сегодня принял нового Посла Германии "
    "Ханса Мюллера, который вручил копию "
    "верительных грамот.\n\n"
    "Жээнбек Кулубаев пожелал послу успехов и выразил надежду на развитие сотрудничества "
    "Кыргызстана и Германии.\n\n"
    "Стороны обсудили торговлю и образование.\n"
)


def test_the_person_a_later_sentence_opens_with_holds_the_leads_title():
    meeting = extract(_NEWS, "2026-05-14", "ru")
    minister = attendee(meeting, "Жээнбек Кулубаев")
    assert minister.role == "Foreign Minister"
    assert minister.country == "KG"
    assert "Жээнбек Кулубаев" not in [p.name for p in meeting.mentioned]
