"""The participants list of internal records ("Teilnehmer:", "Present:", "Присутствовали:").

Lines under the label, each optionally opened by a party ("AA:", "KAZ:", "UK –",
"Deutsche Seite:", "от МИД РК —"), hold items separated by semicolons:
"stv. AM Aibek Nurlanuly", "Daniel Price, Trade Commissioner (note-taker)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.extract.names import name_runs
from briefing_app.extract.text import strip_marker

_PARTY = re.compile(r"^(?P<party>[^:;,–—]{1,45}?)\s*(?::|\s[–—-])\s*(?P<rest>.*)$")
_PAREN = re.compile(r"\(([^()]*)\)\s*$")


@dataclass(frozen=True)
class ParticipantItem:
    tokens: tuple[str, ...]
    role: str
    country: str | None
    start: int
    end: int


class Block(list):
    start: int = 0
    end: int = 0

    def covers(self, offset: int) -> bool:
        return bool(self) and self.start <= offset < self.end


def participant_block(ctx) -> Block:
    from briefing_app.extract.roles import role_of, role_search, role_span

    lex, text = ctx.lex, ctx.text
    label = lex.label("participants")
    block = Block()
    if label is None:
        return block
    country_words = {w for c in ctx.countries for w in text[c.start : c.end].lower().split()}
    for i, line in enumerate(ctx.lines):
        m = label.match(line.text)
        if not m:
            continue
        rows = []
        rest = line.text[m.end() :]
        if rest.strip():
            rows.append((line.start + m.end(), rest))
        for nxt in ctx.lines[i + 1 :]:
            if not nxt.text.strip():
                if rows:
                    break
                continue
            party = _PARTY.match(strip_marker(nxt.text, 0)[0])
            has_party = bool(party and ctx.countries_between(nxt.start, nxt.start + len(nxt.text)))
            if party and not has_party and rows and ";" not in nxt.text:
                break  # the next label ("Copy to:", "Повестка дня:")
            rows.append((nxt.start, nxt.text))
        for row_start, row in rows:
            body, b_start, _ = strip_marker(row, row_start)
            party_code = None
            pm = _PARTY.match(body)
            if body.count("|") >= 2:
                # a table row "| Côte d'Ivoire | Mme Kandia Camara | ministre d'État |": the
                # cell that names a country and no person is the party
                party_code = _party_cell(ctx, body, b_start, country_words)
                pm = None
            if pm:
                mentions = [c for c in ctx.countries_between(b_start, b_start + pm.end("party"))]
                if mentions:
                    party_code = mentions[0].code
                    b_start += pm.start("rest")
                    body = pm.group("rest")
            for piece_start, item in _pieces(body, b_start):
                inline = _PARTY.match(item)
                if (
                    inline
                    and len(inline.group("party").split()) <= 3
                    and not any(ch.isdigit() for ch in inline.group("party"))
                ):
                    # "for us: Deputy Head of Mission …" – a side named inside the list
                    mentions = ctx.countries_between(piece_start, piece_start + inline.end("party"))
                    party_code = mentions[0].code if mentions else None
                    piece_start += inline.start("rest")
                    item = inline.group("rest")
                runs = [
                    r
                    for r in name_runs(
                        text, piece_start, piece_start + len(item), lex, country_words
                    )
                    if len(r.tokens) >= 2
                ]
                if not runs:
                    continue
                run = runs[0]
                role = ""
                for rm in role_search(lex).finditer(text, piece_start, piece_start + len(item)):
                    if run.start <= rm.start() < run.end:
                        continue
                    paren = _PAREN.search(item)
                    in_paren = paren is not None and rm.start() >= piece_start + paren.start()
                    if in_paren and role:
                        continue
                    if lex.language == "en" and in_paren and paren is not None:
                        # "Enkhjin Tsogt (Director, Foreign Investment Department)"
                        role = paren.group(1).strip()
                    elif lex.language == "en" and rm.start() > run.end:
                        role = item[run.end - piece_start :].strip(" ,")
                        role = _PAREN.sub("", role).strip(" ,")
                    else:
                        stop = run.start if rm.start() < run.start else piece_start + len(item)
                        role = role_span(text, rm, lex, ctx, stop)[0] or role_of(rm, lex)[0]
                        number = re.match(r"\s+(\d{2,4})\b", text[rm.end() : rm.end() + 6])
                        if number:
                            role = f"{role} {number.group(1)}"
                    if not in_paren:
                        break
                country = party_code
                if country is None:
                    # "Marek Prawda, Under-Secretary of State, Ministry of Foreign Affairs of
                    # Poland", "Helen Ashby, British Embassy": the item names the country
                    mentions = ctx.countries_between(run.end, piece_start + len(item))
                    if mentions:
                        country = mentions[0].code
                block.append(
                    ParticipantItem(run.tokens, role, country, piece_start, piece_start + len(item))
                )
        if block:
            block.start = line.start
            last = rows[-1]
            block.end = last[0] + len(last[1])
            return block
    return block


def _party_cell(ctx, body: str, start: int, country_words: set[str]) -> str | None:
    at = 0
    for cell in body.split("|"):
        cell_start = start + at
        at += len(cell) + 1
        mentions = [c for c in ctx.countries_between(cell_start, cell_start + len(cell))]
        if not mentions:
            continue
        people = [
            r
            for r in name_runs(ctx.text, cell_start, cell_start + len(cell), ctx.lex, country_words)
            if len(r.tokens) >= 2
        ]
        if not people:
            return mentions[0].code
    return None


_AND = re.compile(r"\s+(?:and|und|et|и|sowie)\s+(?=[A-ZÄÖÜÀ-ÝА-ЯЁ])")


def _pieces(body: str, start: int) -> list[tuple[int, str]]:
    """Items split at semicolons and at "and" between two names ("A B and C D")."""
    out: list[tuple[int, str]] = []
    pos = 0
    for piece in body.split(";"):
        lead = len(piece) - len(piece.lstrip())
        item = piece.strip().rstrip(".")
        at = start + pos + lead
        pos += len(piece) + 1
        if not item:
            continue
        cut = 0
        for m in _AND.finditer(item):
            if "(" in item[cut : m.start()] and ")" not in item[cut : m.start()]:
                continue  # inside brackets
            out.append((at + cut, item[cut : m.start()]))
            cut = m.end()
        out.append((at + cut, item[cut:]))
    return out
