"""Build report files in every supported format from a corpus text, inside the tests.

Each builder writes the text's lines as paragraphs, and the ``| a | b |`` lines of
minutes as a real table, so an importer must recover the same text.
"""

from __future__ import annotations

import html
import io
import shutil
import subprocess
from email.message import EmailMessage
from pathlib import Path


def blocks(text: str) -> list[str | list[str]]:
    """Paragraphs (str) and table rows (list of cells) of a corpus text."""
    result: list[str | list[str]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            result.append([cell.strip() for cell in stripped[1:-1].split("|")])
        else:
            result.append(line)
    return result


def grouped(text: str) -> list[str | list[list[str]]]:
    """Paragraphs and tables (consecutive rows grouped)."""
    out: list[str | list[list[str]]] = []
    for block in blocks(text):
        if isinstance(block, list):
            if out and isinstance(out[-1], list):
                out[-1].append(block)
            else:
                out.append([block])
        else:
            out.append(block)
    return out


def squash(text: str) -> str:
    """Text compared whitespace aside."""
    return " ".join(text.split())


def _use_font(document, name: str = "Carlito") -> None:
    """A font with Latin and Cyrillic glyphs that LibreOffice ships (Calibri's metric twin)."""
    from docx.oxml.ns import qn

    style = document.styles["Normal"]
    style.font.name = name
    fonts = style.element.rPr.rFonts
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def make_docx(text: str, *, tables: bool = True) -> bytes:
    import docx

    document = docx.Document()
    _use_font(document)
    for block in grouped(text) if tables else blocks(text):
        if isinstance(block, list) and block and isinstance(block[0], str):
            # a table row written as a plain paragraph
            document.add_paragraph("| " + " | ".join(block) + " |")  # type: ignore[arg-type]
        elif isinstance(block, str):
            document.add_paragraph(block)
        else:
            _add_table(document, block)
    document.core_properties.author = "Desk"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell


def make_odt(text: str) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentText()
    for block in grouped(text):
        if isinstance(block, str):
            document.text.addElement(P(text=block))
        else:
            table = Table()
            table.addElement(TableColumn(numbercolumnsrepeated=len(block[0])))
            for row in block:
                table_row = TableRow()
                for cell in row:
                    table_cell = TableCell()
                    table_cell.addElement(P(text=cell))
                    table_row.addElement(table_cell)
                table.addElement(table_row)
            document.text.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _rtf_escape(text: str, codepage: str | None) -> str:
    out: list[str] = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif codepage is not None:
            try:
                out.append(f"\\'{ch.encode(codepage)[0]:02x}")
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)}?")
        else:
            value = ord(ch)
            out.append(f"\\u{value - 65536 if value > 32767 else value}?")
    return "".join(out)


def make_rtf(text: str, codepage: str | None = None) -> bytes:
    """Hand-built RTF: ``\\uN`` escapes, or ``\\'xx`` bytes of *codepage* (e.g. cp1251)."""
    number = codepage[2:] if codepage else "1252"
    parts = [
        f"{{\\rtf1\\ansi\\ansicpg{number}\\deff0",
        "{\\fonttbl{\\f0\\fnil\\fcharset0 Arial;}}",
        "{\\info{\\title Report}{\\author Desk}}",
        "\\pard\\f0\\fs22 ",
    ]
    for block in blocks(text):
        if isinstance(block, str):
            parts.append(_rtf_escape(block, codepage) + "\\par\n")
        else:
            edges = "".join(f"\\cellx{2000 * (i + 1)}" for i in range(len(block)))
            cells = "".join(f"\\pard\\intbl {_rtf_escape(c, codepage)}\\cell " for c in block)
            parts.append(f"\\trowd{edges}\n{cells}\\row\n")
    parts.append("}")
    return "".join(parts).encode("ascii")


