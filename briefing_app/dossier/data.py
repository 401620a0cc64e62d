"""The dossier's data file (``resources/dossier.json``): name folding, topic words, phrases."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from briefing_app.paths import resources_dir


@dataclass(frozen=True)
class DossierData:
    name_folding: tuple[tuple[str, str], ...]
    name_match_threshold: float
    topic_match_threshold: float
    topic_generic_words: frozenset[str]
    phrases: dict[str, dict[str, str]]

    def phrase(self, language: str, key: str) -> str:
        table = self.phrases.get(language) or self.phrases["en"]
        return table.get(key) or self.phrases["en"][key]


@cache
def dossier_data() -> DossierData:
    raw = json.loads((resources_dir() / "dossier.json").read_text(encoding="utf-8"))
    return DossierData(
        name_folding=tuple((str(a), str(b)) for a, b in raw["name_folding"]),
        name_match_threshold=float(raw["name_match_threshold"]),
        topic_match_threshold=float(raw["topic_match_threshold"]),
        topic_generic_words=frozenset(w.casefold() for w in raw["topic_generic_words"]),
        phrases={lang: dict(table) for lang, table in raw["phrases"].items()},
    )
