"""Russian morphology (pymorphy3): base forms of inflected names and places, cached."""

from __future__ import annotations

import re
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


_FUNCTION_POS = frozenset({"ADVB", "CONJ", "PREP", "PRCL", "NPRO", "PRED", "INTJ", "COMP"})


def is_function_word(word: str) -> bool:
    """A capitalised Russian adverb, conjunction or pronoun at a sentence start ("Затем",
    "Также", "Он"): never part of a name."""
    parses = _parses(word.lower())
    if not parses or any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return False
    best = max(parses, key=lambda p: p.score)
    # a record's sentence may open with a past-tense verb ("Посетил …", "Принял …"); a
    # verb only guessed for an unknown word is a foreign name ("Мехди")
    if best.tag.POS == "VERB" and "past" in best.tag.grammemes and best.is_known:
        return True
    return best.tag.POS in _FUNCTION_POS


def is_common_word(word: str) -> bool:
    """A Russian dictionary word that is no personal name ("Государственной", "Великого"),
    unlike a foreign one-word name the dictionary does not know ("Сугионо")."""
    parses = _parses(word.lower())
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return False
    return any(_from_dictionary(p) for p in parses)


def _is_name_parse(parse) -> bool:
    tag = parse.tag
    return bool({"Name", "Surn", "Patr"} & tag.grammemes) or ("NOUN" in tag and "anim" in tag)


def governing_case(word: str) -> str | None:
    """The case of the title or preposition that governs a name ("министром" -> ablt)."""
    low = word.lower()
    if low in _PREPOSITION_CASES:
        return _PREPOSITION_CASES[low]
    parses = _parses(low)
    if not parses:
        return None
    best = max(parses, key=lambda p: p.score)
    # only a noun governs ("Посла", not "Чрезвычайного и Полномочного")
    return best.tag.case if "NOUN" in best.tag and "plur" not in best.tag.grammemes else None


# prepositions that put a following title-less name into one case
_PREPOSITION_CASES = {"с": "ablt", "со": "ablt", "к": "datv", "ко": "datv", "у": "gent"}
# hyphenated Arabic articles and separate particles: they stay as they are
_PARTICLE_PREFIX = re.compile(r"^(?:ас|аль|эль|ад|ат|аш|ан|ар|аз|ал|ад-дин)-", re.IGNORECASE)
_PARTICLES = frozenset({"ибн", "бин", "бен", "де", "ди", "да", "фон", "ван", "дер", "ла", "ле"})
# (case, ending of the inflected form, ending of the nominative), longest first
_ENDINGS = {
    "ablt": [
        ("ием", "ий"),
        ("ьей", "ья"),
        ("ом", ""),
        ("ём", "ь"),
        ("ем", "й"),
        ("ой", "а"),
        ("ей", "я"),
    ],
    "datv": [("ию", "ий"), ("у", ""), ("ю", "й"), ("е", "а")],
    "gent": [("ия", "ий"), ("а", ""), ("я", "й")],
    "accs": [("ия", "ий"), ("а", ""), ("я", "й"), ("у", "а"), ("ю", "я")],
    "loct": [("ии", "ий"), ("е", "")],
}
_VOWELS = set("аеёиоуыэюя")


def _strip_case(word: str, case: str) -> str:
    """The nominative of an unknown (foreign) name part by its case ending: "Бадром" -> "Бадр",
    "Хоя" -> "Хой". Indeclinable-looking words (ending in -и, -о, -у after a vowel) stay."""
    low = word.lower()
    for ending, nominative in _ENDINGS.get(case, []):
        if not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        stem = word[: len(word) - len(ending)]
        if nominative == "й" and stem[-1:].lower() in "жчшщц":
            nominative = ""  # "Ковачем" -> "Ковач", "Шульцем" -> "Шульц"
        elif nominative == "й" and stem[-1:].lower() not in _VOWELS:
            nominative = "ь"  # "Игорем" -> "Игорь", but "Хоем" -> "Хой"
        if nominative == "" and stem[-1:].lower() in _VOWELS:
            return word  # a bare stem ending in a vowel: the word does not decline
        return stem + nominative
    return word


