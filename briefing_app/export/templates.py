"""Finding templates: the built-in ones and the user's own, each a .docx with a JSON manifest."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefing_app.export.errors import TemplateError
from briefing_app.paths import AppPaths, builtin_templates_dir

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[\w][\w.\- ]{0,79}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
MAX_MANIFEST_BYTES = 256 * 1024


@dataclass(frozen=True)
class TemplateInfo:
    """One template as listed to the user."""

    name: str
    language: str
    description: str
    path: Path
    builtin: bool
    kind: Literal["note", "dossier"] = "note"
    fields: tuple[str, ...] = ()
    title: str = ""
    file_label: str = ""
    manifest: Path | None = None
    # Why the template cannot be used (bad manifest); '' when it is fine.
    problem: str = ""
    context: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def display_name(self) -> str:
        return self.title or self.name

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.display_name,
            "language": self.language,
            "kind": self.kind,
            "description": self.description,
            "builtin": self.builtin,
            "path": str(self.path),
            "fields": list(self.fields),
            "problem": self.problem or None,
        }


def _read_manifest(path: Path) -> dict[str, Any]:
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise ValueError("it is too large to be a template manifest")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"it is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except UnicodeDecodeError as exc:
        raise ValueError("it is not UTF-8 text") from exc
    if not isinstance(data, dict):
        raise ValueError("it must be a JSON object with name, language and description")
    return data


def _text(data: dict[str, Any], key: str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be text")
    return value.strip()


def load_template_info(docx: Path, *, builtin: bool) -> TemplateInfo:
    """The TemplateInfo for *docx* and its manifest next to it (``NAME.json``).

    A user template with a broken manifest is still listed, with ``problem`` saying
    what to fix, so it does not silently vanish from the list.
    """
    manifest = docx.with_suffix(".json")
    stem = docx.stem
    if not manifest.is_file():
        return TemplateInfo(
            name=stem,
            language="en",
            description="Your template (no manifest NAME.json next to it).",
            path=docx,
            builtin=builtin,
            file_label=stem,
        )
    try:
        data = _read_manifest(manifest)
        name = _text(data, "name", stem) or stem
        if not _NAME.match(name):
            raise ValueError(
                f"the name {name!r} may only contain letters, digits, - _ . and spaces"
            )
        language = _text(data, "language", "en").lower()
        if not _LANGUAGE.match(language):
            raise ValueError(f"the language {language!r} is not a code such as de or en")
        kind = _text(data, "kind", "note")
        if kind not in ("note", "dossier"):
            raise ValueError(f"the kind {kind!r} must be 'note' or 'dossier'")
        fields = data.get("fields", [])
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise ValueError("'fields' must be a list of field names")
        context = data.get("context", {})
        if not isinstance(context, dict):
            raise ValueError("'context' must be an object")
        return TemplateInfo(
            name=name,
            language=language,
            description=_text(data, "description", ""),
            path=docx,
            builtin=builtin,
            kind=kind,  # type: ignore[arg-type]
            fields=tuple(fields),
            title=_text(data, "title", name),
            file_label=_text(data, "file_label", name),
            manifest=manifest,
            context={str(k): str(v) for k, v in context.items()},
        )
    except (ValueError, OSError) as exc:
        return TemplateInfo(
            name=stem,
            language="en",
            description="",
            path=docx,
            builtin=builtin,
            file_label=stem,
            manifest=manifest,
            problem=f"The manifest {manifest.name} of template '{stem}' cannot be used: {exc}.",
        )


def _scan(folder: Path, *, builtin: bool) -> list[TemplateInfo]:
    if not folder.is_dir():
        return []
    infos = [
        load_template_info(docx, builtin=builtin)
        for docx in sorted(folder.glob("*.docx"))
        if not docx.name.startswith(("~$", "."))  # Word's lock files
    ]
    for info in infos:
        if info.problem:
            log.warning("%s", info.problem)
    return infos


def list_templates(paths: AppPaths) -> list[TemplateInfo]:
    """Built-in templates (notes first, then dossiers), then the user's own.

    A user template with the same name as a built-in one replaces it, so a desk
    officer can adapt a built-in note and keep using its name.
    """
    user = _scan(paths.user_templates, builtin=False)
    user_names = {info.name.casefold() for info in user}
    builtins = [
        info
        for info in _scan(builtin_templates_dir(), builtin=True)
        if info.name.casefold() not in user_names
    ]
    builtins.sort(key=lambda info: (info.kind != "note", info.name))
    return builtins + user


def find_template(name: str, paths: AppPaths) -> TemplateInfo:
    """The template called *name* (ignoring case), or a TemplateError listing the choices."""
    templates = list_templates(paths)
    wanted = name.strip().casefold()
    for info in templates:
        if info.name.casefold() == wanted or info.path.stem.casefold() == wanted:
            if info.problem:
                raise TemplateError(info.problem)
            return info
    names = ", ".join(info.name for info in templates) or "none"
    raise TemplateError(f"There is no template called '{name}'. Available templates: {names}.")
