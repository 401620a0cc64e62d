"""The annotated corpus for tests: tests/corpus/ plus, when present, the shared dev set.

``de-news-000`` (the original published readout) is not copied into the
repository; it is read from ``../shared/corpus/dev/`` when that folder exists.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCAL_CORPUS = ROOT / "tests" / "corpus"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def corpus_files() -> list[Path]:
    files = {p.name: p for p in sorted(LOCAL_CORPUS.glob("*.json"))}
    if SHARED_CORPUS.is_dir():
        for path in sorted(SHARED_CORPUS.glob("*.json")):
            files.setdefault(path.name, path)
    return [files[name] for name in sorted(files)]


def load_item(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def corpus_items() -> list[dict[str, Any]]:
    return [load_item(path) for path in corpus_files()]


def corpus_ids() -> list[str]:
    return [path.stem for path in corpus_files()]
