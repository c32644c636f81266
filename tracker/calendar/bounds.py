"""What reading an untrusted calendar may cost (issue 25): a calendar is whatever landed in a
synced folder, so its bytes, its time zones and its series are each bounded before icalendar,
recurring-ical-events or dateutil work on them, and what goes over is set aside and named.

- Only a regular file is read (opened with O_NONBLOCK and checked by fstat: a FIFO never
  blocks, a device is never read), at most MAX_BYTES of it.
- A VTIMEZONE whose rules change more often than once a year is no zone of this world: dateutil
  would walk every change since its start to place one time (a zone changing every second since
  1970 ran past 300 s), so it is taken out before parsing and its times are read as local time.
- A series repeating every second or minute is no meeting series; any other series is counted
  from its first occurrence to the end of the range asked, and set aside past MAX_OCCURRENCES
  (dateutil walks from the first occurrence every time, so that count is the work a query does),
  or when counting it takes over SERIES_SECONDS (a rule that yields rarely but walks much).
- All the series counted for one query (every calendar it reads) share a Budget: many series
  each just under the caps are set aside together past it, each calendar named once.
"""

from __future__ import annotations

import os
import re
import stat
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tracker.kernel.words import translate

__all__ = [
    "CALENDAR_SECONDS",
    "MAX_BYTES",
    "MAX_CALENDAR_OCCURRENCES",
    "MAX_OCCURRENCES",
    "SERIES_SECONDS",
    "Budget",
    "NotRegular",
    "SetAside",
    "TooLarge",
    "clock",
    "counted",
    "read_regular",
    "series_cost",
    "without_wild_zones",
]

# 20 MB: a heavy user's ten years of Google or Outlook export is 5 to 10 MB, so a real calendar
# fits with room to spare. icalendar parses 0.5 to 2 MB a second (measured: 3.3 MB of plain
# events in 6 s on a busy machine), so the worst file costs the app's calendar thread 10 to 40 s
# once per change, never its GUI thread; a 56 MB file (issue 25, break 14) is left out.
MAX_BYTES = 20 * 1024 * 1024
# From a series' first occurrence to the end of a query: a daily stand-up since 1970 is 21,000,
# an hourly reminder for five years 44,000. More is no meeting series, and is what it costs.
MAX_OCCURRENCES = 50_000
# Counting a series that long takes 0.1 to 0.3 s (measured); a second is no meeting series'.
SERIES_SECONDS = 1.0
# All the series one query counts, every calendar together (a query counts each series once,
# the first time it reaches that far): 100 daily series over five years are 180,000.
MAX_CALENDAR_OCCURRENCES = 200_000
CALENDAR_SECONDS = 2.0
_CHECK_EVERY = 1024  # occurrences counted between looks at the clock
clock = time.monotonic  # the clock the counting is timed by (tests give their own)


class NotRegular(OSError):
    """A FIFO, a socket or a device where a calendar file was expected."""


class TooLarge(OSError):
    """A file over MAX_BYTES."""


class SetAside(Exception):
    """A series left out for what it would cost (`whole`: every series of the calendar); its
    text is the user's words."""

    def __init__(self, text: str, whole: bool = False) -> None:
        super().__init__(text)
        self.whole = whole


