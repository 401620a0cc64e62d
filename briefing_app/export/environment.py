"""The sandboxed Jinja environment templates run in, and the filters it offers.

Every template (built-in or the user's own) is rendered in a SandboxedEnvironment
with autoescaping on: the XML of a Word document is the template source, so a
value such as "AT&T <Holding>" must come out as ``AT&amp;T &lt;Holding&gt;``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.lists import format_list
from jinja2 import Template
from jinja2.sandbox import SandboxedEnvironment

from briefing_app.model.codes import organisation_codes

# Characters XML 1.0 forbids (and \x7f, which Word dislikes).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_MAX_REPEAT = 100_000
MAX_NUMBER = 1_000_000

# Babel locales per template language; en-GB writes "3 March 2025".
_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "ru": "ru_RU"}

# Jinja's stock filters that could write raw XML into the document or reach attributes.
_REMOVED_FILTERS = ("safe", "attr", "xmlattr", "tojson", "pprint", "urlize", "forceescape")


@cache
def labels(language: str) -> dict[str, Any]:
    """The words the export adds in *language* (falls back to English)."""
    data = json.loads((Path(__file__).with_name("labels.json")).read_text(encoding="utf-8"))
    return data.get(language) or data["en"]


def babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(_LOCALES.get(language, language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


def clean_text(value: Any) -> str:
    """*value* as text that is legal inside Word's XML (no control characters)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


class Paragraphs(str):
    """Clean text whose \a marks paragraph breaks (docxtpl starts a new paragraph there)."""

    __slots__ = ()


def _finalize(value: Any) -> Any:
    # Runs on every {{ }} before autoescaping; keeps None from printing "None".
    if value is None:
        return ""
    if isinstance(value, Paragraphs):
        return value
    if isinstance(value, str):
        return clean_text(value)
    return value


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class Formatter:
    """Dates, countries, people and lists written in one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = babel_locale(language)
        self.labels = labels(language)

    def date(self, value: Any, format: str = "long") -> str:
        day = _as_date(value)
        if day is None:
            # A date written as text ("end of March") is shown as it is.
            return clean_text(value) if isinstance(value, str) else ""
        return format_date(day, format=format, locale=self.locale)

    def time(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            try:
                value = dt.time.fromisoformat(value)
            except ValueError:
                return clean_text(value)
        return format_time(value, format="short", locale=self.locale)

    def country(self, code: Any) -> str:
        if not code:
            return ""
        code = str(code).upper()
        name = self.locale.territories.get(code)
        if name:
            return name
        return organisation_codes().get(code, code)

    def countries(self, codes: Iterable[Any] | None) -> str:
        return self.join([self.country(code) for code in codes or () if code])

    def join(self, items: Iterable[Any] | None) -> str:
        parts = [clean_text(item) for item in items or () if item not in (None, "")]
        if not parts:
            return ""
        return format_list(parts, locale=self.locale)

    def person(self, person: Any, with_country: bool = True) -> str:
        """ "Ilham Aliyev (President, Azerbaijan)"."""
        name = _field(person, "name")
        details = [_field(person, "role")]
        if not details[0]:
            details = [_field(person, "organization")]
        if with_country:
            details.append(self.country(_field(person, "country")))
        details = [d for d in details if d]
        return f"{name} ({', '.join(details)})" if details else name


def _field(item: Any, key: str) -> str:
    value = item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)
    return clean_text(value) if value else ""


def paragraphs(value: Any) -> str:
    """Blank lines start a new Word paragraph (docxtpl's \\a); single newlines break the line."""
    text = clean_text(value).strip()
    return Paragraphs(re.sub(r"\n\s*\n+", "\a", text))


class BriefingSandbox(SandboxedEnvironment):
    """Sandbox that caps string and list repetition ("x" * 10**9) and reuses compiled parts.

    docxtpl hands every part of the document (body, headers, footers, properties)
    to ``from_string`` on each render; the source is the same for every note made
    from one template, so compiling it once saves most of the render time.
    """

    intercepted_binops = frozenset({"*", "**"})
    _COMPILED_KEEP = 64

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compiled: OrderedDict[str, Template] = OrderedDict()
        self._lock = threading.Lock()  # the editor may preview while an export runs

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        with self._lock:
            template = self._compiled.get(source)
            if template is not None:
                self._compiled.move_to_end(source)
                return template
        template = super().from_string(source)
        with self._lock:
            self._compiled[source] = template
            if len(self._compiled) > self._COMPILED_KEEP:
                self._compiled.popitem(last=False)
        return template

    def forget_compiled(self) -> None:
        """Drop the compiled parts (after a template changed on disk; benchmarks)."""
        with self._lock:
            self._compiled.clear()

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > 100:
            raise OverflowError("exponent too large in a template")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                sized = isinstance(seq, str | list | tuple) and isinstance(count, int)
                if sized and len(seq) * count > _MAX_REPEAT:
                    raise OverflowError("repetition too large in a template")
        result = super().call_binop(context, operator, left, right)
        # Huge numbers would feed filters such as |center or |indent.
        if isinstance(result, int) and abs(result) > MAX_NUMBER:
            raise OverflowError("number too large in a template")
        return result


@cache
def environment(language: str) -> BriefingSandbox:
    """The (cached) sandbox for templates in *language*, with the export's filters."""
    env = BriefingSandbox(autoescape=True, finalize=_finalize, keep_trailing_newline=True)
    # No globals: cycler, joiner, lipsum, namespace and range are not part of any template.
    env.globals.clear()
    for name in _REMOVED_FILTERS:
        env.filters.pop(name, None)
    fmt = Formatter(language)
    env.filters.update(
        {
            "date": fmt.date,
            "time": fmt.time,
            "country": fmt.country,
            "countries": fmt.countries,
            "person": fmt.person,
            "join_list": fmt.join,
            "paragraphs": paragraphs,
        }
    )
    return env


EXPORT_FILTERS = ("date", "time", "country", "countries", "person", "join_list", "paragraphs")
