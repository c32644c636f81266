"""The tray icon and its menu, which is the quick log (a left click opens the panel where the
platform delivers one; on GNOME's AppIndicator a left click opens this menu instead)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from tracker.kernel.clock import Clock
from tracker.kernel.vocabulary import CAUSES
from tracker.ui.icons import state_icon
from tracker.ui.intention import IntentionTooltip
from tracker.ui.nudges.waiting import WaitingNudges, badge_icon
from tracker.ui.texts import cause_label, duration, entry_label, running_text
from tracker.ui.timeline.actions import LogActions
from tracker.ui.timeline.quicklog import QuickLog, TrayStatus
from tracker.ui.timers import SingleShot
from tracker.ui.turns import turns

if TYPE_CHECKING:  # PySide6 builds QKeyEvent (and QEvent.Type) on first use: a key press
    from datetime import datetime

    from PySide6.QtGui import QKeyEvent

__all__ = ["COMPLETE_AFTER_SECONDS", "Tray", "TrayMenu"]

# The tooltip's lines the icon does not need (another device's arrival, the week's intention)
# are read this long after it shows: once the tray host has placed it, not racing it.
COMPLETE_AFTER_SECONDS = 0.5


class TrayMenu(QMenu):
    """A menu whose first six actions also answer to the digits 1-6, as in the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbered: dict[str, QAction] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.numbered.get(event.text())
        if action is not None and action.menu() is not None:
            self.setActiveAction(action)
            submenu = action.menu()
            submenu.popup(self.mapToGlobal(self.actionGeometry(action).topRight()))
            return
        if action is not None and action.isEnabled():
            self.close()
            action.trigger()
            return
        super().keyPressEvent(event)


