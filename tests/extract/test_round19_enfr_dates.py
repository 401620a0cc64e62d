"""Rounds 19/20 (en/fr): days named relative to when the text was written.

- a forwarded e-mail: the note above "-----Original Message-----" only passes the report on;
  "yesterday" in the report counts from the original message's own "Sent:" line;
- a news page: "Published <date>" says when it was written; "spoke to … on Tuesday" a
  little further on names the meeting's day;
- French: "se sont tenues mardi dernier" is the day the meeting was held, counted from the
  note's own date ("Paris, le …").
"""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import extract

_FORWARDED = """FW: Readout – Ambassador call on Deputy Minister Halvorsen, Oslo

From: Keller, Tom -EUR <Tom.Keller@example.org>
Sent: Monday, March 9, 2026 8:02 AM
To: Nordic Desk
Subject: FW: Readout – Ambassador call on Deputy Minister Halvorsen, Oslo

Colleagues – passing on Oslo's readout for awareness. Comments by COB Wednesday please.
Tom

-----Original Message-----
From: Lind, Maria -OSLO <Maria.Lind@example.org>
Sent: Friday, March 6, 2026 4:40 PM
To: Keller, Tom -EUR
Subject: Readout – Ambassador call on Deputy Minister Halvorsen, Oslo

Dear Tom,

Summary of yesterday morning's meeting at the ministry, cleared by the Ambassador.

1. Energy: both sides agreed to hold an offshore wind workshop in the autumn.
"""


def test_relative_day_counts_from_the_forwarded_messages_own_sent_line() -> None:
    meeting = extract(_FORWARDED, "2026-03-11")
    assert meeting.date == dt.date(2026, 3, 5)  # the day before Friday 6 March


_PUBLISHED = """Foreign Secretary call with Chilean Foreign Minister Alberto van Klaveren

Press release
The Foreign Secretary spoke to the Chilean Foreign Minister about trade and Antarctic research.
From: Foreign Office
Published 5 March 2026

A spokesperson said:

The Foreign Secretary spoke to Foreign Minister Alberto van Klaveren of Chile on Monday.

The ministers discussed lithium supply chains and scientific cooperation in Antarctica.
"""


def test_weekday_in_a_meeting_sentence_beats_the_published_date() -> None:
    meeting = extract(_PUBLISHED, "2026-03-09")
    assert meeting.date == dt.date(2026, 3, 2)  # the Monday before Thursday 5 March


_NOTE = """NOTE à l'attention de Monsieur le Directeur d'Asie
s/c de Madame la Sous-directrice de l'Asie du Sud-Est

Direction d'Asie et d'Océanie – Sous-direction de l'Asie du Sud-Est
Lyon, le 20 novembre 2026

Objet : Consultations franco-vietnamiennes

Les consultations stratégiques entre la France et le Viêt Nam se sont tenues jeudi dernier à Hanoï.

Les deux parties sont convenues de renforcer la coopération en matière de santé.
"""


def test_se_sont_tenues_with_a_past_weekday_counts_from_the_notes_date() -> None:
    meeting = extract(_NOTE, "2026-11-25", language="fr")
    assert meeting.date == dt.date(2026, 11, 19)  # the Thursday before Friday 20 November