class Budget:
    """What counting the series of one query may cost together, in occurrences and time."""

    def __init__(self) -> None:
        self.left = MAX_CALENDAR_OCCURRENCES
        self.seconds = CALENDAR_SECONDS  # of counting only, not of reading or expanding

    def spend(self, count: int, seconds: float) -> None:
        self.left -= count
        self.seconds -= seconds

    def spent(self) -> bool:
        return self.left < 0 or self.seconds < 0


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MB" if count >= 1024 * 1024 else f"{count // 1024} KB"


def read_regular(path: Path) -> bytes:
    """A regular file's bytes, at most MAX_BYTES of them: never waits on a FIFO, never reads a
    device. Raises OSError (NotRegular, TooLarge: their strerror is the user's words)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegular(0, translate("Calendar", "is not a regular file"))
        too_large = translate("Calendar", "is larger than %1: left out").replace(
            "%1", _size(MAX_BYTES)
        )
        if status.st_size > MAX_BYTES:
            raise TooLarge(0, too_large)
        data = file.read(MAX_BYTES + 1)  # it may grow while read
        if len(data) > MAX_BYTES:
            raise TooLarge(0, too_large)
        return data


_UNFOLD = re.compile(r"\r?\n[ \t]")
_BEGIN_ZONE = "BEGIN:VTIMEZONE"
_END_ZONE = "END:VTIMEZONE"


def _wild_rule(line: str) -> bool:
    """A zone's RRULE that changes more than once a year (real zones: FREQ=YEARLY, one time)."""
    parts = dict(
        part.split("=", 1) for part in line.split(":", 1)[-1].upper().split(";") if "=" in part
    )
    if parts.get("FREQ", "YEARLY").strip() != "YEARLY":
        return True
    return any("," in parts.get(key, "") for key in ("BYHOUR", "BYMINUTE", "BYSECOND"))


def _keep_or_set_aside(block: list[str], kept: list[str], wild: list[str]) -> None:
    if any(_wild_rule(b) for b in block if b.upper().startswith("RRULE")):
        tzid = next((b.split(":", 1)[-1] for b in block if b.upper().startswith("TZID")), "?")
        wild.append(tzid.strip())
    else:
        kept += block


def without_wild_zones(text: str) -> tuple[str, list[str]]:
    """The calendar's text without the VTIMEZONEs that change more often than once a year, and
    their TZIDs; the text as it was when there are none."""
    if _BEGIN_ZONE not in text.upper():
        return text, []
    lines = _UNFOLD.sub("", text).splitlines()
    kept: list[str] = []
    block: list[str] | None = None
    wild: list[str] = []
    for line in lines:
        upper = line.strip().upper()
        if upper == _BEGIN_ZONE:
            block = [line]
            continue
        if block is None:
            kept.append(line)
            continue
        block.append(line)
        if upper == _END_ZONE:
            _keep_or_set_aside(block, kept, wild)
            block = None
    if block is not None:  # a zone cut short: icalendar closes it, so it is looked at too
        _keep_or_set_aside(block, kept, wild)
    return ("\r\n".join(kept) + "\r\n", wild) if wild else (text, [])


def counted(count: int) -> None:
    """Told how many occurrences a series was counted to (tests see the work done)."""


def _naive(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else _utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def _too_often(rules: list[Any]) -> str | None:
    for rule in rules:
        frequency = str(rule.get("FREQ", [""])[0]).upper()
        if frequency == "SECONDLY":
            return translate("Calendar", "repeats every second: not a meeting, left out")
        if frequency == "MINUTELY":
            return translate("Calendar", "repeats every minute: not a meeting, left out")
    return None


def _repeat_dates(event: Any) -> int:
    values = event.get("RDATE", [])
    return sum(
        len(getattr(v, "dts", [v])) for v in (values if isinstance(values, list) else [values])
    )


def _count(occurrences: Any, last: datetime) -> tuple[int, float]:
    """How many occurrences up to `last` (at most MAX_OCCURRENCES + 1), and the seconds it took
    (stopped past SERIES_SECONDS)."""
    started = clock()
    count = 0
    for moment in occurrences:
        count += 1
        if count > MAX_OCCURRENCES or moment.replace(tzinfo=None) > last:
            break
        if count % _CHECK_EVERY == 0 and clock() - started > SERIES_SECONDS:
            break
    counted(count)
    return count, clock() - started


def series_cost(event: Any, end: datetime, budget: Budget | None = None) -> str | None:
    """Why a series must be left out for what expanding it up to `end` (aware) would cost;
    None: it may be expanded. Counts at most MAX_OCCURRENCES + 1 occurrences (spent from
    `budget`)."""
    from dateutil.rrule import rrulestr  # type: ignore[import-untyped]  # no stubs installed

    values = event.get("RRULE", [])
    rules = values if isinstance(values, list) else [values]
    reason = _too_often(rules)
    if reason is not None:
        return reason
    over = translate("Calendar", "repeats more than %1 times: left out")
    over = over.replace("%1", str(MAX_OCCURRENCES))
    if _repeat_dates(event) > MAX_OCCURRENCES:
        return over
    try:
        start = _naive(event.decoded("DTSTART"))
    except Exception:  # the expansion says what is wrong with it
        return None
    if start is None:
        return None
    last = _utc(end)
    for rule in rules:
        try:
            text = rule.to_ical().decode()
            occurrences = rrulestr(text, dtstart=start, ignoretz=True, cache=False)
        except Exception:  # the expansion says what is wrong with it
            continue
        count, slow = _count(occurrences, last)
        if budget is not None:
            budget.spend(count, slow)
        if slow > SERIES_SECONDS:
            return translate("Calendar", "takes too long to work out: left out")
        if count > MAX_OCCURRENCES:
            return over
    return None
