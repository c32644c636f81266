"""The nudge plan's inputs, built in one place for the app's scheduler and `dayweave nudges`, so
the two never answer "what is due?" differently (they did: the command line left out the
live meeting planned in the calendar, which the tray counts).

Nothing here reads history the screen does not show (docs/ARCHITECTURE.md, The data: scale): the
last contacts and the last live meeting come from ContactHistory (tracker/nudges/history.py), kept
current from each change; the rest is the week around `now`, the people, the settings and the nudge
state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from tracker.kernel.days import week_days, week_start
from tracker.kernel.model import Entry, Person
from tracker.kernel.nudgestate import NudgeState
from tracker.kernel.settings import Settings
from tracker.nudges.pauses import SWITCH_TOLERANCE
from tracker.nudges.policy import NudgePlan, plan_nudges
from tracker.timeline.summary import summarize_week

if TYPE_CHECKING:
    from tracker.nudges.history import ContactHistory
    from tracker.store.journal import Journal

__all__ = ["NudgeInputs", "first_use", "latest_live", "nudge_inputs", "reviewed_elsewhere"]


@dataclass(frozen=True, slots=True)
class NudgeInputs:
    """Everything `plan_nudges` is asked with at one moment."""

    now: datetime
    zone: ZoneInfo
    settings: Settings
    people: Mapping[str, Person]  # every person by id, deleted and merged ones too (for names)
    last_contacts: Mapping[str, datetime]
    current: list[Entry]  # the entries around now (tracker/nudges/policy.py: plan_nudges)
    last_live: datetime | None  # held, or planned in the calendar: the later
    state: NudgeState
    reached: Mapping[str, int]  # people reached this week, by circle
    returned_at: datetime | None = None
    first_use: datetime | None = None  # see first_use below
    logged: bool = True  # anything ever logged
    reviewed: bool = False  # this week's review moment answered on another device

    def plan(self) -> NudgePlan:
        living = [p for p in self.people.values() if not p.deleted]
        return plan_nudges(
            self.now,
            self.zone,
            self.settings,
            living,
            self.last_contacts,
            self.current,
            self.last_live,
            self.state,
            self.reached,
            returned_at=self.returned_at,
            first_use=self.first_use,
            logged=self.logged,
            reviewed=self.reviewed,
        )


def latest_live(held: datetime | None, planned: datetime | None) -> datetime | None:
    """A planned live meeting counts like one held: the later of the two, so the plan asks for
    no live meeting while one is already in the calendar."""
    if held is None or (planned is not None and planned > held):
        return planned
    return held


def first_use(started: datetime | None, entry_days: list[str]) -> datetime | None:
    """When Dayweave was first used: the first start on any device, or, where entries are
    older (a folder from before the first start was kept, a new laptop on old data), the end
    of the first day with entries."""
    if not entry_days:
        return started
    first_day = datetime.fromisoformat(entry_days[0]).replace(tzinfo=UTC) + timedelta(days=1)
    return first_day if started is None else min(started, first_day)


def _around_now(
    journal: Journal, week: list[Entry], week_begins: datetime, now: datetime
) -> list[Entry]:
    """The week's entries up to now; for a block running since before the week began, also
    those since its start, where its pauses (a call that ended, the switch) are."""
    current = [e for e in week if e.start <= now]
    older = [e.start for e in current if e.is_block and e.start < week_begins]
    if older:
        known = {e.id for e in current}
        earlier = journal.entries_between(min(older) - SWITCH_TOLERANCE, week_begins)
        current += [e for e in earlier if e.id not in known and e.start <= now]
        current.sort(key=lambda e: (e.start, e.id))
    return current


def nudge_inputs(
    journal: Journal,
    history: ContactHistory,
    now: datetime,
    zone: ZoneInfo,
    *,
    planned_live: datetime | None = None,
    returned_at: datetime | None = None,
) -> NudgeInputs:
    """What the plan at `now` needs. `planned_live` is the start of the next live meeting in
    this device's calendars (tracker/calendar/ahead.py: next_live); `returned_at` is when the
    user came back from being away, where the app knows it."""
    people = journal.people_by_id()
    entry_days = journal.entry_days()  # file names, not their content
    days = week_days(week_start(now.astimezone(zone).date()), zone)
    week = journal.entries_between(days[0].start, days[-1].end)
    reached = summarize_week(week, people, days[0].date, zone, now).reached_by_circle
    settings, state = journal.settings(), journal.nudge_state()
    started = first_use(journal.first_use(), entry_days)
    return NudgeInputs(
        now=now,
        zone=zone,
        settings=settings,
        people=people,
        last_contacts=history.last_contacts(),
        current=_around_now(journal, week, days[0].start, now),
        last_live=latest_live(history.last_live_meeting(), planned_live),
        state=state,
        reached=reached,
        returned_at=returned_at,
        first_use=started,
        logged=bool(entry_days),
        reviewed=reviewed_elsewhere(journal, settings, now, zone, state, started),
    )


def reviewed_elsewhere(
    journal: Journal,
    settings: Settings,
    now: datetime,
    zone: ZoneInfo,
    state: NudgeState,
    started: datetime | None,
) -> bool:
    """Whether the review moment due here now was answered on another of the user's devices.
    The notes are read only while the moment is due here (a few days a week, until shown):
    never at the plans of the rest of the week."""
    from tracker.nudges.moment import last_moment, moment_key, review_due
    from tracker.store.intentions import reviewed

    last_shown = max((s.at for s in state.shown if s.kind == "review"), default=None)
    if not review_due(settings, now, zone, last_shown, started):
        return False
    day = moment_key(last_moment(settings, now, zone), zone).partition(":")[2]
    return reviewed(journal, day)
