"""PDF through LibreOffice (soffice --headless), when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from briefing_app.export.errors import ExportError, PdfUnavailableError
from briefing_app.fileio import atomic_write_bytes

ENV_SOFFICE = "BRIEFING_APP_SOFFICE"
TIMEOUT_SECONDS = 180

_KNOWN_LOCATIONS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_soffice() -> Path | None:
    """LibreOffice's soffice: $BRIEFING_APP_SOFFICE, the PATH, or its usual install folder."""
    override = os.environ.get(ENV_SOFFICE)
    if override is not None:
        return Path(override) if override and Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for location in _KNOWN_LOCATIONS:
        if Path(location).is_file():
            return Path(location)
    return None


def require_soffice() -> Path:
    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailableError(
            "PDF export needs LibreOffice, which is not installed on this computer. "
            "Install LibreOffice (libreoffice.org) or open the .docx in Word and save it as PDF."
        )
    return soffice


def convert_to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert *docx* to ``out_dir/<same name>.pdf`` and return that path.

    LibreOffice runs with its own throw-away profile, so an open LibreOffice window
    does not block the conversion; the PDF is moved into place atomically.
    """
    soffice = require_soffice()
    docx = Path(docx)
    target = Path(out_dir) / (docx.stem + ".pdf")
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as work:
        work_dir = Path(work)
        profile = (work_dir / "profile").as_uri()
        command = [
            str(soffice),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work_dir),
            str(docx),
        ]
        flags = subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0
        try:
            result = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                creationflags=flags,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ExportError(
                f"LibreOffice did not finish converting {docx.name} to PDF within "
                f"{TIMEOUT_SECONDS} seconds; the .docx file is fine."
            ) from exc
        except OSError as exc:
            raise PdfUnavailableError(
                f"LibreOffice could not be started ({soffice}): {exc.strerror or exc}."
            ) from exc
        produced = work_dir / (docx.stem + ".pdf")
        if result.returncode != 0 or not produced.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise ExportError(
                f"LibreOffice could not convert {docx.name} to PDF"
                + (f" ({detail[-1]})" if detail else "")
                + "; the .docx file is fine."
            )
        atomic_write_bytes(target, produced.read_bytes())
    return target
