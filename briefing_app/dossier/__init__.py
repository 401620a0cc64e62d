"""Briefing dossiers gathered from the archive."""
