"""PDF through LibreOffice: one real conversion (when installed) and the not-installed message."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.export import PdfUnavailableError, convert_to_pdf, export_meeting
from briefing_app.export.pdf import ENV_SOFFICE, find_soffice
from briefing_app.model import Meeting, save_meeting
from briefing_app.paths import resolve_paths
from briefing_app.settings import Settings


@pytest.mark.slow
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_pdf_export_carries_marking_title_and_page_numbers(
    rich_meeting: Meeting, tmp_path: Path
) -> None:
    result = export_meeting(
        rich_meeting,
        template="briefing-note-de",
        output=tmp_path / "note.docx",
        paths=resolve_paths(),
        settings=Settings(),
        pdf=True,
    )
    assert result.pdf == tmp_path / "note.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.count("\f")
    # Top and bottom of every page, and "Seite X von Y" on each.
    assert text.count("VS – NUR FÜR DEN DIENSTGEBRAUCH") == 2 * pages
    for number in range(1, pages + 1):
        assert f"Seite {number} von {pages}" in text
    assert "Talks on AT&T <Holding> & the Middle Corridor" in " ".join(text.split())
    assert "3. März 2025" in text
    # Nothing but the two files (no LibreOffice leftovers, no temporary files).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.docx", "note.pdf"]


def test_missing_libreoffice_is_said_plainly_before_anything_is_written(
    rich_meeting: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_SOFFICE, "")
    with pytest.raises(PdfUnavailableError) as info:
        export_meeting(
            rich_meeting,
            template="memcon",
            output=tmp_path / "note.docx",
            paths=resolve_paths(),
            settings=Settings(),
            pdf=True,
        )
    assert "LibreOffice" in info.value.message and "not installed" in info.value.message
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(PdfUnavailableError):
        convert_to_pdf(tmp_path / "x.docx", tmp_path)


def test_export_command_with_pdf_but_no_libreoffice(
    rich_meeting: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv(ENV_SOFFICE, str(tmp_path / "no-such-soffice"))
    meeting_file = tmp_path / "m.briefing.json"
    save_meeting(rich_meeting, meeting_file)
    out = tmp_path / "o.docx"
    assert main(["export", str(meeting_file), "-o", str(out), "--pdf"]) == 1
    assert "LibreOffice" in capsys.readouterr().err
    assert not out.exists()
