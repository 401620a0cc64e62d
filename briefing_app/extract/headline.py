"""Headline, status tags, dateline and agency.

The first line is the headline. The dateline is either a line of its own right
after it ("Baku, 3. März, AZERTAC", "27 December | Diplomacy") or the start of
the first paragraph ("MOSCOW, March 5 (TASS) –", "МОСКВА, 19 сентября.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from briefing_app.extract.dates import DateMention, find_dates
from briefing_app.extract.lexicon import Lexicon, alternation, common
from briefing_app.extract.text import Line


@dataclass(frozen=True)
class Dateline:
    text: str
    start: int
    end: int
    place: str  # the place as written ("Moskau/Berlin"), may be empty
    place_start: int
    agency: str
    date: DateMention | None
    standalone: bool  # a line of its own (not the start of a paragraph)
    closing: bool = False  # the last line ("New York, 22 September 2026" under a readout)


@cache
def _tag_regex() -> re.Pattern[str]:
    tags = alternation([re.escape(t) for t in common("headline").get("status_tags", [])])
    piece = rf"(?:[\[(]\s*{tags}\s*[\])]|\b{tags}\b)"
    return re.compile(rf"^(?:\s*{piece}\s*[:|/–—-]?\s*)+|(?:\s*[:|/–—-]?\s*{piece})+\s*$")


@cache
def _agency_regex() -> re.Pattern[str]:
    names = alternation([re.escape(a) for a in common("headline").get("agencies", [])])
    return re.compile(rf"(?<![\w-]){names}(?![\w-])")


# Reply and forward prefixes of e-mail subjects: "RE:", "Fwd:", "AW:", "WG:", "TR :", "Отв:".
_REPLY = re.compile(r"^(?:(?:re|fw|fwd|aw|wg|tr|отв|пересл)\s*:\s*)+", re.IGNORECASE)


def clean_title(headline: str) -> str:
    """The headline without status tags (only upper-case or bracketed tags at either end)."""
    title = headline.strip()
    regex = _tag_regex()
    for _ in range(3):
        stripped = _REPLY.sub("", regex.sub("", title)).strip()
        if stripped == title:
            break
        title = stripped
    return title.strip(" \t-–—|:") or headline.strip()


def find_agency(text: str) -> str:
    match = _agency_regex().search(text)
    return match.group(0) if match else ""


_NAME = r"[A-ZÄÖÜÀ-ÝА-ЯЁ][\wÀ-ÿА-яЁё'’.\- ]{1,40}?"
_PLACE = rf"(?P<place>(?:г\.\s*)?{_NAME}(?:\s*/\s*{_NAME})?)"


def find_dateline(lines: list[Line], headline_index: int, lex: Lexicon) -> Dateline | None:
    """The dateline in the first lines after the headline, or None."""
    seen = 0
    for line in lines[headline_index + 1 :]:
        if not line.text.strip():
            continue
        seen += 1
        if seen > 3:
            break
        found = _dateline_in(line, lex)
        if found:
            return found
        if len(line.text) > 120:  # reached the body without a dateline
            break
    # a UN readout or a signed note closes with its place and date on a line of their own
    last = next((ln for ln in reversed(lines) if ln.text.strip()), None)
    if last is not None and last.index > headline_index + 3 and len(last.text.strip()) <= 80:
        found = _dateline_in(last, lex)
        if found and found.standalone and found.place:
            return replace(found, closing=True)
    return None


def _dateline_in(line: Line, lex: Lexicon) -> Dateline | None:
    text = line.text
    head = text[:160]
    dates = [d for d in find_dates(head, lex) if d.explicit]
    if not dates:
        return _agency_dateline(line, lex)
    first = dates[0]
    before = head[: first.start]
    lead = len(text) - len(text.lstrip())
    agency_match = _agency_regex().search(head)
    # "27 December | Diplomacy" – the date opens the line
    if not before.strip():
        # "19.04.2026 | Press Service of …": after a bar the line names the source, however long
        bar = re.match(r"\s*\|", text[first.end :]) is not None
        end = len(text.rstrip()) if len(text) <= 80 or bar else first.end
        if len(text) <= 80 or bar or re.match(r"\s*[–—-]", text[first.end :]):
            label = text[lead:end].strip()
            return Dateline(
                label,
                line.start + lead,
                line.start + lead + len(label),
                "",
                0,
                find_agency(label),
                first,
                len(text) <= 80 or bar,
            )
        return None
    # "Paris, le 6 novembre 2025", "Berlin, den 3. März": an article may stand before the date
    place_match = re.match(rf"^\s*{_PLACE}\s*,\s*(?:(?i:le|den|am|the|on)\s+)?$", before)
    if not place_match:
        # a minutes header: "Referat 205      Berlin, 14.03.2025"
        place_match = re.search(rf"(?:\s{{2,}}|\t){_PLACE}\s*,\s*$", before)
        if not place_match or len(text) > 160:
            return None
    end = first.end
    rest = text[end:]
    agency = ""
    tail = re.match(
        r"\s*(?:,\s*(?P<a1>[^,.;:–—\-]{2,30}?)\s*(?=$|[–—-]\s)|\((?P<a2>[^)]{1,30})\))", rest
    )
    if tail:
        candidate = (tail.group("a1") or tail.group("a2") or "").strip()
        if candidate and (
            (agency_match and agency_match.group(0) in candidate)
            or candidate.isupper()
            or tail.group("a2")
        ):
            agency = candidate
            end += tail.end()
    # "Nairobi, 10 November 2026 | Ministry of Foreign Affairs": the issuer after a bar
    # still leaves the dateline a line of its own
    standalone = len(text.rstrip()) <= end + 2 or bool(
        re.fullmatch(r"\s*\|\s*[^|.]{2,80}", text[end:].rstrip())
    )
    start = line.start + place_match.start("place")
    label = text[place_match.start("place") : end].strip()
    place = place_match.group("place").strip()
    if place.lower().startswith("г."):
        place = place[2:].strip()
    place_start = line.start + place_match.start("place") + place_match.group("place").find(place)
    return Dateline(label, start, start + len(label), place, place_start, agency, first, standalone)


def _agency_dateline(line: Line, lex: Lexicon) -> Dateline | None:
    """A dateline without a date: "WASHINGTON (Reuters) –", "Tbilisi /TASS/."."""
    m = re.match(
        rf"^\s*{_PLACE}\s*(?:\((?P<a1>[^)]{{1,30}})\)|/(?P<a2>[^/]{{1,30}})/|,\s*(?P<a3>[^,–—]{{1,30}}?))"
        r"\s*(?:[–—-]\s|\.\s)",
        line.text,
    )
    if not m:
        return None
    agency = (m.group("a1") or m.group("a2") or m.group("a3") or "").strip()
    if not _agency_regex().fullmatch(agency) and not agency.isupper():
        return None
    place = m.group("place").strip()
    start = line.start + m.start("place")
    label = line.text[m.start("place") : m.end() - 2].strip(" –—-.")
    return Dateline(label, start, start + len(label), place, start, agency, None, False)
