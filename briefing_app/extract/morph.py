"""Russian morphology (pymorphy3): base forms of inflected names and places, cached."""

from __future__ import annotations

from functools import cache, lru_cache


@cache
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=20000)
def russian_base_forms(word: str) -> list[str]:
    """Normal forms pymorphy3 proposes for ``word`` (lower case), best first."""
    if not word or not any("а" <= ch <= "я" or ch == "ё" for ch in word.lower()):
        return []
    forms: list[str] = []
    for parse in _analyzer().parse(word.lower()):
        if parse.normal_form not in forms:
            forms.append(parse.normal_form)
    return forms


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=20000)
def _parses(word: str):
    return tuple(_analyzer().parse(word))


def _is_name_parse(parse) -> bool:
    tag = parse.tag
    return bool({"Name", "Surn", "Patr"} & tag.grammemes) or ("NOUN" in tag and "anim" in tag)


def russian_name_nominative(tokens: list[str]) -> list[str]:
    """A Russian personal name (list of words) in the nominative case.

    The words of one name share a case; the case they all allow is chosen, and
    each word is put into the nominative of its own gender. Unknown words stay.
    """
    if not tokens:
        return tokens
    per_token = [
        [p for p in _parses(t.lower()) if _is_name_parse(p) and "plur" not in p.tag.grammemes]
        for t in tokens
    ]
    common_cases = None
    for parses in per_token:
        if not parses:
            continue
        cases = {p.tag.case for p in parses}
        common_cases = cases if common_cases is None else common_cases & cases
    if not common_cases or "nomn" in common_cases:
        return tokens
    case = next(c for c in _CASES if c in common_cases)
    gender = None
    for parses in per_token:
        for p in parses:
            if p.tag.case == case and {"Name"} & p.tag.grammemes:
                gender = p.tag.gender
                break
        if gender:
            break
    out = []
    for token, parses in zip(tokens, per_token, strict=True):
        if not parses:  # an unknown given name ("Араратом"): any noun reading in the case
            parses = [
                p
                for p in _parses(token.lower())
                if "NOUN" in p.tag and "plur" not in p.tag.grammemes
            ]
        chosen = [p for p in parses if p.tag.case == case]
        if gender:
            chosen = [p for p in chosen if p.tag.gender is None or p.tag.gender == gender] or chosen
        chosen.sort(key=lambda p: ("sing" not in p.tag.grammemes, -p.score))
        base = None
        for p in chosen:
            inflected = p.inflect({"nomn", "sing"})
            if inflected is not None:
                base = inflected.word
                break
        out.append(_recase(token, base) if base else token)
    return out


def _recase(original: str, base: str) -> str:
    parts = base.split("-")
    return "-".join(p[:1].upper() + p[1:] for p in parts) if original[:1].isupper() else base
