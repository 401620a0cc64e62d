"""export_meeting: file names, overwrite protection, atomic writes, the export command."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.cli import main
from briefing_app.export import (
    ExportError,
    OutputExistsError,
    TemplateError,
    export_meeting,
    find_template,
    suggest_filename,
)
from briefing_app.model import Meeting, meeting_from_dict, save_meeting
from briefing_app.model.jsonio import MEETING_SUFFIX
from briefing_app.paths import resolve_paths
from briefing_app.settings import Settings, save_settings
from tests.export.docx_reader import read_docx
from tests.export.user_templates import write_user_template

BAKU = {
    "title": "Talks",
    "date": "2025-03-03",
    "location": "Baku",
    "attendees": [{"name": "Ilham Aliyev", "country": "AZ"}, {"name": "Askar Bektenov"}],
}


def _export(meeting: Meeting, out: Path | None, **kwargs):
    return export_meeting(
        meeting,
        template=kwargs.pop("template", "briefing-note-en"),
        output=out,
        paths=resolve_paths(),
        settings=kwargs.pop("settings", Settings()),
        **kwargs,
    )


def test_suggested_name_follows_the_default_pattern() -> None:
    info = find_template("briefing-note-en", resolve_paths())
    name = suggest_filename(meeting_from_dict(BAKU), info, Settings().filename_pattern)
    assert name == "2025-03-03_Baku_Aliyev-Bektenov_Briefing.docx"


def test_empty_placeholders_drop_out_with_their_separator() -> None:
    info = find_template("gespraechsvermerk", resolve_paths())
    name = suggest_filename(Meeting(title="x"), info, "{date}_{place}_{people}_{template}")
    assert name == "Vermerk.docx"


def test_unknown_placeholder_is_a_clear_error() -> None:
    info = find_template("memcon", resolve_paths())
    with pytest.raises(ExportError, match=r"\{city\}"):
        suggest_filename(Meeting(), info, "{date}_{city}")
    with pytest.raises(ExportError):
        suggest_filename(Meeting(), info, "{date.__class__}")


WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


@settings(max_examples=150, deadline=None)
@given(
    title=st.text(max_size=300),
    place=st.text(min_size=1, max_size=80).filter(str.strip),
    names=st.lists(st.text(min_size=1, max_size=40).filter(str.strip), max_size=5),
)
def test_suggested_names_are_always_safe_on_windows(title, place, names) -> None:
    info = find_template("briefing-note-de", resolve_paths())
    meeting = Meeting(
        title=title,
        location={"name": place},
        attendees=[{"name": n} for n in names],
    )
    name = suggest_filename(meeting, info, "{date}_{place}_{people}_{title}_{template}")
    stem = name.removesuffix(".docx")
    assert name.endswith(".docx") and stem
    assert not WINDOWS_FORBIDDEN & set(name)
    assert all(ord(ch) >= 32 for ch in name)
    assert len(stem) <= 120
    assert not stem.endswith((".", " "))
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def test_export_writes_the_suggested_name_into_a_folder(tmp_path: Path) -> None:
    result = _export(meeting_from_dict(BAKU), tmp_path)
    assert result.docx == tmp_path / "2025-03-03_Baku_Aliyev-Bektenov_Briefing.docx"
    assert result.pdf is None
    assert "Talks" in read_docx(result.docx.read_bytes()).text


def test_export_adds_the_docx_suffix_and_refuses_a_pdf_name(tmp_path: Path) -> None:
    result = _export(Meeting(title="x"), tmp_path / "note")
    assert result.docx.name == "note.docx"
    with pytest.raises(ExportError, match=r"\.docx"):
        _export(Meeting(title="x"), tmp_path / "note.pdf")


def test_existing_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    out.write_bytes(b"the officer's own edits")
    with pytest.raises(OutputExistsError, match="--force"):
        _export(Meeting(title="new"), out)
    assert out.read_bytes() == b"the officer's own edits"
    _export(Meeting(title="new"), out, force=True)
    assert "new" in read_docx(out.read_bytes()).text


def test_failed_render_leaves_no_partial_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    # Passes the check but fails while rendering (the sandbox caps repetition).
    write_user_template(resolve_paths().user_templates, "explodes", ["{{ title * 10000000 }}"])
    out = tmp_path / "note.docx"
    with pytest.raises(TemplateError, match="'explodes'"):
        _export(Meeting(title="x"), out, template="explodes")
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"old")
    with pytest.raises(TemplateError):
        _export(Meeting(title="x"), out, template="explodes", force=True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["note.docx"]


def test_unwritable_folder_is_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception) as info:
        _export(Meeting(title="x"), blocker / "sub" / "note.docx")
    assert "cannot be created" in str(info.value) or "not writable" in str(info.value)


def test_core_properties_carry_title_author_subject_keywords_language(tmp_path: Path) -> None:
    meeting = meeting_from_dict({**BAKU, "countries": ["AZ", "KZ"], "tags": ["transport"]})
    result = _export(
        meeting, tmp_path, template="briefing-note-de", settings=Settings(author="Anna Schmidt")
    )
    props = read_docx(result.docx.read_bytes()).document.core_properties
    assert props.title == "Talks"
    assert props.author == "Anna Schmidt"
    assert props.subject == "Gesprächsnotiz (Briefing note, Deutsch) – Baku, 3. März 2025"
    assert props.keywords == "transport, Aserbaidschan, Kasachstan"
    assert props.language == "de-DE"


def test_no_classification_leaves_the_marking_lines_empty(tmp_path: Path) -> None:
    result = _export(Meeting(title="Open talk"), tmp_path)
    doc = read_docx(result.docx.read_bytes())
    assert doc.headers[0].split("\n")[0] == ""
    assert doc.footers[0].split("\n")[-1] == ""
    assert doc.footers[0].splitlines()[0].startswith("Page 1 of 1")


def test_export_command_uses_the_default_template_and_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    meeting_file = tmp_path / "m.briefing.json"
    save_meeting(meeting_from_dict(BAKU), meeting_file)
    save_settings(Settings(default_template="memcon"), resolve_paths().settings_file)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["export", str(meeting_file)]) == 0
    expected = work / "2025-03-03_Baku_Aliyev-Bektenov_Memcon.docx"
    assert expected.is_file()
    assert str(expected) in capsys.readouterr().out
    # A second export refuses to overwrite, with exit code 1 and one plain line.
    assert main(["export", str(meeting_file)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["export", str(meeting_file), "--force", "-t", "gespraechsvermerk"]) == 0


def test_export_command_with_a_bad_template_writes_nothing(tmp_path: Path, capsys) -> None:
    meeting_file = tmp_path / "m.json"
    save_meeting(meeting_from_dict(BAKU), meeting_file)
    out = tmp_path / "o.docx"
    assert main(["export", str(meeting_file), "-t", "nope", "-o", str(out)]) == 1
    assert "no template called 'nope'" in capsys.readouterr().err
    assert not out.exists()


def test_export_command_turns_a_report_into_a_note(tmp_path: Path, capsys) -> None:
    from tests.corpus_data import corpus_items

    item = next(i for i in corpus_items() if i["id"] == "de-news-001")
    report = tmp_path / "readout.txt"
    report.write_text(item["text"], encoding="utf-8")
    out = tmp_path / "note.docx"
    code = main(
        [
            "export",
            str(report),
            "-t",
            "gespraechsvermerk",
            "-o",
            str(out),
            "--reference-date",
            item["reference_date"],
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = read_docx(out.read_bytes()).text
    assert "Gesprächsvermerk" in text
    assert "3. Oktober 2014" in text  # the meeting day, written in German


def test_a_saved_dossier_exports_with_its_previous_meetings(tmp_path: Path) -> None:
    import datetime as dt

    from briefing_app.dossier.gather import gather_dossier
    from briefing_app.dossier.storage import to_meeting
    from tests.export.conftest import corpus_meetings

    meetings = [m for _id, m in corpus_meetings()]
    dossier = gather_dossier(meetings, country="AZ", today=dt.date(2026, 1, 1), language="de")
    saved = to_meeting(dossier)
    # Saved to a file and exported like any meeting, the dossier keeps its own sections.
    path = tmp_path / f"dossier{MEETING_SUFFIX}"
    save_meeting(saved, path)
    out = tmp_path / "d.docx"
    assert main(["export", str(path), "--template", "dossier-de", "-o", str(out)]) == 0
    text = read_docx(out.read_bytes()).text
    assert "Bisherige Begegnungen" in text
    assert "Keine früheren Begegnungen im Archiv." not in text
    for meeting in meetings:
        if "AZ" in meeting.countries and meeting.location is not None:
            assert meeting.location.name in text
