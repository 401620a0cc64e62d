"""Titles: find a role word, extend it to the role phrase, check what stands before a name.

The role words and their English labels are in ``<lang>/roles.json``; the words
allowed between a title and a name in ``common/role_fillers.json``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefing_app.extract.context import Context
from briefing_app.extract.gazetteer import lookup
from briefing_app.extract.lexicon import Lexicon, alternation, common, language_file
from briefing_app.extract.names import is_courtesy
from briefing_app.extract.portfolio import longer_portfolio, portfolio_after, takes_portfolio
from briefing_app.extract.title_bodies import (
    body_in_genitive,
    portfolio_continuation,
    region_phrase,
)


@cache
def fillers() -> frozenset[str]:
    return frozenset(common("role_fillers").get("fillers", []))


@cache
def role_search(lex: Lexicon) -> re.Pattern[str]:
    before = alternation([q.pattern for q in lex.qualifiers]) + "?" if lex.qualifiers else ""
    after = (
        rf"(?:(?:\s+|(?=-)){alternation([q[0] for q in lex.qualifiers_after])}(?![\w]))?"
        if lex.qualifiers_after
        else ""
    )
    # each top-level alternative on its own, longest first: "président du sénat" must be
    # tried before the "président(?:e)?" inside a longer entry
    pieces = [piece for r in lex.roles for piece in _top_level_alternatives(r.pattern)]
    return re.compile(
        rf"(?<![\w-]){before}{alternation(pieces)}(?![\w]){after}",
        re.IGNORECASE,
    )


def _top_level_alternatives(pattern: str) -> list[str]:
    """ "a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"] (bars inside groups or classes stay)."""
    out, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return [piece for piece in out if piece]


@cache
def _qualifier_regexes(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    before = (
        re.compile(rf"^{alternation([q.pattern for q in lex.qualifiers])}", re.IGNORECASE)
        if lex.qualifiers
        else None
    )
    after = (
        re.compile(
            rf"(?:\s+|(?=-)){alternation([q[0] for q in lex.qualifiers_after])}$", re.IGNORECASE
        )
        if lex.qualifiers_after
        else None
    )
    return before, after


@lru_cache(maxsize=8192)
def _plain_role(word: str, lex: Lexicon) -> tuple[str, bool] | None:
    for role in lex.roles:
        if re.fullmatch(role.pattern, word, re.IGNORECASE):
            return role.label, role.source
    return None


def role_of(match: re.Match[str], lex: Lexicon) -> tuple[str, bool]:
    """The English label of a title; qualifiers ("Deputy", "stellvertretende", "adjoint")
    that the title's own entry does not cover stay in the label."""
    word = match.group(0)
    found = _plain_role(word, lex)
    before_rx, after_rx = _qualifier_regexes(lex)
    q = before_rx.match(word) if before_rx and found and found[0] == "Minister" else None
    if found and q and q.end() < len(word):
        # "Vizeminister": a generic entry that swallowed the qualifier keeps it
        for qualifier in lex.qualifiers:
            if re.fullmatch(qualifier.pattern, q.group(0), re.IGNORECASE):
                return f"{qualifier.label} {found[0]}", found[1]
    if found:
        return found
    prefix, suffix = [], []
    rest = word
    if after_rx and (m := after_rx.search(rest)):
        rest = rest[: m.start()]
        for pattern, label, where in lex.qualifiers_after:
            if re.fullmatch(pattern, m.group(0).strip(), re.IGNORECASE):
                (prefix if where == "before" else suffix).append(label)
                break
    found = _plain_role(rest, lex)
    if found is None and before_rx and (m := before_rx.match(rest)):
        head = m.group(0)
        for q in lex.qualifiers:
            if re.fullmatch(q.pattern, head, re.IGNORECASE):
                prefix.insert(0, q.label)
                break
        found = _plain_role(rest[m.end() :], lex)
    if found is None:
        return "", False
    label, source = found
    if not label:
        return label, source
    words = [p for p in prefix if p.lower() not in label.lower()]
    return " ".join([*words, label, *suffix]), source


