"""Round 20 (de): the course of the talks is no list of results."""

from __future__ import annotations

from tests.extract.helpers import agreement_texts, extract

NOTE = (
    "Gespräch StM mit AM Tadschikistan, 5.5., Wien (Rand OSZE)\n"
    "\n"
    "Ort: StäV Wien\n"
    "TN DEU: StM Lukas Brenner; RL 208 Eva Roth (Notiz)\n"
    "TN TJK: AM Sirodschiddin Muhriddin\n"
    "\n"
    "Verlauf / Ergebnisse:\n"
    "- Energie: TJK wirbt für Rogun-Staudamm, bittet um Gespräche mit KfW.\n"
    "- Grenzfragen: kurz angesprochen, keine Vertiefung.\n"
    "\n"
    "Vereinbart:\n"
    "-> Energiedialog auf Arbeitsebene im Herbst in Duschanbe\n"
)


def test_points_under_a_course_heading_are_no_agreements() -> None:
    m = extract(NOTE, "2025-05-07")
    texts = agreement_texts(m)
    assert texts == ["Energiedialog auf Arbeitsebene im Herbst in Duschanbe"]


WIRE = (
    "Präsident empfängt Gast aus Armenien\n"
    "\n"
    "Baku, 4. Mai – Präsident Ilham Alijew hat am Montag den armenischen "
    "Ministerpräsidenten Nikol Paschinjan empfangen.\n"
    "\n"
    "In ihrer Anwesenheit wurden ein Protokoll über die Grenzziehung und eine "
    "Vereinbarung über den Verkehr ausgetauscht.\n"
    "\n"
    "Nach Angaben des Präsidialamts soll das Friedensabkommen im Herbst vom Parlament "
    "beschlossen werden.\n"
)


def test_documents_exchanged_in_the_leaders_presence_are_signed_agreements() -> None:
    m = extract(WIRE, "2025-05-06")
    exchanged = [a for a in m.agreements if "ausgetauscht" in a.text]
    assert len(exchanged) == 1
    assert exchanged[0].kind == "signed"


def test_a_decision_still_to_be_taken_is_no_agreement() -> None:
    m = extract(WIRE, "2025-05-06")
    assert not any("beschlossen werden" in a.text for a in m.agreements)


def test_a_point_from_a_bulleted_line_keeps_no_bullet() -> None:
    note = NOTE.replace(
        "- Grenzfragen: kurz angesprochen, keine Vertiefung.",
        "- Handel: StM sagt Prüfung eines WTO-Beitrittsdialogs durch das BMWE zu.",
    )
    m = extract(note, "2025-05-07")
    steps = [f.text for f in m.follow_ups if "BMWE" in f.text]
    assert steps == ["Handel: StM sagt Prüfung eines WTO-Beitrittsdialogs durch das BMWE zu."]
    for step in m.follow_ups:
        span = step.provenance.spans[0]
        assert m.source.text[span.start : span.end] == step.text


def test_a_bare_implementation_noun_states_how_things_stand() -> None:
    note = NOTE.replace(
        "- Grenzfragen: kurz angesprochen, keine Vertiefung.",
        '- Visa: Abkommen seit 2023 in Kraft; Umsetzung aus Sicht TJK "reibungslos".',
    )
    m = extract(note, "2025-05-07")
    assert not [f.text for f in m.follow_ups if "reibungslos" in f.text]


def test_an_implementation_noun_with_a_date_is_still_a_next_step() -> None:
    note = NOTE.replace(
        "- Grenzfragen: kurz angesprochen, keine Vertiefung.",
        "- Visa: Umsetzung der Erleichterungen bis 30.09.",
    )
    m = extract(note, "2025-05-07")
    assert [f.text for f in m.follow_ups if "Erleichterungen" in f.text]
