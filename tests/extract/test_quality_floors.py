"""Quality floors on the annotated corpus and on our own reports (a little below what we reach).

The own reports in tests/extract/reports were written before the rules saw them;
they stand in for reports the extractor has never seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.extract.scoring import evaluate, load_corpus
from tests.corpus_data import corpus_items

# Reached on the dev corpus: 1.0 for date, location, attendees, mentioned and countries,
# roles 0.90, topic recall 0.88, agreements F1 0.83, follow-ups F1 0.87.
DEV_FLOORS = {
    ("date", "accuracy"): 0.95,
    ("location", "accuracy"): 0.9,
    ("attendees", "f1"): 0.95,
    ("attendee_roles", "accuracy"): 0.85,
    ("attendee_countries", "accuracy"): 0.95,
    ("mentioned", "f1"): 0.9,
    ("countries", "f1"): 0.95,
    ("topics", "recall"): 0.82,
    ("topics", "precision"): 0.85,
    ("agreements", "f1"): 0.75,
    ("follow_ups", "f1"): 0.8,
}

# Our own ten reports stand in for unseen ones; floors sit further below what we reach.
OWN_FLOORS = {
    ("date", "accuracy"): 0.8,
    ("location", "accuracy"): 0.8,
    ("attendees", "f1"): 0.85,
    ("attendee_countries", "accuracy"): 0.7,
    ("countries", "f1"): 0.85,
    ("topics", "recall"): 0.75,
    ("agreements", "f1"): 0.75,
    ("follow_ups", "f1"): 0.75,
}


@pytest.fixture(scope="module")
def dev_scores():
    return evaluate(corpus_items()).overall()


@pytest.fixture(scope="module")
def own_scores():
    return evaluate(load_corpus(Path(__file__).parent / "reports")).overall()


@pytest.mark.parametrize(("field", "metric"), list(DEV_FLOORS), ids=lambda v: str(v))
def test_dev_corpus_floor(dev_scores, field, metric):
    assert getattr(dev_scores[field], metric) >= DEV_FLOORS[(field, metric)]


@pytest.mark.parametrize(("field", "metric"), list(OWN_FLOORS), ids=lambda v: str(v))
def test_own_reports_floor(own_scores, field, metric):
    assert getattr(own_scores[field], metric) >= OWN_FLOORS[(field, metric)]


def test_own_reports_are_valid_corpus_items():
    items = load_corpus(Path(__file__).parent / "reports")
    assert len(items) == 10
    for item in items:
        for passage in item["gold"]["agreements"] + item["gold"]["follow_ups"]:
            assert passage in item["text"]
