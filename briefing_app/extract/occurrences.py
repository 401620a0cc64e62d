"""One mention of a person: its role and country, and the evidence its sentence gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.extract.context import Context
from briefing_app.extract.lexicon import Lexicon
from briefing_app.extract.names import NameRun, is_courtesy
from briefing_app.extract.office_rank import office_before_rank
from briefing_app.extract.other_time import at_other_time
from briefing_app.extract.roles import (
    complement_country,
    gap_is_filler,
    office_addition,
    role_of,
    role_search,
    role_span,
    title_end,
)
from briefing_app.extract.text import Sentence
from briefing_app.extract.title_bodies import not_portfolio


@dataclass
class Occurrence:
    run: NameRun
    tokens: tuple[str, ...]
    sentence: Sentence | None
    role: str = ""
    source: bool = False
    cue: bool = False  # a role or a word such as "counterpart" introduces the name
    country: str | None = None
    evidence: str = "none"


def describe(occ: Occurrence, ctx: Context, floor: int = 0) -> None:
    """Role and country of one occurrence, from the words right before or after it.

    ``floor``: the end of the previous name in the sentence; nothing before it belongs here.
    """
    text, lex = ctx.text, ctx.lex
    sentence = occ.sentence
    lo = max(floor, sentence.start if sentence else max(0, occ.run.start - 120))
    hi = sentence.end if sentence else min(len(text), occ.run.end + 150)
    window_start = max(lo, occ.run.start - 120)
    before = list(role_search(lex).finditer(text, window_start, occ.run.start))
    country_span: tuple[int, int] | None = None
    title_start: int | None = None
    prefixed: list[str] = []
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        label, phrase_end, source = role_span(text, m, lex, ctx, occ.run.start)
        gap = text[phrase_end : occ.run.start]
        filler = gap_is_filler(gap, ctx, phrase_end)
        office = None if filler else office_addition(gap, ctx, phrase_end)
        if office and label:
            label = f"{label} {office}"  # "Chairman of the State Duma Committee"
        if "," in gap and filler and _bare_title_after(ctx, occ, hi):
            # "outre le ministre, Mme Aya Koné, directrice Europe, et M. …": the title in
            # apposition after the name is hers; the one before, set off by a comma, is not
            break
        if filler or office is not None:
            # an earlier title whose phrase runs over this one ("ministre déléguée chargée
            # de l'Europe") is the role; the later word only continues it
            for earlier in reversed(before[:i]):
                if re.match(r"['’]s\b", text[earlier.end() : earlier.end() + 3]):
                    continue  # "the PM's Trade Envoy": the office holder's principal
                e_label, e_end, e_source = role_span(text, earlier, lex, ctx, occ.run.start)
                if e_label and e_end >= m.end() and e_end == phrase_end:
                    m, label, source = earlier, e_label, e_source
            office_first = office_before_rank(ctx, before[0], m) if before[0] is not m else None
            if office_first is not None:
                m, (label, _, source) = before[0], office_first
            occ.role, occ.source, occ.cue = label, source, True
            country_span = (max(lo, m.start() - 45), occ.run.start)
            title_start = m.start()
            prefixed = [
                c for p, c in lex.role_countries.items() if m.group(0).lower().startswith(p)
            ]
            office = complement_country(text, m.start(), phrase_end, lex)
            if office:
                prefixed.insert(0, office)
            break
    else:
        prefixed = []
        m = before[-1] if before else None
        if m is not None and _long_apposition(ctx, m, occ.run):
            # "Le ministre des Affaires étrangères, de la Coopération africaine et des
            # Marocains résidant à l'étranger, Nasser Bourita, …": a portfolio too long for
            # the lexicon, closed by the commas around the name
            label, _, source = role_span(text, m, lex, ctx, occ.run.start)
            occ.role = label or role_of(m, lex)[0]
            occ.source, occ.cue = source, bool(occ.role)
            country_span = (max(lo, m.start() - 45), occ.run.start)
    if not occ.role:
        found = _title_after(ctx, occ, hi)
        if found is not None:
            start, m = found
            occ.role, _, occ.source = role_span(text, m, lex, ctx, hi)
            occ.cue = True
            stop = re.search(r"[;.)]|\s[-–—]\s", text[m.end() : min(hi, m.end() + 110)])
            country_span = (start, m.end() + (stop.start() if stop else min(hi - m.end(), 110)))
    if occ.country is None:
        span = country_span or (max(lo, occ.run.start - 45), occ.run.start)
        mentions = not_portfolio(ctx, not_posting(ctx, ctx.countries_between(*span)))
        mentions = _not_desk_subject(ctx, mentions)
        if title_start is not None:
            # "der indonesische Präsident von Bundeskanzler Merz": a country before a
            # preposition that opens the title's phrase belongs to another person
            mentions = [
                c
                for c in mentions
                if c.end > title_start or not _JOINS.search(text, c.end, title_start)
            ]
        if country_span is None:
            # "Haiti-Mission: Mudavadi bat …": a country inside a compound names the subject
            mentions = [c for c in mentions if not in_compound(ctx, c)]
        if mentions:
            # the country named closest before the role, else the first after it
            occ.country = (
                mentions[-1].code
                if country_span is None or span[1] == occ.run.start
                else mentions[0].code
            )
        elif prefixed:
            occ.country = prefixed[0]  # "Bundesaußenminister": the title names the country
        elif title_start is not None:
            occ.country = _envoy_home(ctx, title_start, occ.run.start)


_JOINS = re.compile(r"(?<!\w)(?:von|vom|mit|bei|by|with|avec|par)\s+(?:\w+\s+)?$", re.IGNORECASE)


# "Name, and Kenya's Principal Secretary …, Name2": a title after a conjunction is the next one's
_CONJUNCTION = re.compile(r"(?:and|et|und|и)\s", re.IGNORECASE)


def _title_after(ctx: Context, occ: Occurrence, hi: int) -> tuple[int, re.Match[str]] | None:
    """(start, match) of a title in apposition right after the name ("Name, Slovakia's
    Minister …", "Name, ambassadeur de France", "Name (Director …)")."""
    text, lex = ctx.text, ctx.lex
    after = re.match(
        r"\s*[,(–—]\s*(?:(?:the|le|la|l'|der|dem|die|des)\s+)?", text[occ.run.end : hi]
    )
    if not after:
        return None
    start = occ.run.end + after.end()
    m = role_search(lex).match(text, start)
    if m is None:
        m2 = role_search(lex).search(text, start, min(hi, start + 40))
        gap = text[start : m2.start()] if m2 else ""
        if m2 and gap_is_filler(gap, ctx, start) and not _CONJUNCTION.match(gap):
            m = m2
    possessive = re.match(r"['’]s\s+", text[m.end() : m.end() + 4]) if m else None
    if m is not None and possessive:
        # "Name, the PM's Trade Envoy to …": the title after the principal's is the name's
        m = role_search(lex).match(text, m.end() + possessive.end()) or m
    return (start, m) if m is not None else None


def _bare_title_after(ctx: Context, occ: Occurrence, hi: int) -> bool:
    """A title right after the name's comma, without an article ("Name, directrice Europe"):
    an apposition to the name. With one ("Name, la secrétaire d'État …", "Name, und der
    Vizeminister …") it opens the next item of a list."""
    found = _title_after(ctx, occ, hi)
    return found is not None and bool(
        re.fullmatch(r"\s*,\s*", ctx.text[occ.run.end : found[1].start()])
    )


# finite verbs that end a title phrase: a gap holding one is a clause, not a portfolio
_CLAUSE_VERBS = frozenset(
    [
        "a",
        "ont",
        "est",
        "sont",
        "été",
        "avait",
        "sera",
        "s'est",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "met",
        "hat",
        "haben",
        "hatte",
        "ist",
        "sind",
        "war",
        "wurde",
        "wurden",
        "traf",
    ]
)


def _long_apposition(ctx: Context, title: re.Match[str], run: NameRun) -> bool:
    """The words between ``title`` and the name continue the title: at most ~120 characters
    without a verb or a sentence mark, ending in a comma that a comma after the name closes."""
    gap = ctx.text[title.end() : run.start]
    courtesy = re.search(r",\s*(\S+)\s*$", gap)
    if courtesy and is_courtesy(courtesy.group(1), ctx.lex):
        gap = gap[: courtesy.start(1)]  # "…, M. Nasser Bourita": the courtesy opens the name
    if not re.search(r",\s*$", gap) or len(gap) > 120 or re.search(r"[.;:()\n]", gap):
        return False
    if not re.match(r"\s*,", ctx.text[run.end : run.end + 3]):
        return False
    words = re.findall(r"[\w'’]+", gap.lower())
    return bool(words) and not any(w in _CLAUSE_VERBS for w in words)


def in_compound(ctx: Context, mention) -> bool:
    """ "Iran-Korridor", "Haiti-Mission": a country inside a compound noun names a subject,
    not the country a person speaks for."""
    return bool(re.match(r"-\w", ctx.text[mention.end : mention.end + 2]))


def _envoy_home(ctx: Context, start: int, end: int) -> str | None:
    """ "die Botschafterin in Hanoi, Helga Barth": an envoy posted to a city of one state
    speaks for the other, when the text names just one other state."""
    from briefing_app.extract.gazetteer import lookup

    words = ctx.lex.cues.get("posting", [])
    if not words:
        return None
    regex = re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+([^\W\d_][\w'’-]*)", re.IGNORECASE)
    m = regex.search(ctx.text, start, end)
    city = lookup(m.group(1), ctx.lex.language) if m and m.group(1)[:1].isupper() else None
    if city is None or not city.country:
        return None
    others = {c.code for c in ctx.countries if c.is_country}
    if ctx.meeting_location is not None and ctx.meeting_location.country:
        others.add(ctx.meeting_location.country)  # "Bundesaußenminister … in Berlin"
    others.discard(city.country)
    return others.pop() if len(others) == 1 else None


def not_posting(ctx: Context, mentions: list) -> list:
    """Without the country an envoy is posted to ("Посол Вьетнама в России", "ambassadeur
    de France au Maroc") when another country is named."""
    words = ctx.lex.cues.get("posting", [])
    if len(mentions) < 2 or not words:
        return mentions
    # "Permanent Representative to the African Union": an article may follow the word
    regex = re.compile(
        rf"(?<!\w)(?:{'|'.join(words)})\s+(?:(?:the|der|die|dem|den|la|le|les)\s+|l['’])?$",
        re.IGNORECASE,
    )
    kept = [c for c in mentions if not regex.search(ctx.text, max(0, c.start - 20), c.start)]
    return kept or mentions


_AND_THE = re.compile(r"\s*(?:,|and|et|und|и)\s+(?:(?:the|der|die|la|le|les)\s+|l['’])?$")


def _not_desk_subject(ctx: Context, mentions: list) -> list:
    """Without an organisation a title is in charge of ("directrice générale pour les Nations
    unies", "Director for the African Union and the UN"): the desk's subject, not the
    holder's own body."""
    from briefing_app.extract.roles import desk_before

    kept, desk_end = [], -1
    for c in mentions:
        before = ctx.text[max(0, c.start - 20) : c.start]
        joined = desk_end >= 0 and _AND_THE.fullmatch(ctx.text, desk_end, c.start)
        if not c.is_country and (desk_before(ctx.lex, before) is not None or joined):
            desk_end = c.end
            continue
        kept.append(c)
    return kept


def _cue(lex: Lexicon, name: str, text: str, start: int, end: int) -> bool:
    regex = lex.cue(name)
    return bool(regex and regex.search(text, start, end))


def _reference(ctx: Context, start: int, end: int) -> bool:
    """A reference cue before the name, unless a report of the meeting itself comes after
    it: "a readout of the call with Chile's Foreign Minister, …" names who took part."""
    if not _cue(ctx.lex, "mention", ctx.text, start, end):
        return False
    report = ctx.lex.cue("report_of")
    m = report.search(ctx.text, start, end) if report else None
    return m is None or not any(
        _cue(ctx.lex, name, ctx.text, m.end(), end) for name in ("meeting", "call")
    )


def chaired(ctx: Context, sentence) -> bool:
    """The sentence says who chaired the meeting ("coprésidée par M. X et M. Y")."""
    return _cue(ctx.lex, "chaired", ctx.text, sentence.start, sentence.end)


def evidence_of(occ: Occurrence, ctx: Context, elsewhere: set[int]) -> str:
    s = occ.sentence
    if s is None:
        return "none"
    if occ.source:
        return "ref"
    if _reference(ctx, max(s.start, occ.run.start - 120), occ.run.start):
        return "ref"
    if at_other_time(ctx, s.start, s.end, occ.run.start):
        return "elsewhere"  # "… initialled in August 2025 by Foreign Minister X"
    if ctx.lead is not None and s.index == ctx.lead.index:
        return "lead"
    if s.index in elsewhere:
        return "elsewhere"
    if _cue(ctx.lex, "participation", ctx.text, s.start, s.end) or chaired(ctx, s):
        return "participation"
    if _cue(ctx.lex, "meeting", ctx.text, s.start, s.end):
        return "meeting"
    return "none"


def trim_title(run: NameRun, ctx: Context) -> NameRun | None:
    """Drop words of a role title that look like a name ("Secretary General Thorbjørn Jagland")."""
    for title in role_search(ctx.lex).finditer(ctx.text, max(0, run.start - 120), run.start):
        end = title_end(ctx.text, title, ctx.lex, run.end)
        if run.start < end < run.end:
            # "… beim Bundesminister für Wirtschaft und Klimaschutz Franziska Brantner"
            rest = ctx.text[end : run.end].split()
            if len(rest) < 2:
                return None
            run = NameRun(run.end - len(" ".join(rest)), run.end, tuple(rest))
            break
    if (
        ctx.lex.language == "en"
        and len(run.tokens) >= 3
        and re.search(r"\b(?:of|and|for) the $", ctx.text[max(0, run.start - 9) : run.start])
        and role_search(ctx.lex).search(ctx.text, max(0, run.start - 60), run.start)
    ):
        # "Secretary for Asia and the Pacific Eduardo Saboia": the title's last word
        at = ctx.text.index(run.tokens[1], run.start + len(run.tokens[0]))
        run = NameRun(at, run.end, run.tokens[1:])
    elif ctx.lex.language == "en" and len(run.tokens) >= 3 and _portfolio_word(ctx, run):
        # "Minister of State for Commerce Ananya Bhattacharjee": a portfolio the lexicon
        # does not know, right after the title's connector
        at = ctx.text.index(run.tokens[1], run.start + len(run.tokens[0]))
        run = NameRun(at, run.end, run.tokens[1:])
    if ctx.lex.language == "ru" and len(run.tokens) >= 2:
        from briefing_app.extract.morph import genitive_body_word, leading_word_in_other_case

        # "Председателем Управления Суэцкого канала": genitive words of a body, no name; short
        # syllables of East Asian names ("То Лам") may spell Russian words and stay names
        if all(len(t) > 4 and genitive_body_word(t) for t in run.tokens):
            return None
        if leading_word_in_other_case(run.tokens):
            at = ctx.text.index(run.tokens[1], run.start + len(run.tokens[0]))
            run = NameRun(at, run.end, run.tokens[1:])
    m = role_search(ctx.lex).search(ctx.text, max(0, run.start - 40), run.end)
    while m and m.end() <= run.start:
        m = role_search(ctx.lex).search(ctx.text, m.end(), run.end)
    if m is None or m.start() > run.start:
        return run
    rest = ctx.text[m.end() : run.end].split()
    while rest and rest[0].startswith("-"):
        rest.pop(0)  # "Governor-General Sam Mostyn": the rest of a hyphenated title
    if len(rest) < 2:
        return None if not rest else NameRun(run.end - len(rest[0]), run.end, tuple(rest))
    return NameRun(run.end - len(" ".join(rest)), run.end, tuple(rest))


_TITLE_GAP = re.compile(r"\s+(?:of|for)\s+(?:(?:[A-Z][\w'’-]*,?\s+)*(?:of|for|and|the|on|&)\s+)*")


def _portfolio_word(ctx: Context, run: NameRun) -> bool:
    """The run's first word continues an English title through its connectors only."""
    titles = list(role_search(ctx.lex).finditer(ctx.text, max(0, run.start - 60), run.start))
    return bool(titles) and bool(_TITLE_GAP.fullmatch(ctx.text, titles[-1].end(), run.start))


def plausible(occ: Occurrence, ctx: Context) -> bool:
    """A new name needs a sign that it is a person: a role, a courtesy title, or morphology."""
    if occ.role or occ.cue:
        return True
    before = ctx.text[max(0, occ.run.start - 12) : occ.run.start].split()
    if before and is_courtesy(before[-1], ctx.lex):
        return True
    if ctx.lex.language == "ru":
        from briefing_app.extract.morph import _parses

        tags = [{g for p in _parses(t.lower()) for g in p.tag.grammemes} for t in occ.tokens]
        return "Name" in tags[0] or (
            any("Name" in t for t in tags) and any("Surn" in t for t in tags)
        )
    return False


def unnamed_role(occ: Occurrence, ctx: Context) -> str:
    """A counterpart's role from a title without a name earlier in the sentence:
    "le chef du gouvernement algérien s'est entretenu avec son homologue français, Manuel Valls"."""
    sentence = occ.sentence
    if sentence is None:
        return ""
    for m in role_search(ctx.lex).finditer(ctx.text, sentence.start, occ.run.start):
        label, _ = role_of(m, ctx.lex)
        if label:
            return label
    return ""
