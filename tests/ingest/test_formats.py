"""Every format built from corpus texts imports to the same text as the original."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing_app.ingest import SUPPORTED_SUFFIXES, import_bytes, import_file
from tests.corpus_data import corpus_ids, corpus_items
from tests.ingest.builders import (
    COOKIE_BANNER,
    RELATED,
    make_docx,
    make_eml,
    make_html,
    make_odt,
    make_rtf,
    squash,
)

ITEMS = corpus_items()
IDS = corpus_ids()

BUILDERS = {
    "report.docx": make_docx,
    "report.odt": make_odt,
    "report.rtf": make_rtf,
    "report.html": make_html,
    "report.eml": make_eml,
}


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_format_gives_the_text_of_the_original(item: dict, name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(BUILDERS[name](item["text"]))
    document = import_file(path)
    assert squash(document.text) == squash(item["text"])
    assert document.language == item["language"]
    assert document.format == name.split(".")[1]
    assert document.file_name == name
    assert len(document.sha256) == 64


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_plain_text_keeps_lines_and_drops_blank_lines(item: dict, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(item["text"], encoding="utf-8")
    document = import_file(path)
    assert squash(document.text) == squash(item["text"])
    assert "\n\n" not in document.text
    expected_lines = [line.rstrip() for line in item["text"].split("\n") if line.strip()]
    assert document.text.split("\n") == expected_lines
    assert document.headline == item["text"].split("\n")[0].strip()
    assert document.encoding == "utf-8"


# Typographic characters that a legacy code page may not have, replaced as a writer would.
_ASCII_FALLBACK = str.maketrans(
    {"—": "-", "–": "-", "«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "’": "'", "→": "->"}
)
ENCODINGS = {
    "de": ["utf-8-sig", "utf-16", "cp1252", "iso-8859-1", "iso-8859-15"],
    "en": ["utf-8-sig", "utf-16", "cp1252", "iso-8859-1"],
    "fr": ["utf-8-sig", "utf-16", "cp1252", "iso-8859-15"],
    "ru": ["utf-8-sig", "utf-16", "cp1251", "koi8-r", "iso-8859-5"],
}


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_text_in_legacy_encodings_is_decoded(item: dict) -> None:
    checked = 0
    for encoding in ENCODINGS[item["language"]]:
        text = item["text"]
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            text = text.translate(_ASCII_FALLBACK)
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue  # a name this code page cannot write (Yıldız, Káčer)
        document = import_bytes(data, file_name="report.txt")
        assert squash(document.text) == squash(text), encoding
        assert document.language == item["language"]
        checked += 1
    assert checked >= 2


def test_markdown_headline_loses_its_hash_marks() -> None:
    document = import_bytes(b"# Talks in Baku\n\nThe ministers met.\n", file_name="n.md")
    assert document.headline == "Talks in Baku"
    assert document.format == "md"


def test_rtf_with_cyrillic_code_page_bytes() -> None:
    item = next(i for i in ITEMS if i["language"] == "ru")
    text = item["text"].translate(_ASCII_FALLBACK)
    document = import_bytes(make_rtf(text, codepage="cp1251"), file_name="r.rtf")
    assert squash(document.text) == squash(text)
    assert document.encoding == "cp1251"


def test_docx_table_rows_keep_reading_order() -> None:
    item = next(i for i in ITEMS if i["id"] == "de-minutes-002")
    document = import_bytes(make_docx(item["text"]), file_name="m.docx")
    lines = document.text.split("\n")
    assert lines[-1] == "| 4 | Agenda-Entwurf Lenkungsausschuss | beide Seiten | Ende Juli |"
    assert lines.index("Aufgaben") == len(lines) - 6


def test_html_page_furniture_is_left_out_and_metadata_kept() -> None:
    item = next(i for i in ITEMS if i["id"] == "en-news-001")
    document = import_bytes(make_html(item["text"], published="2018-12-05"), file_name="p.htm")
    for furniture in (COOKIE_BANNER, *RELATED, "Share on X", "All rights reserved", "Politics"):
        assert furniture not in document.text
    assert document.headline == item["text"].split("\n")[0]
    assert document.published == dt.date(2018, 12, 5)


def test_email_headers_become_metadata_and_attachments_are_listed() -> None:
    item = next(i for i in ITEMS if i["id"] == "fr-news-001")
    attached = make_docx(ITEMS[0]["text"])
    data = make_eml(
        item["text"],
        subject="TR: compte rendu",
        transfer="base64",
        attachments=(
            ("note.docx", attached, "application/octet-stream"),
            ("photo.jpg", b"\xff\xd8\xff\xe0 not really", "image/jpeg"),
        ),
    )
    document = import_bytes(data, file_name="mail.eml")
    assert squash(document.text) == squash(item["text"])
    assert document.headline == "TR: compte rendu"
    assert document.published == dt.date(2025, 4, 24)
    assert document.attachments == ("note.docx", "photo.jpg")
    assert document.metadata["from"] == "Embassy Desk <desk@example.org>"

    instead = import_bytes(data, file_name="mail.eml", attachment="note.docx")
    assert squash(instead.text) == squash(ITEMS[0]["text"])
    assert instead.format == "docx"
    assert instead.metadata["attachment"] == "note.docx"
    assert instead.metadata["email_subject"] == "TR: compte rendu"


def test_email_with_only_an_attachment_imports_the_attachment() -> None:
    item = next(i for i in ITEMS if i["language"] == "de")
    data = make_eml(
        "", attachments=(("bericht.docx", make_docx(item["text"]), "application/octet-stream"),)
    )
    document = import_bytes(data, mime_type="message/rfc822")
    assert document.format == "docx"
    assert squash(document.text) == squash(item["text"])


def test_html_email_body_in_base64() -> None:
    item = next(i for i in ITEMS if i["language"] == "ru")
    document = import_bytes(
        make_eml(item["text"], html_body=True, transfer="base64"), file_name="m.eml"
    )
    assert squash(document.text) == squash(item["text"])


@pytest.mark.parametrize(
    ("mime", "builder", "fmt"),
    [
        ("text/plain; charset=utf-8", lambda t: t.encode(), "txt"),
        ("text/html", make_html, "html"),
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            make_docx,
            "docx",
        ),
        ("application/vnd.oasis.opendocument.text", make_odt, "odt"),
        ("application/rtf", make_rtf, "rtf"),
    ],
)
def test_bytes_from_clipboard_by_mime_type(mime: str, builder, fmt: str) -> None:
    item = ITEMS[3]
    document = import_bytes(builder(item["text"]), mime_type=mime)
    assert document.format == fmt
    assert squash(document.text) == squash(item["text"])
    assert document.file_name == ""


def test_content_signature_wins_over_a_wrong_name() -> None:
    item = ITEMS[5]
    document = import_bytes(make_docx(item["text"]), file_name="report.txt")
    assert document.format == "docx"
    assert squash(document.text) == squash(item["text"])


def test_pasted_text_without_name_or_type() -> None:
    document = import_bytes(b"Treffen in Berlin\r\nDie Minister trafen sich.  \r\n")
    assert document.text == "Treffen in Berlin\nDie Minister trafen sich."
    assert document.format == "txt"


def test_supported_suffixes_cover_every_format() -> None:
    for suffix in (".txt", ".md", ".docx", ".odt", ".rtf", ".html", ".htm", ".eml", ".msg", ".pdf"):
        assert suffix in SUPPORTED_SUFFIXES


def test_html_page_in_a_declared_legacy_charset() -> None:
    item = next(i for i in ITEMS if i["id"] == "ru-news-002")
    text = item["text"].translate(_ASCII_FALLBACK)
    page = (
        make_html(text, lang="ru")
        .decode("utf-8")
        .replace('charset="utf-8"', 'charset="windows-1251"')
    )
    document = import_bytes(page.encode("cp1251"), file_name="page.html")
    assert squash(document.text) == squash(text)
    assert document.encoding == "windows-1251"
    assert document.language == "ru"


@pytest.mark.parametrize("transfer", ["8bit", "quoted-printable", "base64"])
@pytest.mark.parametrize("html_body", [False, True], ids=["plain", "html"])
def test_email_bodies_in_every_transfer_encoding(transfer: str, html_body: bool) -> None:
    item = next(i for i in ITEMS if i["id"] == "de-minutes-001")
    data = make_eml(item["text"], transfer=transfer, html_body=html_body)
    document = import_bytes(data, file_name="mail.eml")
    assert squash(document.text) == squash(item["text"])


def test_rtf_pictures_are_skipped_and_the_text_around_them_kept() -> None:
    item = ITEMS[4]
    picture = b"{\\*\\shppict{\\pict\\pngblip\\picw10\\pich10 " + b"89504e470d0a1a0a" * 5000 + b"}}"
    rtf = make_rtf(item["text"])
    data = rtf[:-1] + picture + b"\\par Photo: press office.\\par}"
    document = import_bytes(data, file_name="with-photo.rtf")
    assert squash(document.text) == squash(item["text"] + "\nPhoto: press office.")


def test_a_long_legacy_encoded_text_is_detected_on_a_sample_and_decoded_whole() -> None:
    item = next(i for i in ITEMS if i["id"] == "ru-news-002")
    text = item["text"].translate(_ASCII_FALLBACK)
    long_text = "\n".join([text] * 400)  # about 470 KB, more than the detection sample
    document = import_bytes(long_text.encode("koi8-r"), file_name="long.txt")
    assert document.encoding == "koi8_r"
    assert squash(document.text) == squash(long_text)
