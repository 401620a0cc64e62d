"""A minimal writer of OLE compound files (the container of .msg and old .doc files),
enough to build test messages: no library in the environment writes them.

Directory siblings are chained through their right-hand links only (a valid, if
unbalanced, red-black tree).
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class Storage:
    name: str
    children: list[Storage | Stream] = field(default_factory=list)


@dataclass
class Stream:
    name: str
    data: bytes


def _flatten(root: Storage) -> list[Storage | Stream]:
    entries: list[Storage | Stream] = []

    def visit(node: Storage | Stream) -> None:
        entries.append(node)
        if isinstance(node, Storage):
            for child in node.children:
                visit(child)

    visit(root)
    return entries


def _sectors(size: int, unit: int) -> int:
    return -(-size // unit)


def write_cfb(root: Storage) -> bytes:
    entries = _flatten(root)
    index = {id(node): number for number, node in enumerate(entries)}

    # Streams under 4096 bytes live in the mini stream (64-byte sectors), as the format demands.
    minifat: list[int] = []
    ministream = bytearray()
    mini_starts: dict[int, int] = {}
    for node in entries:
        if isinstance(node, Stream) and 0 < len(node.data) < CUTOFF:
            count = _sectors(len(node.data), MINI)
            first = len(minifat)
            mini_starts[id(node)] = first
            minifat.extend(range(first + 1, first + count))
            minifat.append(END)
            ministream += node.data.ljust(count * MINI, b"\0")
    big = [n for n in entries if isinstance(n, Stream) and len(n.data) >= CUTOFF]

    dir_sectors = _sectors(len(entries) * 128, SECTOR)
    minifat_sectors = _sectors(len(minifat) * 4, SECTOR)
    ministream_sectors = _sectors(len(ministream), SECTOR)
    big_sectors = [_sectors(len(n.data), SECTOR) for n in big]
    data_sectors = dir_sectors + minifat_sectors + ministream_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + data_sectors:
        fat_sectors += 1
    assert fat_sectors <= 109
    fat = [FATSECT] * fat_sectors

    def chain(count: int) -> int:
        if count == 0:
            return END
        first = len(fat)
        fat.extend(range(first + 1, first + count))
        fat.append(END)
        return first

    dir_start = chain(dir_sectors)
    minifat_start = chain(minifat_sectors)
    ministream_start = chain(ministream_sectors)
    big_starts = {id(n): chain(c) for n, c in zip(big, big_sectors, strict=True)}
    fat.extend([FREE] * (fat_sectors * (SECTOR // 4) - len(fat)))

    parents = {
        id(child): parent
        for parent in entries
        if isinstance(parent, Storage)
        for child in parent.children
    }
    directory = bytearray()
    for number, node in enumerate(entries):
        name = node.name.encode("utf-16-le") + b"\0\0"
        kind = 5 if number == 0 else (1 if isinstance(node, Storage) else 2)
        child = NOSTREAM
        if isinstance(node, Storage) and node.children:
            child = index[id(node.children[0])]
        right = NOSTREAM
        parent = parents.get(id(node))
        if parent is not None:
            position = next(i for i, s in enumerate(parent.children) if s is node)
            if position + 1 < len(parent.children):
                right = index[id(parent.children[position + 1])]
        if number == 0:
            start, size = ministream_start, len(ministream)
        elif isinstance(node, Stream):
            size = len(node.data)
            start = big_starts.get(id(node), mini_starts.get(id(node), END))
        else:
            start, size = 0, 0
        directory += name.ljust(64, b"\0") + struct.pack(
            "<HBBIII16sIQQIQ", len(name), kind, 1, NOSTREAM, right, child, b"\0" * 16,
            0, 0, 0, start, size,
        )  # fmt: skip

    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16)
    header += struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6, 0,
                          fat_sectors, dir_start, 0, CUTOFF, minifat_start, minifat_sectors,
                          END, 0)  # fmt: skip
    header += struct.pack("<109I", *(list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)))
    body = bytearray(struct.pack(f"<{len(fat)}I", *fat))
    body += directory.ljust(dir_sectors * SECTOR, b"\0")
    body += struct.pack(f"<{len(minifat)}I", *minifat).ljust(minifat_sectors * SECTOR, b"\xff")
    body += bytes(ministream).ljust(ministream_sectors * SECTOR, b"\0")
    for node, count in zip(big, big_sectors, strict=True):
        body += node.data.ljust(count * SECTOR, b"\0")
    return bytes(header) + bytes(body)


def _text(prop: str, value: str, prefix: str = "__substg1.0_") -> Stream:
    return Stream(f"{prefix}{prop}001F", value.encode("utf-16-le"))


def make_msg(
    text: str,
    *,
    subject: str,
    sender: str = "Embassy Desk",
    to: str = "Referat 205",
    sent: dt.datetime = dt.datetime(2025, 4, 23, 14, 30),
    attachments: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    """An Outlook message with the properties an importer reads."""
    # Top-level property stream: 32-byte header, then 16-byte entries
    # (PT_SYSTIME 0x0040, PR_CLIENT_SUBMIT_TIME 0x0039).
    filetime = (sent - dt.datetime(1601, 1, 1)) // dt.timedelta(microseconds=1) * 10
    properties = b"\0" * 32 + struct.pack("<HHIQ", 0x0040, 0x0039, 6, filetime)
    root = Storage(
        "Root Entry",
        [
            _text("0037", subject),
            _text("1000", text),
            _text("0C1A", sender),
            _text("0E04", to),
            Stream("__properties_version1.0", properties),
        ],
    )
    for number, (name, payload) in enumerate(attachments):
        root.children.append(
            Storage(
                f"__attach_version1.0_#{number:08X}",
                [_text("3707", name), Stream("__substg1.0_37010102", payload)],
            )
        )
    return write_cfb(root)


def make_old_doc() -> bytes:
    """The outline of a Word 97–2003 file: an OLE container with a WordDocument stream."""
    return write_cfb(Storage("Root Entry", [Stream("WordDocument", b"\xec\xa5" + b"\0" * 1000)]))
