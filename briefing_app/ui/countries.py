"""Country and organisation names in the interface language (Babel, offline CLDR data)."""

from __future__ import annotations

from functools import cache

from briefing_app.model.codes import iso_alpha2_codes, normalize_party_code, organisation_codes


@cache
def country_names(language: str) -> dict[str, str]:
    """Code -> display name for every ISO country and known organisation."""
    # Babel is imported on first use: the editor needs country names only once a
    # table cell is edited or a meeting shown, not to open its window.
    from babel import Locale

    try:
        territories = Locale.parse(language).territories
    except (ValueError, TypeError):
        territories = Locale("en").territories
    names = {code: territories.get(code, code) for code in iso_alpha2_codes()}
    names.update(organisation_codes())
    return names


def country_label(code: str | None, language: str) -> str:
    if not code:
        return ""
    return country_names(language).get(code, code)


@cache
def _reverse(language: str) -> dict[str, str]:
    reverse: dict[str, str] = {}
    for lang in ("en", language):
        for code, name in country_names(lang).items():
            reverse[name.casefold()] = code
    return reverse


def parse_country(text: str, language: str) -> str | None:
    """A code from what the officer typed: a code, or a name in English or the interface language.

    Raises ValueError with a plain sentence when nothing matches.
    """
    text = text.strip()
    if not text:
        return None
    code = _reverse(language).get(text.casefold())
    if code:
        return code
    if "(" in text and text.endswith(")"):
        return parse_country(text[text.rindex("(") + 1 : -1], language)
    return normalize_party_code(text)
