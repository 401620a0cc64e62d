"""German classes from unseen rounds 21 and 22 (sentences written for these tests)."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract


def test_compound_participants_label_opens_the_list() -> None:
    # "Gesprächsteilnehmer:" / "Delegationsteilnehmer:" are the participants label too
    text = (
        "Vermerk über das Gespräch von MD Berger mit Botschafterin Nilsson am 12.03.2025\n\n"
        "Delegationsteilnehmer:\n"
        "- DEU: MD Dr. Jonas Berger; RL'in 205 Miriam Haase (Vermerk)\n"
        "- SWE: Botschafterin Karin Nilsson; Gesandter Olof Berg\n\n"
        "1. Ostseekooperation: Beide Seiten begrüßten die Fortschritte.\n"
    )
    m = extract(text, "2025-03-14", language="de")
    assert attendee(m, "Jonas Berger").country == "DE"
    assert attendee(m, "Miriam Haase").country == "DE"
    assert attendee(m, "Karin Nilsson").country == "SE"
    assert attendee(m, "Olof Berg").country == "SE"
