"""Outlook .msg messages and other OLE compound files, read with olefile (BSD licence).

extract-msg would do more, but it is GPL-3.0 and this app is MIT-licensed; the
few MAPI properties a report needs (subject, sender, recipients, date, body,
attachments) are simple named streams that olefile reads directly.

OLE files are also what a password-protected .docx and an old Word 97–2003 .doc
look like, so this module tells those apart for a clear message.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
from collections.abc import Callable

from briefing_app.ingest.errors import (
    UnsupportedFormatError,
    damaged,
    password_protected,
)
from briefing_app.ingest.html import html_to_text
from briefing_app.ingest.normalize import first_line, normalize_text
from briefing_app.ingest.result import Extracted

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PR_SUBJECT = "0037"
PR_SENDER_NAME = "0C1A"
PR_SENDER_EMAIL = "0C1F"
PR_DISPLAY_TO = "0E04"
PR_DISPLAY_CC = "0E03"
PR_BODY = "1000"
PR_HTML = "1013"
PR_ATTACH_LONG_FILENAME = "3707"
PR_ATTACH_FILENAME = "3704"
PR_ATTACH_DATA = "3701"
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PT_SYSTIME = 0x0040

ImportAttachment = Callable[[bytes, str], Extracted]


def _open(data: bytes, fmt: str):
    import olefile

    try:
        return olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises OSError, struct.error, IndexError ...
        raise damaged(fmt) from exc


def classify_ole(data: bytes, expected: str) -> str:
    """'msg', or raise the error that explains what else this OLE file is."""
    ole = _open(data, expected)
    try:
        streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=True)}
    except Exception as exc:
        raise damaged(expected) from exc
    finally:
        ole.close()
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        fmt = expected if expected in ("docx", "odt") else "docx"
        raise password_protected(fmt)
    if "__properties_version1.0" in streams or any(s.startswith("__substg1.0_") for s in streams):
        return "msg"
    if "WordDocument" in streams:
        raise UnsupportedFormatError(
            "This is an older Word 97–2003 document (.doc). Open it in Word or LibreOffice, "
            "save it as .docx and import that file."
        )
    raise UnsupportedFormatError(
        "This is an Office file of a kind that cannot be imported (not a Word document "
        "or an Outlook message)."
    )


def _string(ole, prefix: str, prop: str) -> str:
    for suffix, encoding in (("001F", "utf-16-le"), ("001E", "cp1252")):
        path = f"{prefix}__substg1.0_{prop}{suffix}"
        if ole.exists(path):
            raw = ole.openstream(path).read()
            return raw.decode(encoding, errors="replace").rstrip("\x00")
    return ""


def _binary(ole, prefix: str, prop: str) -> bytes:
    path = f"{prefix}__substg1.0_{prop}0102"
    return ole.openstream(path).read() if ole.exists(path) else b""


def _sent_date(ole) -> dt.date | None:
    if not ole.exists("__properties_version1.0"):
        return None
    raw = ole.openstream("__properties_version1.0").read()
    # Top-level property stream: a 32-byte header, then 16-byte entries
    # (type:uint16, id:uint16, flags:uint32, value:8 bytes).
    found: dict[int, int] = {}
    for offset in range(32, len(raw) - 15, 16):
        prop_type, prop_id, _flags, value = struct.unpack_from("<HHIQ", raw, offset)
        if prop_type == PT_SYSTIME:
            found[prop_id] = value
    for prop_id in (PR_CLIENT_SUBMIT_TIME, PR_MESSAGE_DELIVERY_TIME):
        filetime = found.get(prop_id)
        if filetime:
            try:
                return (dt.datetime(1601, 1, 1) + dt.timedelta(microseconds=filetime // 10)).date()
            except OverflowError:
                return None
    return None


def read_msg(
    data: bytes, *, attachment: str | None, import_attachment: ImportAttachment
) -> Extracted:
    ole = _open(data, "msg")
    try:
        subject = _string(ole, "", PR_SUBJECT)
        body = _string(ole, "", PR_BODY)
        if not body.strip():
            html = _binary(ole, "", PR_HTML)
            body = html_to_text(html.decode("utf-8", errors="replace")) if html else ""
        metadata = {
            key: value
            for key, value in (
                ("subject", subject),
                ("from", _string(ole, "", PR_SENDER_NAME) or _string(ole, "", PR_SENDER_EMAIL)),
                ("to", _string(ole, "", PR_DISPLAY_TO)),
                ("cc", _string(ole, "", PR_DISPLAY_CC)),
            )
            if value
        }
        published = _sent_date(ole)
        storages = sorted(
            {entry[0] for entry in ole.listdir() if entry[0].startswith("__attach_version1.0_")}
        )
        attachments: list[tuple[str, str]] = []
        for number, storage in enumerate(storages, start=1):
            prefix = storage + "/"
            name = (
                _string(ole, prefix, PR_ATTACH_LONG_FILENAME)
                or _string(ole, prefix, PR_ATTACH_FILENAME)
                or f"attachment-{number}"
            )
            attachments.append((name, prefix))
        names = tuple(name for name, _ in attachments)
        if attachment is None and not normalize_text(body):
            importable = [n for n in names if n.lower().endswith((".docx", ".pdf", ".odt", ".rtf"))]
            if len(importable) == 1:
                attachment = importable[0]
        if attachment is not None:
            for name, prefix in attachments:
                if name == attachment:
                    payload = _binary(ole, prefix, PR_ATTACH_DATA)
                    break
            else:
                raise UnsupportedFormatError(
                    f"The message has no attachment named {attachment!r}."
                    + (f" Its attachments are: {', '.join(names)}." if names else "")
                )
    except (UnsupportedFormatError, OSError, struct.error, IndexError, ValueError) as exc:
        if isinstance(exc, UnsupportedFormatError):
            raise
        raise damaged("msg") from exc
    finally:
        ole.close()
    if attachment is not None:
        result = import_attachment(payload, attachment)
        result.metadata = {
            **{f"email_{key}": value for key, value in metadata.items()},
            **result.metadata,
            "attachment": attachment,
        }
        result.attachments = names
        return result
    return Extracted(
        text=body,
        headline=subject or first_line(body),
        published=published,
        attachments=names,
        metadata=metadata,
    )
