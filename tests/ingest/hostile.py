"""Hostile and broken files, built in the test's temporary folder (nothing big is committed)."""

from __future__ import annotations

import io
import zipfile
import zlib

MiB = 1024 * 1024

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def replace_member(package: bytes, name: str, content: bytes) -> bytes:
    """The zip package with one member's content replaced."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = content if info.filename == name else source.read(info.filename)
            out.writestr(info.filename, data)
    return buffer.getvalue()


def entity_bomb_docx(docx: bytes) -> bytes:
    body = (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return replace_member(docx, "word/document.xml", BILLION_LAUGHS + body)


def entity_bomb_odt(odt: bytes) -> bytes:
    body = (
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        b"<office:text><text:p>&lol9;</text:p></office:text></office:body>"
        b"</office:document-content>"
    )
    return replace_member(odt, "content.xml", BILLION_LAUGHS + body)


def external_entity_docx(docx: bytes) -> bytes:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return replace_member(docx, "word/document.xml", body)


def zip_bomb(unpacked: int = 260 * MiB) -> bytes:
    """A .docx-shaped zip whose document.xml unpacks to *unpacked* bytes of zeros,
    compressed in a streaming way so building it needs little memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * MiB
    parts = [compressor.compress(chunk) for _ in range(unpacked // MiB)]
    parts.append(compressor.flush())
    compressed = b"".join(parts)
    crc = 0
    for _ in range(unpacked // MiB):
        crc = zlib.crc32(chunk, crc)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        # Write the precompressed stream by hand: header sizes are the true ones.
        info.file_size = unpacked
        info.compress_size = len(compressed)
        info.CRC = crc
        out.fp.write(info.FileHeader())  # type: ignore[union-attr]
        info.header_offset = out.fp.tell() - len(info.FileHeader())  # type: ignore[union-attr]
        out.fp.write(compressed)  # type: ignore[union-attr]
        out.filelist.append(info)
        out.NameToInfo[info.filename] = info
        out.start_dir = out.fp.tell()  # type: ignore[union-attr]
    return buffer.getvalue()


def lying_zip_bomb(unpacked: int = 260 * MiB) -> bytes:
    """The same bomb, but every size field claims 1 KB unpacked."""
    data = bytearray(zip_bomb(unpacked))
    packed = unpacked.to_bytes(4, "little")
    small = (1024).to_bytes(4, "little")
    start = 0
    while (index := data.find(packed, start)) != -1:
        data[index : index + 4] = small
        start = index + 4
    return bytes(data)


def image_only_pdf() -> bytes:
    """One page showing a small grey image and no text: what a scanner produces."""
    pixels = zlib.compress(bytes([128]) * 64 * 64)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(pixels)
        + pixels
        + b"\nendstream",
    ]
    content = b"q 500 0 0 700 40 70 cm /Im1 Do Q"
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def many_parts_zip(parts: int = 10_050) -> bytes:
    """A .docx-shaped zip made of more tiny parts than any office document has."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        out.writestr("word/document.xml", b"<w:document/>")
        for number in range(parts):
            out.writestr(f"p/{number}", b"")
    return buffer.getvalue()
