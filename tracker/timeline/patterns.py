"""The week's most visible pattern, found in the data: "3 of 5 tech disruptions came on Tuesday
mornings". Plain data here; the UI words it in the user's language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry

__all__ = ["MIN_PATTERN_DISRUPTIONS", "Pattern", "find_pattern", "part_of_day"]

PARTS = ("morning", "afternoon", "evening")
# A sentence about a pattern must rest on this many disruptions: two in one morning are a
# coincidence, and a sentence drawn from one disruption each misleads more than it tells.
MIN_PATTERN_DISRUPTIONS = 3


def part_of_day(hour: int) -> str:
    return "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"


@dataclass(frozen=True, slots=True)
class Pattern:
    """`count` of the week's `total` disruptions with `cause` came on `weekday` (0 = Monday) in
    `part`; cause None means disruptions of any cause."""

    count: int
    total: int
    cause: str | None
    weekday: int | None  # None: the cluster is an hour of any day
    part: str = ""
    hour: int | None = None


def find_pattern(entries: Iterable[Entry], zone: ZoneInfo) -> Pattern | None:
    """The biggest cluster of disruptions by cause, weekday and part of the day, if it stands out:
    at least MIN_PATTERN_DISRUPTIONS, and at least 40 % of that cause's disruptions (or of all
    of them)."""
    disruptions = [e for e in entries if e.kind == "disruption" and not e.deleted]
    if len(disruptions) < MIN_PATTERN_DISRUPTIONS:
        return None
    slots: Counter[tuple[str | None, int, str]] = Counter()
    by_cause: Counter[str | None] = Counter()
    for entry in disruptions:
        local = entry.start.astimezone(zone)
        for cause in (entry.cause or "other", None):
            slots[(cause, local.weekday(), part_of_day(local.hour))] += 1
            by_cause[cause] += 1
    best: Pattern | None = None
    for (cause, weekday, part), count in slots.items():
        total = by_cause[cause]
        if count < MIN_PATTERN_DISRUPTIONS or count / total < 0.4:
            continue
        candidate = Pattern(count, total, cause, weekday, part)
        # More disruptions first; then a named cause over "any"; then the earlier slot.
        key = (count, cause is not None, -weekday, -PARTS.index(part))
        if best is None or key > (
            best.count,
            best.cause is not None,
            -(best.weekday or 0),  # a candidate of this loop: a weekday
            -PARTS.index(best.part),
        ):
            best = candidate
    return best or _hour_cluster(disruptions, zone)


def _hour_cluster(disruptions: list[Entry], zone: ZoneInfo) -> Pattern | None:
    """No day stands out: perhaps an hour does ("4 of 6 disruptions came between 9 and 10")."""
    hours = Counter(entry.start.astimezone(zone).hour for entry in disruptions)
    hour, count = min(hours.items(), key=lambda item: (-item[1], item[0]))
    if count >= MIN_PATTERN_DISRUPTIONS and count / len(disruptions) >= 0.5:
        return Pattern(count, len(disruptions), None, None, hour=hour)
    return None
