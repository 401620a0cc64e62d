"""Broken, hostile and huge input: a specific error with a plain message, little memory."""

from __future__ import annotations

import io
import os
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_app.ingest import (
    DamagedFileError,
    EmptyFileError,
    FileTooLargeError,
    IngestError,
    NotAFileError,
    NoTextLayerError,
    NotTextError,
    PasswordProtectedError,
    ReportNotFoundError,
    UnsafeContentError,
    UnsupportedFormatError,
    import_bytes,
    import_file,
)
from briefing_app.settings import ImportLimits
from tests.corpus_data import corpus_items
from tests.ingest.builders import make_docx, make_odt
from tests.ingest.hostile import (
    entity_bomb_docx,
    entity_bomb_odt,
    external_entity_docx,
    image_only_pdf,
    lying_zip_bomb,
    many_parts_zip,
    zip_bomb,
)

MiB = 1024 * 1024
TEXT = corpus_items()[0]["text"]


def _encrypted_docx() -> bytes:
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(make_docx(TEXT))).encrypt("geheim", out)
    assert msoffcrypto  # the module is what encrypts; keep the import visible
    return out.getvalue()


def _pdf_from_text(password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _binary() -> bytes:
    return random.Random(7).randbytes(64 * 1024)


def _truncated_docx() -> bytes:
    data = make_docx(TEXT)
    return data[: len(data) // 2]


def _truncated_pdf() -> bytes:
    data = image_only_pdf()
    return data[: len(data) * 2 // 3]


CASES: dict[str, tuple[str, Callable[[], bytes], type[IngestError], str]] = {
    "empty": ("report.txt", lambda: b"", EmptyFileError, "empty"),
    "only blank lines": ("report.txt", lambda: b"\n \r\n\t\n", EmptyFileError, "empty"),
    "binary named txt": ("report.txt", _binary, NotTextError, "does not contain text"),
    "truncated docx": ("report.docx", _truncated_docx, DamagedFileError, "Word file is damaged"),
    "password docx": ("report.docx", _encrypted_docx, PasswordProtectedError, "password"),
    "zip bomb docx": ("report.docx", zip_bomb, UnsafeContentError, "unpack to 260 MB"),
    "zip of 10,000 parts": ("report.docx", many_parts_zip, UnsafeContentError, "parts"),
    "lying zip bomb": ("report.docx", lying_zip_bomb, IngestError, "Word file"),
    "entity bomb docx": ("report.docx", lambda: entity_bomb_docx(make_docx(TEXT)),
                         UnsafeContentError, "XML"),
    "external entity docx": ("report.docx", lambda: external_entity_docx(make_docx(TEXT)),
                             UnsafeContentError, "XML"),
    "entity bomb odt": ("report.odt", lambda: entity_bomb_odt(make_odt(TEXT)),
                        UnsafeContentError, "XML"),
    "truncated pdf": ("report.pdf", _truncated_pdf, DamagedFileError, "PDF file is damaged"),
    "password pdf": ("report.pdf", lambda: _pdf_from_text("geheim"), PasswordProtectedError,
                     "password"),
    "scanned pdf": ("scan.pdf", image_only_pdf, NoTextLayerError, "no text layer"),
    "blank pdf": ("blank.pdf", _pdf_from_text, NoTextLayerError, "no text layer"),
    "damaged office file": ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                DamagedFileError, "damaged"),
    "zip archive": ("files.zip", lambda: _zip_of_text(), UnsupportedFormatError, "zip archive"),
    "spreadsheet": ("table.xlsx", lambda: b"id;name\n1;x\n", UnsupportedFormatError, ".xlsx"),
    "not rtf": ("report.rtf", lambda: b"just text pretending", DamagedFileError, "RTF"),
}  # fmt: skip


def _zip_of_text() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("report.txt", TEXT)
    return buffer.getvalue()


@pytest.mark.parametrize("case", list(CASES))
def test_bad_file_gets_a_specific_plain_error_and_little_memory(case: str, tmp_path: Path) -> None:
    name, build, error, words = CASES[case]
    path = tmp_path / name
    path.write_bytes(build())
    tracemalloc.start()
    try:
        with pytest.raises(error) as raised:
            import_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(raised.value)
    assert words in message
    assert "Traceback" not in message and message.endswith(".")
    assert peak < 300 * MiB


def test_a_200_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(200 * MiB)
    tracemalloc.start()
    try:
        with pytest.raises(FileTooLargeError, match="200 MB, more than the import limit of 50 MB"):
            import_file(path)
        assert tracemalloc.get_traced_memory()[1] < 10 * MiB
    finally:
        tracemalloc.stop()


def test_limits_come_from_the_settings() -> None:
    small = ImportLimits(max_file_bytes=2048, max_text_chars=1000)
    with pytest.raises(FileTooLargeError, match="limit"):
        import_bytes(b"x" * 4096, file_name="a.txt", limits=small)
    with pytest.raises(FileTooLargeError, match="characters"):
        import_bytes(b"word " * 400, file_name="a.txt", limits=small)
    tight = ImportLimits(max_unpacked_bytes=4096)
    with pytest.raises(UnsafeContentError, match="unpack"):
        import_bytes(make_docx(TEXT), file_name="a.docx", limits=tight)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReportNotFoundError, match="does not exist"):
        import_file(tmp_path / "nowhere.docx")
    with pytest.raises(NotAFileError, match="is a folder"):
        import_file(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    from briefing_app.ingest import FileUnreadableError

    path = tmp_path / "locked.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(FileUnreadableError):
        import_file(path)


def test_unknown_attachment_name_lists_the_real_ones() -> None:
    from tests.ingest.builders import make_eml

    data = make_eml(TEXT, attachments=(("a.pdf", b"%PDF-1.4", "application/pdf"),))
    with pytest.raises(UnsupportedFormatError, match=r"Its attachments are: a\.pdf"):
        import_bytes(data, file_name="m.eml", attachment="b.docx")


def test_entity_declarations_in_a_web_page_are_not_expanded() -> None:
    from tests.ingest.hostile import BILLION_LAUGHS

    page = BILLION_LAUGHS.replace(b"lolz", b"html") + (
        b"<html><body><p>Talks in Baku &lol9;</p>"
        b"<p>The ministers met and agreed to meet again in June.</p></body></html>"
    )
    tracemalloc.start()
    try:
        document = import_bytes(page, file_name="page.html")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "lollol" not in document.text
    assert "agreed to meet again in June" in document.text
    assert peak < 300 * MiB
