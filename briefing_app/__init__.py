"""Briefing Desk: meeting reports in, Word briefing notes and an archive out."""

# Kept in step with pyproject.toml by tests/test_version.py. A constant rather than an
# importlib.metadata look-up, which scans every installed distribution and costs
# 40–60 ms on each start of the editor.
__version__ = "0.1.0"

__all__ = ["__version__"]
