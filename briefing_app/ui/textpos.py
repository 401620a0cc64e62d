"""Python string indices (code points) <-> Qt text positions (UTF-16 units).

Spans in the model index ``source.text`` by code point; QTextDocument counts
UTF-16 units, so characters outside the BMP (emoji, rare CJK) shift positions.
"""

from __future__ import annotations

from bisect import bisect_left


class PositionMap:
    def __init__(self, text: str) -> None:
        # Code-point indices of characters that take two UTF-16 units.
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._wide, index) if self._wide else index

    def to_py(self, position: int) -> int:
        if not self._wide:
            return position
        index = position
        # Walk back until to_qt(index) <= position (few wide characters in practice).
        while index > 0 and self.to_qt(index) > position:
            index -= 1
        return index
