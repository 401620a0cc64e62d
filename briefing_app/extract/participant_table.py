"""A participants table laid out in columns, one per side:

| Partie française                  | Partie ouzbèke                         |
| Mme Claire Dupont, ambassadrice   | M. Rustam Aliev, vice-ministre         |

A header row whose every cell names a country and no person makes each column a party;
the cells of the rows below list that party's participants."""

from __future__ import annotations

from briefing_app.extract.names import name_runs


def cells(body: str, start: int) -> list[tuple[int, str]]:
    """The cells of a table row as (offset in the text, cell text), without the outer
    borders; empty inner cells stay so that the columns keep their place."""
    out: list[tuple[int, str]] = []
    at = 0
    for piece in body.split("|"):
        out.append((start + at, piece))
        at += len(piece) + 1
    if out and not out[0][1].strip():
        out = out[1:]
    if out and not out[-1][1].strip():
        out = out[:-1]
    return out


def column_parties(ctx, row: list[tuple[int, str]], country_words: set[str]) -> list[str] | None:
    """The party of each column when ``row`` is a header naming one country per cell."""
    if len(row) < 2:
        return None
    parties = []
    for cell_start, cell in row:
        end = cell_start + len(cell)
        mentions = [c for c in ctx.countries_between(cell_start, end) if c.is_country]
        if len({c.code for c in mentions}) != 1:
            return None
        runs = name_runs(ctx.text, cell_start, end, ctx.lex, country_words)
        if any(len(r.tokens) >= 2 for r in runs):
            return None  # "| Côte d'Ivoire | Mme Kandia Camara |": a person's row
        parties.append(mentions[0].code)
    return parties if len(set(parties)) == len(parties) else None
