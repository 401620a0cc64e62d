"""Round 20 (en): named things that are no subject of the talks:

- the forum a minister is taking part in is the occasion, also where it is named again
  ("The Doha Security Forum is held …");
- the quoted theme of a forum or title of a panel;
- "Heads of Government", a collective title.
"""

from __future__ import annotations

from tests.extract.helpers import extract, topic_labels

_TEXT = """Minister Dlamini meets Qatari counterpart on the sidelines of DSF-2026

12.05.2026 | Press Office of the Department of International Relations

Minister of International Relations of South Africa Thandi Dlamini, who is taking part in \
the Doha Security Forum, held a meeting on Monday with Minister of State for Foreign Affairs \
of Qatar Khalid Al-Thani.

The ministers discussed the Lobito Corridor and reaffirmed the goal set by the Heads of \
Government of doubling trade by 2030.

The Doha Security Forum is being held on 11-12 May under the theme "Rebuilding Trust in \
a Fractured Order".
"""


def _named(meeting) -> list[str]:
    return topic_labels(meeting)


def test_the_forum_taken_part_in_is_no_topic_where_named_again() -> None:
    labels = _named(extract(_TEXT, "2026-05-14", language="en"))
    assert "Lobito Corridor" in labels
    assert not any("Doha Security Forum" in label for label in labels), labels


def test_a_quoted_theme_is_no_topic() -> None:
    labels = _named(extract(_TEXT, "2026-05-14", language="en"))
    assert not any("Trust" in label or "Fractured" in label for label in labels), labels


def test_heads_of_government_is_no_topic() -> None:
    labels = _named(extract(_TEXT, "2026-05-14", language="en"))
    assert "Heads of Government" not in labels