def _name_part_nominative(token: str, case: str) -> str:
    if token.lower() in _PARTICLES or token.endswith("."):
        return token
    m = _PARTICLE_PREFIX.match(token)
    if m:
        return token[: m.end()] + _name_part_nominative(token[m.end() :], case)
    parses = _parses(token.lower())
    if any("Fixd" in p.tag.grammemes for p in parses if _is_name_parse(p)):
        return token  # indeclinable: "Абдельатти", "Хартарто", "Руденко"
    # an animate title in the accusative looks genitive ("принял премьер-министра")
    cases = {"gent", "accs"} if case in ("gent", "accs") else {case}
    names = [
        p
        for p in parses
        if {"Name", "Surn", "Patr"} & p.tag.grammemes and "plur" not in p.tag.grammemes
    ]
    for p in sorted((p for p in names if p.tag.case in cases), key=lambda p: -p.score):
        inflected = p.inflect({"nomn", "sing"})
        if inflected is not None:
            return _recase(token, inflected.word)
    in_case = any(p.tag.case in cases and "sing" in p.tag.grammemes for p in parses)
    if not in_case and any(p.tag.case == "nomn" and _from_dictionary(p) for p in names):
        return token  # a known name already in the nominative
    for c in sorted(cases):
        stripped = _strip_case(token, c)
        if stripped != token:
            return stripped
    return token


def _from_dictionary(parse) -> bool:
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def russian_name_nominative(tokens: list[str], case: str | None = None) -> list[str]:
    """A Russian personal name (list of words) in the nominative case.

    With ``case`` (the case of the governing title or preposition) every word is put
    into the nominative on its own: by pymorphy3 where it knows the word as a name in
    that case, else by stripping the case ending, so foreign names unknown to the
    dictionary come out right too. Without it, the words of one name share a case;
    the case they all allow is chosen and each word is put into the nominative of its
    own gender. Unknown words stay.
    """
    if not tokens or case == "nomn":
        return tokens  # "советник Нура …": a title in the nominative, the name agrees
    case = case or _given_name_case(tokens)
    if case and case != "nomn":
        # the title's case decides; where it leaves a word as it is, the dictionary's
        # shared-case reading may still know better
        settled = _shared_case_nominative(tokens)
        out = []
        for old, new in zip(tokens, settled, strict=True):
            hinted = _name_part_nominative(old, case)
            out.append(hinted if hinted != old else new)
        return out
    return _shared_case_nominative(tokens)


def _given_name_case(tokens: list[str]) -> str | None:
    """The case a known given name opening the name can only be in ("Каролину" -> accs):
    the foreign surname after it ("Фернандес Сосу") shares it."""
    if len(tokens) < 2 or tokens[0].endswith("."):
        return None
    cases = {
        p.tag.case
        for p in _parses(tokens[0].lower())
        if "Name" in p.tag.grammemes and "plur" not in p.tag.grammemes and _from_dictionary(p)
    }
    if len(cases) != 1:
        return None
    (case,) = cases
    return case if case in ("gent", "datv", "accs", "ablt") else None


def _shared_case_nominative(tokens: list[str]) -> list[str]:
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
    # pymorphy3's second cases ("gen2", "loc2", "voct") are no case a name declines in
    case = next((c for c in _CASES if c in common_cases), None)
    if case is None:
        return tokens
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
    parts, before = base.split("-"), original.split("-")
    if len(before) == len(parts):
        # "аль-Кааби": each part keeps its own capital
        return "-".join(
            p[:1].upper() + p[1:] if b[:1].isupper() else p
            for p, b in zip(parts, before, strict=True)
        )
    return "-".join(p[:1].upper() + p[1:] for p in parts) if original[:1].isupper() else base


# words that may join the parts of an office phrase ("комитета … по международным делам",
# "при Президенте", "экономики и финансов"); any other preposition starts a new clause
_OFFICE_LINKS = frozenset({"по", "при", "и"})
_CLAUSE_POS = frozenset({"VERB", "INFN", "GRND", "PRTS", "CONJ", "NPRO", "ADVB", "PRED"})


