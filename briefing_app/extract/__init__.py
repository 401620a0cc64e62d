"""Extraction: pre-fill a Meeting from a SourceDocument (rules, lexicons, maintained libraries)."""
