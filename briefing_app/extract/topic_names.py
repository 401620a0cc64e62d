"""Named things in English prose: capitalised phrases that name a subject of the talks
("Lisbon Treaty", "European Convention on Human Rights", "Middle Corridor"), not people,
places, titles or institutions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from briefing_app.extract.context import Context
from briefing_app.extract.text import Sentence

_EN_PHRASE = re.compile(
    r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:(?:\s+(?:of|on|for|and|the)){0,2}\s+[A-Z][\w'’-]+){1,6}"
)


def english_names(
    ctx: Context, people: frozenset[str], sentences: Iterable[Sentence]
) -> Iterator[tuple[str, tuple[int, int], int]]:
    """(phrase, sentence span, offset) of capitalised phrases in English prose that name a
    thing: "Lisbon Treaty", "Black Sea" (not people, places or titles)."""
    from briefing_app.extract.gazetteer import lookup
    from briefing_app.extract.names import is_role_word

    stop = {w.lower() for w in ctx.lex.cues.get("not_names", [])}
    for sentence in sentences:
        if len(sentence.text.split()) < 6:
            continue
        quoted = _quoted_titles(sentence.text)
        for m in _EN_PHRASE.finditer(sentence.text):
            phrase, begin = m.group(0), m.start()
            words = [w for w in re.split(r"\s+", phrase) if w[:1].isupper()]
            if begin == 0 and len(words) == 2:
                continue  # "The minister", "Both sides" at a sentence start
            if words[0] == "The" and len(words) > 2:
                # "The Antalya Diplomacy Forum is held …": the article is no part of the name
                begin += len(phrase) - len(phrase[3:].lstrip())
                phrase, words = phrase[3:].lstrip(), words[1:]
            if any(a <= begin < b for a, b in quoted):
                continue  # the theme of a forum or the title of a panel
            if _title_head(ctx, phrase):
                continue  # "Heads of State", "Head of Government"
            if any(w.rstrip("'’s") in people for w in words):
                continue
            if any(is_role_word(w, ctx.lex) or _words_calendar(w, ctx) for w in words):
                continue  # a title ("Slovakia's Minister of …") or a date ("on Tuesday")
            if words[-1].lower() in _INSTITUTIONS or words[0].lower() in _INSTITUTIONS:
                continue  # "Ministry of Energy", "High Commission", "Pancasila Building"
            if all(
                w.lower() in stop or is_role_word(w, ctx.lex) or lookup(w, "en") is not None
                for w in words
            ):
                continue
            offset = sentence.start + begin
            if ctx.dateline and ctx.dateline.start <= offset < ctx.dateline.end:
                continue  # the agency or place of the dateline is no subject
            mentions = ctx.countries_between(offset, offset + len(phrase))
            if sum(c.end - c.start for c in mentions) * 2 >= len(phrase):
                continue  # "Kyrgyz Republic", "European Union"
            if _role_phrase_at(ctx, offset) or _role_search_in(ctx, phrase):
                continue
            if phrase == " ".join(words) and len(words) == 2 and _named_alone(ctx, words):
                continue  # "Tom Whitfield" … "Tom will write": a person, not a subject
            yield phrase, (sentence.start, sentence.end), offset


_QUOTED_TITLE = re.compile(
    r"(?:theme|motto|slogan|title|titled|entitled|session|panel)\s*[:,]?\s*"
    r"(?:[\"“«„]\s*)(?P<q>[^\"”»“]{3,120})[\"”»“]",
    re.IGNORECASE,
)


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of quoted titles ("under the theme “Diplomacy in an Age of …”")."""
    return [(m.start("q"), m.end("q")) for m in _QUOTED_TITLE.finditer(text)]


def _title_head(ctx: Context, phrase: str) -> bool:
    from briefing_app.extract.topic_evidence import _title_regexes

    head, _ = _title_regexes(ctx.lex)
    return bool(head and head.match(phrase))


def _role_phrase_at(ctx: Context, offset: int) -> bool:
    """The phrase is a title ("Minister of Foreign Affairs", "Secretary of State")."""
    from briefing_app.extract.roles import role_search

    return bool(role_search(ctx.lex).match(ctx.text, offset))


_INSTITUTIONS = frozenset(
    [
        "office",
        "ministry",
        "embassy",
        "department",
        "directorate",
        "bureau",
        "agency",
        "mission",
        "commission",
        "unit",
        "building",
        "palace",
        "hall",
    ]
)


def _words_calendar(word: str, ctx: Context) -> bool:
    from briefing_app.extract.names import _words

    return bool(_words(ctx.lex).months.match(word.lower()))


def _role_search_in(ctx: Context, phrase: str) -> bool:
    from briefing_app.extract.roles import role_search

    return bool(role_search(ctx.lex).search(phrase))


def _named_alone(ctx: Context, words: list[str]) -> bool:
    """A word of a two-word name stands alone elsewhere ("Gerapetritis said", "Tom will
    write"): the pair is a person's name. Subject words ("Trade") do not count."""
    from briefing_app.extract.topics import subject_word

    for word in words:
        if subject_word(ctx.lex, word):
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", ctx.text):
            before = ctx.text[max(0, m.start() - 40) : m.start()]
            after = ctx.text[m.end() : m.end() + 40]
            prev = re.search(r"([\w'’-]+)[ \t]+$", before)
            nxt = re.match(r"[ \t]+([\w'’-]+)", after)
            if prev and prev.group(1)[:1].isupper():
                continue
            if nxt and nxt.group(1)[:1].isupper():
                continue
            return True
    return False