_CAP = r"[A-ZÄÖÜÀ-ÝА-ЯЁ][\w'’-]*"


def role_span(
    text: str, match: re.Match[str], lex: Lexicon, ctx: Context | None, stop: int
) -> tuple[str, int, bool]:
    """(label, end of the role phrase, source?) for a role word found at ``match``.

    The phrase runs on over connectors and capitalised words ("Minister of
    Transport and Infrastructure", "ministre des Affaires étrangères et de la
    Coopération") and over country names, which end the label but not the phrase.
    """
    label, source = role_of(match, lex)
    connectors = lex.connectors
    phrase_end = label_end = match.end()
    bare = True  # no complement added English words to the label
    for addition in _complements_after(text, match.end(), lex, stop):
        phrase_end = label_end = addition[0]
        if addition[1] and label:
            # "Abgeordnete der Werchowna Rada": Member of the Verkhovna Rada
            label = re.sub(r"^(.*)Member of Parliament$", r"\1Member", label)
            label = f"{label} {addition[1]}"
            bare = False
    with_portfolio = False
    if bare and takes_portfolio(label):
        found = _portfolio(text, match, label, lex, ctx, stop)
        if found is not None:
            label, phrase_end = found
            label_end, with_portfolio = phrase_end, True
    elif bare and label.endswith("Minister"):
        longer = longer_portfolio(text, match.start(), phrase_end, lex.language, stop)
        if longer is not None:
            phrase_end, label = longer
            label_end, with_portfolio = phrase_end, True
    if connectors:
        tail = re.compile(
            rf"(?:\s*,\s*(?={_CAP}(?:,|\s+(?:and|et|und)\s))|\s*,\s*(?:{connectors})\s+"
            rf"|\s+(?:{connectors})(?:(?<=['’])|(?!\w))\s*|\s+)"
            rf"(?P<w>(?:l['’]|d['’])?[\w'’-]+)"
        )
        in_country = False
        previous_capital = False
        while True:
            m = tail.match(text, phrase_end)
            if not m or m.end("w") > stop or m.end() - match.start() > 110:
                break
            word = m.group("w")
            if is_courtesy(word, lex) or is_courtesy(word + ".", lex):
                break  # "Botschafterin Dr. Katrin Lenz": the title ends before "Dr."
            is_country = bool(
                ctx
                and (
                    ctx.countries_between(m.start("w"), m.end("w"))
                    or ctx.country_covering(m.start("w"))
                )
            )
            if is_country or word.lower() in fillers():
                in_country = in_country or is_country
                phrase_end = m.end()
                continue
            elided = word[:2].lower() in ("l'", "l’", "d'", "d’")
            lower_ok = (
                lex.language == "fr"
                and previous_capital
                and m.group(0).startswith(" ")
                and not elided
            )
            if not word[:1].isupper() and not elided and not lower_ok:
                break
            if elided and not word[2:3].isupper():
                break
            previous_capital = word[:1].isupper() or (elided and word[2:3].isupper())
            phrase_end = m.end()
            if not in_country:
                label_end = phrase_end
    phrase = text[match.start() : label_end].strip(" ,")
    if with_portfolio:
        pass  # the portfolio list gave the label; the phrase may run on ("… de l'Extérieur")
    elif lex.language == "en" and len(phrase.split()) > 1:
        # "Ambassador Extraordinary and Plenipotentiary" -> "Ambassador"
        phrase = re.sub(r"\s+Extraordinary and Plenipotentiary\b", "", phrase, flags=re.IGNORECASE)
        label = " ".join(
            w if w.lower() in {"of", "for", "and", "the", "on", "to"} else w[:1].upper() + w[1:]
            for w in phrase.split()
        )
    elif ctx is not None and phrase_end > match.end():
        # "ministre français de l'Intérieur": look the phrase up again without the country
        cleaned = text[match.start() : phrase_end]
        for c in ctx.countries_between(match.start(), phrase_end):
            a, b = c.start - match.start(), c.end - match.start()
            cleaned = cleaned[:a] + cleaned[b:]
        cleaned = " ".join(cleaned.split())
        better = role_search(lex).match(cleaned)
        if better and better.end() > match.end() - match.start():
            label, source = role_of(better, lex)
    return label, phrase_end, source


