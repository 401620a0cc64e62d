"""PDF import: page order, running headers and footers, page numbers, hyphenation."""

from __future__ import annotations

from briefing_app.ingest import import_bytes
from briefing_app.ingest.pdftext import reflow, strip_running_lines
from tests.ingest.builders import squash
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
