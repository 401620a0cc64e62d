"""Rounds 19/20 (en/fr) agreements:

- a signature still to come ("so that it can be signed", "work towards signature",
  "soutenir la signature de l'accord") is no signed agreement;
- one side confirming its own plan or readiness ("confirmed that the President intends to
  attend", "confirmed Chile is ready to resume talks") or restating how it regards a question
  ("a réaffirmé que l'Espagne considérait …") is no agreement.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import extract


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "The ministers asked their teams to complete the draft treaty so that it can be "
            "signed at the summit.",
        ),
        (
            "en",
            "He said Norway stands ready to help both sides as they work towards signature "
            "of the accord.",
        ),
        (
            "fr",
            "Il a souhaité que l'Italie continue de soutenir la signature de la convention "
            "de pêche.",
        ),
        ("fr", "Le texte pourra être signé lors de la prochaine visite du ministre."),
    ],
)
def test_a_signature_still_to_come_is_no_agreement(language, sentence):
    meeting = extract(f"Talks\n\n{sentence}\n", language=language)
    assert meeting.agreements == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Minister confirmed that President Boric intends to attend the forum."),
        ("en", "Ms Tan confirmed Singapore is ready to resume talks on the air services deal."),
        (
            "fr",
            "M. Sánchez a réaffirmé que l'Espagne considérait le dialogue comme la seule "
            "voie possible.",
        ),
    ],
)
def test_one_side_confirming_its_own_plan_is_no_agreement(language, sentence):
    meeting = extract(f"Talks\n\n{sentence}\n", language=language)
    assert meeting.agreements == []


def test_a_signature_that_took_place_is_still_signed():
    meeting = extract(
        "Talks\n\nThe two ministers signed a memorandum on renewable energy.\n", language="en"
    )
    assert [a.kind.value for a in meeting.agreements] == ["signed"]
