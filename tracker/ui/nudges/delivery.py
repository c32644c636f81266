"""Getting a due nudge in front of the user: a desktop notification where the desktop has a
service (and is not in "do not disturb"), else the own popup beside the tray icon. Both answer
through the same scheduler calls, so Done from a notification logs what the popup's Done logs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt

from tracker.kernel.logs import logger
from tracker.kernel.model import Person
from tracker.nudges.policy import Nudge
from tracker.nudges.texts import pause_text, reason_text
from tracker.store.journal import Journal
from tracker.ui.nudges.scheduler import NudgeScheduler

__all__ = ["NudgeDelivery"]

log = logger("dayweave.nudges")


class NudgeDelivery(QObject):
    def __init__(
        self,
        scheduler: NudgeScheduler,
        journal: Journal,
        open_person: Callable[[str | None], None],
        tray_geometry: Callable[[], QRect],
        parent: QObject | None = None,
        open_review: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.journal = journal
        self.open_person = open_person
        self.tray_geometry = tray_geometry
        self.open_review = open_review  # the weekly review moment's one action
        self.popup = None
        self.plan_dialog = None  # "Plan it...", while it is open
        self._desktop = None  # connected on the first nudge; False: no session bus
        self.last_route = ""

    @property
    def desktop(self):
        """The desktop's notification service, or None where there is no session bus."""
        if self._desktop is None:
            from tracker.ui.nudges.notify import DesktopNotifier

            try:
                from tracker.ui.nudges.desktop_bus import NotificationBus
            except ImportError:  # jeepney is installed where there is D-Bus (Linux) only
                log.info("no jeepney: nudges use the popup")
                bus = None
            else:
                bus = NotificationBus.open()
            self._desktop = False if bus is None else self.use_desktop(DesktopNotifier(bus, self))
        return self._desktop or None

    def use_desktop(self, notifier):
        """Answer what `notifier` is answered with; re-plan when do not disturb ends."""
        self._desktop = notifier
        notifier.answered.connect(self.answer)
        notifier.resumed.connect(self.scheduler.replan)
        self.scheduler.pending_changed.connect(
            lambda _count: notifier.withdraw({n.key for n in self.scheduler.pending})
        )
        return notifier

    def present(self, nudge: Nudge, person: Person | None, popup_only: bool = False) -> str:
        """Show `nudge`; returns how: "notify", "wait" (held in the tray) or "popup"."""
        from tracker.ui.nudges.notify import route
        from tracker.ui.nudges.popup import heading

        reason = reason_text(nudge, person)
        desktop = None if popup_only else self.desktop
        way = route(self.journal.settings().nudge_delivery, desktop.bus if desktop else None)
        if way == "notify":
            lines = [pause_text(nudge.pause), reason]
            notes = person.notes if person is not None else ""
            if not desktop.deliver(nudge, heading(nudge, person), lines, notes):
                way = "popup"  # refused: never lost
        if way == "popup":
            self._popup().present(nudge, person, reason, self.tray_geometry())
        if way == "wait":
            self.scheduler.hold(nudge)
        else:
            self.scheduler.held.pop(nudge.key, None)  # in front of the user now: not again
            self._note_prompt(nudge)
        self.last_route = way  # "wait": the tray's badge and tooltip keep it in sight
        log.debug("%s nudge %s: %s", nudge.kind, nudge.key, way)
        return way

    def _note_prompt(self, nudge: Nudge) -> None:
        """A call prompt in front of the user: the review counts the calls whose prompts were
        used (tracker/store/prompts.py). A note that cannot be written costs only a count."""
        mark = {"call_open": "open", "call_close": "close"}.get(nudge.kind)
        if mark is None or nudge.entry is None:
            return
        from tracker.store.prompts import note_prompt

        try:
            note_prompt(self.journal, nudge.entry, mark, self.scheduler.clock.now())
        except OSError as error:
            log.warning("the call prompt's note was not written: %s", error.strerror)

    def _popup(self):
        from tracker.ui.nudges.popup import NudgePopup

        if self.popup is None:
            self.popup = NudgePopup()
            self.popup.done.connect(lambda nudge: self.answer(nudge, "done", None))
            self.popup.planned.connect(lambda nudge: self.answer(nudge, "plan", None))
            self.popup.snoozed.connect(lambda nudge, value: self.answer(nudge, "snooze", value))
            self.popup.skipped.connect(lambda nudge: self.answer(nudge, "skip", None))
            self.popup.opened.connect(lambda nudge: self.answer(nudge, "open", None))
        return self.popup

    def answer(self, nudge: Nudge, action: str, value=None) -> None:
        """One answer, from a popup button or a notification action alike."""
        log.debug("%s nudge %s answered: %s", nudge.kind, nudge.key, action)
        if nudge.kind == "review":  # shown once a week: never stale, any answer is the answer
            self.scheduler.done(nudge)
            if action in ("open", "done") and self.open_review is not None:
                self.open_review()
            return
        if action != "open" and not self.scheduler.is_pending(nudge):
            return  # answered already (the popup, the tray, a log): a late action is stale
        if action == "done":
            self.scheduler.done(nudge)
        elif action == "snooze":
            self.scheduler.snooze(nudge, value)
        elif action == "skip":
            self.scheduler.skip(nudge)
        elif action == "plan":
            self.plan_live(nudge)
        elif action == "open":
            self.open_person(nudge.person)

    def plan_live(self, nudge: Nudge) -> None:
        """Whom to meet and when; on "Write invitation" an .ics file the user's calendar opens.
        The nudge is answered once the invitation is written, not when the dialog opens."""
        from tracker.nudges.invite import default_slot
        from tracker.ui.nudges.plan import PlanLiveDialog

        scheduler = self.scheduler
        slot = default_slot(scheduler.clock.now(), scheduler.zone, self.journal.settings())
        dialog = PlanLiveDialog(scheduler.whom_to_invite(), slot, scheduler.zone, nudge.person)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._invite(nudge, dialog))
        self.plan_dialog = dialog
        dialog.open()

    def _invite(self, nudge: Nudge, dialog) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from tracker.kernel.logs import state_dir
        from tracker.nudges.invite import invitation, write_invitation
        from tracker.ui.errors import error_text

        now = self.scheduler.clock.now()
        data = invitation(dialog.chosen(), dialog.starts(), dialog.minutes.value(), now)
        try:
            path = write_invitation(state_dir() / "invitations", data, now)
        except OSError as error:
            self.scheduler.failed.emit(error_text(error))
            return
        log.info("live meeting invitation written")  # never whom: personal data
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.scheduler.done(nudge)
