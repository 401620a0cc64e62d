"""Agreements a sentence states other than as a whole: two joined by a colon ("Beide Seiten
vereinbarten, X auszubauen: Ein Abkommen über Y, am Vortag unterzeichnet, soll …"), and a
short consent to the proposal before it ("StS stimmte zu.")."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.extract.lexicon import Lexicon
from briefing_app.model import Agreement, AgreementKind, Provenance, Span

_COLON = re.compile(r":\s+(?=[^\W\d_])")


def colon_parts(
    text: str, start: int, kind_of: Callable[[str], AgreementKind | None]
) -> list[tuple[str, int, AgreementKind]] | None:
    """(part, offset, kind) of each statement, or None when the sentence is one agreement."""
    m = _COLON.search(text)
    if m is None or not text[m.end()].isupper():
        return None
    out = []
    for part, at in ((text[: m.start()], start), (text[m.end() :], start + m.end())):
        kind = kind_of(part)
        if kind is None or len(part.split()) < 4:
            return None
        out.append((part, at, kind))
    return out


def short_consent(lex: Lexicon, text: str, start: int, end: int) -> list[Agreement]:
    """ "StS stimmte zu.", "POL war einverstanden.": a sentence too short for a statement of
    its own, consenting to the proposal before it, is an agreement (cue list 'consent')."""
    consent = lex.cue("consent")
    if len(text.split()) < 2 or consent is None or not consent.search(text):
        return []
    provenance = Provenance(
        spans=[Span(start=start, end=end)], confidence=0.55, method="agreement:consent"
    )
    return [Agreement(text=text, kind=AgreementKind.AGREED, provenance=provenance)]
