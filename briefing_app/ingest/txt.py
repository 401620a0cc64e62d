"""Plain text and Markdown in any common encoding, detected by charset-normalizer."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from briefing_app.ingest.errors import NotTextError
from briefing_app.ingest.normalize import first_line
from briefing_app.ingest.result import Extracted

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _not_text() -> NotTextError:
    return NotTextError(
        "This file is named as a text file but does not contain text (it may be a program, "
        "an image or an archive). Check that you chose the right file."
    )


def _looks_binary(text: str) -> bool:
    """Control characters or undecodable bytes in more than 1 % of the text."""
    sample = text[:100_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return bad > max(2, len(sample) // 100)


# Encodings reports in de/en/fr/ru actually come in, most likely first. charset-normalizer
# often rates several code pages equally well (cp1250 and cp1252 decode German text with the
# same low "chaos"); among such near-ties the more common code page is the better answer.
_PREFERRED = (
    "utf_8", "utf_16", "utf_32", "cp1252", "cp1251", "koi8_r", "latin_1", "iso8859_15",
    "iso8859_5", "mac_cyrillic", "cp866", "mac_roman", "iso8859_2", "cp1250",
)  # fmt: skip
_TIE = 0.01


def _rank(name: str) -> int:
    return _PREFERRED.index(name) if name in _PREFERRED else len(_PREFERRED)


# charset-normalizer needs about half a second per megabyte; a sample decides as well.
_SAMPLE = 256 * 1024


def _best_match(data: bytes) -> tuple[str, str] | None:
    """Text and encoding: detected on a sample, then the whole file decoded with it."""
    if len(data) > _SAMPLE:
        found = _best_match(data[:_SAMPLE])
        if found is not None:
            try:
                return data.decode(found[1]), found[1]
            except (UnicodeDecodeError, LookupError):
                pass  # the sample misled; detect on everything
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str] | None:
    """Text and encoding: the most common code page among the near-best candidates."""
    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        return None
    lowest = min(m.chaos for m in matches)
    best: tuple[int, float, str, str] | None = None
    for match in matches:
        if match.chaos > lowest + _TIE:
            continue
        # Code pages that decode these bytes to the very same text are merged into one match.
        name = min([match.encoding, *match.could_be_from_charset], key=_rank)
        candidate = (_rank(name), match.chaos, name, str(match))
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    assert best is not None
    return best[3], best[2]


def decode_text(data: bytes) -> tuple[str, str]:
    """The text in *data* and the name of its encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            if _looks_binary(text):
                raise _not_text()
            return text, "utf-8-sig" if encoding == "utf-8-sig" else encoding
    # Valid UTF-8 is by far the most common case and is unambiguous; skip the detector.
    if b"\x00" not in data[:4096]:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _looks_binary(text):
                raise _not_text()
            return text, "utf-8"
    match = _best_match(data)
    if match is None:
        raise _not_text()
    text, encoding = match
    if _looks_binary(text):
        raise _not_text()
    return text, encoding


def read_txt(data: bytes, fmt: str = "txt") -> Extracted:
    text, encoding = decode_text(data)
    headline = first_line(text)
    if fmt == "md":
        headline = headline.lstrip("#").strip()
    return Extracted(text=text, headline=headline, encoding=encoding)
