"""Round 20 (en/fr): a sentence about an event still to come ("to be held … during the state
visit of President X", "qui se tiendra … en présence du président X") names people at that
event, not at this meeting."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract, mentioned


def test_to_be_held_names_people_at_a_later_event() -> None:
    text = (
        "Minister Aliyev meets Georgian counterpart\n\n"
        "Minister of Foreign Affairs of Azerbaijan Elnur Aliyev held a meeting on Monday with "
        "Minister of Foreign Affairs of Georgia Nino Beridze.\n\n"
        "The ministers prepared the next meeting of the Intergovernmental Commission, to be "
        "held in Tbilisi in autumn during the official visit of President of Azerbaijan "
        "Rashad Guliyev.\n"
    )
    meeting = extract(text, "2026-06-10", language="en")
    assert attendee(meeting, "Nino Beridze")
    assert mentioned(meeting, "Rashad Guliyev")


def test_se_tiendra_names_people_at_a_later_event() -> None:
    text = (
        "Entretien des ministres malien et nigérien\n\n"
        "Le ministre malien des Affaires étrangères, Moussa Keita, a reçu lundi à Bamako son "
        "homologue nigérien, Issa Moussa.\n\n"
        "Les deux ministres ont préparé la réunion de la commission mixte qui se tiendra à "
        "Niamey en présence du président Ali Mahamane.\n"
    )
    meeting = extract(text, "2026-06-10", language="fr")
    assert attendee(meeting, "Issa Moussa")
    assert mentioned(meeting, "Ali Mahamane")
