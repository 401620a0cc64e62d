"""A participants row split into one item per person (semicolons, commas, "and")."""

from __future__ import annotations

import re

from briefing_app.extract.names import is_courtesy

_SIDE_AFTER_STOP = re.compile(r"(?<=\.)(?=\s+[A-ZÄÖÜА-ЯЁ][^:;.]{0,40}:\s)")
_AND = re.compile(r"\s+(?:and|und|et|и|sowie)\s+(?=[A-ZÄÖÜÀ-ÝА-ЯЁ])")


def _comma_items(body: str, ctx) -> list[str]:
    """ "MD'in Sigmund, RL 209 Jan Pohl": commas separate people when the text after one
    opens with a title; "Daniel Price, Trade Commissioner" stays one item."""
    from briefing_app.extract.roles import role_search

    if ctx is None or "," not in body:
        return [body]
    parts = body.split(",")
    items = [parts[0]]
    for part in parts[1:]:
        # "…, Ministro Rodrigo Azevedo (Leiter …)": a rank kept in the host's language, then
        # a full name, is a new person too
        head = part.split("(")[0].split()
        opens = role_search(ctx.lex).match(part.lstrip()) or (
            len(head) >= 3 and is_courtesy(head[0], ctx.lex)
        )
        last = items[-1]
        if last.rstrip().endswith(")") and last.count("(") == last.count(")"):
            # "Dr. Jonas Pfeiffer (BMZ, Leitung), Tobias Renner (AA)": the bracket closes
            # one person's item
            items.append(part)
        elif (
            opens
            # "(AA, Ref. 331)": a comma inside brackets never separates people
            and last.count("(") == last.count(")")
            and (
                role_search(ctx.lex).search(last)
                # "Mazhilis-Sprecher Jerlan Koschanow, Abgeordneter …": a title the lexicon
                # does not know, then a full name
                or _title_then_name(last, ctx.lex)
            )
            and re.search(r"[A-ZÄÖÜА-ЯЁ][\w'’-]+\s*$", last)
        ):
            items.append(part)
        else:
            items[-1] = f"{last},{part}"
    return items


def _title_then_name(part: str, lex) -> bool:
    """ "Mazhilis-Sprecher Jerlan Koschanow": a word that is no name, then a two-word name."""
    from briefing_app.extract.names import _name_like

    words = part.split()
    return (
        len(words) >= 3
        and not _name_like(words[-3], lex, set())
        and not is_courtesy(words[-3], lex)
        and all(_name_like(w, lex, set()) for w in words[-2:])
    )


def row_items(body: str, start: int, ctx=None) -> list[tuple[int, str]]:
    """Items split at semicolons, at commas before a new title, and at "and" between two
    names ("A B and C D")."""
    out: list[tuple[int, str]] = []
    pos = 0
    # "Ambassador A; B (notes) / Vice Minister C; D": a slash between spaces parts the sides
    pieces = [c for piece in re.split(r";|\s/\s", body) for c in _comma_items(piece, ctx)]
    # "…, Private Secretary. Kenyan side: Musalia Mudavadi": a side label after a full stop
    pieces = [p for piece in pieces for p in _SIDE_AFTER_STOP.split(piece)]
    for piece in pieces:
        pos = body.find(piece, pos)
        lead = len(piece) - len(piece.lstrip())
        item = piece.strip().rstrip(".")
        at = start + pos + lead
        pos += len(piece)
        if not item:
            continue
        cut = 0
        for m in _AND.finditer(item):
            if "(" in item[cut : m.start()] and ")" not in item[cut : m.start()]:
                continue  # inside brackets
            before = item[cut : m.start()]
            if "," in before or re.search(r"\s[–—]\s", before):
                continue  # inside a role: "Ed Miliband, Secretary of State for … and Net Zero"
            if ctx is not None and _portfolio_before(before, ctx.lex):
                continue  # "Minister für Umwelt und Klimawandel Sakiusa Tuinamoala"
            if ctx is not None and not _names_someone(ctx, at + cut, at + m.start()):
                continue  # "заведующий отделом стран Ближнего Востока и Африки Нурлан …"
            out.append((at + cut, item[cut : m.start()]))
            cut = m.end()
        out.append((at + cut, item[cut:]))
    return out


def _portfolio_before(before: str, lex) -> bool:
    """The words before "and" end in a portfolio after a title's connector ("Minister für
    Umwelt", "Secretary of State for Energy"): the "and" joins two portfolios."""
    connectors = lex.connectors.replace("|und|", "|").replace("|and|", "|")
    connectors = "|".join(c for c in connectors.split("|") if c not in ("und", "and", "et"))
    if not connectors:
        return False
    return bool(re.search(rf"\s(?:{connectors})\s+\S+$", before))


def _names_someone(ctx, start: int, end: int) -> bool:
    """The words before an "и" hold a personal name, not only a title's area ("Ближнего
    Востока", a body in the genitive)."""
    from briefing_app.extract.names import name_runs

    if ctx.lex.language != "ru":
        return True
    from briefing_app.extract.morph import genitive_body_word

    country_words = {w for c in ctx.countries for w in ctx.text[c.start : c.end].lower().split()}
    return any(
        len(r.tokens) >= 2 and not all(genitive_body_word(t) for t in r.tokens)
        for r in name_runs(ctx.text, start, end, ctx.lex, country_words)
    )
