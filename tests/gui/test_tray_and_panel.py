"""The tray menu and the quick-log panel, offscreen with a fake clock."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer

from tracker.ui.timeline.panel import QuickLogPanel
from tracker.ui.tray import Tray

AMS = ZoneInfo("Europe/Amsterdam")


def texts(menu):
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def find(menu, text):
    return next(a for a in menu.actions() if a.text().split("\t")[0] == text)


def test_the_menu_is_the_quick_log(quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    assert texts(tray.menu) == [
        "Nothing running", "Work", "Life", "Call...", "Live meeting...", "Disruption",
        "Contacted someone...", "Quick entry...", "Stop", "End call", "Undo",
        "No meeting ahead today", "This week", "Review", "People", "Settings", "No nudges waiting",
        "Quit",
    ]  # fmt: skip
    causes = texts(find(tray.menu, "Disruption").menu())
    assert causes == [
        "Meeting ran over", "Late, parking", "Tech, wifi", "Noise", "Family", "A colleague",
        "My own mind", "Other...",
    ]  # fmt: skip
    assert not find(tray.menu, "Stop").isEnabled()
    assert not find(tray.menu, "Undo").isEnabled()  # in its place, greyed: the menu never jumps
    assert not find(tray.menu, "End call").isEnabled()  # likewise, until a call runs


def rows(menu) -> list[tuple[int, int]]:
    """Where each item sits, top to bottom (widths follow the longest text, heights do not)."""
    return [(menu.actionGeometry(a).y(), menu.actionGeometry(a).height()) for a in menu.actions()]


def test_the_menu_keeps_its_shape_as_undo_and_calls_come_and_go(quicklog, actions, clock):
    """A tray at the bottom grows its menu upward: one item more moves every item a row."""
    tray = Tray(quicklog, actions, clock)
    menu = tray.menu
    menu.aboutToShow.emit()
    shape, labels = rows(menu), texts(menu)
    stop, undo, week = labels.index("Stop"), labels.index("Undo"), labels.index("This week")
    seen = []

    def still_the_same(when: str) -> None:
        menu.aboutToShow.emit()
        now = texts(menu)
        seen.append(now[stop + 1])
        assert rows(menu) == shape, when
        assert (now[stop], now[undo].split(" ")[0], now[week]) == ("Stop", "Undo", "This week")

    find(menu, "Work").trigger()
    still_the_same("Undo appeared")
    clock.advance(seconds=11)
    still_the_same("Undo expired")
    quicklog.with_people("call", ["Anna"], circle_for_new="peer")
    still_the_same("a call started")
    quicklog.with_people("meeting", ["Bram"], circle_for_new="peer")
    still_the_same("a second call started")
    find(find(menu, "End call").menu(), "End meeting with Bram").trigger()
    still_the_same("a call ended")
    assert seen == ["End call", "End call", "End call with Anna", "End call", "End call with Anna"]


def test_the_menu_keeps_its_shape_as_nudges_wait_and_meetings_are_planned(quicklog, actions, clock):
    """The lines under Undo come and go with the calendar and the nudges: greyed in their
    place instead, so a tray at the bottom never moves Work or Stop under the pointer."""
    tray = Tray(quicklog, actions, clock)
    menu = tray.menu
    menu.aboutToShow.emit()
    shape, before = rows(menu), texts(menu)
    tray.set_next("Next: 14:00 Renewal · Joost Bakker")
    tray.set_pending(2)
    menu.aboutToShow.emit()
    after = texts(menu)
    assert rows(menu) == shape
    assert "Next: 14:00 Renewal · Joost Bakker" in after and "2 nudges waiting" in after
    assert find(menu, "2 nudges waiting").isEnabled()
    assert not find(menu, "Next: 14:00 Renewal · Joost Bakker").isEnabled()
    assert [a for a, b in zip(before, after, strict=True) if a != b] == [
        "No meeting ahead today",
        "No nudges waiting",
    ]
    tray.set_next(None)
    tray.set_pending(0)
    menu.aboutToShow.emit()
    assert rows(menu) == shape and texts(menu) == before
    assert not find(menu, "No meeting ahead today").isEnabled()
    assert not find(menu, "No nudges waiting").isEnabled()


def test_a_running_call_has_its_own_end_item_and_stop_leaves_it(quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    quicklog.switch("work")
    quicklog.with_people("call", ["Anna"], circle_for_new="peer")
    clock.advance(minutes=20)
    tray.menu.aboutToShow.emit()
    assert texts(tray.menu).index("End call with Anna") == texts(tray.menu).index("Stop") + 1
    find(tray.menu, "Stop").trigger()
    assert [e.kind for e in quicklog.journal.running()] == ["call"]
    tray.menu.aboutToShow.emit()
    find(tray.menu, "End call with Anna").trigger()
    assert quicklog.journal.running() == []


def test_the_tooltip_keeps_time_while_something_runs(quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    assert not tray._tooltip_tick.active  # idle: no timer at all
    quicklog.switch("work")
    assert tray._tooltip_tick.active and tray._tooltip_tick.remaining_seconds <= 61
    clock.advance(minutes=3)
    tray._tooltip_tick.fire()
    assert "Work: 3m" in tray.icon.toolTip()


def test_one_click_logs_a_disruption_and_the_icon_and_menu_follow(quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    find(tray.menu, "Work").trigger()
    clock.advance(minutes=72)
    find(find(tray.menu, "Disruption").menu(), "Tech, wifi").trigger()
    assert tray.status.state == "work" and tray.status.disrupted_until is not None
    tray.menu.aboutToShow.emit()  # the menu is rebuilt each time it opens
    assert texts(tray.menu)[0] == "Work: 1h 12m"
    assert find(tray.menu, "Work").isChecked()
    assert "Undo Disruption (Tech, wifi)" in texts(tray.menu)
    assert "1 disruption today" in tray.icon.toolTip()
    assert tray._mark_expiry.active
    clock.advance(minutes=5)
    tray._mark_expiry.fire()
    assert tray.status.disrupted_until is None


def test_digits_trigger_menu_items(quicklog, actions, clock, qtbot):
    tray = Tray(quicklog, actions, clock)
    qtbot.addWidget(tray.menu)
    qtbot.keyClick(tray.menu, "2")
    assert tray.status.state == "life"
    qtbot.keyClick(tray.menu, "1")
    assert tray.status.state == "work"


def test_the_tooltip_says_what_runs_since_when_and_todays_counts(quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    quicklog.switch("life", "school run")
    clock.advance(minutes=20)
    tray.refresh()
    tip = tray.icon.toolTip()
    assert 'Life: "school run" 20m' in tip and "since" in tip and "Today: work 0m · life 20m" in tip


def answer_dialog(actions, fill):
    def answer():
        dialog = actions.open_dialog
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_call_dialog_picks_or_makes_a_person_and_asks_if_live(quicklog, actions, clock):
    def fill(dialog):
        dialog.names.setText("Joost")
        assert dialog.new_names() == ["Joost"] and dialog.circle.isEnabled()
        dialog.circle.setCurrentIndex(dialog.circle.findData("customer"))
        dialog.title.setText("contract")
        dialog.live.setChecked(True)

    answer_dialog(actions, fill)
    actions.call()
    [joost] = quicklog.people()
    assert joost.circle == "customer"
    [meeting] = [e for e in quicklog.journal.running()]
    assert (meeting.kind, meeting.title, meeting.people) == ("meeting", "contract", (joost.id,))


def test_the_call_dialog_keeps_its_fields_in_place_while_you_type(quicklog, qtbot):
    from tracker.ui.timeline.dialogs import PeopleDialog

    quicklog.with_people("contact", ["Anna"], circle_for_new="peer")
    dialog = PeopleDialog("call", quicklog.people())
    qtbot.addWidget(dialog)
    dialog.show()

    def places():
        dialog.layout().activate()
        return {
            name: widget.geometry().translated(widget.parentWidget().mapTo(dialog, QPoint()))
            for name, widget in [
                ("about", dialog.title),
                ("live", dialog.live),
                ("circle", dialog.circle),
                ("hint", dialog.new_hint),
                ("log", dialog.ok_button),
            ]
        } | {"dialog": dialog.size()}

    first = places()
    for typed in ("J", "Jo", "Joost", "Joost, Anna", "Anna", "", "Joost, Maria, Eva de Vries-Smit"):
        dialog.names.setText(typed)
        assert places() == first, typed
    assert dialog.circle.isEnabled() and "Eva de Vries-Smit" in dialog.new_hint.toolTip()


def test_a_contact_needs_a_name(quicklog, actions, qtbot):
    def fill(dialog):
        assert not dialog.ok_button.isEnabled()
        dialog.names.setText("Anna")
        assert dialog.ok_button.isEnabled()

    answer_dialog(actions, fill)
    actions.contact()
    assert [p.name for p in quicklog.people()] == ["Anna"]


def test_quick_entry_dialog_marks_the_part_it_could_not_read(quicklog, actions):
    seen = {}

    def first_try():
        dialog = actions.open_dialog
        dialog.line.setText("call with Anna 25:00")
        dialog._try_accept()
        seen["error"] = dialog.error.text()
        seen["selected"] = dialog.line.selectedText()
        dialog.line.setText("call with Anna 14:00-14:30")
        dialog._try_accept()

    QTimer.singleShot(0, first_try)
    actions.quick_entry()
    assert "25:00" in seen["error"] and seen["selected"] == "25:00"
    assert [p.name for p in quicklog.people()] == ["Anna"]


def test_cancelled_dialogs_log_nothing(quicklog, actions):
    QTimer.singleShot(0, lambda: actions.open_dialog.reject())
    actions.meeting()
    assert quicklog.journal.running() == []
    assert actions.open_dialog is None


def press(qtbot, window, keys) -> None:
    """Keys as a user types them: each goes to whatever has the keyboard focus in the window."""
    for key in keys:
        qtbot.keyClick(window.focusWidget() or window, key)


def test_digits_press_the_buttons_right_after_the_panel_opens(quicklog, actions, qtbot):
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    press(qtbot, panel, "2")
    assert quicklog.status().state == "life"
    assert panel.line.text() == ""
    press(qtbot, panel, "1")
    assert quicklog.status().state == "work"


def test_any_other_key_starts_the_quick_line_with_itself(quicklog, actions, qtbot):
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    press(qtbot, panel, "life school run 8")  # digits in the line are text, once it has them
    assert panel.line.text() == "life school run 8"
    panel.line.clear()
    press(qtbot, panel, "9")  # not a button: a time
    assert panel.line.text() == "9"
    press(qtbot, panel, ":00 work plan")
    press(qtbot, panel, [Qt.Key.Key_Return])
    [entry] = quicklog.journal.running()
    assert (entry.kind, entry.title) == ("work", "plan")


def test_the_panel_steps_aside_for_the_window_it_opens(quicklog, actions, qtbot):
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    seen = {}

    def look():
        seen["panel visible"] = panel.isVisible()
        actions.open_dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(panel.buttons["3"], Qt.MouseButton.LeftButton)
    assert seen == {"panel visible": False}


@pytest.mark.parametrize("as_window", [False, True], ids=["tray panel", "no-tray window"])
def test_another_window_taking_the_focus_closes_the_tray_panel_only(
    quicklog, actions, qtbot, as_window
):
    """The panel beside the icon closes as a menu does; without a tray it is the app's only
    window, and closing it would quit."""
    from PySide6.QtWidgets import QApplication, QWidget

    panel = QuickLogPanel(quicklog, actions, as_window=as_window)
    qtbot.addWidget(panel)
    panel.show_near(None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    assert panel.isVisible() == as_window


def test_the_panel_opens_without_the_error_of_its_last_opening(quicklog, actions, qtbot):
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    press(qtbot, panel, ["d", "i", "n", "n", "e", "r", Qt.Key.Key_Return])
    assert panel.error.isVisible() and "not a kind" in panel.error.text()
    press(qtbot, panel, [Qt.Key.Key_Escape])
    panel.show_near(None)
    assert not panel.error.isVisible() and panel.line.text() == ""


def test_logging_from_the_menu_or_the_panel_says_so_without_taking_focus(
    journal, clock, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.tray.show()
    with qtbot.waitSignal(shell.tray.said) as said:
        find(find(shell.tray.menu, "Disruption").menu(), "Tech, wifi").trigger()
    assert said.args == ["Logged: Disruption (Tech, wifi)"]
    shell.show_panel()
    panel = shell.panel
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    # While the panel is open it says so itself: a balloon would cover its buttons.
    with qtbot.assertNotEmitted(shell.tray.said):
        press(qtbot, panel, "2")
    assert panel.confirmation.text() == "Logged: Life"
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert panel.confirmation.text() == "Ended: Life"
    assert QApplication.activeWindow() is panel and panel.isVisible()
    shell.shutdown()


def test_panel_buttons_keys_and_quick_line(quicklog, actions, clock, qtbot):
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    qtbot.mouseClick(panel.buttons["1"], Qt.MouseButton.LeftButton)
    assert quicklog.status().state == "work"
    assert panel.status.text() == "Work: 0m"
    press(qtbot, panel, "2")
    assert quicklog.status().state == "life"
    assert panel.undo_button.isEnabled()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert quicklog.status().state == "work"
    panel.line.setText("contact Anna mail")
    qtbot.keyClick(panel.line, Qt.Key.Key_Return)
    assert panel.error.isVisible() is False or panel.error.text() == ""
    panel.show_near(None)
    panel.line.setText("dinner 18:00")
    qtbot.keyClick(panel.line, Qt.Key.Key_Return)
    assert "not a kind" in panel.error.text() and panel.line.selectedText() == "dinner"
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_panel_as_the_no_tray_window_says_why(quicklog, actions, qtbot):
    panel = QuickLogPanel(quicklog, actions, as_window=True)
    qtbot.addWidget(panel)
    panel.set_notice("No system tray was found")
    panel.show_near(None)
    assert panel.notice.isVisible() and panel.windowFlags() & Qt.WindowType.Window
    assert not panel.windowFlags() & Qt.WindowType.FramelessWindowHint
    with qtbot.waitSignal(panel.closed):
        panel.close()


def test_the_menu_counts_what_the_badge_counts(quicklog, actions, clock):
    """A nudge held for the next pause puts a 1 on the icon: the menu must not say none wait."""
    from tracker.ui.nudges.waiting import WaitingNudges

    tray = Tray(quicklog, actions, clock)
    tray.set_waiting(WaitingNudges(1, ("At the next pause (11:30): Reach out to Anna",)))
    tray.menu.aboutToShow.emit()
    held = find(tray.menu, "1 nudge waits for a pause")
    assert not held.isEnabled()  # nothing to open yet: it shows at the pause
    tray.set_pending(1)
    tray.set_waiting(WaitingNudges(2, ("Waiting: Reach out to Anna", "At the next pause")))
    tray.menu.aboutToShow.emit()
    assert find(tray.menu, "2 nudges waiting").isEnabled()


def test_undo_in_the_panel_and_the_menu_goes_when_undo_expires(quicklog, actions, clock, qtbot):
    from datetime import timedelta

    tray = Tray(quicklog, actions, clock)
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    press(qtbot, panel, "1")
    undo_items = [a for a in tray.menu.actions() if a.text().startswith("Undo")]
    assert panel.undo_button.isEnabled() and undo_items[0].isEnabled()
    clock.advance(timedelta(seconds=11))
    quicklog.undo_timer.fire()
    assert not panel.undo_button.isEnabled() and panel.undo_button.text() == "Undo"
    [undo] = [a for a in tray.menu.actions() if a.text().startswith("Undo")]
    assert not undo.isEnabled() and undo.text() == "Undo"


def test_the_call_dialog_gives_an_unsorted_person_the_circle_chosen(quicklog, actions):
    from tracker.kernel.model import Person

    maria = quicklog.journal.add_person(Person(name="Maria"))

    def fill(dialog):
        dialog.names.setText("Maria")
        assert dialog.circle.isEnabled() and "No circle yet: Maria" in dialog.new_hint.text()
        dialog.circle.setCurrentIndex(dialog.circle.findData("customer"))

    answer_dialog(actions, fill)
    actions.call()
    assert [(p.id, p.circle) for p in quicklog.people()] == [(maria.id, "customer")]


def said_after(actions, qtbot, line):
    with qtbot.waitSignal(actions.confirmed, timeout=1000) as said:
        actions.log_line(line)
    return said.args[0]


def test_logged_names_the_new_person_and_the_blocks_it_made_room_in(quicklog, actions, qtbot):
    """ "Logged: Call" made a person unseen; an entry trimmed its neighbour without a word."""
    said = said_after(actions, qtbot, "call with Maria about renewal")
    assert said == "Logged: Call with Maria (new person)"
    assert said_after(actions, qtbot, "call with Maria 8:00-8:10") == "Logged: Call with Maria"
    said_after(actions, qtbot, "8:00-9:30 work")
    said = said_after(actions, qtbot, "8:30-9:00 life")
    assert said == "Logged: Life · trimmed Work to 08:00-08:30 · split off Work 09:00-09:30"
    said = said_after(actions, qtbot, "7:00-9:45 life")
    assert said == (
        "Logged: Life · replaced Work 08:00-08:30 · replaced Life 08:30-09:00"
        " · replaced Work 09:00-09:30"
    )


def test_logged_says_an_unsorted_person_got_the_circle_typed(quicklog, actions, qtbot):
    from tracker.kernel.model import Person

    quicklog.journal.add_person(Person(name="Maria"))
    said = said_after(actions, qtbot, "call with Maria (customer) 8:00-8:30")
    assert said == "Logged: Call with Maria (now Customer)"