def _portfolio(
    text: str, match: re.Match[str], label: str, lex: Lexicon, ctx: Context | None, stop: int
) -> tuple[str, int] | None:
    """(role, end) of a title with its portfolio: in English when every item is known
    ("Minister of Higher Education and Research"), else as the text writes it."""
    start = match.end()
    if ctx is not None:
        # "le ministre sénégalais de l'Enseignement supérieur": the country stays out
        for c in ctx.countries_between(start, min(stop, start + 40)):
            if text[start : c.start].strip() == "":
                start = c.end
            break
    found = portfolio_after(text, start, label, lex.language, stop)
    if found is None:
        return None
    end, addition, translated = found
    if translated:
        return f"{label} {addition}", end
    written = text[match.start() : match.end()] + text[start:end]
    return " ".join(written.split()), end


def _complements_after(text: str, at: int, lex: Lexicon, stop: int) -> list[tuple[int, str]]:
    """(end, English addition) of each office phrase that continues a title at ``at``."""
    out = []
    for regex, addition, _country in lex.complements:
        m = regex.match(text, at)
        if m and m.end() <= stop:
            out.append((m.end(), addition))
            at = m.end()
    return out


def title_end(text: str, match: re.Match[str], lex: Lexicon, stop: int) -> int:
    """Where a title ends once its office phrases are included ("Staatsminister im
    Auswärtigen Amt")."""
    found = _complements_after(text, match.end(), lex, stop)
    end = found[-1][0] if found else match.end()
    portfolio = portfolio_after(text, match.end(), role_of(match, lex)[0], lex.language, stop)
    return max(end, portfolio[0]) if portfolio else end


