"""Language identification for reports (langdetect, a port of Google's language-detection).

Only the profiles of the four report languages are loaded, so the answer is always one
of them. The profiles ship inside the package; nothing is downloaded, and no numpy.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

SUPPORTED = ("de", "en", "fr", "ru")
# langdetect looks at the first 10,000 characters; a longer slice only costs time.
_SAMPLE = 10_000


@cache
def _factory():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()
    profiles = Path(PROFILES_DIRECTORY)
    for index, language in enumerate(SUPPORTED):
        profile = LangProfile(**json.loads((profiles / language).read_text(encoding="utf-8")))
        factory.add_profile(profile, index, len(SUPPORTED))
    # langdetect samples n-grams at random: a fixed seed gives the same answer every time.
    factory.set_seed(0)
    return factory


def detect_language(text: str, *, min_confidence: float = 0.5) -> str | None:
    """The report's language among de, en, fr, ru, or None when the text gives no clear sign."""
    from langdetect.lang_detect_exception import LangDetectException

    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    detector = _factory().create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()
    except LangDetectException:  # no n-gram of any of the four languages
        return None
    if not best or best[0].prob < min_confidence:
        return None
    return str(best[0].lang)
