"""Archive at scale: N meetings generated from the corpus, against plain JSON files.

    python benchmarks/archive_scale.py [--n 100000] [--dir DIR] [--keep]

Prints opening time, search and filtered-listing p50/p95, save time, file size
and memory for the SQLite archive, beside the same N meetings as JSON files
scanned with a plain loop in the same run (the baseline).
Targets at 100,000 meetings: search p95 <= 50 ms, opening <= 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from corpus_data import corpus_items  # noqa: E402

from briefing_app.archive import ArchiveQuery, open_archive  # noqa: E402
from briefing_app.archive.textfold import fold  # noqa: E402
from briefing_app.model import Meeting, meeting_from_dict, meeting_to_json  # noqa: E402

FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Gulnara",
    "Hans",
    "Ilona",
    "Jamshid",
    "Karin",
    "Luca",
    "Marat",
    "Nadia",
    "Olaf",
    "Pavel",
    "Rustam",
    "Sofia",
    "Timur",
    "Ulrike",
    "Viktor",
    "Zarina",
    "Aigerim",
    "Bakhtiyor",
    "Claire",
    "Dilnoza",
]
LAST = [
    "Abenov",
    "Bauer",
    "Castillo",
    "Durand",
    "Eriksen",
    "Fischer",
    "Garipov",
    "Hoffmann",
    "Ismailov",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nazarov",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rahimov",
    "Schneider",
    "Tashkentov",
    "Umarov",
    "Vogel",
    "Wagner",
    "Yusupov",
    "Zhukov",
    "Белов",
    "Иванова",
    "Каримов",
    "Смирнова",
    "Ташиев",
]
PLACES = [("Berlin", "DE"), ("Paris", "FR"), ("Baku", "AZ"), ("Tashkent", "UZ"), ("Astana", "KZ"),
          ("Moskau", "RU"), ("Wien", "AT"), ("Genf", "CH"), ("Warschau", "PL"), ("Ankara", "TR"),
          ("Bischkek", "KG"), ("Duschanbe", "TJ"), ("Rom", "IT"), ("Madrid", "ES"), ("Brüssel", "BE")]  # fmt: skip  # noqa: E501
TAGS = ["energy", "trade", "visa", "security", "climate", "Handel", "Rohstoffe", "culture"]
LEVELS = ["none", "none", "none", "restricted", "confidential"]
SEARCHES = ["handel", "energiepartnerschaft", "partnerschaft", "ebola", "Ukraine", "sicherheit",
            "coopération", "batteriespeicher", "Taschkent", "Rohstoffe", "Petrov", "Иванова",
            "карим", "Смирнов", "schneider berlin", "Ismailov energy", "élysée", "Aussenminister",
            "Außenminister", "Лавров"]  # fmt: skip


def base_meetings() -> list[Meeting]:
    out = []
    for item in corpus_items():
        meeting = meeting_from_dict(item["gold"])
        meeting.source.text = item["text"]
        out.append(meeting)
    return out


def generate(bases: list[Meeting], n: int, seed: int = 7):
    """N varied meetings: new names, places, dates, tags, follow-up owners and due dates."""
    rng = random.Random(seed)
    dumps = [b.model_dump(mode="json") for b in bases]
    for i in range(n):
        data = json.loads(json.dumps(dumps[i % len(dumps)]))
        text = data["source"]["text"]
        title = data["title"]
        for person in [*data["attendees"], *data["mentioned"]]:
            new = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            text = text.replace(person["name"], new)
            title = title.replace(person["name"], new)
            person["name"] = new
        place, country = rng.choice(PLACES)
        if data.get("location"):
            text = text.replace(data["location"]["name"], place)
            data["location"] = {"name": place, "country": country}
        day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9500))
        data.update(
            id=uuid.UUID(int=rng.getrandbits(128)).hex,
            title=f"{title} ({i})",
            date=day.isoformat(),
            tags=rng.sample(TAGS, rng.randrange(3)),
            classification=rng.choice(LEVELS),
            countries=list(dict.fromkeys([*data["countries"], country])),
        )
        for fu in data["follow_ups"]:
            fu["owner"] = rng.choice(LAST) if rng.random() < 0.7 else ""
            fu["due"] = (day + dt.timedelta(days=rng.randrange(120))).isoformat()
            fu["status"] = "open" if rng.random() < 0.3 else "done"
        data["source"]["text"] = text + f"\n\nRef. {i} – {place}"
        yield Meeting.model_validate(data)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--json-scans", type=int, default=3, help="baseline scans to time")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db, json_dir = work / "archive.sqlite3", work / "json"
    json_dir.mkdir(exist_ok=True)
    print(f"archive_scale: {args.n} meetings in {work}", flush=True)

    bases = base_meetings()
    start = time.perf_counter()
    with open_archive(db, check="quick") as archive:
        batch = []
        for n, meeting in enumerate(generate(bases, args.n), 1):
            batch.append(meeting)
            (json_dir / f"{meeting.id}.briefing.json").write_text(meeting_to_json(meeting))
            if len(batch) == 1000 or n == args.n:
                with archive.bulk():
                    for m in batch:
                        archive.save(m)
                batch.clear()
                if n % 10_000 == 0:
                    print(f"  built {n} ({time.perf_counter() - start:.0f} s)", flush=True)
        archive.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    build_s = time.perf_counter() - start
    size_mb = sum(p.stat().st_size for p in work.glob("archive.sqlite3*")) / 1e6
    json_mb = sum(p.stat().st_size for p in json_dir.iterdir()) / 1e6

    rss_before = rss_mb()
    open_auto = timed(lambda: open_archive(db).close(), 5)
    open_full = timed(lambda: open_archive(db, check="full").close(), 1)
    archive = open_archive(db)
    rss_open = rss_mb()

    rng = random.Random(3)
    search_ms = []
    for _ in range(5):
        for text in SEARCHES:
            search_ms += timed(lambda t=text: archive.search(ArchiveQuery(text=t)))
    relevance_ms = [
        timed(lambda t=t: archive.search(ArchiveQuery(text=t, sort="relevance")))[0]
        for t in SEARCHES
    ]
    filters = [
        ArchiveQuery(),
        ArchiveQuery(country="AZ"),
        ArchiveQuery(country="KZ", date_from=dt.date(2010, 1, 1), date_to=dt.date(2015, 12, 31)),
        ArchiveQuery(person="Rustam Ismailov"),
        ArchiveQuery(person="Иванова"),
        ArchiveQuery(tag="energy", open_follow_ups=True),
        ArchiveQuery(classification="confidential", sort="title"),
        ArchiveQuery(open_follow_ups=True, offset=500),
        ArchiveQuery(text="handel", country="DE", date_from=dt.date(2020, 1, 1)),
    ]
    filter_ms = []
    for _ in range(5):
        for q in filters:
            filter_ms += timed(lambda q=q: archive.search(q))
    totals = {text: archive.search(ArchiveQuery(text=text, limit=1)).total for text in SEARCHES}
    ids = [s.id for s in archive.search(ArchiveQuery(limit=1000)).items]
    get_ms = [timed(lambda i=i: archive.get(i))[0] for i in rng.sample(ids, 200)]
    save_ms = []
    for mid in rng.sample(ids, 100):
        meeting = archive.get(mid)
        meeting.notes = f"checked {rng.random()}"
        rev = archive.revision_of(mid)
        save_ms += timed(lambda m=meeting, r=rev: archive.save(m, expected_revision=r))
    followups_ms = timed(lambda: archive.follow_ups(), 3)
    people_ms = timed(lambda: archive.people(), 1)
    archive.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000

    # Baseline: the same meetings as JSON files, scanned with a plain loop per query.
    def scan(text: str) -> int:
        needle = fold(text)
        hits = 0
        for path in json_dir.iterdir():
            data = json.loads(path.read_bytes())
            blob = " ".join(
                [data["title"], data["source"]["text"]]
                + [p["name"] for p in data["attendees"] + data["mentioned"]]
            )
            hits += needle in fold(blob)
        return hits

    json_ms = [timed(lambda t=t: scan(t))[0] for t in SEARCHES[: args.json_scans]]

    def row(label: str, values: list[float]) -> str:
        return f"  {label:<34} p50 {pct(values, 50):9.1f} ms   p95 {pct(values, 95):9.1f} ms"

    print(f"\nresults for {args.n} meetings (build {build_s:.0f} s)")
    print(f"  archive file size                  {size_mb:9.1f} MB   (JSON files {json_mb:.1f} MB)")
    print(row("open (auto check)", open_auto))
    print(f"  open (full integrity_check)        {open_full[0]:9.1f} ms")
    print(row("text search (limit 50)", search_ms))
    print(row("text search, relevance order", relevance_ms))
    print(row("filtered listing", filter_ms))
    print(row("get one meeting", get_ms))
    print(row("save one meeting (fsync)", save_ms))
    print(row("follow-up tracker (all open)", followups_ms))
    print(f"  people register                    {people_ms[0]:9.1f} ms")
    print(f"  memory: RSS {rss_before:.0f} MB before open, {rss_open:.0f} MB open,", end=" ")
    print(f"peak {peak_mb:.0f} MB")
    print(row("JSON files, plain scan per query", json_ms))
    print(
        f"  ratio JSON scan p50 / archive search p50: {pct(json_ms, 50) / pct(search_ms, 50):.0f}x"
    )
    print("  hits: " + ", ".join(f"{t!r} {n}" for t, n in totals.items()))
    target_search = pct(search_ms, 95) <= 50
    target_open = pct(open_auto, 50) <= 300
    print(f"  targets: search p95 <= 50 ms {'met' if target_search else 'MISSED'}; "
          f"opening <= 300 ms {'met' if target_open else 'MISSED'}")  # fmt: skip
    if not args.keep and args.dir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
