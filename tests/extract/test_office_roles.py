"""Russian titles whose body stands in the genitive between the title and the name."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

REPORT = (
    "Встреча в Государственной Думе\n"
    "МОСКВА, 12 ноября. Председатель комитета Государственной Думы по международным делам "
    "Леонид Слуцкий встретился с заместителем председателя парламента Армении Рубеном "
    "Рубиняном. В беседе принял участие первый заместитель председателя комитета Совета "
    "Федерации по обороне и безопасности Владимир Чижов. Стороны обсудили межпарламентское "
    "сотрудничество."
)


def test_the_body_between_title_and_name_is_part_of_the_role():
    meeting = extract(REPORT, "2026-11-15")
    assert attendee(meeting, "Леонид Слуцкий").role == "Chairman of the State Duma Committee"
    assert attendee(meeting, "Владимир Чижов").role == (
        "First Deputy Chairman of the Federation Council Committee"
    )


def test_a_country_in_the_body_phrase_gives_the_country():
    person = attendee(extract(REPORT, "2026-11-15"), "Рубен Рубинян")
    assert (person.role, person.country) == ("Deputy Chairman of the Parliament", "AM")


def test_a_clause_between_title_and_name_is_no_body_phrase():
    meeting = extract(
        "Переговоры в Минске\n"
        "МИНСК, 3 марта. Председатель правительства провёл переговоры с Иваном Петровским, "
        "который возглавляет частную компанию.",
        "2026-03-05",
    )
    names = {p.name: p.role for p in meeting.attendees + meeting.mentioned}
    assert names.get("Иван Петровский", "") == ""