class Tray(QObject):
    panel_requested = Signal()
    pending_requested = Signal()
    said = Signal(str)  # a balloon from the icon was shown with this text

    # How long a balloon stays: a confirmation is glanced at, the first-run word is read.
    SHORT_MS = 3000
    LONG_MS = 15000

    def __init__(self, quicklog: QuickLog, actions: LogActions, clock: Clock, parent=None):
        super().__init__(parent)
        self.quicklog = quicklog
        self.actions = actions
        self.clock = clock
        self.icon = QSystemTrayIcon(self)
        self.menu = TrayMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self._mark_expiry = SingleShot("disruption-mark-expiry", self.refresh, self)
        # While something runs, the tooltip's minutes move on once a minute; idle, no timer.
        self._tooltip_tick = SingleShot("tooltip-minute", self._tick_tooltip, self)
        self.status: TrayStatus | None = None
        self.pending = 0
        self.next_line: str | None = None  # "Next: 14:00 Renewal · Joost Bakker"
        self.waiting = WaitingNudges()  # nudges kept in sight: a badge and tooltip lines
        # The week's intention (issue 22): its own line, turning over on Monday.
        self.intention = IntentionTooltip(quicklog.journal, clock, quicklog.zone, self)
        self.intention.new_week.connect(self.refresh)
        quicklog.changed.connect(self.refresh)
        quicklog.undo_expired.connect(self.rebuild_menu)
        self.complete = SingleShot("tray-complete", self.refresh, self)
        self.refresh(partial=True)  # the icon first: the rest once it shows (see show)

    def show(self) -> None:
        self.icon.show()
        if self.status is not None and self.status.partial:
            self.complete.start_in(COMPLETE_AFTER_SECONDS)

    def set_pending(self, count: int) -> None:
        self.pending = count
        self.rebuild_menu()

    def say(self, text: str, msecs: int = SHORT_MS) -> None:
        """A balloon from the icon (or the desktop's notification): it points at the tray and
        never takes the keyboard focus."""
        if not (self.icon.isVisible() and QSystemTrayIcon.supportsMessages()):
            return
        turns().balloon(
            lambda: self._balloon(text, msecs, QSystemTrayIcon.MessageIcon.Information), msecs
        )

    def warn(self, text: str, msecs: int = LONG_MS) -> None:
        """A warning balloon, in turn like the others."""
        turns().balloon(
            lambda: self._balloon(text, msecs, QSystemTrayIcon.MessageIcon.Warning), msecs
        )

    def _balloon(self, text: str, msecs: int, icon: QSystemTrayIcon.MessageIcon) -> None:
        # After a wait, the icon may have gone (the app quits): then nothing is said.
        if self.icon.isVisible():
            self.icon.showMessage("Dayweave", text, icon, msecs)
            self.said.emit(text)

    def set_next(self, text: str | None) -> None:
        self.next_line = text
        self.refresh()

    def set_waiting(self, waiting: WaitingNudges) -> None:
        if waiting == self.waiting:
            return
        self.waiting = waiting
        if self.status is None or self.status.partial:
            self.refresh()  # the whole tooltip, never a first drawing's part of it
            return
        self._show_state(self.status or self.quicklog.status())
        self.icon.setToolTip(self.tooltip(self.status or self.quicklog.status()))

    def _show_state(self, status: TrayStatus) -> None:
        icon = state_icon(status.state, status.disrupted_until is not None)
        self.icon.setIcon(badge_icon(icon, self.waiting.count))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.panel_requested.emit()

    # -- what it shows -------------------------------------------------------------------

    def refresh(self, partial: bool = False) -> None:
        status = self.quicklog.status(partial=partial)
        self.status = status
        if not partial:
            self.complete.stop()
        self._show_state(status)
        self._set_tooltip(status)
        if status.disrupted_until is not None:
            self._mark_expiry.start_in((status.disrupted_until - self.clock.now()).total_seconds())
        else:
            self._mark_expiry.stop()
        self.rebuild_menu()

    def _set_tooltip(self, status: TrayStatus) -> None:
        self.icon.setToolTip(self.tooltip(status))
        if status.running is None:
            self._tooltip_tick.stop()
            return
        now = self.clock.now()
        self._tooltip_tick.start_in(60 - now.second - now.microsecond / 1e6 + 0.05)

    def _tick_tooltip(self) -> None:
        self.status = self.quicklog.status()
        self._set_tooltip(self.status)

    def running_text(self, status: TrayStatus) -> str:
        return running_text(status.running, self.clock.now())

    def tooltip(self, status: TrayStatus) -> str:
        lines = ["Dayweave", self.running_text(status)]
        if status.running is not None:
            since = status.running.start.astimezone().strftime("%H:%M")
            lines[-1] += " " + self.tr("(since %1)").replace("%1", since)
        lines.append(
            self.tr("Today: work %1 · life %2")
            .replace("%1", duration(status.work_min))
            .replace("%2", duration(status.life_min))
        )
        lines.append(self.tr("%n disruption(s) today", "", status.disruptions))
        if status.arrival is not None:
            lines.append(self.arrival_text(*status.arrival))
        if self.next_line:
            lines.append(self.next_line)
        if not status.partial:  # the intention's file: read once the icon shows
            lines.extend(filter(None, [self.intention.line()]))
        lines.extend(self.waiting.lines)
        return "\n".join(lines)

    def arrival_text(self, name: str, when: datetime) -> str:
        """ "Laptop's changes arrived 14:05": the day too when it was not today."""
        local = when.astimezone()
        today = self.clock.now().astimezone().date()
        shown = local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")
        return self.tr("%1's changes arrived %2").replace("%1", name).replace("%2", shown)

    def rebuild_menu(self) -> None:
        """Rebuilt on every opening, so the running time and Undo are current (after Vorta)."""
        menu = self.menu
        menu.clear()
        menu.numbered.clear()
        status = self.status or self.quicklog.status()
        header = menu.addAction(self.running_text(status))
        header.setEnabled(False)
        menu.addSeparator()
        a = self.actions

        def numbered(digit: str, text: str, slot) -> QAction:
            action = menu.addAction(f"{text}\t{digit}")
            action.triggered.connect(slot)
            menu.numbered[digit] = action
            return action

        running_block = status.block.kind if status.block is not None else None
        work = numbered("1", self.tr("Work"), a.work)
        life = numbered("2", self.tr("Life"), a.life)
        for action, kind in ((work, "work"), (life, "life")):
            action.setCheckable(True)
            action.setChecked(running_block == kind)
        numbered("3", self.tr("Call..."), a.call)
        numbered("4", self.tr("Live meeting..."), a.meeting)
        disruptions = TrayMenu()
        disruptions.setTitle(self.tr("Disruption"))
        for digit, cause in enumerate(map(str, CAUSES), start=1):
            action = disruptions.addAction(f"{cause_label(cause)}\t{digit}")
            action.setData(cause)
            action.triggered.connect(lambda _checked=False, c=cause: a.disruption(c))
            disruptions.numbered[str(digit)] = action
        disruptions.addSeparator()
        disruptions.addAction(self.tr("Other..."), a.other_disruption)
        disruption_action = menu.addMenu(disruptions)
        disruption_action.setText(f"{self.tr('Disruption')}\t5")
        menu.numbered["5"] = disruption_action
        self._disruption_menu = disruptions  # keep the submenu alive with its parent action
        numbered("6", self.tr("Contacted someone..."), a.contact)
        menu.addAction(self.tr("Quick entry..."), a.quick_entry)
        stop = menu.addAction(self.tr("Stop"), a.stop)
        stop.setEnabled(status.block is not None)  # calls end on their own, below
        self._add_end_calls(status.calls)
        undoable = self.quicklog.undoable()
        # Always in its place, so the menu keeps its shape when Undo comes and goes.
        undo = menu.addAction(
            self.tr("Undo %1").replace("%1", entry_label(undoable))
            if undoable
            else self.tr("Undo"),
            a.undo,
        )
        undo.setEnabled(undoable is not None)
        menu.addSeparator()
        # The calendar's line and the nudges' line are always there, greyed when empty, so the
        # items above them keep their place in a menu that grows up from a bottom tray.
        menu.addAction(self.next_line or self.tr("No meeting ahead today")).setEnabled(False)
        menu.addAction(self.tr("This week"), a.this_week)
        menu.addAction(self.tr("Review"), a.review)
        menu.addAction(self.tr("People"), a.people)
        menu.addAction(self.tr("Settings"), a.settings)
        # The same count as the icon's badge: shown ones not yet answered, and held ones.
        count = max(self.pending, self.waiting.count)
        if self.pending:
            waiting = menu.addAction(self.tr("%n nudge(s) waiting", "", count))
            waiting.triggered.connect(self.pending_requested)
        elif count:  # held for the next pause: nothing to open before then
            menu.addAction(self.tr("%n nudge(s) waits for a pause", "", count)).setEnabled(False)
        else:
            menu.addAction(self.tr("No nudges waiting")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), a.quit)

    def _add_end_calls(self, calls: tuple) -> None:
        """One place for ending calls, there when none runs (disabled), so the items below
        never move: the menu of a tray at the bottom grows upward, and a moved item is a
        misclick. Several calls at once share it as a submenu."""
        names = {p.id: p.name for p in self.quicklog.people()} if calls else {}

        def end_text(call) -> str:
            who = ", ".join(names[p] for p in call.people if p in names)
            if not who:
                return self.tr("End %1").replace("%1", entry_label(call))
            if call.kind == "meeting":
                return self.tr("End meeting with %1").replace("%1", who)
            return self.tr("End call with %1").replace("%1", who)

        if not calls:
            self.menu.addAction(self.tr("End call")).setEnabled(False)
            return
        if len(calls) == 1:
            [call] = calls
            self.menu.addAction(end_text(call), lambda c=call: self.actions.end(c))
            return
        ends = QMenu(self.tr("End call"))
        for call in calls:
            ends.addAction(end_text(call), lambda c=call: self.actions.end(c))
        self.menu.addMenu(ends)
        self._end_menu = ends  # kept alive with its action, like the disruption submenu
