"""Checks that run before a parser sees the bytes: size limits, zip bombs, XML entity bombs.

Every check fails fast with a specific error, before any large allocation,
so a hostile file costs milliseconds and little memory.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import Element
from xml.parsers import expat

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from briefing_app.ingest.errors import (
    FileTooLargeError,
    FileUnreadableError,
    NotAFileError,
    ReportNotFoundError,
    damaged,
    unsafe,
)
from briefing_app.settings import ImportLimits

MiB = 1024 * 1024
# More parts than any real office document has; a zip with more is rejected unread.
MAX_ZIP_MEMBERS = 10_000
_CHUNK = 1024 * 1024


def _megabytes(size: int) -> str:
    return f"{size / MiB:.0f} MB" if size >= MiB else f"{max(size // 1024, 1)} KB"


def read_file(path: Path, limits: ImportLimits) -> bytes:
    """The bytes of *path*, after checking it exists, is a file and is within the size limit."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReportNotFoundError(
            f"The file {path} does not exist. Check the name and folder."
        ) from None
    except OSError as exc:
        raise FileUnreadableError(f"The file {path} cannot be opened ({exc.strerror}).") from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotAFileError(f"{path} is a folder, not a file. Choose a report file inside it.")
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError(f"{path} is not a regular file and cannot be imported.")
    check_size(info.st_size, limits)
    try:
        with path.open("rb") as handle:
            # Ask for one byte more than stat() reported (the file may have grown), but never
            # more than the limit allows: read(n) allocates n bytes up front.
            data = handle.read(min(info.st_size, limits.max_file_bytes) + 1)
    except OSError as exc:
        raise FileUnreadableError(f"The file {path} cannot be read ({exc.strerror}).") from exc
    check_size(len(data), limits)
    return data


def check_size(size: int, limits: ImportLimits) -> None:
    if size > limits.max_file_bytes:
        raise FileTooLargeError(
            f"The file is {_megabytes(size)}, more than the import limit of "
            f"{_megabytes(limits.max_file_bytes)}. Import a shorter extract, or raise the limit "
            "in the settings."
        )


def check_text_length(text: str, limits: ImportLimits) -> None:
    if len(text) > limits.max_text_chars:
        raise FileTooLargeError(
            f"The report has {len(text):,} characters, more than the import limit of "
            f"{limits.max_text_chars:,}. Import a shorter extract, or raise the limit in the "
            "settings."
        )


def zip_member_count(data: bytes) -> int | None:
    """The number of members the zip's end record declares, read without parsing the
    directory (a directory of a million entries would itself exhaust memory)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return None
    (count,) = struct.unpack_from("<H", data, end + 10)
    return count


def check_member_count(data: bytes, fmt: str) -> None:
    count = zip_member_count(data)
    # 0xFFFF means a Zip64 directory: more parts than any office document has.
    if count is not None and (count > MAX_ZIP_MEMBERS or count == 0xFFFF):
        raise unsafe(fmt, f"it is made of {count:,} or more parts")


class SafeZip:
    """A zip archive whose declared and actual unpacked sizes are kept within the limits."""

    def __init__(self, data: bytes, fmt: str, limits: ImportLimits) -> None:
        self.fmt = fmt
        self.limits = limits
        check_member_count(data, fmt)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            zlib.error,
            OSError,
            ValueError,
            EOFError,
        ) as exc:
            raise damaged(fmt) from exc
        if len(infos) > MAX_ZIP_MEMBERS:
            raise unsafe(fmt, f"it is made of {len(infos):,} parts")
        declared = sum(info.file_size for info in infos)
        if declared > limits.max_unpacked_bytes:
            raise unsafe(
                fmt,
                f"it would unpack to {_megabytes(declared)}, more than the limit of "
                f"{_megabytes(limits.max_unpacked_bytes)}",
            )
        self.names = {info.filename for info in infos}
        self._unpacked = 0

    def read(self, name: str) -> bytes:
        """One member, read in chunks so a lying size header cannot unpack past the limit."""
        if name not in self.names:
            raise damaged(self.fmt)
        budget = self.limits.max_unpacked_bytes - self._unpacked
        parts: list[bytes] = []
        size = 0
        try:
            with self.zip.open(name) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > budget:
                        raise unsafe(
                            self.fmt,
                            "it unpacks to more than the limit of "
                            f"{_megabytes(self.limits.max_unpacked_bytes)}",
                        )
                    parts.append(chunk)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as exc:
            # Wrong checksums, truncated data, unknown compression, encrypted members.
            raise damaged(self.fmt) from exc
        except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
            raise damaged(self.fmt) from exc
        self._unpacked += size
        return b"".join(parts)

    def xml(self, name: str) -> Element:
        return parse_xml(self.read(name), self.fmt)

    def check_all_xml(self) -> None:
        """Scan every XML part before a library that uses lxml (python-docx) sees the
        package: a part with a DTD, and so with any entity declaration, is refused."""
        for name in sorted(self.names):
            if name.endswith((".xml", ".rels")):
                scan_xml(self.read(name), self.fmt)


class _Forbidden(Exception):
    pass


def _refuse(*_args: object) -> None:
    raise _Forbidden


def scan_xml(data: bytes, fmt: str) -> None:
    """Check that *data* is well-formed XML without a DTD, without building a tree.

    Same policy as defusedxml's ``forbid_dtd``; expat alone (in C) is several times
    faster than building an ElementTree of a large styles part.
    """
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    try:
        parser.Parse(data, True)
    except _Forbidden as exc:
        raise unsafe(fmt, "it contains XML declarations that could exhaust memory") from exc
    except (expat.ExpatError, ValueError, UnicodeError) as exc:
        raise damaged(fmt) from exc


def parse_xml(data: bytes, fmt: str) -> Element:
    """Parse XML with DTDs, entities and external references forbidden."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise unsafe(fmt, "it contains XML declarations that could exhaust memory") from exc
    except (SafeET.ParseError, ValueError, UnicodeError) as exc:
        raise damaged(fmt) from exc
