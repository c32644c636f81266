"""Nudges in the running app: one single-shot timer set to the next due moment, re-planned
after every change, after a wall-clock jump, and when logind says the machine woke up."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal, Slot

from tracker.kernel.clock import Clock
from tracker.kernel.logs import logger
from tracker.nudges.history import ContactHistory
from tracker.nudges.inputs import nudge_inputs
from tracker.nudges.policy import Nudge, NudgePlan
from tracker.store.journal import Journal
from tracker.ui.errors import error_text
from tracker.ui.nudges.waiting import WaitingNudges, waiting_nudges
from tracker.ui.timers import SingleShot

__all__ = ["NudgeScheduler"]

JUMP_TOLERANCE = timedelta(seconds=90)
# While a nudge is held back (do not disturb) and no pause is in sight, look again this often:
# for servers that do not announce the end of do not disturb. Far above the 60 s floor
# (docs/ARCHITECTURE.md, Budgets).
HELD_RECHECK = timedelta(minutes=10)
log = logger("dayweave.nudges")


class NudgeScheduler(QObject):
    show_nudge = Signal(object, object)  # Nudge, Person or None
    pending_changed = Signal(int)
    failed = Signal(str)
    going_to_sleep = Signal()
    woke = Signal(object)  # when the machine went to sleep (a datetime)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        zone: ZoneInfo,
        quicklog=None,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.clock = clock
        self.zone = zone
        self.quicklog = quicklog
        # Kept current by the change notice when there is an app; alone, read when asked.
        self.history = quicklog.history if quicklog is not None else ContactHistory(journal, clock)
        self.monotonic = monotonic
        self.timer = SingleShot("nudge-next", self.replan, self)
        self.plan: NudgePlan | None = None
        self.pending: list[Nudge] = []
        # The review moment once shown waits for its answer like a reach-out (its notification
        # stays, the tray names it) for the moment's grace; only this run remembers it.
        self.review: tuple[Nudge, datetime] | None = None
        # Due, but the desktop was in do not disturb: shown again at the first pause after.
        self.held: dict[str, Nudge] = {}
        self._anchor = self._wall_minus_monotonic()
        self._asleep_from: datetime | None = None  # told by logind, where there is one
        # The next live meeting in the user's calendar (set by the app when it reads one).
        self.planned_live: Callable[[], datetime | None] | None = None
        self.returned_at: datetime | None = None  # back from being away: a natural pause
        if quicklog is not None:
            quicklog.changed.connect(self.replan)

    def _wall_minus_monotonic(self) -> float:
        return self.clock.now().timestamp() - self.monotonic()

    def watch_sleep(self) -> bool:
        """Re-plan when logind says the machine woke; False where there is no system bus."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        return bus.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            "1on_prepare_for_sleep(bool)",
        )

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self._asleep_from = self.clock.now()
            self.going_to_sleep.emit()
            return
        if self._asleep_from is not None:
            self.note_return()
            self.woke.emit(self._asleep_from)
        self.replan()
        self._asleep_from = None

    def note_return(self) -> None:
        """The user is back (the machine woke, a block left running was found): a pause."""
        self.returned_at = self.clock.now()

    def replan(self) -> NudgePlan:
        """Ask the policy what is due now; show it; set the one timer to the next moment."""
        now = self.clock.now()
        anchor = self._wall_minus_monotonic()
        jumped = abs(anchor - self._anchor) > JUMP_TOLERANCE.total_seconds()
        if jumped and anchor > self._anchor and self._asleep_from is None:
            # The wall clock ran on while the monotonic clock stood still: the machine slept
            # (or the clock was set forward), and no logind told us when it began.
            self.note_return()
            self.woke.emit(now - timedelta(seconds=anchor - self._anchor))
        self._anchor = anchor  # a jump (sleep, a clock change) needs nothing more than this plan
        journal = self.journal
        inputs = nudge_inputs(
            journal,
            self.history,
            now,
            self.zone,
            planned_live=self.planned_live() if self.planned_live else None,
            returned_at=self.returned_at,
        )
        plan = inputs.plan()
        people, state = inputs.people, inputs.state
        for nudge in plan.due:
            state = state.with_shown(nudge, now)
        if plan.due:
            with contextlib.suppress(OSError):  # shown again next time rather than lost
                journal.save_nudge_state(state)
        self.plan = plan
        self._drop_review_answered_elsewhere()
        self.pending = [*plan.pending, *plan.due, *self._review_waiting(plan, now)]
        keys = {n.key for n in self.pending}
        # The review moment is due once a week: held back, it waits (in sight) for the pause.
        self.held = {k: n for k, n in self.held.items() if k in keys or n.kind == "review"}
        self.pending += [n for n in self.held.values() if n.key not in keys]
        again = list(self.held.values()) if plan.at_pause else []
        for nudge in again:
            del self.held[nudge.key]  # held again by `hold` if do not disturb goes on
        for nudge in [*plan.due, *again]:
            self.show_nudge.emit(nudge, people.get(nudge.person))
        self.pending_changed.emit(len(self.pending))
        moments = [] if plan.next is None else [plan.next]
        if self.held:
            moments.append(plan.next_pause or now + HELD_RECHECK)
        if moments:
            self.timer.start_in(max(1.0, (min(moments) - now).total_seconds()))
        else:
            self.timer.stop()
        self.last_jumped = jumped
        log.debug("plan: %d due, %d pending, %d held; next %s; clock jumped: %s",
                  len(plan.due), len(self.pending), len(self.held), plan.next, jumped)  # fmt: skip
        return plan

    def _drop_review_answered_elsewhere(self) -> None:
        """A review moment shown or held here and answered on another device since: it waits
        here no more (the notes read only while one waits, at most its few days of grace)."""
        from tracker.store.intentions import reviewed

        waiting = [n for n in self.held.values() if n.kind == "review"]
        waiting += [self.review[0]] if self.review is not None else []
        for nudge in waiting:
            try:
                answered = reviewed(self.journal, nudge.key.partition(":")[2])
            except OSError:
                answered = False
            if answered:
                self.held.pop(nudge.key, None)
                if self.review is not None and self.review[0].key == nudge.key:
                    self.review = None

    def _review_waiting(self, plan: NudgePlan, now: datetime) -> list[Nudge]:
        from tracker.nudges.moment import GRACE

        due = next((n for n in plan.due if n.kind == "review"), None)
        if due is not None:
            self.review = (due, now)
            return []
        if self.review is None or now - self.review[1] > GRACE:
            self.review = None
            return []
        return [self.review[0]]

    def _note_reviewed(self, moment_day: str) -> None:
        """One notification a week across devices: the others read this note when due."""
        from tracker.store.intentions import note_reviewed

        try:
            note_reviewed(self.journal, moment_day)
        except OSError as error:  # offered again on another device rather than lost here
            log.warning("the review moment's note was not written: %s", error.strerror)

    def waiting(self) -> WaitingNudges:
        """What waits, for the tray's badge and tooltip."""
        names = {p.id: p.name for p in self.journal.people_by_id().values()}
        return waiting_nudges(self.plan, self.pending, names, self.zone)

    def hold(self, nudge: Nudge) -> None:
        """`nudge` was not shown (do not disturb): show it at the first pause after."""
        self.held[nudge.key] = nudge

    def is_pending(self, nudge: Nudge) -> bool:
        """Still waiting for an answer: an answer to one no longer pending is stale."""
        return any(n.key == nudge.key for n in self.pending)

    # -- answers -------------------------------------------------------------------------

    def done(self, nudge: Nudge) -> None:
        person = self.journal.people_by_id().get(nudge.person) if nudge.person else None
        if nudge.kind == "reach_out" and person is not None and self.quicklog is not None:
            # By id, not by name: two people may share one.
            self.quicklog.contact_with(person.id)
            return
        self._forget(nudge)

    def whom_to_invite(self) -> list:
        """For "Plan it...": the people due, by circle (tracker/nudges/invite.py)."""
        from tracker.nudges.inputs import first_use
        from tracker.nudges.invite import suggest_whom

        journal = self.journal
        started = first_use(journal.first_use(), journal.entry_days())
        last = self.history.last_contacts()
        return suggest_whom(journal.people(), last, journal.settings(), self.clock.now(), started)

    def snooze(self, nudge: Nudge, value) -> None:
        now = self.clock.now()
        if value == "tomorrow":
            local = now.astimezone(self.zone)
            until = datetime.combine(
                local.date() + timedelta(days=1), datetime.min.time(), tzinfo=self.zone
            )
        else:
            until = now + timedelta(minutes=int(value))
        try:
            state = self.journal.nudge_state().with_snooze(nudge.key, until, at=now)
            self.journal.save_nudge_state(state)
        except OSError as error:
            self.failed.emit(error_text(error))
        self.replan()

    def skip(self, nudge: Nudge) -> None:
        if nudge.person is not None:
            today = self.clock.now().astimezone(self.zone).date()
            try:
                self.journal.save_nudge_state(
                    self.journal.nudge_state().with_skip(nudge.person, today, at=self.clock.now())
                )
            except OSError as error:
                self.failed.emit(error_text(error))
        self.replan()

    def review_opened(self) -> None:
        """The review opened (from the tray, the week window or its moment): this week's
        moment is answered, here and, through the note, on the user's other devices."""
        from tracker.nudges.moment import GRACE, last_moment, moment_key

        now, settings = self.clock.now(), self.journal.settings()
        moment = last_moment(settings, now, self.zone)
        # Switched off, before the moment, or long after it: no moment to answer.
        if settings.review_moment and now - moment <= GRACE:
            self._forget(Nudge("review", None, moment_key(moment, self.zone)))

    def _forget(self, nudge: Nudge) -> None:
        if nudge.kind == "review":
            self.review = None
            self._note_reviewed(nudge.key.partition(":")[2])
        self.pending = [n for n in self.pending if n.key != nudge.key]
        self.pending_changed.emit(len(self.pending))
