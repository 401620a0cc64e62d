"""Subjects the lexicon does not know: what a sentence says was discussed.

"The ministers discussed the law on foreign influence", "sprachen über die Überwachung der
Schattenflotte": when no subject area or named item covers such a sentence, the words after
the discussion verb name the subject. Shown as uncertain (the officer confirms the label).
Lexicon: ``object_skip`` (leading words that are not the subject: articles, "die Minister",
"standen") and ``vague`` (words that say nothing on their own: issues, cooperation) in
``<lang>/topics.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.lexicon import Lexicon, _read, alternation
from briefing_app.extract.text import Intervals, Sentence

_CUT = re.compile(r"[,;:.(–—]|\s+(?:sowie|as well as|ainsi que|а также|and on|und über)\s+")
_ELISION = re.compile(r"^(?:[ldjnsc]|qu)['’]", re.IGNORECASE)
_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.$")
_LETTER = re.compile(r"^[A-ZА-ЯЁ]$")
_MAX_WORDS = 8


@cache
def _words(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = _read(f"{lex.language}/topics.json")
    skip, vague = data.get("object_skip", []), data.get("vague", [])
    return (
        re.compile(rf"^(?:{alternation(skip)})$", re.IGNORECASE) if skip else None,
        re.compile(rf"^(?:{alternation(vague)})$", re.IGNORECASE) if vague else None,
    )


def _content(lex: Lexicon, word: str, vague: re.Pattern[str] | None) -> bool:
    from briefing_app.extract.gazetteer import lookup

    bare = _ELISION.sub("", word).strip(",.«»\"'’")
    if len(bare) <= 3 or (vague is not None and vague.match(bare)):
        return False
    return not (bare[:1].isupper() and lookup(bare, lex.language) is not None)


def _not_discussion(lex: Lexicon, text: str) -> bool:
    """A next step, a decision or a greeting: the subject is stated elsewhere or not at all."""
    for name in ("follow_up", "agreed", "signed", "decided", "greetings"):
        regex = lex.cue(name)
        if regex is not None and regex.search(text):
            return True
    return False


def discussed_objects(
    ctx: Context,
    sentences: Iterable[Sentence],
    covered: list[tuple[int, int]],
    people: frozenset[str],
) -> Iterator[tuple[str, tuple[int, int]]]:
    """(label, sentence span) for sentences with a discussion cue that no topic covers."""
    from briefing_app.extract.names import is_role_word

    lex = ctx.lex
    discussion = lex.cue("discussion")
    skip, vague = _words(lex)
    if discussion is None:
        return
    cover = Intervals(covered)
    for sentence in sentences:
        text = sentence.text
        if cover.covers(sentence.start) or cover.any_start_in(sentence.start, sentence.end):
            continue
        if len(text.split()) < 4 or text.rstrip().endswith(":") or _not_discussion(lex, text):
            continue
        span = (sentence.start, sentence.end)
        cue = discussion.search(text)
        if cue is None:
            continue
        rest = text[cue.end() :].lstrip()
        if not rest or rest[0] in ",.;:":
            continue  # "… erörtert, die …": the cue ends a clause, the subject is elsewhere
        words = _CUT.split(rest, maxsplit=1)[0].split()
        if words and _LETTER.match(words[-1]):
            continue  # cut at a name's initial ("слушали А. Нуртазину")
        while words and skip is not None and skip.match(words[0].strip('«»"')):
            words.pop(0)
        if not words or any(
            w.strip(",.") in people or is_role_word(w, lex) or _INITIAL.match(w) for w in words
        ):
            continue  # nothing left, or the meeting itself ("… avec son homologue, M. X")
        states = {ctx.text[c.start : c.end] for c in ctx.countries_between(*span)}
        if not any(_content(lex, w, vague) and w not in states for w in words[:_MAX_WORDS]):
            continue  # "questions of mutual interest for Nouakchott and Paris"
        label = " ".join(words[:_MAX_WORDS]) + (" …" if len(words) > _MAX_WORDS else "")
        yield label[:1].upper() + label[1:], span