def complement_country(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The country of an office named in a title phrase ("im Auswärtigen Amt" -> DE)."""
    for regex, _addition, country in lex.complements:
        if country and regex.search(text, start, end):
            return country
    return None


def role_phrase(text: str, match: re.Match[str], lex: Lexicon, ctx: Context | None) -> str:
    return role_span(text, match, lex, ctx, len(text))[0]


@cache
def desk_before(lex: Lexicon, before: str) -> re.Match[str] | None:
    """ "pour les " / "for the " right before an organisation a title is in charge of."""
    words = lex.cues.get("portfolio_for", [])
    if not words:
        return None
    return re.search(
        rf"(?<!\w)(?:{'|'.join(words)})\s+(?:(?:the|der|die|den|la|le|les)\s+|l['’])?$",
        before,
        re.IGNORECASE,
    )


def _posting_words(lex: Lexicon) -> frozenset[str]:
    """One-word posting prepositions ("en", "to", "в") from the lexicon's 'posting' cues."""
    return frozenset(w.lower() for w in lex.cues.get("posting", []) if " " not in w)


def _acronym(word: str) -> bool:
    """ "ЦК КПВ", "KP", "МИД": an organisation's initials between a title and the name."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def gap_is_filler(gap: str, ctx: Context, start: int) -> bool:
    """Only articles, countries, courtesy titles and an apposition comma between role and name."""
    if len(gap) > 80:
        return False
    courteous = False

    def _blank(m: re.Match[str]) -> str:
        nonlocal courteous
        if not is_courtesy(m.group(0), ctx.lex):
            return m.group(0)
        courteous = True
        return " " * len(m.group(0))

    # a hyphenated courtesy title ("г-на", "г-жой") is one word, set off like the others
    gap = re.sub(r"[\w'’.]+(?:-[\w'’.]+)+", _blank, gap)
    words = re.findall(r"[\w'’.]+", gap)
    if region_phrase(gap, ctx.lex):
        return True  # "губернатором Омской области Виталием …": the region the title governs
    if ctx.lex.language == "ru" and body_in_genitive(gap, ctx, start):
        return True  # "советник Посольства Денис …", "директор департамента Европы МИД …"
    has_country = bool(ctx.countries_between(start, start + len(gap)))
    if (
        words
        and "," not in gap
        and not has_country
        and not courteous
        and not any(is_courtesy(w, ctx.lex) for w in words)
        and not all(_acronym(w) for w in words)
    ):
        return False  # "recteur de la Grande Mosquée": the capitalised words continue the role
    cleaned = gap
    for c in ctx.countries_between(start, start + len(gap)):
        a, b = c.start - start, c.end - start
        cleaned = cleaned[:a] + " " * (b - a) + cleaned[b:]
        desk = desk_before(ctx.lex, cleaned[:a]) if not c.is_country else None
        if desk is not None:
            # "la directrice générale pour les Nations unies, Mme …": the body is her desk
            cleaned = cleaned[: desk.start()] + " " * (a - desk.start()) + cleaned[a:]
    posting = _posting_words(ctx.lex)
    for pm in re.finditer(r"[\w'’.]+", cleaned):
        word = pm.group(0)
        low = word.lower()
        if low in fillers() or is_courtesy(word, ctx.lex) or low.rstrip(".") in {"u.s", "us", "uk"}:
            continue
        if low in posting and (
            ctx.countries_between(start + pm.end(), start + pm.end() + 40)
            or _city_follows(cleaned[pm.end() :], ctx.lex.language)
        ):
            continue  # "L'ambassadeur du Sénégal en France, …", "Botschafterin in Nairobi, …"
        if re.fullmatch(r"[\w]+['’]s", word) or _acronym(word):
            continue  # "Generalsekretär der KP To Lam": the body the title belongs to
        if word[:1].isupper() and lookup(word, ctx.lex.language) is not None:
            continue  # the posting: "Посла Японии в Москве Акиру Муто"
        return False
    return True


@cache
def _offices(language: str) -> dict[str, str]:
    return dict(language_file(language, "roles").get("offices", []))


def office_addition(gap: str, ctx: Context, start: int) -> str | None:
    """The English for the body a Russian title belongs to when its genitive phrase stands
    between title and name ("Председатель комитета Государственной Думы по международным
    делам Леонид Слуцкий" -> "of the State Duma Committee"); "" for a body without a known
    English name; None when the gap is no such phrase."""
    if ctx.lex.language == "ru" and portfolio_continuation(gap, ctx, start):
        return ""  # "Министром иностранных дел, по делам эмиграции …": the title goes on
    offices = _offices(ctx.lex.language)
    if not offices or len(gap) > 90 or re.search(r"[^\w\s-]", gap):
        return None
    cleaned = gap
    for c in ctx.countries_between(start, start + len(gap)):
        a, b = c.start - start, c.end - start
        cleaned = cleaned[:a] + " " * (b - a) + cleaned[b:]
    from briefing_app.extract.morph import office_phrase_head

    head = office_phrase_head(cleaned.split())
    if head is None:
        return None
    body = offices.get(head)
    if body is None:
        return ""
    # "Государственной Думы" inside the phrase names whose committee it is
    institution = next(
        (label for regex, label, _c in ctx.lex.complements if label and regex.search(" " + gap)),
        "",
    )
    owner = institution.removeprefix("of the ").removeprefix("of ")
    return f"of the {owner} {body}" if owner else f"of the {body}"


def _city_follows(rest: str, language: str) -> bool:
    """The word after a posting preposition is a city ("in Nairobi", "à Dakar")."""
    m = re.match(r"\s+([^\W\d_][\w'’-]*)", rest)
    return bool(m and m.group(1)[:1].isupper() and lookup(m.group(1), language) is not None)
