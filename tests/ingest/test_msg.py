"""Outlook .msg messages, built with the small compound-file writer in tests/ingest/cfb.py."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.ingest import (
    PasswordProtectedError,
    UnsupportedFormatError,
    import_bytes,
)
from tests.corpus_data import corpus_items
from tests.ingest.builders import make_docx, squash
from tests.ingest.cfb import Storage, Stream, make_msg, make_old_doc, write_cfb

ITEMS = corpus_items()


@pytest.mark.parametrize("item", ITEMS[::4], ids=[i["id"] for i in ITEMS[::4]])
def test_message_body_subject_date_and_people(item: dict) -> None:
    data = make_msg(item["text"], subject="WG: Gesprächsvermerk", sender="Botschaft Astana")
    document = import_bytes(data, file_name="message.msg")
    assert document.format == "msg"
    assert squash(document.text) == squash(item["text"])
    assert document.headline == "WG: Gesprächsvermerk"
    assert document.metadata["from"] == "Botschaft Astana"
    assert document.published == dt.date(2025, 4, 23)
    assert document.language == item["language"]


def test_attached_word_file_can_be_imported_instead() -> None:
    body, report = ITEMS[0]["text"], ITEMS[1]["text"]
    data = make_msg(body, subject="Vermerk", attachments=(("vermerk.docx", make_docx(report)),))
    document = import_bytes(data, file_name="m.msg")
    assert document.attachments == ("vermerk.docx",)
    instead = import_bytes(data, file_name="m.msg", attachment="vermerk.docx")
    assert instead.format == "docx"
    assert squash(instead.text) == squash(report)
    assert instead.metadata["email_subject"] == "Vermerk"


def test_message_without_body_imports_its_only_report_attachment() -> None:
    report = ITEMS[2]["text"]
    data = make_msg("", subject="Bericht", attachments=(("b.docx", make_docx(report)),))
    assert squash(import_bytes(data, file_name="m.msg").text) == squash(report)


def test_old_word_document_is_explained() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"Word 97–2003 .*save it as \.docx"):
        import_bytes(make_old_doc(), file_name="old.doc")


def test_encrypted_office_container_named_docx_asks_for_the_password() -> None:
    data = write_cfb(
        Storage(
            "Root Entry",
            [Stream("EncryptionInfo", b"\x04\x00\x04\x00" + b"\0" * 60),
             Stream("EncryptedPackage", b"\0" * 5000)],
        )
    )  # fmt: skip
    with pytest.raises(PasswordProtectedError, match="Word file is protected with a password"):
        import_bytes(data, file_name="report.docx")
