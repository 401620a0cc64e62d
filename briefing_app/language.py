"""Language identification for reports (py3langid, a maintained fork of langid.py).

The model ships inside the package; nothing is downloaded.
"""

from __future__ import annotations

from functools import cache

SUPPORTED = ("de", "en", "fr", "ru")


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def detect_language(text: str, *, min_confidence: float = 0.5) -> str | None:
    """The report's language among de, en, fr, ru, or None when the text gives no clear sign."""
    sample = text[:20_000]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    language, confidence = _identifier().classify(sample)
    return language if confidence >= min_confidence else None
