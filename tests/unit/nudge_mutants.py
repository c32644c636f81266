"""Broken nudge policies, each with plan_nudges' signature and made from it, for the property
tests of test_nudges.py to catch: a property that a policy which never nudges, or always does,
also passes proves nothing (test_the_properties_catch_every_broken_policy)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from tracker.kernel.model import Entry
from tracker.nudges.policy import NudgePlan, plan_nudges

__all__ = ["MUTANTS"]


def never_due(*args, **kwargs) -> NudgePlan:
    """Nothing is ever due: the tray never says anything."""
    return replace(plan_nudges(*args, **kwargs), due=[])


def always_due(now, zone, settings, people, contacts, _current, last_live, state, *rest):
    """Everything wanted is due at once, whatever the hours, days, cap, block, call or spacing."""
    anytime = replace(settings, nudge_start_hour=0, nudge_end_hour=24,
                      nudge_days=tuple(range(7)), max_nudges_per_day=20)  # fmt: skip
    calm = replace(state, quiet_until=None)
    return plan_nudges(now, zone, anytime, people, contacts, [], last_live, calm, *rest)


def ignores_the_cap(now: datetime, zone, settings, *rest) -> NudgePlan:
    """No daily cap (max_nudges_per_day): as many a day as are wanted."""
    return plan_nudges(now, zone, replace(settings, max_nudges_per_day=20), *rest)


def _running_call(entry: Entry, now: datetime) -> bool:
    return (
        entry.kind in ("call", "meeting")
        and entry.start <= now
        and (entry.end is None or entry.end > now)
    )


def ignores_calls(now: datetime, zone, settings, people, contacts, current, *rest) -> NudgePlan:
    """Running calls and meetings hold nothing back: they are not seen at all."""
    current = [e for e in current if not _running_call(e, now)]
    return plan_nudges(now, zone, settings, people, contacts, current, *rest)


def ignores_life(now: datetime, zone, settings, people, contacts, current, *rest) -> NudgePlan:
    """A life block (lunch) holds nothing back: work nudges arrive in it."""
    current = [e for e in current if e.kind != "life"]
    return plan_nudges(now, zone, settings, people, contacts, current, *rest)


MUTANTS = {
    "never due": never_due,
    "always due": always_due,
    "ignores the daily cap": ignores_the_cap,
    "ignores running calls": ignores_calls,
    "ignores life blocks": ignores_life,
}