def office_phrase_head(words: list[str]) -> str | None:
    """The dictionary form of the body named by a Russian genitive phrase between a title and
    a name ("комитета Государственной Думы по международным делам" -> "комитет"), or None
    when the words are no such phrase (a verb, a clause, another person's name).

    The phrase opens with a noun or adjective in the genitive; capitalised words in it must
    be dictionary words ("Государственной Думы"), so a name never hides in it.
    """
    if not 1 <= len(words) <= 9 or not words[0][:1].islower():
        return None
    head: str | None = None
    for index, word in enumerate(words):
        low = word.lower()
        if low in _OFFICE_LINKS and index > 0:
            continue
        parses = _parses(low)
        if not parses or not any(_from_dictionary(p) for p in parses):
            return None
        if word[:1].isupper() and not is_common_word(word):
            return None
        best = max(parses, key=lambda p: p.score)
        if best.tag.POS in _CLAUSE_POS or best.tag.POS == "PREP":
            return None
        if index == 0:
            opening = [p for p in parses if p.tag.POS in ("NOUN", "ADJF") and "gent" in p.tag]
            if not opening:
                return None
        if head is None:
            nouns = [p for p in parses if p.tag.POS == "NOUN" and "gent" in p.tag]
            if nouns:
                head = nouns[0].normal_form
    return head


@lru_cache(maxsize=20000)
def name_grammemes(word: str) -> frozenset[str]:
    """Which of Name (given name), Surn, Patr pymorphy3 reads ``word`` as, in the nominative
    singular; empty for other words."""
    out: set[str] = set()
    for parse in _parses(word.lower()):
        tag = parse.tag
        if tag.case == "nomn" and "sing" in tag.grammemes:
            out |= {"Name", "Surn", "Patr"} & tag.grammemes
    return frozenset(out)


def verb_forms(text: str) -> frozenset[str]:
    """The verb forms of a Russian sentence by each word's likeliest reading: "VERB" for a
    finite verb, "INFN" for an infinitive that nothing governs ("провести", not "готов
    принять" or "решено провести", where a predicative word governs it)."""
    out: set[str] = set()
    previous = ""
    for word in re.findall(r"[а-яё]+", text.lower()):
        parses = _parses(word)
        pos = parses[0].tag.POS if parses else None
        if pos == "VERB" or (pos == "INFN" and previous not in ("ADJS", "PRED", "PRTS")):
            out.add(pos)
        previous = pos or ""
    return frozenset(out)


def has_future_verb(text: str) -> bool:
    """A finite verb in the future tense by its likeliest reading ("посетит", "направит",
    "пройдёт"); capitalised words are left out, a name may read as a verb ("Ковачем")."""
    for word in re.findall(r"(?<![\w-])[а-яё]+(?![\w-])", text):
        parses = _parses(word)
        if parses and parses[0].tag.POS == "VERB" and "futr" in parses[0].tag.grammemes:
            return True
    return False


def genitive_body_word(word: str) -> bool:
    """A capitalised dictionary word in the genitive that is no personal name: part of the
    name of a body or an area ("Посольства", "Латинской Америки", "Европы")."""
    parses = _parses(word.lower())
    if not parses or any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return False
    # a likely genitive reading: a guessed paradigm ("Нгуеном") reads as one only faintly
    return any(_from_dictionary(p) and p.tag.case == "gent" and p.score >= 0.3 for p in parses)


def _name_cases(word: str) -> set[str] | None:
    """The cases a word reads in as a singular name; None when it fits any (indeclinable)
    or the dictionary has no name reading of it."""
    parses = [
        p for p in _parses(word.lower()) if _is_name_parse(p) and "plur" not in p.tag.grammemes
    ]
    if not parses or any("Fixd" in p.tag.grammemes for p in parses):
        return None
    return {p.tag.case for p in parses}


def leading_word_in_other_case(tokens: list[str] | tuple[str, ...]) -> bool:
    """ "имамом Аль-Азхара Ахмедом ат-Тайибом": the words of one name share a case; a first
    word that cannot be in the oblique case the others share is the genitive of the body
    the title belongs to, not part of the name."""
    if len(tokens) < 3:
        return False
    known = [c for c in (_name_cases(t) for t in tokens[1:]) if c]
    if len(known) < 2:
        return False
    shared = set.intersection(*known)
    first = _name_cases(tokens[0])
    return bool(shared) and "nomn" not in shared and first is not None and not first & shared
