"""Rounds 19/20 (en/fr): who chaired the meeting attends, even beside a list of the other
participants; a side clause ("du côté suisse, …", "pour la partie tunisienne, par …") gives
its country to the people named after it, up to the next side clause."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

_RECORD = """NOTE à l'attention de Madame la Directrice

Berne, le 4 septembre 2026

Objet : Consultations politiques suisso-tunisiennes

Les consultations politiques entre la Suisse et la Tunisie se sont tenues lundi à Berne. Elles \
étaient coprésidées, pour la partie suisse, par Mme Anna Keller, secrétaire d'État, et, pour la \
partie tunisienne, par M. Karim Belhadj, secrétaire général du ministère des Affaires étrangères.

Étaient également présents :
– côté suisse : M. Jonas Meier, chef de section ;
– côté tunisien : Mme Leila Mansour, conseillère.

1. Migrations. Les deux parties ont évoqué la coopération en matière de retours.
"""


def test_co_chairs_named_before_a_participants_list_attend() -> None:
    meeting = extract(_RECORD, "2026-09-08", language="fr")
    assert attendee(meeting, "Anna Keller").country == "CH"
    assert attendee(meeting, "Karim Belhadj").country == "TN"
    assert attendee(meeting, "Jonas Meier").country == "CH"


_NEWS = """Clôture à Dakar de la commission mixte sénégalo-portugaise

Dakar, 3 juillet 2026 (APS) – Les travaux de la 4ème session de la commission mixte entre le \
Sénégal et le Portugal ont pris fin jeudi à Dakar.

La session a été coprésidée par le ministre sénégalais de l'Intégration africaine, M. Ousmane \
Ndiaye, et le secrétaire d'État portugais à la Coopération, M. Tiago Ramos.

Ont pris part aux travaux, du côté sénégalais, la ministre de la Santé, Mme Awa Sarr ; du côté \
portugais, le directeur général de la coopération, M. Rui Pacheco, et la conseillère \
diplomatique, Mme Inês Lobo.
"""


def test_co_chairs_and_side_clauses_in_a_news_item() -> None:
    meeting = extract(_NEWS, "2026-07-06", language="fr")
    assert attendee(meeting, "Ousmane Ndiaye").country == "SN"
    assert attendee(meeting, "Tiago Ramos").country == "PT"
    assert attendee(meeting, "Awa Sarr").country == "SN"
    assert attendee(meeting, "Inês Lobo").country == "PT"


def test_english_co_chairs_attend_beside_a_delegation_list() -> None:
    text = (
        "Joint Commission\n\n"
        "Delegations:\n"
        "Ghana: Ama Owusu, Director of Trade\n"
        "Norway: Lars Dahl, Counsellor\n\n"
        "The session was co-chaired by Ghana's Minister of Foreign Affairs Kwame Mensah "
        "and Norway's State Secretary Ingrid Berg.\n"
    )
    meeting = extract(text, "2026-05-04", language="en")
    assert attendee(meeting, "Kwame Mensah").country == "GH"
    assert attendee(meeting, "Ingrid Berg").country == "NO"
