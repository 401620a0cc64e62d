"""Quality of extraction against the annotated corpus (used by the benchmark and the floor tests).

Matching rules: people by name (case-insensitive; small spelling differences
and a missing middle initial tolerated), roles leniently (one contains the
other or the word sets mostly agree), topics by the gold keys (a gold topic is
found when a predicted topic's label, keywords or span text contains one of
its keys), agreements and follow-ups by text overlap (the spans overlap by at
least half of the shorter one; each gold passage matches one prediction).
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from briefing_app.extract.pipeline import extract_meeting
from briefing_app.ingest.document import SourceDocument
from briefing_app.model import Meeting

FIELDS = (
    "date",
    "location",
    "attendees",
    "attendee_roles",
    "attendee_countries",
    "mentioned",
    "countries",
    "topics",
    "agreements",
    "follow_ups",
)
ACCURACY_FIELDS = ("date", "location", "attendee_roles", "attendee_countries")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0
    total: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.correct += other.correct
        self.total += other.total

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Report:
    per_language: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counts))
    )
    per_item: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def overall(self) -> dict[str, Counts]:
        total: dict[str, Counts] = defaultdict(Counts)
        for fields in self.per_language.values():
            for name, counts in fields.items():
                total[name].add(counts)
        return total


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace(".", " ").split())


def same_name(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    if x == y or fuzz.ratio(x, y) >= 88:
        return True
    xs, ys = x.split(), y.split()
    return (
        bool(xs and ys)
        and xs[-1] == ys[-1]
        and xs[0][:1] == ys[0][:1]
        and (set(xs) <= set(ys) or set(ys) <= set(xs))
    )


def same_role(predicted: str, gold: str) -> bool:
    p, g = _norm(predicted), _norm(gold)
    if not p or not g:
        return p == g
    return p in g or g in p or fuzz.token_set_ratio(p, g) >= 75


def _match_people(predicted: list, gold: list[dict]) -> list[tuple[Any, dict]]:
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same_name(p.name, g["name"]):
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


def _set_counts(predicted: int, gold: int, matched: int) -> Counts:
    return Counts(tp=matched, fp=predicted - matched, fn=gold - matched)


def _spans_of(meeting: Meeting, item) -> list[tuple[int, int]]:
    if item.provenance and item.provenance.spans:
        return [(s.start, s.end) for s in item.provenance.spans]
    at = meeting.source.text.find(item.text)
    return [(at, at + len(item.text))] if at >= 0 else []


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def _passages(meeting: Meeting, items, gold: list[str]) -> Counts:
    text = meeting.source.text
    gold_spans = []
    for passage in gold:
        at = text.find(passage)
        gold_spans.append((at, at + len(passage)) if at >= 0 else (-1, -1))
    used: set[int] = set()
    matched = 0
    for g in gold_spans:
        for i, item in enumerate(items):
            if i not in used and any(_overlap(g, s) for s in _spans_of(meeting, item)):
                used.add(i)
                matched += 1
                break
    return _set_counts(len(items), len(gold), matched)


def _topic_text(meeting: Meeting, topic) -> str:
    parts = [topic.label, *topic.keywords]
    if topic.provenance:
        parts += [meeting.source.text[s.start : s.end] for s in topic.provenance.spans]
    return " ".join(parts).casefold()


def score_item(meeting: Meeting, gold: dict[str, Any]) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    out["date"] = Counts(correct=int(str(meeting.date) == str(gold.get("date"))), total=1)
    loc = meeting.location.name if meeting.location else None
    gloc = gold.get("location")
    out["location"] = Counts(
        correct=int(
            (loc is None and gloc is None) or (loc and gloc and _norm(loc) == _norm(gloc)) or False
        ),
        total=1,
    )
    pairs = _match_people(meeting.attendees, gold.get("attendees", []))
    out["attendees"] = _set_counts(
        len(meeting.attendees), len(gold.get("attendees", [])), len(pairs)
    )
    out["attendee_roles"] = Counts(
        correct=sum(same_role(p.role, g.get("role", "")) for p, g in pairs), total=len(pairs)
    )
    out["attendee_countries"] = Counts(
        correct=sum((p.country or None) == (g.get("country") or None) for p, g in pairs),
        total=len(pairs),
    )
    mpairs = _match_people(meeting.mentioned, gold.get("mentioned", []))
    out["mentioned"] = _set_counts(
        len(meeting.mentioned), len(gold.get("mentioned", [])), len(mpairs)
    )
    pc, gc = set(meeting.countries), set(gold.get("countries", []))
    out["countries"] = _set_counts(len(pc), len(gc), len(pc & gc))
    texts = [_topic_text(meeting, t) for t in meeting.topics]
    gold_topics = gold.get("topics", [])
    found = sum(any(any(k.casefold() in t for k in g["keys"]) for t in texts) for g in gold_topics)
    useful = sum(any(any(k.casefold() in t for k in g["keys"]) for g in gold_topics) for t in texts)
    out["topics"] = Counts(tp=found, fn=len(gold_topics) - found, fp=len(texts) - useful)
    out["agreements"] = _passages(meeting, meeting.agreements, gold.get("agreements", []))
    out["follow_ups"] = _passages(meeting, meeting.follow_ups, gold.get("follow_ups", []))
    return out


def load_corpus(directory: Path) -> list[dict[str, Any]]:
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(directory).glob("*.json"))
    ]


def evaluate(items: list[dict[str, Any]]) -> Report:
    report = Report()
    for item in items:
        document = SourceDocument.from_text(item["text"], file_name=f"{item['id']}.txt")
        meeting = extract_meeting(
            document,
            reference_date=dt.date.fromisoformat(item["reference_date"]),
            language=item.get("language"),
        )
        scores = score_item(meeting, item["gold"])
        report.per_item[item["id"]] = scores
        for name, counts in scores.items():
            report.per_language[item["language"]][name].add(counts)
    return report


def format_report(report: Report) -> str:
    languages = sorted(report.per_language)
    columns = [*languages, "all"]
    tables = {**{lang: report.per_language[lang] for lang in languages}, "all": report.overall()}
    lines = [f"{'field':<20} {'metric':<9} " + " ".join(f"{c:>6}" for c in columns)]
    for name in FIELDS:
        metrics = (
            ["accuracy"]
            if name in ACCURACY_FIELDS
            else (["recall", "precision"] if name == "topics" else ["precision", "recall", "f1"])
        )
        for metric in metrics:
            values = [
                getattr(tables[c][name], metric) if name in tables[c] else float("nan")
                for c in columns
            ]
            lines.append(f"{name:<20} {metric:<9} " + " ".join(f"{v:6.2f}" for v in values))
    return "\n".join(lines)
