""" "New briefing for…": gather a dossier from the archive, review and edit it, save it.

``open_dossier_dialog(parent, archive, settings)`` is what the main window calls;
it returns the saved ``Meeting(kind='dossier')`` or None when the officer cancels.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.model.meeting import Meeting
from briefing_app.settings import Settings
from briefing_app.ui.dossier_controller import (
    DossierController,
    country_choices,
    parse_country_choice,
)
from briefing_app.ui.dossier_details import DossierDetails
from briefing_app.ui.dossier_timeline import ID_ROLE, DossierTimeline

WARNING_STYLE = (
    "QLabel { background: #fff4ce; color: #5c3c00; border: 1px solid #e0b000;"
    " border-radius: 4px; padding: 6px; }"
)


class DossierDialog(QDialog):
    def __init__(
        self,
        archive: Any,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New briefing for…")
        self.controller = DossierController(archive, settings, today=today)
        self.saved: Meeting | None = None
        self._filling = False
        self._build(archive)
        self.resize(1280, 820)
        self._show_dossier()

    # -- layout ---------------------------------------------------------------------------

    def _build(self, archive: Any) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._subject_box(archive))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._timeline_box())
        self.tabs = DossierDetails()
        self.open_items = self.tabs.open_items
        splitter.addWidget(self.tabs)
        splitter.setSizes([520, 740])
        layout.addWidget(splitter, 1)

        layout.addWidget(self._edit_box())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Save dossier")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _subject_box(self, archive: Any) -> QGroupBox:
        box = QGroupBox("Briefing for")
        row = QHBoxLayout(box)
        self.subject_kind = QComboBox()
        self.subject_kind.addItems(["Country or organisation", "Person"])
        self.subject_kind.setAccessibleName("Briefing for a country or a person")
        row.addWidget(self.subject_kind)

        self.subject_stack = QStackedWidget()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(country_choices(self.controller.language))
        self.country.setCurrentIndex(-1)
        self.country.lineEdit().setPlaceholderText("Country or organisation, e.g. KZ")
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person = QLineEdit()
        self.person.setPlaceholderText("Name in any spelling, e.g. Lavrov")
        self.subject_stack.addWidget(self.country)
        self.subject_stack.addWidget(self.person)
        self.subject_kind.currentIndexChanged.connect(self.subject_stack.setCurrentIndex)
        self.subject_kind.currentIndexChanged.connect(lambda _i: self._complete_people(archive))
        row.addWidget(self.subject_stack, 2)

        self.since_enabled = QCheckBox("Only meetings since")
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addYears(-5))
        self.since.setEnabled(False)
        self.since_enabled.toggled.connect(self.since.setEnabled)
        row.addWidget(self.since_enabled)
        row.addWidget(self.since)

        self.language = QComboBox()
        self.language.addItem("English (dossier-en)", "en")
        self.language.addItem("Deutsch (dossier-de)", "de")
        self.language.setCurrentIndex(0 if self.controller.language == "en" else 1)
        self.language.setAccessibleName("Language of the dossier")
        row.addWidget(self.language)

        self.gather_button = QPushButton("Gather")
        self.gather_button.setDefault(True)
        self.gather_button.clicked.connect(self.gather)
        row.addWidget(self.gather_button)
        return box

    def _complete_people(self, archive: Any) -> None:
        """Offer the people register's names; read only when a person is wanted (it is big)."""
        if self.person.completer() is not None:
            return
        names = sorted({n for p in _register(archive) for n in [p.name, *p.variants]})
        completer = QCompleter(names, self.person)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)

    def _timeline_box(self) -> QGroupBox:
        box = DossierTimeline()
        self.timeline = box.list
        self.up_button, self.down_button = box.up_button, box.down_button
        self.drop_button = box.drop_button
        self.timeline.itemChanged.connect(self._kept_changed)
        self.timeline.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.timeline_box = box
        return box

    def _edit_box(self) -> QGroupBox:
        box = QGroupBox("Briefing")
        form = QFormLayout(box)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText("Purpose of the meeting, in one line")
        self.purpose.textEdited.connect(self._purpose_edited)
        form.addRow("Purpose", self.purpose)
        when = QHBoxLayout()
        self.meeting_dated = QCheckBox("on")
        self.meeting_date = QDateEdit()
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat("yyyy-MM-dd")
        self.meeting_date.setDate(QDate.currentDate())
        self.meeting_date.setEnabled(False)
        self.meeting_dated.toggled.connect(self.meeting_date.setEnabled)
        self.meeting_place = QLineEdit()
        self.meeting_place.setPlaceholderText("Place, if known")
        for signal in (
            self.meeting_dated.toggled,
            self.meeting_date.dateChanged,
            self.meeting_place.textEdited,
        ):
            signal.connect(self._meeting_edited)
        when.addWidget(self.meeting_dated)
        when.addWidget(self.meeting_date)
        when.addWidget(QLabel("in"))
        when.addWidget(self.meeting_place, 1)
        form.addRow("Meeting", when)
        self.talking_points = QPlainTextEdit()
        self.talking_points.setPlaceholderText("One talking point per line")
        self.talking_points.setFixedHeight(84)
        self.talking_points.textChanged.connect(self._points_edited)
        form.addRow("Talking points", self.talking_points)
        self.background = QPlainTextEdit()
        self.background.setFixedHeight(60)
        self.background.textChanged.connect(self._background_edited)
        form.addRow("Background", self.background)
        row = QHBoxLayout()
        self.classification = QComboBox()
        self.classification.addItems(self.controller.classification_choices())
        self.classification.setItemText(0, "none (unclassified)")
        self.classification.currentIndexChanged.connect(self._classification_changed)
        row.addWidget(self.classification)
        self.minimum_label = QLabel()
        row.addWidget(self.minimum_label, 1)
        form.addRow("Classification", row)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        form.addRow("", self.warning)
        return box

    # -- actions --------------------------------------------------------------------------

    def gather(self) -> bool:
        """Gather from the archive for the chosen subject; False (and a message) on bad input."""
        language = self.language.currentData()
        try:
            if self.subject_kind.currentIndex() == 0:
                code = parse_country_choice(self.country.currentText(), language)
                kwargs: dict[str, Any] = {"country": code}
            else:
                kwargs = {"person": self.person.text()}
            date_from = self.since.date().toPython() if self.since_enabled.isChecked() else None
            self.controller.gather(date_from=date_from, language=language, **kwargs)
        except BriefingError as exc:
            self._error(exc.message)
            return False
        self._show_dossier()
        return True

    def _move(self, offset: int) -> None:
        item = self.timeline.currentItem()
        if item is None:
            return
        meeting_id = item.data(ID_ROLE)
        if self.controller.move(meeting_id, offset):
            self._show_timeline(select=meeting_id)

    def _kept_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        kept = item.checkState() == Qt.CheckState.Checked
        self.controller.set_kept(item.data(ID_ROLE), kept)
        self._filling = True
        try:
            self.background.setPlainText(self.controller.dossier.background)
        finally:
            self._filling = False
        self._show_timeline(select=item.data(ID_ROLE))
        self._show_derived()

    def _purpose_edited(self, text: str) -> None:
        if self.controller.dossier is not None:
            self.controller.set_purpose(text)

    def _meeting_edited(self, *_args: object) -> None:
        if self.controller.dossier is None or self._filling:
            return
        day = self.meeting_date.date().toPython() if self.meeting_dated.isChecked() else None
        self.controller.set_meeting(day, self.meeting_place.text())

    def _points_edited(self) -> None:
        if self.controller.dossier is not None and not self._filling:
            self.controller.set_talking_points(self.talking_points.toPlainText())

    def _background_edited(self) -> None:
        if self.controller.dossier is not None and not self._filling:
            self.controller.set_background(self.background.toPlainText())

    def _classification_changed(self) -> None:
        if self.controller.dossier is None or self._filling:
            return
        level = self.controller.classification_choices()[self.classification.currentIndex()]
        self.controller.set_classification(level)
        self._show_warning()

    def _save(self) -> None:
        dossier = self.controller.dossier
        if dossier is None:
            self._error("Choose a country, organisation or person and press Gather first.")
            return
        warning = self.controller.classification_warning(dossier.classification)
        if warning is not None and not self.confirm_lowering(warning):
            return
        try:
            self.saved = self.controller.save()
        except BriefingError as exc:
            self._error(exc.message)
            return
        self.accept()

    def confirm_lowering(self, warning: str) -> bool:
        """Ask before saving a dossier marked below its sources."""
        answer = QMessageBox.warning(
            self,
            "Classification below its sources",
            f"{warning}\n\nSave the dossier with the lower marking anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, "New briefing", message)

    # -- showing the dossier --------------------------------------------------------------

    def _show_dossier(self) -> None:
        dossier = self.controller.dossier
        has = dossier is not None
        for widget in (
            self.purpose,
            self.talking_points,
            self.background,
            self.classification,
            self.meeting_dated,
            self.meeting_place,
        ):
            widget.setEnabled(has)
        self.meeting_date.setEnabled(has and self.meeting_dated.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(has)
        self._filling = True
        try:
            if dossier is not None:
                self.purpose.setText(dossier.purpose)
                self.meeting_dated.setChecked(dossier.meeting_date is not None)
                if dossier.meeting_date is not None:
                    self.meeting_date.setDate(QDate(dossier.meeting_date))
                self.meeting_place.setText(dossier.meeting_place)
                self.talking_points.setPlainText("\n".join(dossier.talking_points))
                self.background.setPlainText(dossier.background)
                choices = self.controller.classification_choices()
                self.classification.setCurrentIndex(choices.index(dossier.classification))
        finally:
            self._filling = False
        self._show_timeline()
        self._show_derived()

    def _show_timeline(self, select: str | None = None) -> None:
        dossier = self.controller.dossier
        self._filling = True
        try:
            if dossier is None:
                self.timeline.clear()
                return
            self.timeline_box.fill(dossier, select)
        finally:
            self._filling = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        dossier = self.controller.dossier
        self.timeline_box.update_buttons(dossier.timeline_ids() if dossier else [])

    def _show_derived(self) -> None:
        dossier = self.controller.dossier
        self.tabs.show_dossier(dossier)
        if dossier is None:
            self.minimum_label.setText("")
            self._show_warning()
            return
        minimum = dossier.minimum_level()
        self.minimum_label.setText(
            f"At least {minimum.label}: the highest marking of the kept meetings."
            if minimum.rank
            else "The kept meetings carry no classification."
        )
        self._show_warning()

    def _show_warning(self) -> None:
        dossier = self.controller.dossier
        warning = (
            self.controller.classification_warning(dossier.classification) if dossier else None
        )
        self.warning.setText(f"⚠ {warning}" if warning else "")
        self.warning.setVisible(bool(warning))


def _register(archive: Any) -> list[Any]:
    try:
        return list(archive.people())
    except BriefingError:
        return []


def open_dossier_dialog(parent: QWidget | None, archive: Any, settings: Settings) -> Meeting | None:
    """Show "New briefing for…"; the saved dossier Meeting, or None when cancelled."""
    dialog = DossierDialog(archive, settings, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None
    finally:
        dialog.deleteLater()
