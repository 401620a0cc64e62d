"""Round 20 (en/fr): a dash list under a heading saying documents were signed ("Les documents
signés comprennent :", "The following documents were signed:") lists signed agreements, one
per item, and none of them is a next step."""

from __future__ import annotations

from briefing_app.model import AgreementKind
from tests.extract.helpers import extract

_FR = """Fin de la visite du Premier ministre tunisien à Lisbonne

Lisbonne, 3 octobre 2026 (Lusa) – Le Premier ministre tunisien a achevé vendredi sa visite.

Les documents signés comprennent :
– un accord sur la reconnaissance des diplômes ;
– un protocole de coopération portuaire pour la période 2027-2030 ;
– un mémorandum d'entente sur l'hydrogène vert.

Les deux délégations ont ensuite visité le port de Sines.
"""


def test_items_under_a_signed_heading_are_signed_agreements_fr() -> None:
    meeting = extract(_FR, "2026-10-05", language="fr")
    signed = [a for a in meeting.agreements if a.kind == AgreementKind.SIGNED]
    texts = " | ".join(a.text for a in signed)
    assert len(signed) == 3, texts
    assert "diplômes" in signed[0].text and "hydrogène" in signed[2].text
    assert not any("portuaire" in f.text for f in meeting.follow_ups)


def test_items_under_a_signed_heading_are_signed_agreements_en() -> None:
    text = (
        "Prime Minister visits Hanoi\n\n"
        "HANOI, 4 May 2026 – The Prime Minister of New Zealand held talks on Monday with his "
        "Vietnamese counterpart.\n\n"
        "The following documents were signed:\n"
        "- a memorandum on dairy trade;\n"
        "- an arrangement on working holiday visas for 2027-2029.\n"
    )
    meeting = extract(text, "2026-05-06", language="en")
    signed = [a.text for a in meeting.agreements if a.kind == AgreementKind.SIGNED]
    assert len(signed) == 2, signed
    assert meeting.follow_ups == []
