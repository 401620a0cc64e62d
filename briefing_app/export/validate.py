"""Checking a template before anything is rendered or written.

Every Jinja tag in the document body, headers, footers, footnotes and document
properties is parsed and its syntax tree walked: only the documented context
variables, the listed attribute names and the export's filters are allowed.
Injection attempts (``''.__class__``, ``cycler.__init__``, ``self._Template…``)
fail here with a TemplateError instead of reaching the sandbox at all.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, nodes

from briefing_app.export.context import ALLOWED_ATTRIBUTES, variables_for
from briefing_app.export.environment import MAX_NUMBER, BriefingSandbox, environment
from briefing_app.export.errors import TemplateError
from briefing_app.export.templates import TemplateInfo

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{.*|\{%.*", re.DOTALL)
_XML_TAG = re.compile(r"<[^>]+>")
_PROPERTY_NAMES = ("author", "comments", "identifier", "language", "subject", "title")
_FORBIDDEN_NODES: dict[type[nodes.Node], str] = {
    nodes.Extends: "extends another template, which templates in Word cannot do",
    nodes.Include: "includes another file, which is not allowed",
    nodes.Import: "imports another file, which is not allowed",
    nodes.FromImport: "imports another file, which is not allowed",
    nodes.Macro: "defines a macro, which is not allowed",
    nodes.CallBlock: "calls a macro, which is not allowed",
}


@dataclass(frozen=True)
class TemplateSource:
    """The Jinja source of each part of a template, as docxtpl will render it."""

    parts: tuple[tuple[str, str], ...]  # (part name, source)
    data: bytes


def _prepare(xml: str, tpl: DocxTemplate) -> str:
    # Exactly what docxtpl does before handing the XML to Jinja, so line numbers agree.
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", tpl.patch_xml(xml))


def read_source(path: Path) -> TemplateSource:
    data = path.read_bytes()
    tpl = DocxTemplate(io.BytesIO(data))
    tpl.init_docx()
    parts = [("body", _prepare(tpl.get_xml(), tpl))]
    for label, uri in (("header", tpl.HEADER_URI), ("footer", tpl.FOOTER_URI)):
        for _key, part in tpl.get_headers_footers(uri):
            parts.append((label, _prepare(tpl.get_part_xml(part), tpl)))
    for part in tpl.docx.part.package.parts:
        if part.content_type.endswith("wordprocessingml.footnotes+xml"):
            parts.append(("footnotes", _prepare(part.blob.decode("utf-8"), tpl)))
    props = tpl.docx.core_properties
    for name in _PROPERTY_NAMES:
        value = getattr(props, name) or ""
        if "{" in value:
            parts.append((f"document property '{name}'", value))
    return TemplateSource(parts=tuple(parts), data=data)


def _tag_at(source: str, lineno: int | None, needle: str = "") -> str:
    """The Jinja tag on line *lineno* of *source* (the one mentioning *needle* if several)."""
    lines = source.splitlines()
    if lineno is None or not 1 <= lineno <= len(lines):
        return ""
    text = _XML_TAG.sub("", lines[lineno - 1])
    tags = _TAG.findall(text)
    if not tags:
        return text.strip()[:80]
    for tag in tags:
        if needle and needle in tag:
            return tag.strip()[:120]
    return tags[0].strip()[:120]


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    return "…"


# Which problem to report when a tag has several: the most telling one first.
_HIDDEN, _FORBIDDEN, _UNKNOWN_NAME, _UNKNOWN_FIELD, _OTHER = range(5)


class _Checker:
    def __init__(self, info: TemplateInfo, env: BriefingSandbox) -> None:
        self.info = info
        self.env = env
        self.variables = variables_for(info.kind)
        self.used: set[str] = set()
        self.problems: list[tuple[int, int, nodes.Node, str, str]] = []

    def problem(self, rank: int, node: nodes.Node, needle: str, text: str) -> None:
        self.problems.append((rank, len(self.problems), node, needle, text))

    def check(self, tree: nodes.Template, source: str, part: str) -> None:
        declared = {"loop"}
        for node in tree.find_all(nodes.Name):
            if node.ctx in ("store", "param"):
                declared.add(node.name)
        self.problems = []
        for node in tree.find_all(nodes.Node):
            self._check_node(node, declared)
        if self.problems:
            _rank, _order, node, needle, text = min(self.problems, key=lambda p: p[:2])
            tag = _tag_at(source, getattr(node, "lineno", None), needle)
            where = f"the tag {tag}" if tag else "a tag"
            raise TemplateError(
                f"The template '{self.info.name}' cannot be used: {where} in the {part} {text}."
            )

    def _check_node(self, node: nodes.Node, declared: set[str]) -> None:
        for forbidden, text in _FORBIDDEN_NODES.items():
            if isinstance(node, forbidden):
                self.problem(_FORBIDDEN, node, "", text)
        if isinstance(node, nodes.Name) and node.ctx == "load":
            if node.name in self.variables:
                self.used.add(node.name)
            elif node.name not in declared:
                hint = ""
                if node.name in variables_for("dossier"):
                    hint = " (it exists only in dossier templates)"
                self.problem(
                    _UNKNOWN_NAME,
                    node,
                    node.name,
                    f"uses an unknown field '{node.name}'{hint}; "
                    f"the manifest of a built-in template lists the fields there are",
                )
        elif isinstance(node, nodes.Const) and isinstance(node.value, int | float):
            if abs(node.value) > MAX_NUMBER:
                self.problem(_OTHER, node, str(node.value), "uses a number too large for a note")
        elif isinstance(node, nodes.Getattr):
            self._check_attribute(node, node.attr)
        elif isinstance(node, nodes.Getitem):
            arg = node.arg
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                self._check_attribute(node, arg.value)
            elif not isinstance(arg, nodes.Const | nodes.Name | nodes.Getattr | nodes.Slice):
                self.problem(_OTHER, node, "[", "looks a value up by a computed name; not allowed")
        elif isinstance(node, nodes.Call):
            callee = node.node
            if not (
                isinstance(callee, nodes.Getattr)
                and callee.attr == "cycle"
                and isinstance(callee.node, nodes.Name)
                and callee.node.name == "loop"
            ):
                self.problem(
                    _OTHER,
                    node,
                    "(",
                    f"calls '{_dotted(callee)}', and templates may not call functions "
                    f"(use a filter such as |date or |upper)",
                )
        elif isinstance(node, nodes.Filter | nodes.Test):
            known = self.env.filters if isinstance(node, nodes.Filter) else self.env.tests
            kind = "filter" if isinstance(node, nodes.Filter) else "test"
            if node.name not in known:
                self.problem(
                    _UNKNOWN_FIELD, node, node.name, f"uses an unknown {kind} '{node.name}'"
                )
            for arg in [*node.args, *(kw.value for kw in node.kwargs)]:
                hidden = isinstance(arg, nodes.Const) and isinstance(arg.value, str)
                if hidden and (arg.value.startswith("_") or "._" in arg.value):
                    self.problem(
                        _HIDDEN,
                        node,
                        arg.value,
                        f"passes the hidden name '{arg.value}' to a {kind}",
                    )

    def _check_attribute(self, node: nodes.Node, attr: str) -> None:
        if attr.startswith("_"):
            self.problem(
                _HIDDEN, node, attr, f"reaches for the hidden attribute '{attr}'; not allowed"
            )
        elif attr not in ALLOWED_ATTRIBUTES:
            self.problem(_UNKNOWN_FIELD, node, attr, f"uses an unknown field '{attr}'")


def check_source(info: TemplateInfo, source: TemplateSource) -> frozenset[str]:
    """Raise TemplateError for the first problem; return the context variables used."""
    env = environment(info.language)
    checker = _Checker(info, env)
    for part, text in source.parts:
        try:
            tree = env.parse(text)
        except TemplateSyntaxError as exc:
            tag = _tag_at(text, exc.lineno)
            where = f"the tag {tag}" if tag else "a tag"
            raise TemplateError(
                f"The template '{info.name}' has a syntax error in {where} in the {part}: "
                f"{(exc.message or 'invalid tag').rstrip('.')}."
            ) from exc
        checker.check(tree, text, part)
    return frozenset(checker.used)


@lru_cache(maxsize=64)
def _checked(info: TemplateInfo, mtime_ns: int, size: int) -> tuple[bytes, frozenset[str]]:
    try:
        source = read_source(info.path)
    except Exception as exc:  # a damaged or non-Word file
        raise TemplateError(
            f"The template '{info.name}' ({info.path.name}) is not a readable Word document: {exc}."
        ) from exc
    return source.data, check_source(info, source)


def checked_template(info: TemplateInfo) -> tuple[bytes, frozenset[str]]:
    """The template's bytes and the fields it uses, once it passed every check.

    Cached per file version, so exporting 500 notes checks the template once.
    """
    if info.problem:
        raise TemplateError(info.problem)
    try:
        stat = info.path.stat()
    except OSError as exc:
        raise TemplateError(
            f"The template '{info.name}' cannot be read ({info.path}): {exc.strerror}."
        ) from exc
    return _checked(info, stat.st_mtime_ns, stat.st_size)
