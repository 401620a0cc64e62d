"""The participants list of internal records ("Teilnehmer:", "Present:", "Присутствовали:").

Lines under the label, each optionally opened by a party ("AA:", "KAZ:", "UK –",
"Deutsche Seite:", "от МИД РК —"), hold items separated by semicolons:
"stv. AM Aibek Nurlanuly", "Daniel Price, Trade Commissioner (note-taker)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.extract.names import NameRun, is_courtesy, name_runs
from briefing_app.extract.participant_rows import row_items
from briefing_app.extract.participant_table import cells, column_parties
from briefing_app.extract.party_labels import SIDE_WORD, alpha3_code, party_alpha3, side_labels
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
    side: str | None = None  # "own" / "their": a row opened by "For us:" / "Their side:"


class Block(list):
    start: int = 0
    end: int = 0

    def covers(self, offset: int) -> bool:
        return bool(self) and self.start <= offset < self.end


def participant_block(ctx) -> Block:
    from briefing_app.extract.occurrences import not_posting
    from briefing_app.extract.roles import role_of, role_search, role_span

    lex, text = ctx.lex, ctx.text
    label = lex.label("participants")
    block = Block()
    if label is None:
        return block
    sides = side_labels(lex)
    country_words = {w for c in ctx.countries for w in text[c.start : c.end].lower().split()}
    for i, line in enumerate(ctx.lines):
        if block and line.start < block.end:
            continue
        m = label.match(line.text)
        if not m:
            # "For us: Minister of State …" / "С нашей стороны: …": a side list without a
            # "Participants:" heading opens the block itself
            m = sides.opening.match(line.text) if sides.opening else None
            labelled = _PARTY.match(line.text)
            if m is None and labelled and party_alpha3(labelled.group("party"), lex):
                # "TN DEU: BM …": the participants label names the party it opens
                m = labelled
            if m is None or not _names_a_person(ctx, line, country_words):
                continue
            m = re.match(r"", line.text)
        rows = []
        rest = line.text[m.end() :]
        if rest.strip():
            rows.append((line.start + m.end(), rest))
        numbered = _NUMBERED.match(line.text)
        for nxt in ctx.lines[i + 1 :]:
            if not nxt.text.strip():
                if rows:
                    break
                continue
            if numbered and rows and _NUMBERED.match(nxt.text):
                break  # "2. Present: …" then "3. JETP: …": the next numbered paragraph
            party = _PARTY.match(strip_marker(nxt.text, 0)[0])
            has_party = bool(
                party
                and (
                    ctx.countries_between(nxt.start, nxt.start + len(nxt.text))
                    or party_alpha3(party.group("party"), lex)
                    or SIDE_WORD.search(party.group("party"))
                    or sides.side_of(party.group("party"))
                )
            )
            if (
                party
                and not has_party
                and rows
                and ";" not in nxt.text
                and not (
                    # "…;" ends a row, not the list, unless a section's label follows
                    rows[-1][1].rstrip().endswith(";") and not _section_label(lex, nxt.text)
                )
                and not _person_then_dash(ctx, nxt, party, country_words)
            ):
                break  # the next label ("Copy to:", "Повестка дня:")
            rows.append((nxt.start, nxt.text))
        carried: tuple[str | None, str | None] = (None, None)
        columns: list[str] | None = None  # the party of each column of a side-by-side table
        for row_start, row in rows:
            body, b_start, _ = strip_marker(row, row_start)
            # "от таджикской стороны:" on a line of its own heads the numbered rows below it
            party_code, side = carried
            pm = _PARTY.match(body)
            segments: list[tuple[str, int, str | None]] | None = None
            if body.count("|") >= 2 or (row.count("|") >= 3 and row.lstrip().startswith("|")):
                row_cells = cells(row, row_start)
                header = column_parties(ctx, row_cells, country_words)
                if header:
                    columns = header  # "| Partie française | Partie ouzbèke |"
                    continue
                if columns and len(row_cells) == len(columns):
                    segments = [
                        (cell, at, party)
                        for (at, cell), party in zip(row_cells, columns, strict=True)
                        if cell.strip()
                    ]
                else:
                    # a table row "| Côte d'Ivoire | Mme Kandia Camara | ministre d'État |":
                    # the cell that names a country and no person is the party
                    party_code = _party_cell(ctx, body, b_start, country_words)
                pm = None
            if pm:
                mentions = [c for c in ctx.countries_between(b_start, b_start + pm.end("party"))]
                code = mentions[0].code if mentions else party_alpha3(pm.group("party"), lex)
                side = None if code else sides.side_of(pm.group("party"))
                if code or side:
                    party_code = code
                    b_start += pm.start("rest")
                    body = pm.group("rest")
                    if not body.strip():
                        carried = (code, side)
            if segments is None:
                segments = [(body, b_start, None)]
            # "Who: Ambassador A; B (notes) / Vice Minister C; D": without side labels, the
            # people before the one slash are the writer's side, those after it the other
            slash = b_start + body.find(" / ") if body.count(" / ") == 1 else None
            for piece_start, item, column in (
                (at, item, party)
                for seg, seg_start, party in segments
                for at, item in row_items(seg, seg_start, ctx)
            ):
                if column is not None:
                    party_code = column
                inline = _PARTY.match(item)
                if (
                    inline
                    and len(inline.group("party").split()) <= 3
                    and not any(ch.isdigit() for ch in inline.group("party"))
                ):
                    # "for us: Deputy Head of Mission …" – a side named inside the list; a
                    # name before a dash ("Фаррух Шарипов – первый заместитель …") is no side
                    mentions = ctx.countries_between(piece_start, piece_start + inline.end("party"))
                    code = (
                        mentions[0].code if mentions else party_alpha3(inline.group("party"), lex)
                    )
                    inline_side = None if code else sides.side_of(inline.group("party"))
                    if code or inline_side:
                        party_code, side = code, inline_side
                        piece_start += inline.start("rest")
                        item = inline.group("rest")
                found = name_runs(text, piece_start, piece_start + len(item), lex, country_words)
                # "Ständiger Vertreter UZB bei VN Farruch Tuljaganow": a title of capitalised
                # words is no name
                found = [r for r in found if not role_search(lex).fullmatch(r.text)]
                runs = [r for r in found if len(r.tokens) >= 2]
                if not runs and found:
                    # a one-word name ("Sugiono, ministre …", "Bat (Protocol)") opens the item;
                    # after a title the name is its last capitalised word ("Chairman of the
                    # State Great Khural Amarbayasgalan")
                    first = (
                        found[0].start == piece_start
                        and re.match(r",| \(", text[found[0].end : found[0].end + 2])
                        and role_search(lex).search(text, found[0].end, piece_start + len(item))
                    )
                    pick = found[0] if first else found[-1]
                    before = text[piece_start : pick.start].split()
                    if (
                        first
                        or role_search(lex).search(text, piece_start, pick.start)
                        or (before and is_courtesy(before[-1], lex))
                    ):
                        # "MD'in Sigmund", "Vize-AM Darsalia", "Baroness Chapman"
                        runs = [pick]
                if not runs:
                    continue
                run = runs[0]
                while len(run.tokens) > 1 and role_search(lex).fullmatch(run.tokens[0]):
                    # "Vize-AM Darsalia": a title written like a name
                    at = text.index(run.tokens[1], run.start + len(run.tokens[0]))
                    run = NameRun(at, run.end, run.tokens[1:])
                run = _past_title(text, run, piece_start, lex)
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
                        if number and lex.language == "de" and "Division" not in role:
                            # "Referent 341": a desk officer in division (Referat) 341
                            role = f"{role}, Division {number.group(1)}"
                        elif number:
                            role = f"{role} {number.group(1)}"
                    if not in_paren:
                        break
                country = party_code
                if slash is not None and party_code is None and side is None:
                    side_here = "own" if piece_start < slash else "their"
                else:
                    side_here = side
                if country is None:
                    # "Marek Prawda, Under-Secretary of State, Ministry of Foreign Affairs of
                    # Poland", "Helen Ashby, British Embassy": the item names the country
                    mentions = ctx.countries_between(run.end, piece_start + len(item))
                    before = not_posting(ctx, ctx.countries_between(piece_start, run.start))
                    if mentions:
                        country = mentions[0].code
                    elif before and side_here is None:
                        # "Посол Беларуси в Китае Александр Шпаковский": the title before the
                        # name names the country, less the one an envoy is posted to (a
                        # "For us:" row leaves the country to its side)
                        country = before[-1].code
                if not role:
                    # "Jane Smith (Head, Eastern Europe Department)": the brackets hold the role
                    paren = _PAREN.search(item)
                    if paren and piece_start + paren.start() >= run.end:
                        role = paren.group(1).strip()
                        if _NOTES.fullmatch(role):
                            role = "Note-taker"  # "Lerato Dlamini, dtic (minutes)"
                    else:
                        role = _unit_after(ctx, run, piece_start + len(item))
                block.append(
                    ParticipantItem(
                        run.tokens,
                        role,
                        country,
                        piece_start,
                        piece_start + len(item),
                        None if country else side_here,
                    )
                )
        if block:
            if not block.end:
                block.start = line.start
            last = rows[-1] if rows else (line.start, line.text)
            block.end = last[0] + len(last[1])
            if _label_follows(ctx, block.end, label):
                continue  # "Сопредседатели: …" then "Присутствовали: …": one list
            break
    if block and lex.language == "ru":
        _natural_order(block)
    return block


def _unit_after(ctx, run: NameRun, end: int) -> str:
    """ "Bashir Yusuf, Nigerian Export Promotion Council": an item that names the person's
    office or unit after a comma, and no title, gives that unit as what the person is."""
    if ctx.lex.language not in ("en", "fr"):
        return ""
    rest = ctx.text[run.end : end]
    m = re.match(r",\s*(.+?)[\s.;,]*$", rest)
    if not m or not m.group(1)[:1].isupper() or len(m.group(1).split()) < 2:
        return ""
    unit = m.group(1)
    at = run.end + m.start(1)
    if any(c.start == at and c.end >= at + len(unit) for c in ctx.countries_between(at, end)):
        return ""  # "Jan Novák, Czech Republic": the country, not an office
    return unit


_NOTES = re.compile(
    r"minutes|notes?|note-?taker|rapporteur|procès-verbal|compte rendu|prise de notes",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


def _section_label(lex, line: str) -> bool:
    """The line opens another part of the record ("Повестка дня:", "Решили:")."""
    names = ("agenda", "agreements", "follow_ups", "date", "venue", "subject", "heard")
    return any((lab := lex.label(n)) is not None and lab.match(line) for n in names)


def _label_follows(ctx, offset: int, label: re.Pattern[str]) -> bool:
    """The next line with text after ``offset`` opens another participants list."""
    for line in ctx.lines:
        if line.start > offset and line.text.strip():
            return bool(label.match(line.text))
    return False


def _natural_order(block: Block) -> None:
    """ "Садыкова Айгуль Маратовна": a Russian list written surname first."""
    from dataclasses import replace

    from briefing_app.extract.name_order import list_in_natural_order

    names = list_in_natural_order([item.tokens for item in block])
    for i, tokens in enumerate(names):
        if tokens != block[i].tokens:
            block[i] = replace(block[i], tokens=tokens)


def _past_title(text: str, run: NameRun, start: int, lex) -> NameRun:
    """The name after a title that runs into it: "VLR I Henrik Lorenz" (a title of two
    words), "Vizeminister für Bergbau Dilshod Yuldashev" (a capitalised noun after the
    title's connector)."""
    from briefing_app.extract.roles import role_search

    for rm in role_search(lex).finditer(text, start, run.end):
        if rm.start() > run.start:
            break  # "Ständige Sekretärin Litia Naivalu": a title of capitalised words
        between = text[rm.end() : run.start]
        cut = 0
        if rm.end() > run.start:
            cut = len(text[run.start : rm.end()].split())
        elif lex.connectors and re.fullmatch(
            rf"\s+(?:{lex.connectors})\s+(?:\S+\s+(?:{lex.connectors})\s+)*", between
        ):
            # "Minister für Umwelt und Klimawandel Sakiusa Tuinamoala": the portfolio's
            # last word runs into the name
            cut = 1
        if cut and len(run.tokens) - cut >= 2:
            at = text.index(run.tokens[cut], run.start + len(" ".join(run.tokens[:cut])))
            return NameRun(at, run.end, run.tokens[cut:])
    return run


def _party_cell(ctx, body: str, start: int, country_words: set[str]) -> str | None:
    at = 0
    for cell in body.split("|"):
        cell_start = start + at
        at += len(cell) + 1
        mentions = [c for c in ctx.countries_between(cell_start, cell_start + len(cell))]
        if not mentions:
            # "| JPN | Takeshi … |": a cell of an alpha-3 code alone names the party
            code = alpha3_code(cell)
            if code:
                return code
            continue
        people = [
            r
            for r in name_runs(ctx.text, cell_start, cell_start + len(cell), ctx.lex, country_words)
            if len(r.tokens) >= 2
        ]
        if not people:
            return mentions[0].code
    return None


def _names_a_person(ctx, line, country_words: set[str]) -> bool:
    """A side row lists people: a run of two name-like words or a title before a name."""
    from briefing_app.extract.roles import role_search

    end = line.start + len(line.text)
    runs = name_runs(ctx.text, line.start, end, ctx.lex, country_words)
    return any(len(r.tokens) >= 2 for r in runs) or bool(
        role_search(ctx.lex).search(ctx.text, line.start, end) and runs
    )


def _person_then_dash(ctx, line, party, country_words: set[str]) -> bool:
    """ "4. Сухроб Раджабов – третий секретарь (протокол).": a numbered row of a name, a dash
    and the role continues the list even without a semicolon."""
    body, start, _ = strip_marker(line.text, line.start)
    if body == line.text.strip() or ":" in line.text[: len(line.text) - len(body)]:
        return False  # no bullet or number before it
    head = _PARTY.match(body)
    if head is None or ":" in body[head.end("party") : head.start("rest")]:
        return False
    runs = name_runs(ctx.text, start, start + head.end("party"), ctx.lex, country_words)
    return any(len(r.tokens) >= 2 for r in runs)