def french_names(
    ctx: Context,
    people: frozenset[str],
    sentences: Iterable[Sentence],
    parties: frozenset[str] = frozenset(),
) -> Iterator[tuple[str, tuple[int, int], int]]:
    """(phrase, sentence span, offset) of named things in French prose, opened by a
    capitalised head inside a sentence: "l'Initiative royale pour l'accès des États du
    Sahel à l'océan Atlantique", "la Coupe du monde de football" (``named_heads`` and
    ``named_stops`` in fr/topics.json)."""
    regex, stops = _french_regex(ctx.lex.language)
    if regex is None:
        return
    for sentence in sentences:
        if len(sentence.text.split()) < 6:
            continue
        for m in regex.finditer(sentence.text):
            if m.start() == 0 or not re.search(r"[\s'’(«]$", sentence.text[: m.start()]):
                continue  # a sentence or list item opens with it: no name
            words = m.group(0).split()
            kept: list[str] = []
            for word in words:
                if word.lower() in stops or re.match(r"\d", word):
                    break
                kept.append(word)
            while kept and kept[-1].lower() in _FR_TRAIL:
                kept.pop()
            phrase = " ".join(kept)
            if not phrase or any(w in people for w in kept):
                continue
            yield phrase, (sentence.start, sentence.end), sentence.start + m.start()
        yield from _matters(ctx, sentence, parties)


def _matters(ctx: Context, sentence: Sentence, parties: frozenset[str]):
    """ "le dossier du Sahara occidental", "la crise au Soudan": the place a matter is named
    after is its subject, unless it is a state taking part (``matter_heads``)."""
    regex = _matter_regex(ctx.lex.language)
    if regex is None:
        return
    for m in regex.finditer(sentence.text):
        if not m.group("x")[:1].isupper():
            continue
        at = sentence.start + m.start("x")
        mentions = ctx.countries_between(at, at + len(m.group("x")))
        if any(c.code in parties for c in mentions):
            continue  # "la question de la France": a party, not a subject
        yield m.group("x"), (sentence.start, sentence.end), at


_FR_TRAIL = frozenset(
    ["de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "pour", "sur", "à", "au", "aux"]
)


@cache
def _french_regex(language: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    from briefing_app.extract.topic_evidence import _read_topics

    data = _read_topics(language)
    heads = data.get("named_heads", [])
    if not heads:
        return None, frozenset()
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # the head, then up to twelve words of one phrase (no punctuation)
    regex = re.compile(rf"(?<![\w-])(?:{head})(?![\w-])(?:[ \t]+[^\s,.;:()«»\[\]–—]+){{0,12}}")
    return regex, frozenset(w.lower() for w in data.get("named_stops", []))


def matter_names(
    ctx: Context, sentences: Iterable[Sentence], parties: frozenset[str] = frozenset()
) -> Iterator[tuple[str, tuple[int, int], int]]:
    """The places matters are named after in every sentence ("die Lage im Indopazifik")."""
    for sentence in sentences:
        yield from _matters(ctx, sentence, parties)


def format_names(
    ctx: Context, sentences: Iterable[Sentence]
) -> Iterator[tuple[str, tuple[int, int], int]]:
    """ "das Weimarer Dreieck", "die Minsker Vereinbarungen", "der Berliner Prozess": a city's
    adjective before a format word (``format_heads``) names a format or an accord, a subject."""
    from briefing_app.extract.gazetteer import lookup

    regex = _format_regex(ctx.lex.language)
    if regex is None:
        return
    for sentence in sentences:
        for m in regex.finditer(sentence.text):
            if m.start() == 0 or lookup(m.group("city"), ctx.lex.language) is None:
                continue  # "Neuer Dialog …" opens a sentence: an adjective, not a city's
            yield m.group(0), (sentence.start, sentence.end), sentence.start + m.start()


@cache
def _format_regex(language: str) -> re.Pattern[str] | None:
    from briefing_app.extract.topic_evidence import _read_topics

    heads = _read_topics(language).get("format_heads", [])
    if not heads:
        return None
    return re.compile(
        rf"(?<![\w-])(?P<city>[A-ZÄÖÜ][a-zäöüß]{{2,}})er\s+(?i:{'|'.join(heads)})(?![\w-])"
    )


@cache
def _matter_regex(language: str) -> re.Pattern[str] | None:
    from briefing_app.extract.topic_evidence import _read_topics

    data = _read_topics(language)
    heads = data.get("matter_heads", [])
    if not heads:
        return None
    links = data.get("matter_links")
    if links:
        # "die Lage im Indopazifik", "zur Lage in der Taiwanstraße": the place is one or two
        # capitalised words ("im Südchinesischen Meer")
        return re.compile(
            rf"(?<![\w-])(?i:{'|'.join(heads)})\s+(?i:{'|'.join(links)})\s+"
            r"(?P<x>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"
        )
    return re.compile(
        rf"(?<![\w-])(?:{'|'.join(heads)})\s+"
        r"(?:du|de la|des|de l['’]|de|d['’]|en|au|aux|sur (?:le|la|les|l['’]))\s*"
        r"(?P<x>[A-ZÀ-Ý][\w'’-]+(?:\s+[a-zà-ÿ][\w-]+)?)",
        re.IGNORECASE,
    )
