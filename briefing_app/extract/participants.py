"""The participants list of internal records ("Teilnehmer:", "Present:", "Присутствовали:").

Lines under the label, each optionally opened by a party ("AA:", "KAZ:", "UK –",
"Deutsche Seite:", "от МИД РК —"), hold items separated by semicolons:
"stv. AM Aibek Nurlanuly", "Daniel Price, Trade Commissioner (note-taker)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing_app.extract.names import NameRun, is_courtesy, name_runs
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
    from briefing_app.extract.roles import role_of, role_search, role_span

    lex, text = ctx.lex, ctx.text
    label = lex.label("participants")
    block = Block()
    if label is None:
        return block
    sides = _side_labels(lex)
    country_words = {w for c in ctx.countries for w in text[c.start : c.end].lower().split()}
    for i, line in enumerate(ctx.lines):
        m = label.match(line.text)
        if not m:
            # "For us: Minister of State …" / "С нашей стороны: …": a side list without a
            # "Participants:" heading opens the block itself
            m = sides.opening.match(line.text) if sides.opening else None
            if m is None or not _names_a_person(ctx, line, country_words):
                continue
            m = re.match(r"", line.text)
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
            has_party = bool(
                party
                and (
                    ctx.countries_between(nxt.start, nxt.start + len(nxt.text))
                    or _alpha3(party.group("party"))
                    or _SIDE_WORD.search(party.group("party"))
                    or sides.side_of(party.group("party"))
                )
            )
            if party and not has_party and rows and ";" not in nxt.text:
                break  # the next label ("Copy to:", "Повестка дня:")
            rows.append((nxt.start, nxt.text))
        for row_start, row in rows:
            body, b_start, _ = strip_marker(row, row_start)
            party_code = None
            side = None
            pm = _PARTY.match(body)
            if body.count("|") >= 2:
                # a table row "| Côte d'Ivoire | Mme Kandia Camara | ministre d'État |": the
                # cell that names a country and no person is the party
                party_code = _party_cell(ctx, body, b_start, country_words)
                pm = None
            if pm:
                mentions = [c for c in ctx.countries_between(b_start, b_start + pm.end("party"))]
                code = mentions[0].code if mentions else _alpha3(pm.group("party"))
                side = None if code else sides.side_of(pm.group("party"))
                if code or side:
                    party_code = code
                    b_start += pm.start("rest")
                    body = pm.group("rest")
            for piece_start, item in _pieces(body, b_start, ctx):
                inline = _PARTY.match(item)
                if (
                    inline
                    and len(inline.group("party").split()) <= 3
                    and not any(ch.isdigit() for ch in inline.group("party"))
                ):
                    # "for us: Deputy Head of Mission …" – a side named inside the list
                    mentions = ctx.countries_between(piece_start, piece_start + inline.end("party"))
                    party_code = mentions[0].code if mentions else _alpha3(inline.group("party"))
                    side = None if party_code else sides.side_of(inline.group("party"))
                    piece_start += inline.start("rest")
                    item = inline.group("rest")
                found = name_runs(text, piece_start, piece_start + len(item), lex, country_words)
                runs = [r for r in found if len(r.tokens) >= 2]
                if not runs and found:
                    # a one-word name ("Sugiono, ministre …") opens the item; after a title
                    # the name is its last capitalised word ("Chairman of the State Great
                    # Khural Amarbayasgalan")
                    first = (
                        found[0].start == piece_start
                        and text[found[0].end : found[0].end + 1] == ","
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
                if not role:
                    # "Jane Smith (Head, Eastern Europe Department)": the brackets hold the role
                    paren = _PAREN.search(item)
                    if paren and piece_start + paren.start() >= run.end:
                        role = paren.group(1).strip()
                block.append(
                    ParticipantItem(
                        run.tokens,
                        role,
                        country,
                        piece_start,
                        piece_start + len(item),
                        None if country else side,
                    )
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


@dataclass(frozen=True)
class _Sides:
    opening: re.Pattern[str] | None
    own: re.Pattern[str] | None
    their: re.Pattern[str] | None

    def side_of(self, party: str) -> str | None:
        party = party.strip()
        if self.own and self.own.fullmatch(party):
            return "own"
        if self.their and self.their.fullmatch(party):
            return "their"
        return None


@cache
def _side_labels(lex) -> _Sides:
    """The lexicon's side labels ("For us", "Côté français", "С нашей стороны")."""
    from briefing_app.extract.lexicon import alternation

    labels = lex.cues.get("labels", {})

    def rx(words: list[str], opening: bool = False) -> re.Pattern[str] | None:
        if not words:
            return None
        body = alternation(words)
        return re.compile(rf"^[\s\-–—•*]*{body}\s*:\s*(?=\S)" if opening else body, re.IGNORECASE)

    return _Sides(
        opening=rx(
            labels.get("side_label", [])
            + labels.get("own_side", [])
            + labels.get("their_side", []),
            opening=True,
        ),
        own=rx(labels.get("own_side", [])),
        their=rx(labels.get("their_side", [])),
    )


