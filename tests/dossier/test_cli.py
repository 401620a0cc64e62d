from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefing_app.archive import ArchiveQuery, open_archive
from briefing_app.cli import main
from briefing_app.paths import resolve_paths
from tests.dossier.meetings import all_meetings


def docx_text(path: Path) -> tuple[str, str]:
    """(body text including tables, header and footer text) of a Word file."""
    document = docx.Document(str(path))
    body = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            body.extend(cell.text for cell in row.cells)
    margins = [
        p.text
        for section in document.sections
        for part in (section.header, section.footer)
        for p in part.paragraphs
    ]
    return "\n".join(body), "\n".join(margins)


@pytest.fixture
def archive_file():
    paths = resolve_paths().ensure()
    with open_archive(paths.archive_file) as archive, archive.bulk():
        for meeting in all_meetings():
            archive.save(meeting)
    return paths.archive_file


def test_country_dossier_end_to_end(archive_file, tmp_path, capsys):
    out = tmp_path / "kz.docx"
    code = main(
        [
            "dossier",
            "--country",
            "KZ",
            "-o",
            str(out),
            "--purpose",
            "Visit of FM Nurlanuly",
            "--talking-point",
            "Welcome the memorandum on raw materials.",
            "--date",
            "2025-06-12",
            "--place",
            "Berlin",
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "Dossier on Kazakhstan" in printed and str(out) in printed
    body, margins = docx_text(out)
    for heading in (
        "Talking points",
        "Background",
        "Previous meetings",
        "Agreements and documents signed",
        "Open items",
    ):
        assert heading in body
    assert "Memorandum on raw materials signed." in body
    assert "Welcome the memorandum on raw materials." in body
    assert "Visit of FM Nurlanuly" in body
    assert "12 June 2025" in body  # the date of the meeting being prepared
    assert "Send the draft roadmap on rare earths." in body
    assert "Aibek Nurlanuly" in body
    assert "Berlin" in body and "Astana" in body
    # The highest marking of the sources (VS – VERTRAULICH) is on every page.
    assert "VS – VERTRAULICH" in margins
    with open_archive(archive_file) as archive:
        saved = archive.search(ArchiveQuery(text="Briefing", limit=10)).items
        assert any(archive.get(s.id).kind == "dossier" for s in saved)


def test_lowering_the_marking_is_refused_without_force(archive_file, tmp_path, capsys):
    out = tmp_path / "kz.docx"
    assert main(["dossier", "--country", "KZ", "--classification", "OFFICIAL", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "VS – VERTRAULICH" in err and "--force" in err
    assert not out.exists()
    argv = ["dossier", "--country", "KZ", "--classification", "OFFICIAL", "-o", str(out), "--force"]
    assert main(argv) == 0
    assert "Warning:" in capsys.readouterr().err
    _, margins = docx_text(out)
    assert "OFFICIAL" in margins and "VERTRAULICH" not in margins


def test_person_dossier_in_german(archive_file, tmp_path):
    out = tmp_path / "lawrow.docx"
    argv = ["dossier", "--person", "Лавров", "--template", "dossier-de", "-o", str(out)]
    assert main(argv) == 0
    body, _ = docx_text(out)
    for heading in (
        "Sprechpunkte",
        "Hintergrund",
        "Bisherige Begegnungen",
        "Vereinbarungen und unterzeichnete Dokumente",
        "Offene Punkte",
    ):
        assert heading in body
    assert "Sergej Lawrow" in body
    assert "Munich" in body  # the French report of 2016


def test_date_from_and_existing_file(archive_file, tmp_path, capsys):
    out = tmp_path / "kz.docx"
    assert main(["dossier", "--country", "KZ", "--from", "2025-01-01", "-o", str(out)]) == 0
    body, _ = docx_text(out)
    assert "Astana" in body and "Tashkent" not in body  # the 2020 C5+1 meeting is older
    capsys.readouterr()
    assert main(["dossier", "--country", "KZ", "-o", str(out)]) == 1
    assert "exists" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--country", "XX"], "not a country code"),
        (["--country", "KZ", "--from", "March"], "--from"),
        (["--country", "KZ", "--template", "briefing-note-en"], "dossier template"),
    ],
)
def test_bad_options_are_explained(archive_file, tmp_path, capsys, argv, message):
    out = tmp_path / "x.docx"
    assert main(["dossier", *argv, "-o", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_without_an_archive_the_officer_is_told(tmp_path, capsys):
    assert main(["dossier", "--country", "KZ", "-o", str(tmp_path / "x.docx")]) == 1
    assert "no archive" in capsys.readouterr().err
