"""Dialogs; the controllers reach them through ``Dialogs`` so tests can answer instead."""
