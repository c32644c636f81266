"""The nudge policy: what to suggest, when, and what waits and why. Plain Python, fake clock.

A reminder that interrupts focus is itself a disruption, and one that never arrives is worthless
(docs/ARCHITECTURE.md, Nudges), so: reaching out and planning a live meeting never show during a
call or meeting; inside a work block they show at its natural pauses (tracker/nudges/pauses.py);
they stay inside the chosen hours and days and under a daily cap, and a snooze or skip leaves
some room before the next one. The call prompts (first minutes: connect; last minutes: agree an
action) belong to the call itself and show during it.

The policy is a pure function of the moment and the state; the app's single-shot timer asks it
for `next`, and a nudge due during sleep is simply due once when the machine wakes.
It has one job: the rules that decide who, when and what waits, each a short function.

one job: the nudge policy, its rules (the call prompts, whom to reach out to, a live meeting,
what holds nudges back) read one after the other as steps of plan_nudges.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry, Person, normalise_name
from tracker.kernel.nudgestate import NudgeState
from tracker.kernel.settings import Settings
from tracker.kernel.timefmt import parse_utc
from tracker.nudges.moment import last_moment, moment_key, next_moment, review_due
from tracker.nudges.pauses import Pause, pause_at

__all__ = [
    "CALL_HELD_LONGEST",
    "CIRCLE_WEIGHT",
    "Nudge",
    "NudgePlan",
    "Waiting",
    "due_moment",
    "in_own_silo",
    "plan_nudges",
]

CALL_OPEN_WINDOW = timedelta(minutes=10)  # a call prompt later than this would be noise
CALL_CLOSE_BEFORE_END = timedelta(minutes=5)
CALL_CLOSE_WITHOUT_END = timedelta(minutes=25)
# A call nobody ended holds nudges back this long from its start, then it is a forgotten one:
# "never during a call" must not become "never again" (a call left running silenced the week).
CALL_HELD_LONGEST = timedelta(hours=3)
PLAN_LIVE_EVERY = timedelta(days=7)
CAPPED_KINDS = ("reach_out", "plan_live")
# Nudges earn their place: none in the first day of use (there is no "while" yet to stay in
# touch over), nor before the user has logged anything.
FIRST_DAY = timedelta(days=1)
# When many are overdue, the most important first: customers and leadership (the relations a
# silo loses first, and those the user answers to), then reports and partners, then peers.
# The user's own team is the silo and is never nudged. Ties go to the most overdue for their
# own cadence (20 days on a weekly rhythm before 40 on a monthly one).
CIRCLE_WEIGHT = {"customer": 3, "leadership": 3, "report": 2, "partner": 2, "peer": 1}


@dataclass(frozen=True, slots=True)
class Nudge:
    kind: str  # reach_out, plan_live, call_open, call_close, review
    person: str | None
    key: str
    days_since: int | None = None  # since the last contact (or live meeting), None: never
    every_days: int | None = None
    entry: str | None = None  # the call or meeting a prompt belongs to
    pause: str = ""  # inside a work block, the pause it shows at (tracker/nudges/pauses.py)


@dataclass(frozen=True, slots=True)
class Waiting:
    kind: str
    person: str | None
    until: datetime | None  # None: not known
    because: str  # focus, call, life, outside_hours, new, daily_cap, snoozed, spacing


@dataclass(frozen=True, slots=True)
class NudgePlan:
    at: datetime
    due: list[Nudge]  # new: show these now
    waiting: list[Waiting]
    next: datetime | None
    pending: list[Nudge] = field(default_factory=list)  # shown, not yet answered
    # Whether a nudge may show now (no call, a pause if in a block, inside the hours), and
    # if not, when that may change: a nudge held back (do not disturb) shows at that moment.
    at_pause: bool = True
    next_pause: datetime | None = None


def in_own_silo(person: Person, settings: Settings) -> bool:
    """Your own team is the silo the nudges lead out of."""
    if person.circle == "team":
        return True
    own = normalise_name(settings.own_team)
    return bool(own) and normalise_name(person.team) == own


def _at_hour(day: date, hour: int, zone: ZoneInfo) -> datetime:
    if hour == 24:
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return datetime.combine(day, time(hour), tzinfo=zone)


def _window_start_after(
    moment: datetime, zone: ZoneInfo, settings: Settings, *, next_day: bool
) -> datetime:
    """The first moment at or after `moment` inside the nudge hours; with `next_day`, on a
    later day (after the daily cap is reached)."""
    first_day = moment.astimezone(zone).date()
    for offset in range(1 if next_day else 0, 9):
        day = first_day + timedelta(days=offset)
        if day.weekday() not in settings.nudge_days:
            continue
        opens = _at_hour(day, settings.nudge_start_hour, zone)
        if moment < opens:
            return opens
        if moment < _at_hour(day, settings.nudge_end_hour, zone):
            return moment
    return moment + timedelta(days=7)


def _inside_window(moment: datetime, zone: ZoneInfo, settings: Settings) -> bool:
    return _window_start_after(moment, zone, settings, next_day=False) == moment


def _active(entry: Entry, now: datetime) -> bool:
    return entry.start <= now and (entry.end is None or entry.end > now) and not entry.deleted


@dataclass(slots=True)
class _Wanted:
    """Nudges that would be due if nothing held them back, those a snooze holds, and the
    moments more may be wanted."""

    nudges: list[Nudge] = field(default_factory=list)
    snoozed: list[Waiting] = field(default_factory=list)
    later: list[datetime] = field(default_factory=list)


def plan_nudges(
    now: datetime,
    zone: ZoneInfo,
    settings: Settings,
    people: Iterable[Person],
    last_contacts: Mapping[str, datetime],
    current: Iterable[Entry],
    last_live: datetime | None,
    state: NudgeState,
    reached_this_week: Mapping[str, int] | None = None,
    returned_at: datetime | None = None,
    *,
    first_use: datetime | None = None,
    logged: bool = True,
    reviewed: bool = False,
) -> NudgePlan:
    """What is due at `now`, what waits and why, and when the plan next changes.

    `current` holds the entries around now (running blocks, calls and meetings, and those that
    ended today); `last_live` is the start of the latest live meeting; `returned_at` is when the
    user last came back from being away (the machine woke), where the app knows it;
    `first_use` is when Dayweave was first used (None: not known), and `logged` whether
    anything was ever logged; `reviewed`, whether this week's review moment was answered on
    another of the user's devices (store/intentions.py).
    """
    current = list(current)
    active = [e for e in current if _active(e, now)]
    calls = [e for e in active if e.kind in ("call", "meeting")]
    work = [e for e in active if e.kind == "work"]
    today = now.astimezone(zone).date()
    shown_keys = {s.key for s in state.shown}
    # The call prompts: during the call, for the call.
    due, upcoming = _call_prompts(calls, now, shown_keys) if settings.call_prompts else ([], [])
    reach, pending, helpful = _reach_out(
        now, today, settings, people, last_contacts, state, reached_this_week or {}, first_use
    )
    live = _plan_live(now, today, settings, last_live or first_use, last_live, state, helpful)
    wanted, later = reach.nudges + live.nudges, reach.later + live.later
    waiting = live.snoozed + reach.snoozed

    # -- the gates: never a disruption -----------------------------------------------------
    shown_today = sum(
        1 for s in state.shown if s.kind in CAPPED_KINDS and s.at.astimezone(zone).date() == today
    )
    beginning = _beginning(now, zone, settings, first_use, logged)
    gate, held_gate, pause = _gates(
        now, zone, settings, state, current, calls, work, returned_at, shown_today, beginning
    )
    if gate is None:
        room = settings.max_nudges_per_day - shown_today
        why = pause.why if pause is not None else ""
        due += [replace(n, pause=why) for n in wanted[:room]]
        tomorrow = _window_start_after(now, zone, settings, next_day=True)
        waiting += [Waiting(n.kind, n.person, tomorrow, "daily_cap") for n in wanted[room:]]
    else:
        because, until = gate
        waiting += [Waiting(n.kind, n.person, until, because) for n in wanted]
        if until is not None and wanted:
            upcoming.append(until)
    if not wanted and later:
        # Nothing wanted now: the next moment something could be, moved into the window.
        soonest = min(later)
        if not _inside_window(soonest, zone, settings):
            soonest = _window_start_after(soonest, zone, settings, next_day=False)
        upcoming.append(soonest)
    review_due_now, review_waits, review_next = _review(
        now, zone, settings, state, held_gate, first_use, reviewed
    )
    due += review_due_now
    waiting += review_waits
    upcoming += review_next
    next_moment = min((m for m in upcoming if m > now), default=None)
    next_pause = held_gate[1] if held_gate is not None else None
    return NudgePlan(now, due, waiting, next_moment, pending, held_gate is None, next_pause)


def _call_prompts(
    calls: list[Entry], now: datetime, shown_keys: set[str]
) -> tuple[list[Nudge], list[datetime]]:
    """The prompts of the calls going on (connect in the first minutes, agree an action near
    the end): those due now, and the moments the others fall due."""
    due: list[Nudge] = []
    upcoming: list[datetime] = []
    for call in calls:
        if not call.people:
            continue
        person = call.people[0]
        opening = f"call_open:{call.id}"
        if opening not in shown_keys and now - call.start <= CALL_OPEN_WINDOW:
            due.append(Nudge("call_open", person, opening, entry=call.id))
        closing = f"call_close:{call.id}"
        close_at = (
            (call.end - CALL_CLOSE_BEFORE_END) if call.end else call.start + CALL_CLOSE_WITHOUT_END
        )
        if closing not in shown_keys:
            if now >= close_at:
                due.append(Nudge("call_close", person, closing, entry=call.id))
            else:
                upcoming.append(close_at)
    return due, upcoming


def _review(
    now: datetime,
    zone: ZoneInfo,
    settings: Settings,
    state: NudgeState,
    held: _Gate | None,
    first_use: datetime | None,
    reviewed: bool = False,
) -> tuple[list[Nudge], list[Waiting], list[datetime]]:
    """The weekly review moment (issue 22): once a week at its day and hour, at a pause like
    any nudge (a call, a life block, focus and the hours hold it back), outside the daily cap
    and the spacing, which are for the reach-outs; once a week across the user's devices
    (`reviewed`). Due, waiting, and when to look again."""
    if not settings.review_moment:
        return [], [], []
    last_shown = max((s.at for s in state.shown if s.kind == "review"), default=None)
    if reviewed or not review_due(settings, now, zone, last_shown, first_use):
        return [], [], [next_moment(settings, now, zone)]
    key = moment_key(last_moment(settings, now, zone), zone)
    if held is None:
        return [Nudge("review", None, key)], [], []
    because, until = held
    return [], [Waiting("review", None, until, because)], [] if until is None else [until]


def _reach_out(
    now: datetime,
    today: date,
    settings: Settings,
    people: Iterable[Person],
    last_contacts: Mapping[str, datetime],
    state: NudgeState,
    reached: Mapping[str, int],
    first_use: datetime | None,
) -> tuple[_Wanted, list[Nudge], str | None]:
    """Whom to reach out to, were nothing in the way: one person at most, spread over the
    circles, the most important first; the reach-outs shown and not yet answered; and whom a
    live meeting could be planned with (never one of those: one person, one nudge)."""
    wanted = _Wanted()
    candidates = []
    for person in people:
        # Not sorted yet: no nudge until the user gives them a circle (docs/ARCHITECTURE.md, names).
        if person.deleted or person.circle is None or in_own_silo(person, settings):
            continue
        if state.skipped.get(person.id) == today:
            continue
        every = person.every_days or settings.default_every_days
        last = last_contacts.get(person.id)
        due_at = due_moment(person, last, settings, first_use, now)
        days_since = None if last is None else (now - last).days
        candidates.append((person, every, due_at, days_since))
    ready = [c for c in candidates if c[2] <= now]
    wanted.later += [c[2] for c in candidates if c[2] > now]
    for person, _every, _due_at, _days_since in ready:
        key = f"reach_out:{person.id}"
        until = state.snoozed.get(key)
        if until is not None and until > now:
            wanted.snoozed.append(Waiting("reach_out", person.id, until, "snoozed"))
            wanted.later.append(until)
    ready = [c for c in ready if not (state.snoozed.get(f"reach_out:{c[0].id}", now) > now)]
    # A shown nudge waits in the tray until it is answered: never shown a second time.
    pending = []
    for person, every, _due_at, days_since in ready:
        key = f"reach_out:{person.id}"
        shown_at = max((s.at for s in state.shown if s.key == key), default=None)
        contact = last_contacts.get(person.id)
        snooze_end = state.snoozed.get(key)
        if (
            shown_at is not None
            and (contact is None or shown_at > contact)
            and (snooze_end is None or shown_at >= snooze_end)
        ):
            pending.append(Nudge("reach_out", person.id, key, days_since, every))
    pending_people = {n.person for n in pending}
    ready = [c for c in ready if c[0].id not in pending_people]
    if ready:
        # Spread over the circles so the week's compass fills, then the most important circle
        # (CIRCLE_WEIGHT), then the most overdue for their own cadence.
        person, every, due_at, days_since = min(
            ready,
            key=lambda c: (
                reached.get(c[0].circle or "", 0),
                -CIRCLE_WEIGHT.get(c[0].circle or "", 0),
                -(now - c[2]) / timedelta(days=c[1]),
                normalise_name(c[0].name),
            ),
        )
        key = f"reach_out:{person.id}"
        wanted.nudges.append(Nudge("reach_out", person.id, key, days_since, every))
        pending_people.add(person.id)
    others = [c for c in ready or candidates if c[0].id not in pending_people]
    helpful = min(others, key=lambda c: (c[2], normalise_name(c[0].name)), default=None)
    return wanted, pending, helpful[0].id if helpful else None


def due_moment(
    person: Person,
    last: datetime | None,
    settings: Settings,
    first_use: datetime | None,
    now: datetime,
) -> datetime:
    """When `person` is due: their rhythm after the last contact. Never contacted, their clock
    starts when they were added (or, on a record older than that moment, at the first use);
    with neither known, now."""
    since = last or _created(person) or first_use
    every = person.every_days or settings.default_every_days
    return now if since is None else since + timedelta(days=every)


def _created(person: Person) -> datetime | None:
    try:
        return parse_utc(person.created) if person.created else None
    except ValueError:
        return None  # a damaged moment: counted as not known


def _plan_live(
    now: datetime,
    today: date,
    settings: Settings,
    since: datetime | None,
    last_live: datetime | None,
    state: NudgeState,
    helpful: str | None,
) -> _Wanted:
    """Planning a live meeting (with `helpful`, when someone is due), once a week at most, when
    the last one (or, with none yet, the first use: `since`) is longer ago than the settings
    want."""
    wanted = _Wanted()
    live_due = since is None or now - since >= timedelta(days=settings.live_every_days)
    recent_plan = any(s.kind == "plan_live" and now - s.at < PLAN_LIVE_EVERY for s in state.shown)
    if live_due and not recent_plan:
        key = f"plan_live:{today.isocalendar()[0]}-{today.isocalendar()[1]}"
        until = state.snoozed.get(key)
        if until is not None and until > now:
            wanted.snoozed.append(Waiting("plan_live", None, until, "snoozed"))
            wanted.later.append(until)
        else:
            days = None if last_live is None else (now - last_live).days
            wanted.nudges.append(Nudge("plan_live", helpful, key, days, settings.live_every_days))
    elif live_due and recent_plan:
        last_plan = max(s.at for s in state.shown if s.kind == "plan_live")
        wanted.later.append(last_plan + PLAN_LIVE_EVERY)
    elif since is not None:
        wanted.later.append(since + timedelta(days=settings.live_every_days))
    return wanted


_Gate = tuple[str, datetime | None]  # why nudges wait, and until when (None: not known)


def _beginning(
    now: datetime, zone: ZoneInfo, settings: Settings, first_use: datetime | None, logged: bool
) -> _Gate | None:
    """Nothing yet: before anything is logged (until then: not known), and in the first day."""
    if not logged:
        return ("new", None)
    if first_use is not None and now < first_use + FIRST_DAY:
        return ("new", _window_start_after(first_use + FIRST_DAY, zone, settings, next_day=False))
    return None


def _gates(
    now: datetime,
    zone: ZoneInfo,
    settings: Settings,
    state: NudgeState,
    current: list[Entry],
    calls: list[Entry],
    work: list[Entry],
    returned_at: datetime | None,
    shown_today: int,
    beginning: _Gate | None,
) -> tuple[_Gate | None, _Gate | None, Pause | None]:
    """What keeps the capped nudges back now; what keeps any nudge back (a call, a life block,
    focus, the hours: not the first day, the cap or the spacing); and the pause a work block
    is at."""
    gate: _Gate | None = None
    pause = None
    if work:
        focus = timedelta(minutes=settings.focus_minutes)
        pause, next_break = pause_at(work[0], current, now, focus, returned_at)
    ends = [c.end or c.start + CALL_HELD_LONGEST for c in calls]
    life = [e for e in current if e.kind == "life" and _active(e, now)]
    if any(end > now for end in ends):
        gate = ("call", max(ends))
    elif life:
        # Lunch is not the moment for work: at its end (a planned one), or at the switch back
        # to work, which is a pause (tracker/nudges/pauses.py).
        gate = ("life", life[0].end)
    elif work and pause is None:
        gate = ("focus", next_break)
    elif not _inside_window(now, zone, settings):
        gate = ("outside_hours", _window_start_after(now, zone, settings, next_day=False))
    held_gate = gate  # what keeps any nudge back, shown before or not
    if gate is None and beginning is not None:
        gate = beginning
    elif gate is None and shown_today >= settings.max_nudges_per_day:
        gate = ("daily_cap", _window_start_after(now, zone, settings, next_day=True))
    elif gate is None and state.quiet_until is not None and now < state.quiet_until:
        gate = ("spacing", state.quiet_until)
    return gate, held_gate, pause
