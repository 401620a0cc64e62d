"""An office, then a rank right before the name: "Le chef du Département fédéral des
affaires étrangères (DFAE), le conseiller fédéral Ignazio Cassis", "La représentante
permanente de la Suisse …, l'ambassadrice Nathalie Marti": the office opening the sentence
is what the person does there; the rank only says what the person is."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.roles import role_span

_OPENS = re.compile(r"(?:^|[.\n–—:]\s*)(?:le|la|l['’]|the)\s*$", re.IGNORECASE)
_GAP = re.compile(r"[^.;:!?]{0,90}?,\s*(?:le|la|l['’]|the)?\s*", re.IGNORECASE)
_VERBS = frozenset(["a", "est", "ont", "sont", "has", "is", "was", "have", "had", "were"])


def office_before_rank(
    ctx: Context, first: re.Match[str], rank: re.Match[str]
) -> tuple[str, int, bool] | None:
    """(label, end, source) of ``first`` when it is the office the sentence opens with and
    only a comma and an article separate its phrase from ``rank``."""
    text, lex = ctx.text, ctx.lex
    if first.start() >= rank.start() or not _OPENS.search(
        text[max(0, first.start() - 30) : first.start()]
    ):
        return None
    label, end, source = role_span(text, first, lex, ctx, rank.start())
    end = max(end, first.end())
    gap = text[end : rank.start()]
    if not label or not _GAP.fullmatch(gap):
        return None
    if any(w in _VERBS for w in re.findall(r"[\w'’]+", gap.lower())):
        return None  # a clause between them: two people, or a sentence
    if re.search(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+", gap):
        return None  # a name between the titles: the first is someone else's
    return label, end, source