COOKIE_BANNER = "We use cookies to improve your experience. Accept all cookies or manage settings."
NAV_ITEMS = ("Home", "Politics", "Economy", "Culture", "Sport")
RELATED = (
    "Minister opens new railway terminal in the port city",
    "Parliament debates the budget for the coming year",
    "Weather: storms expected over the weekend",
)


def make_html(text: str, *, published: str = "2025-04-25", lang: str = "en") -> bytes:
    """A saved news page: navigation, cookie banner, share buttons and related list around
    the article."""
    items = grouped(text)
    headline, body = items[0], items[1:]
    parts: list[str] = []
    for block in body:
        if isinstance(block, str):
            parts.append(f"<p>{html.escape(block)}</p>")
        else:
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                for row in block
            )
            parts.append(f"<table>{rows}</table>")
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV_ITEMS)
    related = "".join(f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    page = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{html.escape(str(headline))} | Example News</title>
<meta property="article:published_time" content="{published}T09:30:00+00:00">
<script>window.dataLayer = [];</script><style>.x{{color:red}}</style></head>
<body>
<header><div class="logo">Example News</div><nav class="main-menu"><ul>{nav}</ul></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>{COOKIE_BANNER}</p>
<button>Accept all</button><button>Settings</button></div>
<main><article>
<h1>{html.escape(str(headline))}</h1>
<div class="article-body">{"".join(parts)}</div>
<div class="share-buttons social"><span>Share:</span> <a href="#">Facebook</a>
<a href="#">Share on X</a> <a href="#">Send by e-mail</a></div>
</article>
<aside class="related-articles"><h2>Related articles</h2><ul>{related}</ul></aside></main>
<footer><p>© 2025 Example News. All rights reserved.</p><a href="/imprint">Imprint</a></footer>
</body></html>"""
    return page.encode("utf-8")


def make_eml(
    text: str,
    *,
    subject: str = "Report",
    html_body: bool = False,
    transfer: str = "quoted-printable",
    attachments: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    message = EmailMessage()
    message["From"] = "Embassy Desk <desk@example.org>"
    message["To"] = "Referat 205 <ref205@example.org>"
    message["Subject"] = subject
    message["Date"] = "Thu, 24 Apr 2025 16:05:00 +0200"
    if html_body:
        paragraphs = "".join(
            f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip()
        )
        message.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html", cte=transfer)
    else:
        message.set_content(text, cte=transfer)
    for name, payload, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(payload, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def soffice_pdf(docx_bytes: bytes, workdir: Path) -> bytes | None:
    """Convert with LibreOffice when it is installed (None otherwise)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "report.docx"
    source.write_bytes(docx_bytes)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{workdir / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (workdir / "report.pdf").read_bytes()


def copy_protected_pdf(pdf: bytes, algorithm: str = "AES-128") -> bytes:
    """*pdf* encrypted the way offices "secure" a PDF: anyone may open it (empty user
    password), copying and printing need the owner password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="", owner_password="office-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_running_lines(document, header: str, footer: str) -> None:
    """A running header, and a footer with the text and a PAGE field (page number)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    section = document.sections[0]
    section.header.paragraphs[0].text = header
    paragraph = section.footer.paragraphs[0]
    paragraph.text = f"{footer} – Seite "
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def make_long_docx(
    texts: list[str], *, header: str = "", footer: str = "", tables: bool = True
) -> bytes:
    """Many reports one after another, each starting on a new page, with running lines.

    ``tables=False`` writes table rows as ``| a | b |`` paragraphs, for PDFs, which keep
    no table structure for an importer to find.
    """
    import docx

    document = docx.Document()
    _use_font(document)
    if header or footer:
        add_running_lines(document, header, footer)
    for number, text in enumerate(texts):
        for index, block in enumerate(grouped(text) if tables else blocks(text)):
            if isinstance(block, list) and block and isinstance(block[0], list):
                _add_table(document, block)
                continue
            line = block if isinstance(block, str) else "| " + " | ".join(block) + " |"
            paragraph = document.add_paragraph(line)
            if index == 0 and number:
                paragraph.paragraph_format.page_break_before = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
