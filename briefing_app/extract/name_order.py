"""Russian names written surname first ("Иванова Мария Петровна"), as official lists and
protocols do, put into the order the rest of the app uses ("Мария Петровна Иванова")."""

from __future__ import annotations

from briefing_app.extract.morph import name_grammemes


def _is_patronymic(word: str) -> bool:
    return "Patr" in name_grammemes(word)


def is_surname_first(tokens: tuple[str, ...]) -> bool:
    """Three full words, the last a patronymic and the middle one not ("Карпович Ольга
    Ивановна", not "Ольга Ивановна Карпович", whose surname merely looks like one)."""
    if len(tokens) != 3 or any(t.endswith(".") for t in tokens):
        return False
    return _is_patronymic(tokens[2]) and not _is_patronymic(tokens[1])


def _given_then_surname(tokens: tuple[str, ...]) -> bool:
    """ "Мария Иванова": a dictionary given name, then a word that is no given name."""
    first, second = name_grammemes(tokens[0]), name_grammemes(tokens[1])
    return "Name" in first and "Name" not in second


def natural_order(tokens: tuple[str, ...]) -> tuple[str, ...]:
    if is_surname_first(tokens):
        return (tokens[1], tokens[2], tokens[0])
    return tokens


def list_in_natural_order(names: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The names of one list in the order given name, surname. A list that writes its
    patronymic names surname first ("Жумабеков Эрлан Нурланович") writes all its names so:
    the two-word ones ("Ковач Тамаш") are turned too, unless they plainly open with a
    given name."""
    three = [t for t in names if len(t) == 3 and any(_is_patronymic(w) for w in t)]
    if not three or not all(is_surname_first(t) for t in three):
        return names
    out = []
    for tokens in names:
        if len(tokens) == 2 and not any(t.endswith(".") for t in tokens):
            out.append(tokens if _given_then_surname(tokens) else (tokens[1], tokens[0]))
        else:
            out.append(natural_order(tokens))
    return out
