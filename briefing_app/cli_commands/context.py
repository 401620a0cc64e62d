"""What every command handler gets: folders, settings and the output streams."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.errors import UserInputError
from briefing_app.paths import AppPaths

if TYPE_CHECKING:  # read on first use: "open" starts the editor, which reads its own
    from briefing_app.settings import Settings


@dataclass
class Context:
    paths: AppPaths
    debug: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    @cached_property
    def settings(self) -> Settings:
        from briefing_app.settings import load_settings

        return load_settings(self.paths.settings_file)

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out)

    def print_json(self, data: Any) -> None:
        self.out.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def parse_date_option(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value, or a clear error naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UserInputError(
            f"{option} {value!r} is not a date; write it as YYYY-MM-DD, for example 2025-03-03."
        ) from exc
