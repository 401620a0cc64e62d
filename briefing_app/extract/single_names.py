"""One-word names after a title: "President Prabowo", "Foreign Minister Sugiono",
"министром иностранных дел Индонезии Сугионо" (Indonesian and Mongolian usage)."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.gazetteer import lookup
from briefing_app.extract.morph import is_common_word
from briefing_app.extract.names import NameRun, _name_like
from briefing_app.extract.roles import role_search, role_span, title_end


def is_initial(token: str) -> bool:
    return len(token) == 2 and token.endswith(".")


def titled_single(run: NameRun, ctx: Context, floor: int) -> bool:
    """A one-word name right after a title ("President Prabowo", "Foreign Minister Sugiono",
    "министром иностранных дел Индонезии Сугионо"): Indonesian and Mongolian usage."""
    word = run.tokens[0]
    if len(word) < 4 or word.isupper() or lookup(word, ctx.lex.language) is not None:
        return False
    text, lex = ctx.text, ctx.lex
    nxt = text[run.end : run.end + 2]
    if nxt[:1] == "-" or (nxt[:1] == " " and nxt[1:2].isupper()):
        return False
    last = None
    for m in role_search(lex).finditer(text, max(floor, run.start - 90), run.start):
        last = m
    if last is None:
        return False
    _label, end, _source = role_span(text, last, lex, ctx, run.start)
    end = max(end, title_end(text, last, lex, run.start))
    if end > run.start:
        return False
    gap = text[end : run.start]
    for c in ctx.countries_between(end, run.start):
        gap = gap[: c.start - end] + " " * (c.end - c.start) + gap[c.end - end :]
    if gap.strip():
        return False  # "ministre … de la Recherche": the word still belongs to the title
    prev = re.search(r"(\S+)\s+$", text[max(0, run.start - 40) : run.start])
    if prev and prev.group(1)[:1].islower():
        at = run.start - len(prev.group(0))
        if not ctx.countries_between(at, run.start):
            return False  # "chargé du Commerce extérieur": an office, not a name
    if lex.language == "ru":
        return not is_common_word(word)  # the dictionary tells "Государственной" from "Сугионо"
    # without a dictionary: a one-word name recurs ("President Prabowo … Prabowo said"), a
    # capitalised noun after a title ("Präsident … Dank", "Ambassador Extraordinary") rarely
    again = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    for m in again.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and _name_like(before[-1], lex, set()) and before[-1][-1:].isalpha():
            return False  # "President Marcos" is the "Ferdinand Marcos" named elsewhere
    return len(again.findall(text)) >= 2
