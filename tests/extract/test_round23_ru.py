"""Russian extraction fixes from unseen rounds 23 and 24 (sentences written for the tests)."""

from __future__ import annotations

from briefing_app.extract.morph import russian_name_nominative
from tests.extract.helpers import extract


def test_name_read_only_in_a_second_case_does_not_crash():
    # "Мань" reads only as a vocative given name: the words of the name then share no case
    # a name declines in, and the import must still go through
    assert russian_name_nominative(["Фам", "Мань", "Тиен"]) == ["Фам", "Мань", "Тиен"]
    m = extract(
        "О визите\n"
        "Ханой, 3 марта. Министр иностранных дел Кубы Бруно Родригес встретился "
        "с Председателем Правления Вьетнамской угольной корпорации Чан Мань Фыонгом.",
        "2026-03-10",
        "ru",
    )
    assert "Бруно Родригес" in [p.name for p in m.attendees]
