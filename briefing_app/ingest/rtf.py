"""Rich Text Format (.rtf) through striprtf; table rows become ``| a | b |`` lines."""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import charset_map, rtf_to_text

from briefing_app.ingest.errors import damaged
from briefing_app.ingest.normalize import first_line
from briefing_app.ingest.result import Extracted

_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_ANSI_CHARSET = re.compile(r"\\fcharset0(?![0-9])")
# \fcharset0 means "the ANSI code page", which \ansicpg declares; striprtf reads it as
# cp1252 always, so it is rewritten to the charset number of the declared code page.
_CHARSET_OF = {encoding: number for number, encoding in charset_map.items() if number}


def _codepage(data: bytes) -> str:
    match = _CODEPAGE.search(data[:4096])
    if match:
        name = f"cp{match.group(1).decode('ascii')}"
        try:
            codecs.lookup(name)
        except LookupError:
            return "cp1252"
        return name
    return "cp1252"


# Groups that hold pictures, embedded objects and themes as long hex runs. striprtf would
# walk them character by character (seconds for a report with a photo); they have no text.
_BINARY_GROUP = re.compile(
    r"\{(?:\\\*)?\\(?:pict|shppict|nonshppict|object|objdata|datastore|themedata|"
    r"colorschememapping|blipuid)\b"
)
_BRACE = re.compile(r"(?<!\\)[{}]")


def _drop_binary_groups(source: str) -> str:
    parts: list[str] = []
    position = 0
    while match := _BINARY_GROUP.search(source, position):
        parts.append(source[position : match.start()])
        depth = 0
        end = len(source)
        for brace in _BRACE.finditer(source, match.start()):
            depth += 1 if brace.group() == "{" else -1
            if depth == 0:
                end = brace.end()
                break
        position = end
    parts.append(source[position:])
    return "".join(parts)


def _table_row(line: str) -> str:
    # striprtf ends every cell with "|"; a row therefore ends with "|" but does not start with it.
    if line.endswith("|") and not line.lstrip().startswith("|"):
        cells = [cell.strip() for cell in line[:-1].split("|")]
        return "| " + " | ".join(cells) + " |"
    return line


def read_rtf(data: bytes) -> Extracted:
    if not data.lstrip()[:5] == b"{\\rtf":
        raise damaged("rtf")
    encoding = _codepage(data)
    source = data.decode(encoding, errors="replace")
    if encoding != "cp1252" and encoding in _CHARSET_OF:
        source = _ANSI_CHARSET.sub(f"\\\\fcharset{_CHARSET_OF[encoding]}", source)
    try:
        text = rtf_to_text(_drop_binary_groups(source), encoding=encoding, errors="replace")
    except Exception as exc:  # striprtf is a hand-written tokenizer; any failure = bad file
        raise damaged("rtf") from exc
    text = "\n".join(_table_row(line) for line in text.replace("\r", "").split("\n"))
    return Extracted(text=text, headline=first_line(text), encoding=encoding)
