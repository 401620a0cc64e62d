"""Extraction speed: the seed report after warm-up, and cost against report length up to 1 MB.

Usage: python benchmarks/extraction_speed.py [--max-kb 1024]
Prints milliseconds per run and the cost per kilobyte relative to the seed
report measured in the same run (a ratio near 1 means linear cost).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.extract import extract_meeting  # noqa: E402
from briefing_app.extract.scoring import load_corpus  # noqa: E402
from briefing_app.ingest.document import SourceDocument  # noqa: E402
from briefing_app.paths import sample_report  # noqa: E402

REFERENCE = dt.date(2025, 3, 5)


def _time(text: str, repeat: int, language: str | None = "de") -> float:
    document = SourceDocument.from_text(text)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        extract_meeting(document, reference_date=REFERENCE, language=language)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def _shared_corpus() -> Path:
    """../shared/corpus/dev next to the repository (or next to the worktree folder)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpus" / "dev").is_dir():
            return base / "shared" / "corpus" / "dev"
    return ROOT.parent / "shared" / "corpus" / "dev"


def _long_text(size: int) -> str:
    """Several corpus reports one after another until ``size`` characters: a long dossier."""
    corpus = _shared_corpus()
    if not corpus.is_dir():
        corpus = ROOT / "tests" / "corpus"
    bodies = [item["text"] for item in load_corpus(corpus) if item["language"] == "de"]
    parts, length, i = [], 0, 0
    while length < size:
        body = bodies[i % len(bodies)]
        parts.append(body)
        length += len(body) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1024)
    args = parser.parse_args()
    seed = sample_report().read_text(encoding="utf-8")
    start = time.perf_counter()
    _time(seed, 1)
    print(
        "first call (loads lexicons, gazetteer, morphology): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )
    seed_ms = _time(seed, 20, language=None)
    seed_kb = len(seed) / 1024
    print(f"sample report ({len(seed)} chars): {seed_ms:.1f} ms median of 20 (target < 50 ms)")
    published = _shared_corpus() / "de-news-000.json"
    if published.is_file():
        item = json.loads(published.read_text(encoding="utf-8"))
        ms = _time(item["text"], 20)
        print(f"seed readout de-news-000 ({len(item['text'])} chars): {ms:.1f} ms median of 20")
    print(f"\n{'size':>8} {'ms':>9} {'ms/KB':>8} {'ratio to seed ms/KB':>20}")
    base = seed_ms / seed_kb
    for size_kb in (8, 32, 128, 512, 1024):
        if size_kb > args.max_kb:
            break
        text = _long_text(size_kb * 1024)
        ms = _time(text, 3 if size_kb < 256 else 1)
        print(f"{size_kb:>6}KB {ms:>9.1f} {ms / size_kb:>8.2f} {ms / size_kb / base:>20.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
