"""One sentence, two agreements: "Beide Seiten vereinbarten, X auszubauen: Ein Abkommen über
Y, am Vortag unterzeichnet, soll … umgesetzt werden." A colon before a new sentence joins two
statements; when each states an agreement of its own, they are two agreements."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.model import AgreementKind

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
