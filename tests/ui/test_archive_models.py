"""The archive pane's table models: what the officer reads in the list and its tooltips."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import Qt

from briefing_app.ui.models.archive_models import FollowUpListModel, MeetingListModel


def summary(**fields):
    base = dict(
        id="m1",
        title="Talks in Astana",
        date=dt.date(2025, 4, 22),
        location="Astana",
        counterpart="Aibek Nurlanuly",
        classification="VS – NUR FÜR DEN DIENSTGEBRAUCH",
        open_follow_ups=2,
    )
    return SimpleNamespace(**{**base, **fields})


def test_meeting_tooltip_names_the_marking_and_the_open_follow_ups(qapp) -> None:
    model = MeetingListModel()
    model.set_page([summary()], 1, lambda offset: [])
    index = model.index(0, 0)
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Talks in Astana")
    assert "VS – NUR FÜR DEN DIENSTGEBRAUCH" in tooltip
    assert "2 open follow-ups" in tooltip
    assert model.data(model.index(0, 2)) == "Aibek Nurlanuly"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Place"


def test_meeting_list_fetches_more_pages_as_it_scrolls(qapp) -> None:
    model = MeetingListModel()
    pages = {1: [summary(id="m2", counterpart="Second")]}
    model.set_page([summary()], 2, lambda offset: pages.get(offset, []))
    assert model.rowCount() == 1 and model.canFetchMore(model.index(-1, -1))
    model.fetchMore()
    assert model.rowCount() == 2
    assert model.data(model.index(1, 2)) == "Second"
    assert not model.canFetchMore(model.index(-1, -1))


def test_overdue_follow_up_is_marked(qapp) -> None:
    model = FollowUpListModel()
    item = SimpleNamespace(
        text="Send the roadmap",
        owner="Referat 205",
        due=dt.date(2025, 1, 31),
        due_text="",
        overdue=True,
        meeting_title="Talks in Astana",
        meeting_date=dt.date(2024, 11, 5),
    )
    model.set_items([item])
    assert model.columnCount() == 4
    assert model.data(model.index(0, 1)) == "Send the roadmap"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith("Overdue")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
