"""How much a report says about a subject area: the evidence behind a concept topic.

A subject is a topic of the talks when the report discusses it (a sentence with a
discussion cue) or comes back to it. A word inside a title or an institution's name
("Minister of Education", "Министерство ... науки"), in an e-mail header, or only in
a decision or next step ("a working group on investment will be set up") is weak
evidence, and a procedural subject (a visit, a joint commission, a summit) named only
there is no topic of its own. Lexicon: ``title_heads``, ``title_fillers`` and
``headers`` in ``<lang>/topics.json``; ``procedural`` and ``parents`` in
``common/topic_labels.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from briefing_app.extract.dates import find_dates
from briefing_app.extract.lexicon import Lexicon, _read, alternation, common, cue_regex

TALK, PLAIN, ACTION = "talk", "plain", "action"
_TOKEN = re.compile(r"[\w’'-]+|[,&]")


@dataclass
class Evidence:
    """The mentions of one subject area: matched words and the sentences they are in."""

    words: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    def add(self, word: str, span: tuple[int, int], kind: str) -> None:
        self.words.append(word)
        if not self.spans or self.spans[-1] != span:  # sentences come in order
            self.spans.append(span)
            self.kinds.append(kind)
        elif kind == TALK:
            self.kinds[-1] = TALK


@cache
def _topic_data() -> dict:
    return dict(common("topic_labels"))


def procedural() -> frozenset[str]:
    return frozenset(_topic_data().get("procedural", []))


def parents() -> dict[str, str]:
    return dict(_topic_data().get("parents", {}))


@cache
def _title_regexes(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = _read_topics(lex.language)
    heads = data.get("title_heads", [])
    fillers = data.get("title_fillers", [])
    head = re.compile(rf"(?<![\w-]){alternation(heads)}", re.IGNORECASE) if heads else None
    filler = re.compile(rf"^(?:{alternation(fillers)})$", re.IGNORECASE) if fillers else None
    return head, filler


@cache
def _read_topics(language: str) -> dict:
    return _read(f"{language}/topics.json")


@cache
def institution_acronyms(lex: Lexicon) -> frozenset[str]:
    """Short names of ministries and services ("МИД", "FCDO"): who acts, not what is discussed."""
    return frozenset(_read_topics(lex.language).get("institution_acronyms", []))


@cache
def header_regex(lex: Lexicon) -> re.Pattern[str] | None:
    """A line of an e-mail or memo header ("To: …", "Von: …"): names units, not subjects."""
    labels = _read_topics(lex.language).get("headers", [])
    return re.compile(rf"^\s*{alternation(labels)}\s*:", re.IGNORECASE) if labels else None


@cache
def adjective_after(lex: Lexicon) -> bool:
    return bool(_read_topics(lex.language).get("title_adjective_after", False))


def _title_word(token: str, filler: re.Pattern[str] | None, lowercase_ok: bool) -> bool:
    if token in {",", "&"}:
        return True
    if filler is not None and filler.match(token):
        return True
    return token[:1].isupper() or lowercase_ok


def title_masks(lex: Lexicon, sentence: str) -> list[tuple[int, int]]:
    """Offsets in ``sentence`` of titles and institution names with their portfolio:
    "Minister of Investment, Industry and Trade", "Bundesminister für Wissenschaft",
    "ministre sénégalais de la Communication", "Министерства высшего образования, науки"."""
    from briefing_app.extract.roles import role_search

    head, filler = _title_regexes(lex)
    starts = [m for m in role_search(lex).finditer(sentence)]
    if head is not None:
        starts += list(head.finditer(sentence))
    masks: list[tuple[int, int]] = []
    genitive = _genitive(lex)
    for m in starts:
        end = m.end()
        # the rest of a compound title word ("Gesundheitsminister", "министерства")
        while end < len(sentence) and (sentence[end].isalnum() or sentence[end] == "-"):
            end += 1
        # French puts the nationality after the title ("ministre sénégalais de la Culture")
        pos, taken, lowercase_left = end, end, int(adjective_after(lex))
        for tok in _TOKEN.finditer(sentence, end):
            gap = sentence[pos : tok.start()]
            if gap.strip():
                break
            word = tok.group(0)
            if genitive is not None:
                # Russian portfolios follow in the genitive ("министр здравоохранения")
                ok = word == "," or bool(
                    (filler and filler.match(word))
                    or genitive.search(word)
                    or (lex.language == "ru" and _genitive_noun(word))
                )
            else:
                ok = _title_word(word, filler, False)
                if not ok and lowercase_left and word.islower() and taken == end:
                    ok, lowercase_left = True, 0  # "ministre sénégalais de la …"
            if not ok:
                break
            pos = tok.end()
            if word not in {",", "&"} and not (filler is not None and filler.match(word)):
                taken = pos
        masks.append((m.start(), taken))
    return masks


def _genitive_noun(word: str) -> bool:
    """ "земли", "транспорта": a lower-case noun in the genitive by its likeliest reading,
    where the ending list cannot tell ("Министерством земли, инфраструктуры и транспорта")."""
    from briefing_app.extract.morph import _parses

    parses = _parses(word) if word.islower() else []
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "gent"


@cache
def _role_start(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(alternation([r.pattern for r in lex.roles]), re.IGNORECASE)


def before_title(lex: Lexicon, sentence: str, end: int) -> bool:
    """The word ending at ``end`` qualifies a title ("EU High Representative",
    "EU-Außenminister", "G7-Außenministertreffen"): a party, not a subject."""
    from briefing_app.extract.roles import role_search

    if end < len(sentence) and sentence[end] == "-":
        return bool(_role_start(lex).match(sentence, end + 1))
    return (
        bool(role_search(lex).match(sentence, end + 1)) if sentence[end : end + 1] == " " else False
    )


def person_party(sentence: str, start: int, end: int, people: frozenset[str]) -> bool:
    """ "Johann Wadephul (CDU)": a word alone in brackets right after a name is the person's
    party, not a subject."""
    before = sentence[:start]
    if not before.endswith("(") or sentence[end : end + 1] != ")":
        return False
    words = before[:-1].split()
    return bool(words) and words[-1] in people


@cache
def _occasion(lex: Lexicon) -> re.Pattern[str] | None:
    return cue_regex(list(_read_topics(lex.language).get("occasion", [])))


def occasion_masks(lex: Lexicon, sentence: str) -> list[tuple[int, int]]:
    """Offsets of the event a meeting was held at or will be held at ("on the margins of
    the NATO summit", "en marge de la COP30", "на полях саммита"): the occasion, not a
    subject of the talks."""
    regex = _occasion(lex)
    if regex is None:
        return []
    out = []
    for m in regex.finditer(sentence):
        stop = re.compile(r"[,;.:(–—]|\s(?:in|à|в|in der|im)\s").search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        out.append((m.end(), min(end, m.end() + 80)))
    return out


@cache
def _genitive(lex: Lexicon) -> re.Pattern[str] | None:
    endings = _read_topics(lex.language).get("title_genitive_endings", [])
    return re.compile(rf"(?:{alternation(endings)})$", re.IGNORECASE) if endings else None


def sentence_kind(lex: Lexicon, text: str) -> str:
    """``talk``: the sentence says the subject was discussed; ``action``: it states a
    decision, a greeting or a dated or "next" step; ``plain``: anything else (a vague
    future such as "the commission's session will bring results" is no next step)."""
    discussion = lex.cue("discussion")
    if discussion is not None and discussion.search(text):
        return TALK
    for name in ("agreed", "signed", "decided", "greetings"):
        regex = lex.cue(name)
        if regex is not None and regex.search(text):
            return ACTION
    protocol = _protocol(lex)
    if protocol is not None and protocol.search(text):
        return ACTION
    future = lex.cue("follow_up")
    if future is not None and future.search(text):
        nxt = _next_step(lex)
        if (nxt is not None and nxt.search(text)) or find_dates(text, lex):
            return ACTION
    return PLAIN


@cache
def _protocol(lex: Lexicon) -> re.Pattern[str] | None:
    return cue_regex(list(_read_topics(lex.language).get("protocol", [])))


@cache
def _next_step(lex: Lexicon) -> re.Pattern[str] | None:
    return cue_regex(list(_read_topics(lex.language).get("next_step", [])))


def judge(cid: str, evidence: Evidence, generic: frozenset[str]) -> float | None:
    """Confidence of the subject area as a topic of the talks, or None when it is not one."""
    kinds = evidence.kinds
    talks = TALK in kinds
    several = len(kinds) >= 2
    outside_actions = any(k != ACTION for k in kinds)
    if cid in generic:
        # a one-word generic cue ("security", "energy") needs the talks to name it
        return (0.55 if several else 0.5) if talks else None
    if cid in procedural():
        # a visit, a commission or a summit only named as a next step is no subject
        if talks:
            return 0.6
        return 0.5 if outside_actions else None
    if talks:
        return 0.7 if several else 0.65
    if several:
        return 0.55 if outside_actions else 0.5
    return 0.5 if outside_actions else 0.45
