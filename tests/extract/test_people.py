"""People: base forms, roles and countries from titles and adjectives, attendees vs mentioned."""

from __future__ import annotations

import pytest

from briefing_app.extract.lexicon import get_lexicon
from briefing_app.extract.names import base_form
from briefing_app.model import Side
from tests.extract.helpers import attendee, extract, mentioned


def test_german_genitive_base_form():
    assert base_form(("Kassym-Schomart", "Tokajews"), get_lexicon("de"), genitive=True) == (
        "Kassym-Schomart",
        "Tokajew",
    )
    # a name that ends in -s is left alone outside a genitive
    assert base_form(("Jonas", "Albrechts"), get_lexicon("de"), genitive=False)[-1] == "Albrechts"


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (("Абдуллу", "Арипова"), ("Абдулла", "Арипов")),
        (("Абдуллой", "Ариповым"), ("Абдулла", "Арипов")),
        (("Шавката", "Мирзиёева"), ("Шавкат", "Мирзиёев")),
        (("Владимира", "Макея"), ("Владимир", "Макей")),
        (("Асель", "Нуртазина"), ("Асель", "Нуртазина")),
    ],
)
def test_russian_base_forms(tokens, expected):
    assert base_form(tokens, get_lexicon("ru")) == expected


def test_genitive_name_in_a_german_report():
    meeting = extract(
        "Treffen in Baku\n\nBaku, 3. März, AZERTAC\n"
        "Präsident Ilham Aliyev hat am Montag den Premierminister der Republik Kasachstan, "
        "Olzhas Bektenov, empfangen.\n"
        "Bektenov übermittelte die Grüße des kasachischen Präsidenten Kassym-Schomart Tokajews.",
        language="de",
    )
    tokajew = mentioned(meeting, "Kassym-Schomart Tokajew")
    assert tokajew.role == "President"
    assert tokajew.country == "KZ"


def test_role_and_country_from_a_german_adjective():
    meeting = extract(
        "Gespräch\n\nBerlin, 3. März – Der Bundesminister empfing am Montag den Besuch "
        "des kasachischen Premierministers Olzhas Bektenov im Kanzleramt.",
        language="de",
    )
    person = attendee(meeting, "Olzhas Bektenov")
    assert (person.role, person.country) == ("Prime Minister", "KZ")


def test_role_and_country_in_russian():
    meeting = extract(
        "Встреча в Баку\n\nБаку, 19 июля, АЗЕРТАДЖ\n"
        "Президент Азербайджанской Республики Ильхам Алиев в среду встретился с "
        "премьер-министром Узбекистана Абдуллой Ариповым.\n"
        "Абдулла Арипов передал приветствия от Президента Узбекистана Шавката Мирзиёева.",
        reference="2023-07-21",
        language="ru",
    )
    aripov = attendee(meeting, "Абдулла Арипов")
    assert (aripov.role, aripov.country) == ("Prime Minister", "UZ")
    aliyev = attendee(meeting, "Ильхам Алиев")
    assert aliyev.country == "AZ"
    assert mentioned(meeting, "Шавкат Мирзиёев").country == "UZ"
    assert aliyev.side == Side.HOST and aripov.side == Side.GUEST


def test_premier_ministre_genitive_in_russian_role():
    meeting = extract(
        "Визит\n\nТашкент, 5 мая – Министр иностранных дел Казахстана Ерлан Карин принял "
        "премьер-министра Узбекистана Абдуллу Арипова.",
        reference="2025-05-06",
        language="ru",
    )
    aripov = attendee(meeting, "Абдулла Арипов")
    assert (aripov.role, aripov.country) == ("Prime Minister", "UZ")


def test_french_adjective_after_the_title():
    meeting = extract(
        "Entretien à Paris\n\nPARIS, 4 déc. (AA) – Le ministre russe des Affaires étrangères, "
        "Sergueï Lavrov, a reçu jeudi son homologue algérien, Ahmed Attaf.",
        reference="2025-12-08",
        language="fr",
    )
    lavrov = attendee(meeting, "Sergueï Lavrov")
    assert lavrov.country == "RU"
    assert lavrov.role == "Foreign Minister"
    attaf = attendee(meeting, "Ahmed Attaf")
    assert attaf.country == "DZ"


def test_greetings_and_spokespeople_are_mentioned_not_attending():
    meeting = extract(
        "Talks in Tashkent\n\nTASHKENT, Feb. 3 – U.S. Secretary of State Michael R. Pompeo on "
        "Monday met Uzbek Foreign Minister Abdulaziz Kamilov, the State Department said in a "
        "readout attributed to spokesperson Morgan Ortagus.\n"
        "Kamilov conveyed the greetings of President Shavkat Mirziyoyev.",
        reference="2020-02-05",
        language="en",
    )
    assert {p.name for p in meeting.attendees} == {"Michael R. Pompeo", "Abdulaziz Kamilov"}
    assert {p.name for p in meeting.mentioned} == {"Morgan Ortagus", "Shavkat Mirziyoyev"}
    assert sorted(meeting.countries) == ["US", "UZ"]


def test_participants_list_of_a_record():
    meeting = extract(
        "Gesprächsvermerk\n\nBerlin, 14.03.2025\n\nTeilnehmer:\n"
        "- AA: StM'in Dr. Lena Hartwig; RL 205 Michael Brandt; Derya Yıldız (Vermerk)\n"
        "- KAZ: stv. AM Aibek Nurlanuly; Botschafterin Dana Seitkali; "
        "Timur Omarov (Dolmetscher)\n\n"
        "Akmal Yuldashev, Vorsitzender der Geologiebehörde, soll das Projekt leiten.",
        reference="2025-03-17",
        language="de",
    )
    roles = {p.name: (p.role, p.country) for p in meeting.attendees}
    assert roles == {
        "Lena Hartwig": ("Minister of State", "DE"),
        "Michael Brandt": ("Head of Division 205", "DE"),
        "Derya Yıldız": ("Note-taker", "DE"),
        "Aibek Nurlanuly": ("Deputy Foreign Minister", "KZ"),
        "Dana Seitkali": ("Ambassador", "KZ"),
        "Timur Omarov": ("Interpreter", "KZ"),
    }
    assert [p.name for p in meeting.mentioned] == ["Akmal Yuldashev"]


def test_people_met_on_another_day_are_mentioned():
    meeting = extract(
        "Steinmeier im Élysée\n\nParis, 03.10.2014 – Bundesaußenminister Frank-Walter Steinmeier "
        "ist am Freitag von Staatspräsident François Hollande im Élysée-Palast empfangen worden.\n"
        "Der Aufenthalt des Ministers in Paris hatte bereits am Donnerstag begonnen. Steinmeier "
        "führte Gespräche mit seinem französischen Amtskollegen Laurent Fabius.",
        reference="2014-10-06",
        language="de",
    )
    assert {p.name for p in meeting.attendees} == {"Frank-Walter Steinmeier", "François Hollande"}
    assert mentioned(meeting, "Laurent Fabius").country == "FR"
    assert attendee(meeting, "Frank-Walter Steinmeier").country == "DE"


def test_no_people_invented_from_capitalised_nouns():
    meeting = extract(
        "Vermerk\n\nDie Seltene Erden Initiative und Global Gateway wurden erörtert. "
        "Grüner Wasserstoff bleibt ein Thema der Mittleren Korridor Konferenz.",
        language="de",
    )
    assert meeting.attendees == [] and meeting.mentioned == []
