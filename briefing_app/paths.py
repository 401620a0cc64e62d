"""Where Briefing Desk keeps its files.

platformdirs gives the per-user folders. ``--data-dir DIR`` or the environment
variable ``BRIEFING_APP_DATA_DIR`` moves all of them below one folder, which is
what tests and portable installs use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

APP_NAME = "BriefingDesk"
APP_AUTHOR = "BriefingDesk"
ENV_DATA_DIR = "BRIEFING_APP_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The folders the application writes to."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def archive_file(self) -> Path:
        return self.data / "archive.sqlite3"

    @property
    def user_templates(self) -> Path:
        return self.data / "templates"

    @property
    def recovery(self) -> Path:
        return self.data / "recovery"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The application's folders; *data_dir* (or the environment variable) overrides all."""
    override = data_dir if data_dir is not None else os.environ.get(ENV_DATA_DIR) or None
    if override is not None:
        root = Path(override).expanduser().resolve()
        return AppPaths(data=root, config=root / "config", cache=root / "cache", logs=root / "logs")
    import platformdirs  # only here: a portable or test folder needs none of it

    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


@cache
def _data_root() -> Path:
    """Folder holding ``templates/`` and ``resources/``.

    In an installed wheel they sit in ``briefing_app/_data``; in a source checkout
    they are the top-level folders next to the package.
    """
    package = Path(__file__).resolve().parent
    bundled = package / "_data"
    if (bundled / "resources").is_dir():
        return bundled
    return package.parent


def resources_dir() -> Path:
    """The read-only resources shipped with the application (lexicons, samples, icons)."""
    return _data_root() / "resources"


def builtin_templates_dir() -> Path:
    """The built-in Word templates shipped with the application."""
    return _data_root() / "templates"


def sample_report() -> Path:
    """The bundled sample report the editor opens when nothing else is given."""
    return resources_dir() / "samples" / "sample-report.txt"
