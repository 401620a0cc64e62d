"""Country and organisation codes, and classification levels, loaded from data files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing_app.paths import resources_dir

# Codes people write that the standard spells otherwise.
_COMMON_ALIASES = {"UK": "GB", "EL": "GR"}


@cache
def iso_alpha2_codes() -> frozenset[str]:
    # Imported here, not at module level: pycountry reads package metadata on import
    # (~25 ms), and the model is imported on the editor's start path long before the
    # first country code is checked.
    import pycountry

    return frozenset(country.alpha_2 for country in pycountry.countries)


@cache
def organisation_codes() -> dict[str, str]:
    data = json.loads((resources_dir() / "organisations.json").read_text(encoding="utf-8"))
    return dict(data["organisations"])


def normalize_party_code(value: str) -> str:
    """Upper-case *value* and check it is an ISO country or a known organisation code.

    Raises ValueError with a sentence for the user when it is neither.
    """
    code = value.strip().upper()
    code = _COMMON_ALIASES.get(code, code)
    if code in iso_alpha2_codes() or code in organisation_codes():
        return code
    raise ValueError(
        f"{value!r} is not a country code; use two letters such as DE or KZ, "
        f"or an organisation code such as EU or UN"
    )


@dataclass(frozen=True)
class ClassificationLevel:
    label: str
    rank: int
    marking: str
    aliases: tuple[str, ...] = ()


def _read_levels(path: Path) -> tuple[ClassificationLevel, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        ClassificationLevel(
            label=item["label"],
            rank=int(item["rank"]),
            marking=item.get("marking", item["label"]),
            aliases=tuple(item.get("aliases", ())),
        )
        for item in data["levels"]
    )


_levels_override: tuple[ClassificationLevel, ...] | None = None


def set_classification_levels_file(path: Path | None) -> None:
    """Use the levels in *path* (the setting ``classification_levels_file``), or the defaults."""
    global _levels_override
    _levels_override = _read_levels(path) if path is not None else None


@cache
def _default_levels() -> tuple[ClassificationLevel, ...]:
    return _read_levels(resources_dir() / "classifications.json")


def classification_levels() -> tuple[ClassificationLevel, ...]:
    """The configured classification levels, lowest first."""
    return _levels_override if _levels_override is not None else _default_levels()


def _key(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("–", " ").split()).casefold()


def find_classification(value: str) -> ClassificationLevel:
    """The level whose label or alias matches *value* (ignoring case, dashes and spaces)."""
    wanted = _key(value)
    for level in classification_levels():
        if wanted == _key(level.label) or any(wanted == _key(a) for a in level.aliases):
            return level
    labels = ", ".join(level.label for level in classification_levels())
    raise ValueError(f"{value!r} is not a known classification; choose one of: {labels}")
