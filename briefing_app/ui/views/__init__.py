"""Widgets and layout only; the controllers hold the logic."""
