"""PDF import: page order, running headers and footers, page numbers, hyphenation."""

from __future__ import annotations

import pytest

from briefing_app.ingest import import_bytes
from briefing_app.ingest.pdftext import reflow, strip_running_lines
from tests.fresh_python import run_python
from tests.ingest.builders import copy_protected_pdf, squash
from tests.ingest.conftest import RUNNING_FOOTER


def test_corpus_pdf_gives_the_text_of_the_originals_in_page_order(corpus_pdf) -> None:
    pdf, texts = corpus_pdf
    document = import_bytes(pdf, file_name="corpus.pdf")
    assert squash(document.text) == squash("\n".join(texts))
    assert document.format == "pdf"
    assert int(document.metadata["pages"]) >= len(texts)
    # The footer ("Referat 205 – Seite 7") is gone; the same words inside a report stay.
    assert f"{RUNNING_FOOTER} – Seite" not in document.text
    assert document.headline == texts[0].split("\n")[0]
    # Wrapped lines are joined back into paragraphs: nearly every paragraph of the
    # originals comes back as exactly one line.
    originals = {" ".join(line.split()) for text in texts for line in text.split("\n")}
    originals.discard("")
    recovered = originals & set(document.text.split("\n"))
    assert len(recovered) >= 0.95 * len(originals)


def test_running_lines_and_page_numbers_are_removed() -> None:
    body = [
        ["Talks opened with a review of the 2024 trade figures.", "Both sides agreed."],
        ["The minister raised visa questions.", "A reply is due by 15 May."],
        ["Energy cooperation was discussed at length.", "No decision was taken."],
        ["The next round will be held in Baku.", "The record was drafted by D. Price."],
    ]
    pages = [
        [(0, "Embassy of Example – Record of Meeting"), *((1, t) for t in lines), (9, f"- {n} -")]
        for n, lines in enumerate(body, start=1)
    ]
    pages[2][-1] = (9, "Page 3 of 4")
    stripped = strip_running_lines(pages)
    assert [[text for _, text in page] for page in stripped] == body


def test_words_hyphenated_at_line_ends_are_joined() -> None:
    line = "Die Delegationen vereinbarten eine engere wirtschaftliche Zusammen-"
    lines = [line, "arbeit im Energiebereich und beim Ausbau der Baku-", "Tbilisi-Kars-Bahn."]
    text = reflow([[(0, t) for t in lines]], hyphenates=True)
    assert "Zusammenarbeit im Energiebereich" in text
    assert "Baku-Tbilisi-Kars-Bahn" in text


def test_office_pdfs_keep_real_hyphens_at_line_ends() -> None:
    line = "The ambassador was accompanied by the trade commissioner as note-"
    page = [(0, line), (0, "taker and by two officials of the ministry for the whole meeting.")]
    assert "note-taker" in reflow([page], hyphenates=False)
    # The document's own words decide when they can: "notetaker" is never written whole.
    assert "note-taker" in reflow([[*page, (1, "A second note-taker joined later on.")]])


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_copy_protected_pdfs_import_like_open_ones(corpus_pdf, algorithm: str) -> None:
    # Offices often "secure" PDFs: anyone may open them, copying needs the owner password.
    pdf, _ = corpus_pdf
    protected = copy_protected_pdf(pdf, algorithm)
    assert b"/Encrypt" in protected
    opened = import_bytes(protected, file_name="protected.pdf")
    assert opened.text == import_bytes(pdf, file_name="open.pdf").text


def test_aes_pdfs_need_only_the_declared_dependency(corpus_pdf, tmp_path) -> None:
    # pypdf decrypts AES with cryptography or pycryptodome. The test environment has
    # cryptography (through msoffcrypto-tool); a user's install has only what
    # pyproject.toml declares, so import with cryptography hidden.
    pdf, texts = corpus_pdf
    path = tmp_path / "protected.pdf"
    path.write_bytes(copy_protected_pdf(pdf, "AES-256"))
    script = (
        "import sys; sys.modules['cryptography'] = None\n"
        "from briefing_app.ingest import import_file\n"
        f"print(import_file(__import__('pathlib').Path({str(path)!r})).text)"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert squash(result.stdout) == squash("\n".join(texts))
