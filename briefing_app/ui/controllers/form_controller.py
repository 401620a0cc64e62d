"""Binds the meeting form to the document: fills widgets, turns edits into commands.

The item tables are bound by ``table_controller``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget

from briefing_app import model  # names load on first use: the model is no start-up import
from briefing_app.model.codes import classification_levels
from briefing_app.ui.commands import ConfirmFieldCommand, SetFieldCommand, confirmed
from briefing_app.ui.controllers.table_controller import SpansCallback, TableController
from briefing_app.ui.countries import country_names, parse_country
from briefing_app.ui.document import LIST_FIELDS, MeetingDocument
from briefing_app.ui.models.item_table import ItemTableModel, uncertain_color, uncertain_tooltip
from briefing_app.ui.translate import tr
from briefing_app.ui.views.form_view import NO_DATE, MeetingFormView
from briefing_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from briefing_app.model import Meeting, Provenance

LANGUAGES = ("de", "en", "fr", "ru")


def validated(meeting: Meeting, name: str, value: Any) -> Any:
    """*value* as the model stores it; raises ValidationError when the model refuses it."""
    probe = meeting.model_copy()
    setattr(probe, name, value)
    return getattr(probe, name)


class FormController(QObject):
    def __init__(
        self,
        view: MeetingFormView,
        doc: MeetingDocument,
        *,
        language: str = "en",
        show_spans: SpansCallback | None = None,
        show_error: Callable[[str], None] | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.doc, self.language, self.tasks = view, doc, language, tasks
        self.show_spans = show_spans or (lambda spans: None)
        self.show_error = show_error or (lambda message: None)
        self._filling = False
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(700)
        self._notes_timer.timeout.connect(self._commit_notes)
        self._setup_choices()
        self.tables = TableController(
            view,
            doc,
            language=language,
            show_spans=self.show_spans,
            show_error=self.show_error,
            parent=self,
        )
        self.models: dict[str, ItemTableModel] = self.tables.models
        self._connect_fields()
        doc.meetingReset.connect(self.fill)
        doc.fieldChanged.connect(self._field_changed)
        for signal in (doc.itemsInserted, doc.itemsRemoved):
            signal.connect(self._update_counts)
        self.fill()

    # -- setup ---
    def _setup_choices(self) -> None:
        v = self.view
        for level in classification_levels():
            v.classification.addItem(
                level.label if level.label != "none" else tr("none"), level.label
            )
        names = {"de": tr("German"), "en": tr("English"), "fr": tr("French"), "ru": tr("Russian")}
        for code in LANGUAGES:
            v.language.addItem(names[code], code)
        v.place_country.addItem("", "")
        self._countries_filled = False
        if self.tasks is not None:
            # Babel's country names take a moment to load: fetch them on a worker once the
            # event loop runs. Started here, the worker's Python work would contend for the
            # GIL with the imports and widget building that the window still waits for.
            QTimer.singleShot(0, self, self._prefetch_countries)

    def _prefetch_countries(self) -> None:
        assert self.tasks is not None
        language = self.language
        self.tasks.start(
            lambda: country_names(language),
            lambda _names: self.fill_countries(),
            lambda message: None,
            blocking=False,
            uses_model=False,
        )

    def fill_countries(self) -> None:
        """Offer every country in the place's country box (once)."""
        if self._countries_filled:
            return
        self._countries_filled = True
        combo = self.view.place_country
        current = combo.currentData()
        names = sorted(country_names(self.language).items(), key=lambda kv: kv[1].casefold())
        combo.blockSignals(True)
        for code, name in names:
            combo.addItem(f"{name} ({code})", code)
        combo.setCurrentIndex(max(combo.findData(current or ""), 0))
        combo.blockSignals(False)

    def _connect_fields(self) -> None:
        v = self.view
        v.title.editingFinished.connect(lambda: self.commit("title", v.title.text()))
        v.date.dateChanged.connect(self._commit_date)
        v.time.editingFinished.connect(self._commit_time)
        v.place.editingFinished.connect(self._commit_location)
        v.place_country.activated.connect(lambda _i: self._commit_location())
        v.place_country.lineEdit().editingFinished.connect(self._commit_location)
        v.classification.activated.connect(
            lambda _i: self.commit("classification", v.classification.currentData())
        )
        v.language.activated.connect(lambda _i: self.commit("language", v.language.currentData()))
        v.tags.editingFinished.connect(
            lambda: self.commit("tags", [t.strip() for t in v.tags.text().split(",")])
        )
        v.notes.textChanged.connect(self._notes_edited)
        for widget in v.fields.values():
            widget.installEventFilter(self)
        v.place_country.installEventFilter(self)

    # -- document -> widgets ---
    def fill(self) -> None:
        for name in self.view.fields:
            self._field_changed(name)
        self._update_counts()
        self.tables.fit_columns()

    def _field_changed(self, name: str) -> None:
        m, v = self.doc.shown, self.view
        self._filling = True
        try:
            if name == "title" and v.title.text() != m.title:
                v.title.setText(m.title)
            elif name == "date":
                d = m.date
                v.date.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
            elif name == "time":
                text = m.time.strftime("%H:%M") if m.time else ""
                if v.time.text() != text:
                    v.time.setText(text)
            elif name == "location":
                loc = m.location
                if v.place.text() != (loc.name if loc else ""):
                    v.place.setText(loc.name if loc else "")
                code = loc.country if loc and loc.country else ""
                if code:
                    self.fill_countries()
                v.place_country.setCurrentIndex(max(v.place_country.findData(code), 0))
            elif name == "classification":
                v.classification.setCurrentIndex(
                    max(v.classification.findData(m.classification), 0)
                )
            elif name == "language":
                v.language.setCurrentIndex(max(v.language.findData(m.language), 0))
            elif name == "tags":
                text = ", ".join(m.tags)
                if [t.strip() for t in v.tags.text().split(",") if t.strip()] != m.tags:
                    v.tags.setText(text)
            elif name == "notes" and v.notes.toPlainText() != m.notes:
                v.notes.setPlainText(m.notes)
        finally:
            self._filling = False
        if name in v.fields:
            self._mark(name)

    def provenance_of(self, name: str) -> Provenance | None:
        if name == "location":
            loc = self.doc.shown.location
            return loc.provenance if loc else None
        return self.doc.shown.provenance.get(name)

    def _mark(self, name: str) -> None:
        """Amber background and a tooltip on a field whose extracted value is uncertain."""
        widgets: list[QWidget] = [self.view.fields[name]]
        if name == "location":
            widgets.append(self.view.place_country)
        provenance = self.provenance_of(name)
        uncertain = provenance is not None and provenance.uncertain
        for widget in widgets:
            widget.setProperty("uncertain", uncertain)
            if uncertain:
                color = uncertain_color().name()
                widget.setStyleSheet(f"background-color: {color};")
                widget.setToolTip(uncertain_tooltip(provenance.confidence))
            else:
                widget.setStyleSheet("")
                widget.setToolTip("")

    def _update_counts(self, *_args: object) -> None:
        for list_name in LIST_FIELDS:
            self.view.set_tab_count(list_name, len(self.doc.shown_items(list_name)))

    # -- widgets -> commands ---
    def commit(self, name: str, value: Any) -> bool:
        """Push a command setting *name* to *value* when it differs; report refusals."""
        if self._filling:
            return False
        from pydantic import ValidationError

        try:
            value = validated(self.doc.meeting, name, value)
        except ValidationError as exc:
            self.show_error(model.describe_validation_error(exc))
            self._field_changed(name)
            return False
        if value == getattr(self.doc.meeting, name):
            return False
        label = self.view.fields[name].accessibleName() if name in self.view.fields else name
        self.doc.undo_stack.push(SetFieldCommand(self.doc, name, value, label))
        return True

    def _commit_date(self, date: QDate) -> None:
        self.commit("date", None if date == NO_DATE else date.toPython())

    def _commit_time(self) -> None:
        text = self.view.time.text().strip().replace(".", ":")
        if not text:
            self.commit("time", None)
            return
        try:
            value = dt.time.fromisoformat(text if ":" in text else f"{int(text):02d}:00")
        except ValueError:
            self.show_error(tr("Write the time as hours and minutes, for example 14:30."))
            self._field_changed("time")
            return
        self.commit("time", value)

    def _commit_location(self) -> None:
        if self._filling:
            return
        v, loc = self.view, self.doc.meeting.location
        name = v.place.text().strip()
        typed = v.place_country.currentText()
        code = v.place_country.currentData() or ""
        try:
            if typed and v.place_country.itemText(v.place_country.currentIndex()) != typed:
                code = parse_country(typed, self.language) or ""
        except ValueError as exc:
            self.show_error(str(exc))
            self._field_changed("location")
            return
        if not name:
            self.commit("location", None)
            return
        provenance = confirmed(loc.provenance) if loc else None
        self.commit(
            "location", model.Location(name=name, country=code or None, provenance=provenance)
        )

    def _notes_edited(self) -> None:
        if not self._filling:
            self._notes_timer.start()

    def _commit_notes(self) -> None:
        self.commit("notes", self.view.notes.toPlainText())

    def flush(self) -> None:
        """Commit a pending notes edit (before saving, exporting or closing)."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._commit_notes()

    # -- the tables under their old names (tests and the main window use them) ---
    def table(self, list_name: str) -> QAbstractItemView:
        return self.tables.table(list_name)

    def add_row(self, list_name: str, text: str = "", span: tuple[int, int] | None = None) -> int:
        return self.tables.add_row(list_name, text, span)

    def remove_selected(self, list_name: str) -> None:
        self.tables.remove_selected(list_name)

    def move_selected(self, list_name: str, step: int) -> None:
        self.tables.move_selected(list_name, step)

    def confirm_rows(self, list_name: str, rows: list[int] | None = None) -> int:
        return self.tables.confirm_rows(list_name, rows)

    def focused_list(self) -> str | None:
        return self.tables.focused_list()

    # -- confirming ---
    def confirm_field(self, name: str) -> bool:
        provenance = self.provenance_of(name)
        if provenance is None or not provenance.uncertain:
            return False
        self.doc.undo_stack.push(ConfirmFieldCommand(self.doc, name))
        return True

    def confirm_all(self) -> int:
        """Accept every uncertain extracted value in one undo step."""
        self.doc.undo_stack.beginMacro(tr("Confirm all extracted values"))
        count = sum(self.confirm_field(name) for name in self.view.fields)
        for list_name in LIST_FIELDS:
            count += self.tables.confirm_rows(
                list_name, list(range(len(self.doc.items(list_name))))
            )
        self.doc.undo_stack.endMacro()
        return count

    def focused_field(self) -> str | None:
        for name, widget in self.view.fields.items():
            if widget.hasFocus():
                return name
        if self.view.place_country.hasFocus():
            return "location"
        return None

    # -- provenance ---
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            if obj is self.view.place_country:
                self.fill_countries()
            for name, widget in self.view.fields.items():
                if obj is widget:
                    provenance = self.provenance_of(name)
                    self.show_spans(
                        [(s.start, s.end) for s in provenance.spans] if provenance else []
                    )
        elif event.type() == QEvent.Type.FocusOut and obj is self.view.notes:
            self.flush()
        return False
