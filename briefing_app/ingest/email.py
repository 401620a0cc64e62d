"""E-mails (.eml): plain or HTML body in any transfer encoding; attachments listed.

An attached Word file or PDF can be imported in place of the body: pass its
name as ``attachment`` (the names are in ``SourceDocument.attachments``).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from briefing_app.ingest.errors import UnsupportedFormatError, damaged
from briefing_app.ingest.html import html_to_text
from briefing_app.ingest.normalize import first_line, normalize_text
from briefing_app.ingest.result import Extracted

# Formats of attachments that can be imported in place of the message body.
IMPORTABLE_ATTACHMENTS = (".docx", ".odt", ".rtf", ".pdf", ".txt", ".md", ".html", ".htm")

ImportAttachment = Callable[[bytes, str], Extracted]


def _part_text(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, ValueError, AttributeError, KeyError, TypeError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def body_text(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    text = _part_text(body)
    if body.get_content_type() == "text/html":
        text = html_to_text(text)
    return text


def _attachments(message: EmailMessage) -> list[tuple[str, Message]]:
    found: list[tuple[str, Message]] = []
    for number, part in enumerate(message.iter_attachments(), start=1):
        name = part.get_filename()
        if not name and part.get_content_type() == "message/rfc822":
            name = f"attached-message-{number}.eml"
        found.append((name or f"attachment-{number}", part))
    return found


def _published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def attachment_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner:
            return inner[0].as_bytes()
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def read_eml(
    data: bytes, *, attachment: str | None, import_attachment: ImportAttachment
) -> Extracted:
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        headers = {
            key: str(message.get(key, "") or "").strip()
            for key in ("From", "To", "Cc", "Date", "Subject")
        }
        attachments = _attachments(message)
        text = body_text(message)
    except Exception as exc:  # header and MIME parsing errors of every kind
        raise damaged("eml") from exc
    if not any(headers.values()) and not text.strip():
        raise damaged("eml")
    names = tuple(name for name, _ in attachments)
    metadata = {key.lower(): value for key, value in headers.items() if value}
    if attachment is None and not normalize_text(text):
        importable = [name for name in names if name.lower().endswith(IMPORTABLE_ATTACHMENTS)]
        if len(importable) == 1:
            attachment = importable[0]
    if attachment is not None:
        return _import_attachment(attachments, attachment, metadata, names, import_attachment)
    return Extracted(
        text=text,
        headline=headers["Subject"] or first_line(text),
        published=_published(headers["Date"]),
        attachments=names,
        metadata=metadata,
    )


def _import_attachment(
    attachments: list[tuple[str, Message]],
    wanted: str,
    metadata: dict[str, str],
    names: tuple[str, ...],
    import_attachment: ImportAttachment,
) -> Extracted:
    for name, part in attachments:
        if name == wanted:
            result = import_attachment(attachment_bytes(part), name)
            result.metadata = {
                **{f"email_{key}": value for key, value in metadata.items()},
                **result.metadata,
                "attachment": name,
            }
            result.attachments = names
            return result
    raise UnsupportedFormatError(
        f"The e-mail has no attachment named {wanted!r}."
        + (f" Its attachments are: {', '.join(names)}." if names else " It has no attachments.")
    )
