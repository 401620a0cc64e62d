"""What every stage reads: the text, its lines and sentences, the lexicon, shared finds."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefing_app.extract.countries import CountryMention, find_countries
from briefing_app.extract.headline import Dateline
from briefing_app.extract.lexicon import Lexicon
from briefing_app.extract.text import Line, Sentence, lines, split_sentences

_FORWARD_LINES = 30  # a forwarding note is short: its separator stands near the top


@dataclass
class Context:
    text: str
    lex: Lexicon
    reference: dt.date
    lines: list[Line]
    sentences: list[Sentence]
    headline_line: int
    dateline: Dateline | None = None
    body_start: int = 0  # index into sentences of the first body sentence
    meeting_date: dt.date | None = None
    meeting_location: Any = None
    published: dt.date | None = None  # the document's own date (an e-mail's)
    countries: list[CountryMention] = field(default_factory=list)
    _country_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    sections: dict[int, str] = field(default_factory=dict)  # line index -> section kind

    @classmethod
    def build(cls, text: str, lex: Lexicon, reference: dt.date) -> Context:
        all_lines = lines(text)
        headline = next((ln.index for ln in all_lines if ln.text.strip()), 0)
        ctx = cls(text, lex, reference, all_lines, split_sentences(text), headline)
        ctx.countries = find_countries(text, lex)
        ctx._country_starts = [c.start for c in ctx.countries]
        ctx._sentence_starts = [s.start for s in ctx.sentences]
        return ctx

    def countries_between(self, start: int, end: int) -> list[CountryMention]:
        i = bisect.bisect_left(self._country_starts, start)
        out = []
        while i < len(self.countries) and self.countries[i].start < end:
            if self.countries[i].end <= end:
                out.append(self.countries[i])
            i += 1
        return out

    def country_covering(self, offset: int) -> CountryMention | None:
        """The mention that spans ``offset`` ("Sicherheit" in "Organisation für Sicherheit
        und Zusammenarbeit in Europa")."""
        i = bisect.bisect_right(self._country_starts, offset) - 1
        while i >= 0:
            mention = self.countries[i]
            if mention.start <= offset < mention.end:
                return mention
            if offset - mention.start > 120:
                break
            i -= 1
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[i] if i >= 0 else None

    @property
    def forwarded_line(self) -> int:
        """The line that opens a forwarded or quoted message ("-----Original Message-----"),
        -1 if none: the report is the message below it, the note above only passes it on."""
        regex = self.lex.cue("forwarded")
        if regex is None:
            return -1
        for line in self.lines[: _FORWARD_LINES + self.headline_line]:
            if regex.match(line.text.strip()):
                return line.index
        return -1

    @property
    def body(self) -> list[Sentence]:
        return self.sentences[self.body_start :]

    @property
    def lead(self) -> Sentence | None:
        return self.sentences[self.body_start] if self.body_start < len(self.sentences) else None
