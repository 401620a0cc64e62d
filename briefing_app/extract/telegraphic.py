"""Tasks written telegraphically in English minutes: "Legal teams to meet virtually.",
"Both sides to reconvene in May." — a subject, then "to" and a verb, and no finite verb."""

from __future__ import annotations

import re

# words ending in -s that are verbs here ("The Minister wants to …"), not plural subjects
_VERBS_S = frozenset(
    [
        "wants",
        "needs",
        "hopes",
        "plans",
        "seeks",
        "intends",
        "aims",
        "continues",
        "tries",
        "has",
        "is",
        "was",
        "likes",
        "means",
        "goes",
        "comes",
        "says",
        "agrees",
        "expects",
        "wishes",
        "refuses",
        "declines",
        "asks",
        "urges",
        "promises",
    ]
)
_TASK = re.compile(r"^((?:[\w'’/-]+\s+){0,3}?)([\w'’/-]+)\s+to\s+(?!be\b)([a-z]+)\b")
_MAX_WORDS = 20


def telegraphic_task(language: str, text: str) -> bool:
    if language != "en" or len(text.split()) > _MAX_WORDS:
        return False
    m = _TASK.match(text)
    if m is None or not text[:1].isupper():
        return False
    head = m.group(2)
    words = (m.group(1) + head).split()
    if any(w.lower().endswith(("ed", "ing")) or w.lower() in _VERBS_S for w in words):
        return False  # "He agreed to …", "Turning to transport, …": a verb, not a subject
    # the subject ends in a name or a plural noun ("Legal teams", "DBT/Embassy")
    return head[:1].isupper() or (head.endswith("s") and not head.endswith("ss"))
