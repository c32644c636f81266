"""The day list beside the painted week: a row per entry, sortable, the keyboard's way to
select, edit and delete, and the same entry selected in both views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.weeks import MONDAY, THURSDAY, TUESDAY, add, at, open_week
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Person


@pytest.fixture
def clock():
    return FakeClock(at(THURSDAY, 15))


@pytest.fixture
def window(qtbot, journal, clock):
    return open_week(qtbot, journal, clock)


def shown(window) -> list[list[str]]:
    model = window.day_list.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


@pytest.fixture
def week(window, journal):
    anna = journal.add_person(Person(name="Anna de Vries", circle="peer"))
    entries = {
        "call": add(journal, "call", at(TUESDAY, 11), at(TUESDAY, 11, 2), people=(anna.id,)),
        "work": add(journal, "work", at(TUESDAY, 9), at(TUESDAY, 12), title="plan"),
        "mark": add(journal, "disruption", at(MONDAY, 10, 5), cause="tech"),
    }
    window.reload()
    return entries


def test_a_row_per_entry_with_time_kind_title_people_and_cause(window, week):
    headers = [window.day_list.model().headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Time", "Kind", "Title", "People", "Cause"]
    assert shown(window) == [
        ["Mon 23 10:05", "Disruption", "", "", "Tech, wifi"],
        ["Tue 24 09:00–12:00", "Work", "plan", "", ""],
        ["Tue 24 11:00–11:02", "Call", "", "Anna de Vries", ""],
    ]


def test_the_list_sorts_by_any_column(window, week):
    window.day_list.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [row[1] for row in shown(window)] == ["Call", "Disruption", "Work"]
    window.day_list.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [row[0][:6] for row in shown(window)] == ["Tue 24", "Tue 24", "Mon 23"]


def test_an_entry_picked_in_either_view_is_selected_in_the_other(window, week, qtbot):
    window.day_list.selectRow(1)
    assert window.timeline.selected.id == week["work"].id
    assert "plan" in window.details.text()
    [rect] = window.timeline.rects_of(week["call"].id)
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.timeline.selected.id == week["call"].id
    assert window.day_list.selected_entry().id == week["call"].id
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton,
                     pos=window.timeline.column_rect(6).center().toPoint())  # fmt: skip
    assert window.timeline.selected is None and window.day_list.selected_entry() is None


def test_tab_switches_between_the_week_and_the_list(window, week, qtbot):
    window.timeline.setFocus()
    assert window.timeline.hasFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Tab)
    assert window.day_list.hasFocus()
    qtbot.keyClick(window.day_list, Qt.Key.Key_Tab)
    assert window.timeline.hasFocus()


def test_the_keyboard_selects_edits_and_deletes_with_undo(window, week, journal, qtbot,
                                                          monkeypatch):  # fmt: skip
    from tracker.ui.week.editor import EntryEditor

    window.day_list.setFocus()  # coming in picks the first row
    assert window.timeline.selected.id == week["mark"].id
    qtbot.keyClick(window.day_list, Qt.Key.Key_Down)
    assert window.timeline.selected.id == week["work"].id

    def retitle(editor):
        editor.title.setText("Quarterly plan")
        return EntryEditor.DialogCode.Accepted

    monkeypatch.setattr(EntryEditor, "exec", retitle)
    qtbot.keyClick(window.day_list, Qt.Key.Key_Return)
    stored = journal.get(week["work"].id, near=week["work"].start)
    assert (stored.title, stored.rev) == ("Quarterly plan", 2)  # through the commands
    assert window.day_list.selected_entry().id == week["work"].id  # still selected after reload
    qtbot.keyClick(window.day_list, Qt.Key.Key_Delete)
    assert [row[2] for row in shown(window)] == ["", ""]
    assert window.undo_button.isVisible()
    # Nothing selected after: a second Delete must not take the next row (issue 20); the
    # arrows go on from where the row was.
    assert window.day_list.selected_entry() is None and not window.delete_button.isEnabled()
    qtbot.keyClick(window.day_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[2] for row in shown(window)] == ["", "Quarterly plan", ""]


def test_the_day_list_speaks_dutch(qapp, window, week):
    from tracker.ui.i18n import install_translations

    install_translations(qapp, "nl")
    try:
        window.reload()
        model = window.day_list.model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        assert headers == ["Tijd", "Soort", "Titel", "Mensen", "Oorzaak"]
        assert shown(window)[0][:2] == ["ma 23 10:05", "Verstoring"]
    finally:
        install_translations(qapp, "en")


def test_a_narrow_list_drops_cause_then_people_rather_than_cutting_headers(window, week):
    table = window.day_list
    header = table.horizontalHeader()
    total = sum(window.views.sizes())

    def list_width(columns: int) -> None:
        inner = header.sectionSize(0) + header.sectionSize(1)
        inner += columns * header.minimumSectionSize() + 4
        outer = inner + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        window.views.setSizes([total - outer, outer])

    list_width(3)
    assert [header.isSectionHidden(s) for s in (3, 4)] == [False, False]
    list_width(2)
    assert [header.isSectionHidden(s) for s in (3, 4)] == [False, True]  # the cause goes first
    list_width(1)
    assert [header.isSectionHidden(s) for s in (3, 4)] == [True, True]
    for section in range(3):
        text = table.model().headerData(section, Qt.Orientation.Horizontal)
        assert header.sectionSize(section) >= header.fontMetrics().horizontalAdvance(text)


def test_changes_from_elsewhere_reach_both_views_and_keep_the_selection(window, week, qtbot):
    """`dayweave log` or an edit over the socket while the window is open: the list and the
    painted week both show it at once, and the entry picked stays picked (with its new title)."""
    window.quicklog.notice.connect(window.on_notice)
    work = week["work"]
    window.day_list.setFocus()
    window.day_list.selectRow(window.day_list.row_of(work.id))
    assert window.timeline.selected.id == work.id
    commands = window.quicklog.commands
    from tracker.commands import DeleteEntry, EditEntry, Log

    commands.run(EditEntry(entry_id=work.id, changes={"title": "renamed"}), initiator="socket")
    commands.run(Log(kind="life", at=at(TUESDAY, 18), until=at(TUESDAY, 19), title="dinner",
                     tz="Europe/Amsterdam", end_day_given=True), initiator="socket")  # fmt: skip
    titles = [row[2] for row in shown(window)]
    assert "renamed" in titles and "dinner" in titles and "plan" not in titles
    dinner = next(e for e in window.timeline.entries if e.title == "dinner")
    assert window.timeline.rects_of(dinner.id), "the painted week lacks the new entry"
    assert window.timeline.selected.id == work.id
    assert window.timeline.selected.title == "renamed"
    assert window.day_list.selected_entry().id == work.id
    assert "renamed" in window.details.text()
    commands.run(DeleteEntry(entry_id=work.id), initiator="socket")
    assert window.timeline.selected is None and window.day_list.selected_entry() is None
    assert not window.edit_button.isEnabled() and not window.delete_button.isEnabled()
    assert work.id not in [e.id for e in window.day_list.list_model.entries]


def test_ctrl_z_takes_back_a_dragged_edge_too(window, week, journal, qtbot):
    """Ctrl+Z in the week undid only a delete: a wrong drag (or edit) stayed until the tray's
    Undo, though the week's own key says undo."""
    work = week["work"]
    window.change_times(work, work.start, at(TUESDAY, 14))  # as a dragged bottom edge
    assert journal.get(work.id, near=work.start).end == at(TUESDAY, 14)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.get(work.id, near=work.start).end == at(TUESDAY, 12)
    assert window.timeline.rects_of(work.id)[0].bottom() == pytest.approx(
        window.timeline.y_for(12 * 60)
    )
