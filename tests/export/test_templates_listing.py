"""Template discovery: built-ins with manifests, then the user's own; broken ones explained."""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import main
from briefing_app.export import TemplateError, find_template, list_templates
from briefing_app.export.context import variables_for
from briefing_app.export.validate import check_source, read_source
from briefing_app.paths import builtin_templates_dir, resolve_paths
from tests.export.conftest import builtin_templates
from tests.export.user_templates import write_user_template


@pytest.mark.parametrize("info", builtin_templates(), ids=lambda t: t.name)
def test_builtin_manifest_matches_its_template(info) -> None:
    assert info.path.is_file() and info.manifest is not None and info.manifest.is_file()
    assert info.language in ("de", "en")
    assert info.description and info.title and info.file_label
    # The fields a manifest lists are exactly the ones its template uses …
    assert set(info.fields) == set(check_source(info, read_source(info.path)))
    # … and the context it documents is the one the export supplies.
    assert info.context == variables_for(info.kind)


def test_dossier_manifests_document_the_dossier_context() -> None:
    data = json.loads((builtin_templates_dir() / "dossier-de.json").read_text(encoding="utf-8"))
    assert data["kind"] == "dossier"
    for key in ("meeting", "previous_meetings", "open_items", "people", "recurring_topics"):
        assert key in data["context"]


def test_user_templates_come_after_the_builtins() -> None:
    folder = resolve_paths().user_templates
    write_user_template(folder, "zz-mine", ["{{ title }}"], language="de")
    names = [(t.name, t.builtin) for t in list_templates(resolve_paths())]
    assert names[-1] == ("zz-mine", False)
    assert all(builtin for _name, builtin in names[:-1])
    assert find_template("ZZ-MINE", resolve_paths()).language == "de"


def test_user_template_with_a_builtin_name_replaces_it() -> None:
    folder = resolve_paths().user_templates
    write_user_template(folder, "memcon", ["{{ title }}"])
    matches = [t for t in list_templates(resolve_paths()) if t.name == "memcon"]
    assert len(matches) == 1 and not matches[0].builtin


def test_broken_manifest_is_listed_with_the_problem_and_refused_on_use() -> None:
    folder = resolve_paths().user_templates
    write_user_template(folder, "bad", ["{{ title }}"], manifest="{not json")
    (info,) = [t for t in list_templates(resolve_paths()) if t.name == "bad"]
    assert "not valid JSON" in info.problem
    with pytest.raises(TemplateError, match=r"bad\.json"):
        find_template("bad", resolve_paths())


def test_template_without_manifest_is_still_usable() -> None:
    folder = resolve_paths().user_templates
    path = write_user_template(folder, "plain", ["{{ title }}"])
    path.with_suffix(".json").unlink()
    assert find_template("plain", resolve_paths()).kind == "note"


def test_unknown_template_lists_the_choices() -> None:
    with pytest.raises(TemplateError) as info:
        find_template("briefing-note-xx", resolve_paths())
    assert "briefing-note-en" in info.value.message and "memcon" in info.value.message


def test_templates_command_lists_builtins_then_users_own(capsys) -> None:
    write_user_template(resolve_paths().user_templates, "mine", ["{{ title }}"])
    assert main(["templates", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["name"] for t in data][:4] == [
        "briefing-note-de",
        "briefing-note-en",
        "gespraechsvermerk",
        "memcon",
    ]
    assert data[-1]["name"] == "mine" and data[-1]["builtin"] is False
    assert {"name", "language", "description", "kind", "fields", "path"} <= set(data[0])
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "memcon" in out and "Memorandum of conversation" in out and "mine" in out
