"""Round 24 (en): 'reaffirmed the strength of a partnership' states a view, no agreement;
'X would meet Y next week' is a next step."""

from __future__ import annotations

from tests.extract.helpers import extract

RELEASE = "\n".join(
    [
        "President's call with the Chancellor of Austria",
        "",
        "Dublin, 2 June 2026 – Press release",
        "",
        "The President spoke by phone with Chancellor Christian Stocker of Austria today.",
        "",
        "The two leaders reaffirmed the strength of the Irish–Austrian partnership and "
        "discussed neutrality in European security.",
        "",
        "The Chancellor said that Minister Beate Meinl-Reisinger would meet the Tánaiste "
        "in Vienna later this month.",
    ]
)


def test_reaffirmed_strength_is_no_agreement() -> None:
    m = extract(RELEASE, "2026-06-03", language="en")
    assert not any("strength" in a.text for a in m.agreements)


def test_would_meet_is_a_next_step() -> None:
    m = extract(RELEASE, "2026-06-03", language="en")
    assert any("would meet" in f.text for f in m.follow_ups)
