"""Round 19 (fr): a participants table laid out side by side, one column per party under a
header row naming the parties ("| Partie française | Partie kenyane |")."""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

_RECORD = """COMPTE RENDU – Entretien du consul général avec le gouverneur de Mombasa

CONSULAT GÉNÉRAL DE FRANCE
Mombasa, le 12 mai 2026

Objet : entretien du lundi 11 mai 2026, Mombasa

Participants
| Partie française                         | Partie kényane                              |
| M. Hugo Lambert, consul général          | M. Daniel Otieno, gouverneur                |
| Mme Sophie Renard, attachée (rédactrice) | Mme Grace Wanjiru, directrice du tourisme   |
|                                          | M. Peter Kamau, interprète                  |

Points abordés
1. Port : M. Otieno a présenté le projet d'extension du terminal.
"""


def test_each_column_of_a_side_by_side_table_is_a_party() -> None:
    meeting = extract(_RECORD, "2026-05-15", language="fr")
    assert attendee(meeting, "Hugo Lambert").country == "FR"
    assert attendee(meeting, "Sophie Renard").country == "FR"
    assert attendee(meeting, "Daniel Otieno").country == "KE"
    assert attendee(meeting, "Grace Wanjiru").country == "KE"
    assert attendee(meeting, "Peter Kamau").country == "KE"
    assert len(meeting.attendees) == 5
