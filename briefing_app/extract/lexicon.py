"""Lexicons: the per-language data files under ``resources/lexicons``, loaded once and cached.

A new language is a new folder with the same files; nothing here names a language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from briefing_app.paths import resources_dir

LANGUAGES = ("de", "en", "fr", "ru")
FALLBACK = "en"


def lexicon_dir() -> Path:
    return resources_dir() / "lexicons"


@cache
def _read(relative: str) -> dict[str, Any]:
    path = lexicon_dir() / relative
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def language_file(language: str, name: str) -> dict[str, Any]:
    """A language's data file other than the ones the Lexicon holds ({} when missing)."""
    return _read(f"{language}/{name}.json")


def common(name: str) -> dict[str, Any]:
    return _read(f"common/{name}.json")


def alternation(patterns: list[str] | tuple[str, ...]) -> str:
    """One regex alternative group, longest pattern first so the longest cue wins."""
    ordered = sorted(patterns, key=len, reverse=True)
    return "(?:" + "|".join(ordered) + ")"


def cue_regex(patterns: list[str], *, prefix: bool = True) -> re.Pattern[str] | None:
    """A case-insensitive regex of cue patterns starting at a word start."""
    if not patterns:
        return None
    start = r"(?<![\w])" if prefix else ""
    # a cue ends at a word end, unless it ends in a space ("bis zum ")
    return re.compile(start + alternation(patterns) + r"(?:(?<=\s)|(?!\w))", re.IGNORECASE)


@dataclass
class Role:
    pattern: str
    label: str
    source: bool = False


@dataclass(eq=False)
class Lexicon:
    """Everything language-specific that the stages read, compiled once."""

    language: str
    cues: dict[str, Any]
    roles: list[Role]
    courtesy: list[str]
    role_countries: dict[str, str]
    connectors: str
    countries: dict[str, Any]
    topics: dict[str, list[str]]
    generic_topics: frozenset[str]
    qualifiers: list[Role] = field(default_factory=list)
    qualifiers_after: list[tuple[str, str, str]] = field(default_factory=list)
    complements: list[tuple[re.Pattern[str], str, str | None]] = field(default_factory=list)
    regex: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    def cue(self, name: str) -> re.Pattern[str] | None:
        """The compiled cue list ``name`` of cues.json (cached)."""
        if name not in self.regex:
            self.regex[name] = cue_regex(list(self.cues.get(name, [])))
        return self.regex[name]

    def label(self, name: str) -> re.Pattern[str] | None:
        """A regex matching a line that starts with one of the labels ``name``."""
        key = f"label:{name}"
        if key not in self.regex:
            labels = self.cues.get("labels", {}).get(name, [])
            self.regex[key] = (
                re.compile(
                    r"^[\s\-–—•*#|]*(?:[IVX]+\.|\d+\.)?\s*"
                    + alternation(labels)
                    # "Предложения (поручения):": a gloss in brackets may follow the label
                    + r"(?:\s*\([^()\n]{1,40}\))?\s*(?::|–|-|—|$)",
                    re.IGNORECASE,
                )
                if labels
                else None
            )
        return self.regex[key]


def _complements(roles_data: dict[str, Any]) -> list[tuple[re.Pattern[str], str, str | None]]:
    """Phrases that continue a title ("im Auswärtigen Amt"), compiled to match after a space."""
    words = alternation(list(roles_data.get("institution_words", []))) or "(?!x)x"
    out = []
    for pattern, label, country in roles_data.get("complements", []):
        regex = pattern.replace("{W}", rf"(?i:{words})(?![\w-])")
        out.append((re.compile(rf"\s+(?:{regex})(?![\w-])"), label, country))
    return out


@cache
def get_lexicon(language: str | None) -> Lexicon:
    lang = language if language and (lexicon_dir() / language).is_dir() else FALLBACK
    roles_data = _read(f"{lang}/roles.json")
    topics_data = _read(f"{lang}/topics.json")
    return Lexicon(
        language=lang,
        cues=_read(f"{lang}/cues.json"),
        roles=[
            Role(item[0], item[1], len(item) > 2 and item[2] == "source")
            for item in roles_data.get("roles", [])
        ],
        courtesy=list(roles_data.get("courtesy", [])),
        role_countries=dict(roles_data.get("role_country_prefixes", {})),
        connectors=str(roles_data.get("connectors", "")),
        countries=_read(f"{lang}/countries.json"),
        topics=dict(topics_data.get("concepts", {})),
        generic_topics=frozenset(topics_data.get("generic", [])),
        qualifiers=[Role(item[0], item[1]) for item in roles_data.get("qualifiers", [])],
        complements=_complements(roles_data),
        qualifiers_after=[
            (item[0], item[1], item[2] if len(item) > 2 else "after")
            for item in roles_data.get("qualifiers_after", [])
        ],
    )


@cache
def all_lexicons() -> tuple[Lexicon, ...]:
    return tuple(get_lexicon(lang) for lang in LANGUAGES)
