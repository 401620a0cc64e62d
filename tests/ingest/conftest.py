from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_data import corpus_items
from tests.ingest.builders import make_long_docx, soffice_pdf

RUNNING_HEADER = "VS – Nur für den Dienstgebrauch"
RUNNING_FOOTER = "Referat 205"


@pytest.fixture(scope="session")
def corpus_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[str]]:
    """The whole corpus as one PDF (one report per page or more, running header and a
    footer with page numbers), made by LibreOffice from a .docx. Skipped without soffice."""
    texts = [item["text"] for item in corpus_items()]
    docx_bytes = make_long_docx(texts, header=RUNNING_HEADER, footer=RUNNING_FOOTER, tables=False)
    pdf = soffice_pdf(docx_bytes, Path(tmp_path_factory.mktemp("pdf")))
    if pdf is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return pdf, texts
