"""Dossier speed: a briefing on a country with N archived meetings (default 1,000).

    python benchmarks/dossier_speed.py [--n 1000] [--others 1000] [--repeat 3]

Builds a temporary archive through the archive API: N meetings with Kazakhstan
and as many with other countries, made from the annotated corpus (report texts,
people, topics, agreements) with dates, people, follow-ups and markings varied.
Then, in the same run, it times:

- baseline: fetching those N meetings from the archive (search pages + get),
  which any dossier has to do;
- dossier: build_dossier_from_archive(country=KZ) plus everything the briefing
  shows (timeline, agreements, open items, recurring topics, people, minimum
  marking, the export's render context);
- render: the DOCX from the dossier-en template (when the export is installed).

Target: dossier under 2 s for 1,000 meetings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from corpus_data import corpus_items  # noqa: E402

from briefing_app.archive import ArchiveQuery, open_archive  # noqa: E402
from briefing_app.dossier.archive_source import build_dossier_from_archive  # noqa: E402
from briefing_app.dossier.export import render_context  # noqa: E402
from briefing_app.model import meeting_from_dict  # noqa: E402
from briefing_app.model.meeting import FollowUp, FollowUpStatus, Meeting, Person  # noqa: E402

TODAY = dt.date(2025, 6, 2)
LEVELS = ["none", "none", "none", "OFFICIAL", "VS – NUR FÜR DEN DIENSTGEBRAUCH", "CONFIDENTIAL"]
FIRST = ["Aibek", "Dana", "Timur", "Asel", "Daniyar", "Gulnara", "Marat", "Nurlan", "Saule"]
LAST = ["Nurlanuly", "Seitkali", "Omarov", "Nurtazina", "Seitkaziev", "Abenova", "Sarsenbayev"]
ROLES = ["Deputy Foreign Minister", "Ambassador", "Director", "Foreign Minister", "Adviser"]
OTHERS = ["UZ", "AZ", "FR", "RU", "TR", "MN", "BJ", "DZ"]


def make_meetings(n: int, others: int, rng: random.Random) -> list[Meeting]:
    corpus = [meeting_from_dict(item["gold"]) for item in corpus_items()]
    texts = [item["text"] for item in corpus_items()]
    topics = [t for m in corpus for t in m.topics]
    agreements = [a for m in corpus for a in m.agreements]
    follow_texts = [f.text for m in corpus for f in m.follow_ups]
    kz_people = [
        Person(name=f"{f} {last}", role=rng.choice(ROLES), country="KZ")
        for f in FIRST
        for last in LAST
    ]
    de_people = [p for m in corpus for p in m.attendees if p.country == "DE"]
    meetings = []
    for i in range(n + others):
        base = rng.choice(corpus)
        country = "KZ" if i < n else rng.choice(OTHERS)
        day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(7300))
        people = rng.sample(de_people, 2) + (
            [p.model_copy(update={"role": rng.choice(ROLES)}) for p in rng.sample(kz_people, 3)]
            if country == "KZ"
            else [p for p in base.attendees if p.country != "DE"][:3]
        )
        follow_ups = [
            FollowUp(
                text=rng.choice(follow_texts),
                owner=rng.choice(["Referat 205", "Referat 508", "KZ MFA", ""]),
                due=day + dt.timedelta(days=rng.randrange(10, 400)) if rng.random() < 0.7 else None,
                status=rng.choice([FollowUpStatus.OPEN, FollowUpStatus.DONE]),
            )
            for _ in range(rng.randrange(0, 5))
        ]
        meetings.append(
            Meeting(
                title=f"{base.title} ({i})",
                date=day,
                location=base.location,
                classification=rng.choice(LEVELS),
                countries=["DE", country],
                attendees=people,
                topics=rng.sample(topics, rng.randrange(2, 6)),
                agreements=rng.sample(agreements, rng.randrange(0, 3)),
                follow_ups=follow_ups,
                source={"text": rng.choice(texts), "format": "txt"},
            )
        )
    return meetings


def fetch_all(archive, country: str) -> int:
    """Baseline: page through the search and get every meeting."""
    count, offset = 0, 0
    while True:
        page = archive.search(ArchiveQuery(country=country, limit=500, offset=offset))
        for item in page.items:
            archive.get(item.id)
            count += 1
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return count


def dossier_once(archive) -> int:
    dossier = build_dossier_from_archive(archive, country="KZ", today=TODAY)
    context = render_context(dossier)
    dossier.minimum_level()
    return len(context["previous_meetings"])


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--others", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(8)
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        start = time.perf_counter()
        with open_archive(Path(tmp) / "archive.sqlite3") as archive:
            with archive.bulk():
                for meeting in make_meetings(args.n, args.others, rng):
                    archive.save(meeting)
            build = time.perf_counter() - start
            print(f"archive: {args.n} KZ + {args.others} other meetings, built in {build:.1f} s")

            baseline, fetched = timed(lambda: fetch_all(archive, "KZ"), args.repeat)
            dossier, shown = timed(lambda: dossier_once(archive), args.repeat)
            print(f"baseline  fetch {fetched} meetings           {baseline:7.3f} s")
            print(f"dossier   gather + derive + context ({shown})  {dossier:7.3f} s")
            print(f"ratio     dossier / fetch                {dossier / baseline:7.2f}")
            print(f"target    dossier < 2 s                  {'met' if dossier < 2 else 'MISSED'}")

            try:
                from briefing_app.dossier.export import export_dossier
                from briefing_app.paths import resolve_paths
                from briefing_app.settings import Settings
            except ImportError:
                return 0
            paths = resolve_paths(tmp)
            d = build_dossier_from_archive(archive, country="KZ", today=TODAY)
            out = Path(tmp) / "kz.docx"
            start = time.perf_counter()
            export_dossier(
                d, template="dossier-en", output=out, paths=paths, settings=Settings(), force=True
            )
            render = time.perf_counter() - start
            print(f"render    DOCX with {len(d.timeline())} meetings     {render:7.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
