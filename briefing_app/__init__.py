"""Briefing Desk: meeting reports in, Word briefing notes and an archive out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefing-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

__all__ = ["__version__"]
