"""Topics that come up again and again across the meetings of a dossier.

Two topic labels are taken as the same subject when their wording is nearly the
same (rapidfuzz ``token_set_ratio``), when they share a keyword, or when they
share two content words (words listed as generic in ``resources/dossier.json``
do not count). Labels are linked transitively; a group is a recurring topic
when it spans at least two meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from itertools import combinations

from rapidfuzz import fuzz, process

from briefing_app.dossier.data import dossier_data
from briefing_app.dossier.model import RecurringTopic, SourceMeeting

_WORD = re.compile(r"[^\W\d_]{3,}|\d{3,}", re.UNICODE)


def _normal(label: str) -> str:
    return " ".join(label.casefold().split())


def _content_words(label: str) -> frozenset[str]:
    generic = dossier_data().topic_generic_words
    words = set()
    for word in _WORD.findall(label.casefold()):
        if word in generic:
            continue
        # A crude stem: "earths"/"earth", "tariffs"/"tariff" meet.
        words.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return frozenset(words)


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def recurring_topics(sources: list[SourceMeeting], minimum: int = 2) -> list[RecurringTopic]:
    """Topic groups found in at least *minimum* meetings, most frequent first."""
    # Work on distinct labels: a thousand meetings usually repeat a few hundred labels.
    labels: list[str] = []
    index: dict[str, int] = {}
    shown: list[Counter[str]] = []
    keywords: list[set[str]] = []
    meetings: list[dict[str, dt.date | None]] = []
    for source in sources:
        for topic in source.topics:
            key = _normal(topic.label)
            if key not in index:
                index[key] = len(labels)
                labels.append(key)
                shown.append(Counter())
                keywords.append(set())
                meetings.append({})
            i = index[key]
            shown[i][topic.label] += 1
            keywords[i].update(k.casefold().strip() for k in topic.keywords if k.strip())
            meetings[i][source.meeting_id] = source.date
    if not labels:
        return []

    groups = _Groups(len(labels))
    threshold = dossier_data().topic_match_threshold
    # Each label against the ones after it (the scorer is symmetric). process.extract
    # keeps the loop in C without the numpy matrix process.cdist would need.
    for a, label in enumerate(labels[:-1]):
        later = labels[a + 1 :]
        for _, _, offset in process.extract(
            label, later, scorer=fuzz.token_set_ratio, score_cutoff=threshold, limit=None
        ):
            groups.join(a, a + 1 + offset)

    by_keyword: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(keywords):
        for word in words:
            by_keyword[word].append(i)
    for members in by_keyword.values():
        for other in members[1:]:
            groups.join(members[0], other)

    by_word: dict[str, list[int]] = defaultdict(list)
    words = [_content_words(label) for label in labels]
    for i, ws in enumerate(words):
        for w in ws:
            by_word[w].append(i)
    candidates: set[tuple[int, int]] = set()
    for members in by_word.values():
        if len(members) <= 200:  # a word in hundreds of labels says nothing about either
            candidates.update(combinations(members, 2))
    for a, b in candidates:
        if len(words[a] & words[b]) >= 2:
            groups.join(a, b)

    grouped: dict[int, list[int]] = defaultdict(list)
    for i in range(len(labels)):
        grouped[groups.find(i)].append(i)

    result = []
    for members in grouped.values():
        seen: dict[str, dt.date | None] = {}
        spellings: Counter[str] = Counter()
        for i in members:
            seen.update(meetings[i])
            spellings.update(shown[i])
        if len(seen) < minimum:
            continue
        # The wording used most often names the group; the shorter one on a tie.
        label = min(spellings, key=lambda s: (-spellings[s], len(s), s))
        dates = [d for d in seen.values() if d is not None]
        result.append(
            RecurringTopic(
                label=label,
                count=len(seen),
                meeting_ids=sorted(seen, key=lambda m: (seen[m] or dt.date.min, m), reverse=True),
                labels=sorted(spellings, key=lambda s: (-spellings[s], s)),
                last_date=max(dates) if dates else None,
            )
        )
    result.sort(key=lambda t: (-t.count, -(t.last_date or dt.date.min).toordinal(), t.label))
    return result
