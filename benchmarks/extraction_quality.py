"""Extraction quality on an annotated corpus: per-field precision, recall, F1 / accuracy.

Usage: python benchmarks/extraction_quality.py CORPUS_DIR [--items]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing_app.extract.scoring import evaluate, format_report, load_corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of <id>.json items in the corpus format")
    parser.add_argument("--items", action="store_true", help="also list the scores of every item")
    args = parser.parse_args()
    items = load_corpus(args.corpus)
    if not items:
        print(f"no *.json items in {args.corpus}", file=sys.stderr)
        return 1
    report = evaluate(items)
    print(f"{len(items)} items from {args.corpus}\n")
    print(format_report(report))
    if args.items:
        print()
        for item_id, scores in report.per_item.items():
            bad = [
                f"{k}({c.tp}/{c.tp + c.fn} gold, {c.fp} extra)" if c.total == 0 else k
                for k, c in scores.items()
                if (c.total and c.correct < c.total) or (not c.total and (c.fp or c.fn))
            ]
            print(f"{item_id:<16} {'ok' if not bad else ', '.join(bad)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
