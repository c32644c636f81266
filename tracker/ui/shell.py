"""The running app: tray, panel, socket, messages. Built from the parts it is given, so tests
hand it a fake clock and a journal on a temporary folder.

one job: the app's wiring, which part answers which signal; over 400 lines since each window
it opens on first use (week, review, People, settings) is a short method beside the others."""

from __future__ import annotations

import linecache
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from tracker.commands import ChangeSettings, Commands
from tracker.kernel.clock import Clock
from tracker.store.journal import Journal
from tracker.ui.errors import damage_text, error_text
from tracker.ui.timeline.actions import LogActions
from tracker.ui.timeline.arrivals import Arrivals
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.timers import SingleShot
from tracker.ui.tray import Tray

__all__ = ["Shell"]

_TRAY_CHECK_SECONDS = 0.5
_READY_CHECK_SECONDS = 0.005


class Shell(QObject):
    calendar_in_child = False  # run_app: True (tracker/calendar/refresh.py says why)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        zone: ZoneInfo,
        data_dir: Path,
        *,
        tray_wait_seconds: float = 10.0,
        exit_when_ready: bool = False,
        ready_clock: Callable[[], float] | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ):
        super().__init__()
        self.journal = journal
        self.clock = clock
        self.exit_when_ready = exit_when_ready
        self.ready_clock = ready_clock
        self.tray_available = tray_available
        self.commands = Commands(journal, clock)
        self.quicklog = QuickLog(journal, clock, zone, self, commands=self.commands)
        self.actions = LogActions(self.quicklog, self)
        self.actions.quit_requested.connect(self.quit)
        self.actions.week_requested.connect(self.show_week)
        self.actions.review_requested.connect(self.show_review)
        self.review_window = None
        self.actions.people_requested.connect(self.show_people)
        self.quicklog.calls_ended.connect(self.ask_follow_up)
        self.review_preparer = None  # the review's weeks summed ahead: made at first use
        self.quicklog.notice.connect(self.prepare_review)
        self.actions.settings_requested.connect(self.show_settings)
        self.people_window = None
        self.zone = zone
        self.week_window = None
        self.tray = Tray(self.quicklog, self.actions, clock, self)
        self.tray.panel_requested.connect(self.show_panel)
        self.arrivals = Arrivals(journal, self)  # another device's changes: read again
        # The nudges' last contacts move on first: the plan that "changed" brings reads them.
        self.arrivals.arrived.connect(self.quicklog.history.arrived)
        self.arrivals.arrived.connect(self.quicklog.changed)
        self.actions.confirmed.connect(self.confirm)
        self.panel = None
        self.fallback = False
        self.data_dir = data_dir
        self.server = None
        self.quicklog.failed.connect(self.tell)
        self.quicklog.changed.connect(self._show_new_damage)
        self._damage_shown = 0
        self._boxes: list = []
        self._nudges = None  # made two seconds after start-up: see nudges
        self._forgotten = None  # likewise
        self._planned = None  # the calendar: likewise
        self.away = None  # the question on return from time away: made with the first plan
        self.microphone_calls = None  # a call noticed from the microphone: likewise
        self.shortcut = None  # the global shortcut (tracker/ui/shortcut): likewise
        self.tray.pending_requested.connect(self.present_pending)
        self._delivery = None  # the popup or the desktop's notifications: see delivery
        self.nudge_start = SingleShot("nudges-first-plan", self._first_nudge_plan, self)
        self._tray_checks_left = max(1, round(tray_wait_seconds / _TRAY_CHECK_SECONDS))
        self.tray_wait = SingleShot("tray-wait", self._wait_for_tray, self)
        self.ready_check = SingleShot("ready-check", self._check_ready, self)
        self._ready_checks_left = round(10 / _READY_CHECK_SECONDS)  # at start only, bounded

    # -- start and stop ------------------------------------------------------------------

    def start(self) -> None:
        self._wait_for_tray()
        # The socket opens in the event loop's first turn, while the tray host embeds the icon.
        QTimer.singleShot(0, self.start_server)
        self._show_new_damage()
        # The first plan reads people and their last contacts: after start-up, not during it.
        self.nudge_start.start_in(2)

    @property
    def nudges(self):
        """The nudge scheduler, made on first use so its imports cost start-up nothing."""
        if self._nudges is None:
            from tracker.ui.nudges.scheduler import NudgeScheduler

            self._nudges = NudgeScheduler(
                self.journal, self.clock, self.zone, self.quicklog, parent=self
            )
            self._nudges.show_nudge.connect(self.present_nudge)
            self._nudges.pending_changed.connect(self._show_waiting)
            self._nudges.failed.connect(self.tell)
            self._nudges.woke.connect(lambda slept_from: self.forgotten.check(slept_from))
            self._nudges.going_to_sleep.connect(lambda: self.forgotten.note_last_seen())
        return self._nudges

    @property
    def forgotten(self):
        """Asks when a block left running ended; made on first use, like the nudges."""
        if self._forgotten is None:
            from tracker.ui.timeline.forgotten import ForgottenBlocks

            self._forgotten = ForgottenBlocks(
                self.journal, self.quicklog, self.clock, self.zone, parent=self
            )
        return self._forgotten

    @property
    def planned(self):
        """The calendar's planned meetings and their prompts, made on first use."""
        if self._planned is None:
            from tracker.ui.calendar.meeting_prompt import PlannedPrompts

            self._planned = PlannedPrompts(self)
            self._planned.planned.read_in_child = self.calendar_in_child
            self.nudges.planned_live = lambda: self._planned.planned.next_live
        return self._planned

    def _first_nudge_plan(self) -> None:
        # First the calendar (read on its own thread): a planned live meeting counts for it.
        # With none set up, nothing of the calendars is made (their modules, ~0.6 MiB, stay
        # out of the tray at rest) until one is added.
        if self._planned is None and not self.journal.calendar_sources():
            self.quicklog.notice.connect(self._calendar_added)
            self._first_nudge_plan_read()
            return
        self.planned.start(then=self._first_nudge_plan_read)

    def _calendar_added(self, result, _initiator=None) -> None:
        """The first calendar set up while the app runs: read now, and the nudges planned."""
        if not result.changes.calendars:
            return
        self.quicklog.notice.disconnect(self._calendar_added)
        if self._planned is None:  # made already (the week window): it hears the change itself
            self.planned.start(then=self.nudges.replan)

    def _first_nudge_plan_read(self) -> None:
        import tracker.features  # noqa: F401 - every handler, before a click needs one
        from tracker.ui.away.call_offer import start_microphone_calls
        from tracker.ui.away.watch import start_away

        self.away = start_away(self)
        self.microphone_calls = start_microphone_calls(self)
        from tracker.ui.shortcut.choose import start_shortcut

        self.shortcut = start_shortcut(self)
        self.nudges.watch_sleep()
        if self.forgotten.check() is not None:  # a block left running since before today:
            self.nudges.note_return()  # the user is back from being away, a natural pause
        self.nudges.replan()
        self.ask_autostart_once()
        # PySide6's import hook read the source of every module imported since start (it looks
        # for "PySide6" in it) and linecache keeps that text: ~2.5 MiB at rest, for nothing.
        linecache.clearcache()

    def ask_autostart_once(self, config_dir=None) -> None:
        """On the first run only: a tracker that does not start with the session is forgotten."""
        from tracker.store.layout import default_config_dir

        marker = (config_dir or default_config_dir()) / "autostart-asked"
        if marker.exists() or self.exit_when_ready:
            return
        from PySide6.QtWidgets import QMessageBox  # built on first use, not at start-up

        from tracker.autostart import Autostart  # its plist and desktop-entry writers: first run

        autostart = Autostart()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Dayweave",
            self.tr("Start Dayweave with your session? You can change this in Settings."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setModal(False)

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                try:
                    autostart.enable()
                except OSError as error:
                    self.tell(error_text(error))
            try:
                marker.parent.mkdir(parents=True, exist_ok=True)
                marker.write_text("asked\n", encoding="utf-8")
            except OSError:
                pass  # asked again next time: better than never asking
            # Once, with the question: after it the screen is empty, and a new user does not
            # know where the app went. A balloon from the icon points at it.
            self.tray.say(
                self.tr(
                    "Dayweave is in your system tray: right-click to log, left-click for the panel"
                ),
                self.tray.LONG_MS,
            )

        box.buttonClicked.connect(answered)
        box.show()
        self.autostart_question = box

    def start_server(self) -> None:
        """The socket for `dayweave log` and for a second start."""
        from tracker.ui.ipc_server import CommandServer

        self.server = CommandServer(self.data_dir, self.commands, self)
        self.server.activate_requested.connect(self.show_panel)
        if not self.server.listen():
            self.tell(self.server.problem)

    def _wait_for_tray(self) -> None:
        """Autostart can race the panel: wait up to the limit for a tray, then use a window."""
        if self.tray_available():
            self.tray.show()
            if self.exit_when_ready:
                self._check_ready()
            return
        self._tray_checks_left -= 1
        if self._tray_checks_left > 0:
            self.tray_wait.start_in(_TRAY_CHECK_SECONDS)
            return
        self.start_without_tray()

    def start_without_tray(self) -> None:
        from tracker.kernel.logs import logger

        logger("dayweave.app").warning("no system tray found: running in a window")
        self.fallback = True
        panel = self._panel(as_window=True)
        panel.set_notice(
            self.tr(
                "No system tray was found, so Dayweave runs in this window. "
                "Closing it quits Dayweave."
            )
        )
        panel.closed.connect(self.quit)
        panel.show_near(None)
        if self.exit_when_ready:
            self._ready(no_tray=True)

    def _check_ready(self) -> None:
        # "Shown" means embedded in the tray host: then the icon has a place on the screen.
        geometry = self.tray.icon.geometry()
        if geometry.isValid() and not geometry.isEmpty():
            self._ready()
            return
        self._ready_checks_left -= 1
        if self._ready_checks_left > 0:
            self.ready_check.start_in(_READY_CHECK_SECONDS)
        else:
            self._ready()

    def _ready(self, no_tray: bool = False) -> None:
        seconds = self.ready_clock() if self.ready_clock else 0.0
        print(f"{seconds:.3f}", flush=True)
        code = 3 if no_tray else 0
        # Deferred: this can run before the event loop starts, where exit() would be lost.
        QTimer.singleShot(0, lambda: QApplication.exit(code))

    def quit(self) -> None:
        QApplication.quit()

    def shutdown(self) -> None:
        if self.server is not None:
            self.server.close()
        if self._planned is not None:
            self._planned.planned.stop()  # a calendar still being read is not waited for
        self.tray.icon.hide()
        if not self.exit_when_ready:
            self.forgotten.note_last_seen()  # offered as a forgotten block's end next time
        self.journal.close()

    # -- windows and messages ------------------------------------------------------------

    def _panel(self, as_window: bool = False):
        from tracker.ui.timeline.panel import QuickLogPanel  # most sessions never open it

        if self.panel is None:
            self.panel = QuickLogPanel(self.quicklog, self.actions, as_window=as_window)
            self.actions.dialog_parent = self.panel if as_window else None
        return self.panel

    def show_week(self) -> None:
        """One week window, brought forward if already open; it loads on first use."""
        from tracker.ui.week.window import WeekWindow

        self.prepare_review()
        if self.week_window is None:
            first = self.journal.settings().first_weekday
            self.week_window = WeekWindow(
                self.journal, self.clock, self.zone, quicklog=self.quicklog, first_weekday=first
            )
            self.quicklog.notice.connect(self.week_window.on_notice)
            self.week_window.review_requested.connect(self.show_review)
            self.quicklog.notice.connect(self._intention_changed)
            self.week_window.timeline.planned.source = self.planned.planned.week
            self.planned.planned.changed.connect(self.week_window.timeline.update)
        else:
            self.week_window.go_today()  # a new window has just read this week
        self.week_window.show()
        self.week_window.raise_()
        self.week_window.activateWindow()

    def prepare_review(self, *_notice: object) -> None:
        """The user is here (a write, the week): the review's weeks summed ahead, if due."""
        if self.review_preparer is None:
            from tracker.ui.review.prepare import ReviewPreparer

            self.review_preparer = ReviewPreparer(self.data_dir, self.zone.key)
        self.review_preparer.prepare()

    def show_review(self) -> None:
        """One review window; it, and what it paints with, load on first use."""
        from tracker.review.keptfile import cache_file
        from tracker.ui.review.window import ReviewWindow

        if self.review_window is None:
            kept = cache_file(self.data_dir)
            self.review_window = ReviewWindow(self.journal, self.clock, self.zone, kept=kept)
            self.quicklog.notice.connect(self.review_window.on_notice)
            self.review_window.week_requested.connect(self.show_week_at)
            self.review_window.intention.chosen.connect(self.set_intention)
        else:
            self.review_window.reload()
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        self.nudges.review_opened()  # this week's moment answered, on every device

    def _intention_changed(self, result, _initiator=None) -> None:
        """A new intention (here, from the command line, another window): the week shows it."""
        if result.changes.intentions and self.week_window is not None:
            self.week_window.intention.show_week(self.journal, self.week_window.first_day)

    def set_intention(self, text: str, week) -> None:
        """The intention typed in the review, stored through the door (issue 22)."""
        from tracker.commands import SetIntention

        done = self.quicklog.run(SetIntention(text=text, day=week.isoformat(), tz=self.zone.key))
        if done is None and self.review_window is not None:
            self.review_window.intention.not_kept()  # refused: Enter again asks again

    def review_moment(self) -> None:
        """The weekly review moment's notification clicked: the review, its intention line
        ready for typing (issue 22)."""
        self.show_review()
        self.review_window.intention.edit.setFocus()

    def show_week_at(self, day) -> None:
        """A week's bar clicked in the review: the week window there."""
        self.show_week()
        self.week_window.show_week_of(day)

    def ask_follow_up(self, calls: list) -> None:
        """After a call: optionally, the next action agreed and something personal to remember."""
        from tracker.ui.people.followup import ask_follow_up

        dialog = ask_follow_up(calls, self.journal, self.quicklog, self.clock)
        if dialog is not None:
            self.follow_up = dialog

    def show_people(self, person_id: str | None = None) -> None:
        from tracker.ui.people.window import PeopleWindow

        if self.people_window is None:
            self.people_window = PeopleWindow(
                self.journal, self.clock, self.zone, quicklog=self.quicklog
            )
            self.people_window.pages.week_requested.connect(self.show_week_at)  # a page's contact
        else:
            self.people_window.reload()  # a new window has just read them
        if person_id:
            self.people_window.select(person_id)
        self.people_window.show()
        self.people_window.raise_()
        self.people_window.activateWindow()

    def show_settings(self) -> None:
        from functools import partial

        from tracker.autostart import Autostart
        from tracker.store.devices import devices_seen
        from tracker.ui.calendar.sources import CalendarSources
        from tracker.ui.exchange.exporting import export_everything
        from tracker.ui.settings.devices import DevicesBox
        from tracker.ui.settings.dialog import SettingsDialog

        seen = partial(devices_seen, self.journal)
        calendars = CalendarSources(self.journal.calendar_sources, self.quicklog.run)
        everything = partial(export_everything, journal=self.journal, clock=self.clock)
        dialog = SettingsDialog(
            self.journal.settings(),
            Autostart(),
            calendars=calendars,
            export=everything,
            away=self.away,
            microphone=self.microphone_calls,
            shortcut=self.shortcut,
            devices=DevicesBox(seen, self.quicklog.run, self.clock.now),
        )
        self.settings_dialog = dialog
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            from tracker.settings.handlers import SETTING_NAMES

            chosen = dialog.settings()
            changes = {name: getattr(chosen, name) for name in SETTING_NAMES}
            self.quicklog.run(ChangeSettings(changes=changes))
        self.settings_dialog = None

    def show_panel(self) -> None:
        panel = self._panel(as_window=self.fallback)
        panel.show_near(None if self.fallback else self.tray.icon.geometry())

    @property
    def delivery(self):
        """Shows nudges: as desktop notifications or in the popup; made on the first nudge."""
        if self._delivery is None:
            from tracker.ui.nudges.delivery import NudgeDelivery

            self._delivery = NudgeDelivery(
                self.nudges,
                self.journal,
                self.show_people,
                self.tray.icon.geometry,
                self,
                open_review=self.review_moment,
            )
        return self._delivery

    def present_nudge(self, nudge, person, popup_only: bool = False) -> None:
        self.delivery.present(nudge, person, popup_only)

    def _show_waiting(self, count: int) -> None:
        self.tray.set_pending(count)
        self.tray.set_waiting(self.nudges.waiting())

    def present_pending(self) -> None:
        if self.nudges.pending:
            nudge = self.nudges.pending[0]
            people = self.journal.people_by_id()
            # Asked for from the tray: the popup, even while the desktop says "do not disturb".
            self.present_nudge(nudge, people.get(nudge.person), popup_only=True)

    def confirm(self, text: str) -> None:
        """A short word after a log from the menu or the panel, never taking the focus: in the
        panel while it is open, else in a balloon from the tray icon."""
        if self.panel is not None and self.panel.isVisible():
            self.panel.confirm(text)
        else:
            self.tray.say(text)

    def tell(self, message: str) -> None:
        if self.tray.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.tray.warn(message)
        else:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, "Dayweave", message)
            box.setModal(False)
            box.finished.connect(lambda _result, b=box: self._boxes.remove(b))
            self._boxes.append(box)  # kept until closed: a parentless box would vanish at once
            box.show()

    def _show_new_damage(self) -> None:
        reports = self.journal.damage[self._damage_shown :]
        if not reports:
            return
        self._damage_shown = len(self.journal.damage)
        from PySide6.QtWidgets import QMessageBox

        text = "\n\n".join(damage_text(r) for r in reports)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Dayweave repaired its data"), text)
        box.setModal(False)
        box.show()
        self.damage_box = box
