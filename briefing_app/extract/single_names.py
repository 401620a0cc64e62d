"""One-word names after a title: "President Prabowo", "Foreign Minister Sugiono",
"министром иностранных дел Индонезии Сугионо" (Indonesian and Mongolian usage)."""

from __future__ import annotations

import re

from briefing_app.extract.context import Context
from briefing_app.extract.gazetteer import lookup
from briefing_app.extract.morph import is_common_word
from briefing_app.extract.names import NameRun, _name_like, is_courtesy
from briefing_app.extract.roles import fillers, role_search, role_span, title_end

_WINDOW = 6000


def is_initial(token: str) -> bool:
    return len(token) == 2 and token.endswith(".")


def titled_single(run: NameRun, ctx: Context, floor: int) -> bool:
    """A one-word name right after a title ("President Prabowo", "Foreign Minister Sugiono",
    "министром иностранных дел Индонезии Сугионо"): Indonesian and Mongolian usage."""
    word = run.tokens[0]
    text, lex = ctx.text, ctx.lex
    listed = False
    if len(word) < 4 or word.isupper():
        return False
    nxt = text[run.end : run.end + 2]
    if nxt[:1] == "-" or (nxt[:1] == " " and nxt[1:2].isupper()):
        return False
    # cheap tests first: most capitalised words are not after a title at all
    if lex.language == "ru":
        if is_common_word(word):
            return False  # the dictionary tells "Государственной" from "Сугионо"
    elif text.count(word, max(0, run.start - _WINDOW), run.end + _WINDOW) < 2 and not (
        listed := _title_follows(text, run.end, lex) or _closes_item(text, run.end)
    ):
        return False
    last = None
    for m in role_search(lex).finditer(text, max(floor, run.start - 90), run.start):
        last = m
    if last is None or lookup(word, lex.language) is not None:
        return False
    if _object_after_name(text, last.end(), run.start, lex):
        return False
    prev = re.search(r"(\S+)\s+$", text[max(0, run.start - 40) : run.start])
    if (
        prev
        and prev.group(1)[:1].islower()
        and (len(prev.group(1)) <= 3 or prev.group(1).lower() in fillers())
    ):
        at = run.start - len(prev.group(0))
        if not ctx.countries_between(at, run.start):
            return False  # "chargé du Commerce extérieur": an office, not a name
    if lex.language != "ru" and not listed and not _recurs(word, run, ctx):
        return False
    _label, end, _source = role_span(text, last, lex, ctx, run.start)
    end = max(end, title_end(text, last, lex, run.start))
    if end > run.start:
        return False
    gap = text[end : run.start]
    for c in ctx.countries_between(end, run.start):
        gap = gap[: c.start - end] + " " * (c.end - c.start) + gap[c.end - end :]
    # "Minister for Foreign Affairs, H.E. Sugiono": a courtesy title may stand between
    courtesy = re.search(r"(?:^|[\s,])(\S+)\s+$", gap)
    if courtesy and is_courtesy(courtesy.group(1), lex):
        gap = gap[: courtesy.start(1)].rstrip().rstrip(",")
    # "ministre … de la Recherche": a word still inside the title is no name
    return not gap.strip()


_ARTICLE_AFTER_NAME = {
    "de": re.compile(r"\s+[A-ZÄÖÜ][\w'’-]+\s+(?:der|die|das|den|dem|des|ein|eine|einen)\s"),
}


def _object_after_name(text: str, title_end: int, start: int, lex) -> bool:
    """ "dass Präsident Lula die deutsch-brasilianischen Regierungskonsultationen …": a
    capitalised word right after the title, then an article, is the holder's name and the
    article opens the sentence's object; a later word is no one-word name."""
    regex = _ARTICLE_AFTER_NAME.get(lex.language)
    return bool(regex and regex.match(text, title_end, start))


_NEXT_TITLE = re.compile(
    r"(?:\s+(?:and|und|sowie|et|и)\s+|\s*,\s*)(?:(?:the|der|die|den|dem|le|la|les)\s+|l['’])?",
    re.IGNORECASE,
)


def _title_follows(text: str, end: int, lex) -> bool:
    """ "Foreign Minister Battsetseg and the Ambassador of …": the next item of a list of
    titled people starts right after the word."""
    m = _NEXT_TITLE.match(text, end)
    return bool(m and role_search(lex).match(text, m.end()))


# "… und Protokollchef Kiprono teil", "Deputy Minister Yuliot, …": a word that ends a list
# item right after a title is a one-word name even when the report uses it once
_ITEM_END = re.compile(r"(?:\s*[,;)]|\s+teil\b)")


def _closes_item(text: str, end: int) -> bool:
    return bool(_ITEM_END.match(text, end))


def _recurs(word: str, run: NameRun, ctx: Context) -> bool:
    """Without a dictionary: a one-word name recurs ("President Prabowo … Prabowo said"), a
    capitalised noun after a title ("Präsident … Dank", "Ambassador Extraordinary") rarely."""
    text, lex = ctx.text, ctx.lex
    again = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    # within a report-sized window, so that a long file stays linear
    lo, hi = max(0, run.start - _WINDOW), min(len(text), run.end + _WINDOW)
    seen = 0
    for m in again.finditer(text, lo, hi):
        seen += 1
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and _name_like(before[-1], lex, set()) and before[-1][-1:].isalpha():
            return False  # "President Marcos" is the "Ferdinand Marcos" named elsewhere
        after = re.match(r"[ \u00a0]([^\W\d_][\w'’-]*)", text[m.end() : m.end() + 40])
        if after and _name_like(after.group(1), lex, set()) and after.group(1)[1:].islower():
            return False  # "President Prabowo" is the "Prabowo Subianto" named elsewhere
    return seen >= 2
