"""What the user has seen and said of the nudges: kept by the store in the device's own
folder, so it sits below the nudge policy that reads it (tracker.nudges.policy)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Protocol

from tracker.kernel.timefmt import parse_utc, to_updated_text

__all__ = [
    "ROOM_AFTER_ANSWER",
    "NudgeState",
    "ShownNudge",
    "nudge_state_from_record",
    "nudge_state_to_record",
]

ROOM_AFTER_ANSWER = timedelta(minutes=15)  # after a snooze or skip, before the next one shows


class _Shown(Protocol):
    """What is kept of a nudge once shown (a `tracker.nudges.policy.Nudge`)."""

    @property
    def kind(self) -> str: ...
    @property
    def person(self) -> str | None: ...
    @property
    def key(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ShownNudge:
    at: datetime
    kind: str
    person: str | None = None
    key: str = ""


@dataclass(frozen=True, slots=True)
class NudgeState:
    """What the user has seen and said: shown nudges, snoozes until a time, skips for a day."""

    shown: tuple[ShownNudge, ...] = ()
    snoozed: Mapping[str, datetime] = field(default_factory=dict)
    skipped: Mapping[str, date] = field(default_factory=dict)
    # Set by a snooze or skip: the next nudge waits so it does not pop up in its place at once.
    quiet_until: datetime | None = None

    def with_shown(self, nudge: _Shown, at: datetime) -> NudgeState:
        return replace(
            self, shown=(*self.shown, ShownNudge(at, nudge.kind, nudge.person, nudge.key))
        )

    def with_snooze(self, key: str, until: datetime, at: datetime | None = None) -> NudgeState:
        return replace(self, snoozed={**self.snoozed, key: until}, quiet_until=self._room(at))

    def with_skip(self, person: str, day: date, at: datetime | None = None) -> NudgeState:
        return replace(self, skipped={**self.skipped, person: day}, quiet_until=self._room(at))

    def _room(self, at: datetime | None) -> datetime | None:
        return self.quiet_until if at is None else at + ROOM_AFTER_ANSWER


def nudge_state_to_record(state: NudgeState) -> dict:
    return {
        "shown": [
            {"at": to_updated_text(s.at), "kind": s.kind, "person": s.person, "key": s.key}
            for s in state.shown
        ],
        "snoozed": {key: to_updated_text(until) for key, until in state.snoozed.items()},
        "skipped": {person: day.isoformat() for person, day in state.skipped.items()},
        "quiet_until": to_updated_text(state.quiet_until) if state.quiet_until else None,
    }


def nudge_state_from_record(record: dict, keep_days: int = 60) -> NudgeState:
    """The stored state; shown nudges older than `keep_days` are dropped as they are read."""
    shown = tuple(
        ShownNudge(parse_utc(s["at"]), str(s["kind"]), s.get("person"), str(s.get("key", "")))
        for s in record.get("shown", [])
    )
    if shown:
        newest = max(s.at for s in shown)
        shown = tuple(s for s in shown if newest - s.at <= timedelta(days=keep_days))
    quiet = record.get("quiet_until")
    return NudgeState(
        shown=shown,
        snoozed={k: parse_utc(v) for k, v in record.get("snoozed", {}).items()},
        skipped={k: date.fromisoformat(v) for k, v in record.get("skipped", {}).items()},
        quiet_until=parse_utc(quiet) if isinstance(quiet, str) else None,
    )
