"""Rounds 19/20 (en/fr) people:

- "The Rt Hon" / "Hon." is a courtesy title, no part of the name;
- a clause dated to another month and year ("signed in Astana in May 2024 by …", "lors de la
  visite du président X en mars 2023") names a person at another event: mentioned only;
- a page from the Foreign, Commonwealth & Development Office is a British record: its own
  ministers without a named country are British.
"""

from __future__ import annotations

from tests.extract.helpers import attendee, extract, mentioned

_EN = """Foreign Secretary meets Kazakh Foreign Minister

Press release
From: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP
Published 9 October 2026

The Foreign Secretary, the Rt Hon David Lammy, met Foreign Minister Murat Nurtleu of \
Kazakhstan in London on Wednesday.

The Foreign Secretary welcomed the progress on the critical minerals roadmap since the \
memorandum was signed in Astana in May 2024 by Foreign Minister Nurtleu and Uzbek Foreign \
Minister Bakhtiyor Saidov.
"""


def test_rt_hon_is_a_courtesy_title_and_fcdo_pages_are_british() -> None:
    meeting = extract(_EN, "2026-10-12", language="en")
    assert attendee(meeting, "David Lammy").country == "GB"
    assert attendee(meeting, "Murat Nurtleu").country == "KZ"


def test_a_clause_dated_to_another_month_names_people_elsewhere_en() -> None:
    meeting = extract(_EN, "2026-10-12", language="en")
    assert mentioned(meeting, "Bakhtiyor Saidov")


def test_a_clause_dated_to_another_month_names_people_elsewhere_fr() -> None:
    text = (
        "Portugal-Sénégal : Rangel reçoit son homologue à Lisbonne\n\n"
        "LISBONNE, 14 mai 2026 (AFP) - Le ministre portugais des Affaires étrangères, Paulo "
        "Rangel, a reçu mardi à Lisbonne son homologue sénégalaise Yassine Fall, pour faire le "
        "point sur l'accord de partenariat conclu lors de la visite du président Bassirou "
        "Diomaye Faye en mars 2025.\n\n"
        "Les deux ministres ont évoqué la pêche et les migrations.\n"
    )
    meeting = extract(text, "2026-05-16", language="fr")
    assert attendee(meeting, "Paulo Rangel").country == "PT"
    assert attendee(meeting, "Yassine Fall")
    assert mentioned(meeting, "Bassirou Diomaye Faye")
