"""Reads the settings into the dialog and saves what the officer changed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QObject

from briefing_app.errors import BriefingError
from briefing_app.model import describe_validation_error
from briefing_app.settings import Settings, save_settings
from briefing_app.ui import services
from briefing_app.ui.dialogs.settings_dialog import SettingsDialog
from briefing_app.ui.translate import tr

if TYPE_CHECKING:
    from briefing_app.ui.controllers.main_controller import MainController

log = logging.getLogger(__name__)


class SettingsController(QObject):
    def __init__(self, view: SettingsDialog, main: MainController) -> None:
        super().__init__(view)
        self.view, self.main = view, main
        s = main.settings
        for value, label in (("system", tr("As the system")), ("de", "Deutsch"), ("en", "English")):
            view.language.addItem(label, value)
        view.language.setCurrentIndex(max(view.language.findData(s.interface_language), 0))
        view.author.setText(s.author)
        view.pattern.setText(s.filename_pattern)
        view.autosave.setValue(s.autosave_seconds)
        view.open_after.setChecked(s.open_after_export)
        self._fill_templates(s.default_template)
        view.buttons.accepted.connect(self.accept)

    def _fill_templates(self, current: str) -> None:
        combo = self.view.template
        list_templates = services.capability("briefing_app.export", "list_templates")
        names: list[tuple[str, str]] = []
        if list_templates is not None:
            try:
                names = [
                    (t.name, f"{t.display_name} ({t.language})")
                    for t in list_templates(self.main.paths)
                    if not t.problem
                ]
            except BriefingError as exc:
                log.warning("templates not listed: %s", exc)
        if current not in [n for n, _ in names]:
            names.insert(0, (current, current))
        for name, label in names:
            combo.addItem(label, name)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def values(self) -> dict[str, object]:
        v = self.view
        return {
            "interface_language": v.language.currentData(),
            "author": v.author.text().strip(),
            "filename_pattern": v.pattern.text().strip(),
            "default_template": v.template.currentData(),
            "autosave_seconds": v.autosave.value(),
            "open_after_export": v.open_after.isChecked(),
        }

    def accept(self) -> bool:
        """Validate and save; the dialog stays open with a message when a value is wrong."""
        old = self.main.settings
        try:
            new = Settings.model_validate({**old.model_dump(), **self.values()})
            if "export" in services.loaded_capabilities():
                self._check_pattern(new)
            save_settings(new, self.main.paths.settings_file)
        except ValidationError as exc:
            self.view.note.setText(describe_validation_error(exc))
            return False
        except BriefingError as exc:
            self.view.note.setText(exc.message)
            return False
        for key in self.values():
            setattr(old, key, getattr(new, key))
        self.main.archive.autosave_timer.setInterval(new.autosave_seconds * 1000)
        if new.interface_language != self.main.language and new.interface_language != "system":
            self.main.status(tr("The interface language changes at the next start."))
        self.view.accept()
        return True

    def _check_pattern(self, settings: Settings) -> None:
        """A naming pattern with unknown placeholders is refused now, not at export."""
        from briefing_app.export import list_templates, suggest_filename

        templates = list_templates(self.main.paths)
        if templates:
            suggest_filename(self.main.doc.meeting, templates[0], settings.filename_pattern)