@cache
def side_label_regex(lex) -> re.Pattern[str] | None:
    """A side label at a sentence start, with or without a colon ("С российской стороны")."""
    words = lex.cues.get("labels", {}).get("side_label", [])
    if not words:
        return None
    from briefing_app.extract.lexicon import alternation

    return re.compile(rf"[\s\-–—•*]*{alternation(words)}(?!\w)", re.IGNORECASE)


def _names_a_person(ctx, line, country_words: set[str]) -> bool:
    """A side row lists people: a run of two name-like words or a title before a name."""
    from briefing_app.extract.roles import role_search

    end = line.start + len(line.text)
    runs = name_runs(ctx.text, line.start, end, ctx.lex, country_words)
    return any(len(r.tokens) >= 2 for r in runs) or bool(
        role_search(ctx.lex).search(ctx.text, line.start, end) and runs
    )


def home_country(ctx) -> str | None:
    """The state whose service wrote the record, from the header ("British Embassy",
    "Referat 205", "Drahtbericht")."""
    head = ctx.text[:600]
    for code, words in ctx.lex.cues.get("home_markers", {}).items():
        if re.search(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", head, re.IGNORECASE):
            return code
    return None


def resolve_sides(block: Block, ctx) -> None:
    """Countries for rows labelled "For us:" / "Their side:": ours is the writing service's
    state (or the host's, or the state the record names most besides the labelled ones);
    theirs is the host state when that is not ours, else the other state named most."""
    from collections import Counter

    if not any(item.side for item in block):
        return
    labelled = {item.country for item in block if item.country}
    counts = Counter(c.code for c in ctx.countries if c.is_country)
    place = ctx.meeting_location.country if ctx.meeting_location else None

    def most(excluded: set[str | None]) -> str | None:
        ranked = [code for code, _ in counts.most_common() if code not in excluded]
        return ranked[0] if ranked else None

    own = home_country(ctx)
    if own is None:
        own = place if place and place not in labelled else most(labelled)
    if place is None:
        # no meeting place found: a city the record's first lines name ("British Embassy
        # Hanoi", "Readout of today's meeting in Hanoi") still shows the other state
        from briefing_app.extract.gazetteer import cities_in

        head = ctx.text[:600]
        place = next(
            (c.country for _s, _e, c in cities_in(head, ctx.lex.language) if c.country != own),
            None,
        )
    their = place if place and place != own else most(labelled | {own})
    for k, item in enumerate(block):
        if item.country is None and item.side:
            code = own if item.side == "own" else their
            if code:
                block[k] = ParticipantItem(
                    item.tokens, item.role, code, item.start, item.end, item.side
                )


# "Koreanische Seite:", "Host side:", "с иранской стороны –": a row that opens a side
_SIDE_WORD = re.compile(r"(?i)\b(?:seite|side|partie|delegation|délégation|сторон\w*)\b")
_SIDE_AFTER_STOP = re.compile(r"(?<=\.)(?=\s+[A-ZÄÖÜА-ЯЁ][^:;.]{0,40}:\s)")
_AND = re.compile(r"\s+(?:and|und|et|и|sowie)\s+(?=[A-ZÄÖÜÀ-ÝА-ЯЁ])")


@cache
def _alpha3(party: str) -> str | None:
    """An ISO alpha-3 party label ("GEO:", "KAZ –") as an alpha-2 code."""
    import pycountry

    word = party.strip()
    if len(word) != 3 or not word.isupper():
        return None
    country = pycountry.countries.get(alpha_3=word)
    return country.alpha_2 if country else None


def _comma_items(body: str, ctx) -> list[str]:
    """ "MD'in Sigmund, RL 209 Jan Pohl": commas separate people when the text after one
    opens with a title; "Daniel Price, Trade Commissioner" stays one item."""
    from briefing_app.extract.roles import role_search

    if ctx is None or "," not in body:
        return [body]
    parts = body.split(",")
    items = [parts[0]]
    for part in parts[1:]:
        opens = role_search(ctx.lex).match(part.lstrip())
        last = items[-1]
        if (
            opens
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


def _pieces(body: str, start: int, ctx=None) -> list[tuple[int, str]]:
    """Items split at semicolons, at commas before a new title, and at "and" between two
    names ("A B and C D")."""
    out: list[tuple[int, str]] = []
    pos = 0
    pieces = [c for piece in body.split(";") for c in _comma_items(piece, ctx)]
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
            if "," in item[cut : m.start()]:
                continue  # inside a role: "Ed Miliband, Secretary of State for … and Net Zero"
            out.append((at + cut, item[cut : m.start()]))
            cut = m.end()
        out.append((at + cut, item[cut:]))
    return out
