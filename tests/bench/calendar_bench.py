"""Calendar benchmark: today's agenda from a calendar holding 5 years of weekly meetings, beside
the same calendar holding one month of them; then issue 24's budgets, the cached agenda beside
khal over a heavy export (agenda_bench.py).

    python tests/bench/calendar_bench.py [--quick]

Each calendar has 10 weekly series (open-ended RRULEs in Europe/Amsterdam, each with EXDATEs and
a moved occurrence) that began 5 years (or 1 month) ago, and 5 one-off meetings for every week
of that time, as an export holding history does. Measured side by side in one run, as
medians: reading the file (parse) and the day's agenda from the parsed file (what the app
does at each re-plan), and both together (what `dayweave agenda` does). Printed as ratios.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.calendar.agenda import plan_day
from tracker.calendar.files import day_bounds, meetings_between, read_calendar
from tracker.kernel.model import Person

TODAY = date(2026, 12, 2)  # a Wednesday
ZONE = ZoneInfo("Europe/Amsterdam")
STAMP = "%Y%m%dT%H%M%S"


def calendar_text(weeks: int) -> str:
    first = TODAY - timedelta(weeks=weeks)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dayweave bench//EN"]
    for series in range(10):
        day = first + timedelta(days=series % 5)
        start = datetime(day.year, day.month, day.day, 9 + series % 8, 0)
        lines += [
            "BEGIN:VEVENT", f"UID:series-{series}", f"SUMMARY:Weekly {series}",
            f"DTSTART;TZID=Europe/Amsterdam:{start:{STAMP}}",
            f"DTEND;TZID=Europe/Amsterdam:{start + timedelta(minutes=45):{STAMP}}",
            "RRULE:FREQ=WEEKLY", f"ATTENDEE;CN=Person {series}:mailto:p{series}@example.org",
            "LOCATION:Room 1",
        ]  # fmt: skip
        for gap in (1, 3):
            lines.append(f"EXDATE;TZID=Europe/Amsterdam:{start + timedelta(weeks=gap):{STAMP}}")
        lines.append("END:VEVENT")
        moved = start + timedelta(weeks=2)
        lines += [
            "BEGIN:VEVENT", f"UID:series-{series}", f"SUMMARY:Weekly {series} (moved)",
            f"RECURRENCE-ID;TZID=Europe/Amsterdam:{moved:{STAMP}}",
            f"DTSTART;TZID=Europe/Amsterdam:{moved + timedelta(hours=1):{STAMP}}",
            f"DTEND;TZID=Europe/Amsterdam:{moved + timedelta(hours=2):{STAMP}}", "END:VEVENT",
        ]  # fmt: skip
    for week in range(weeks + 1):
        for n in range(5):
            day = first + timedelta(weeks=week, days=n)
            start = datetime(day.year, day.month, day.day, 14, 30).replace(tzinfo=ZONE)
            utc = start.astimezone(UTC)
            lines += [
                "BEGIN:VEVENT", f"UID:once-{week}-{n}", f"SUMMARY:Customer {week}-{n}",
                f"DTSTART:{utc:{STAMP}}Z", f"DTEND:{utc + timedelta(minutes=30):{STAMP}}Z",
                f"ATTENDEE;CN=Customer {n}:mailto:c{n}@example.org", "END:VEVENT",
            ]  # fmt: skip
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


PEOPLE = [
    Person(f"Person {i}", "peer", emails=(f"p{i}@example.org",), id=f"p{i}") for i in range(10)
]


def agenda(file) -> int:
    meetings, _ = meetings_between([file], *day_bounds(TODAY, ZONE), ZONE)
    return len(plan_day(meetings, PEOPLE))


def sixty_days(file) -> int:
    """What the app adds when files, the day or settings change: the next live meeting."""
    start = day_bounds(TODAY, ZONE)[0]
    meetings, _ = meetings_between([file], start, start + timedelta(days=60), ZONE)
    return len(meetings)


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    runs = 3 if "--quick" in sys.argv else 9
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for name, weeks in (("5 years", 5 * 52), ("1 month", 4)):
            paths[name] = Path(folder) / f"{weeks}.ics"
            paths[name].write_text(calendar_text(weeks), encoding="utf-8")
        files = {name: read_calendar(path) for name, path in paths.items()}
        # The history is really there: a day 4 years ago has its meetings too.
        old = TODAY - timedelta(weeks=4 * 52)
        found, _ = meetings_between([files["5 years"]], *day_bounds(old, ZONE), ZONE)
        assert len(found) >= 3, found
        counts = {name: agenda(file) for name, file in files.items()}
        assert counts["5 years"] == counts["1 month"] > 0, counts
        results = {}
        for name, path in paths.items():
            events = sum(len(c.walk("VEVENT")) for c in files[name].calendars)
            parse = median_seconds(lambda p=path: read_calendar(p), runs)
            day = median_seconds(lambda f=files[name]: agenda(f), runs)
            both = median_seconds(lambda p=path: agenda(read_calendar(p)), runs)
            ahead = median_seconds(lambda f=files[name]: sixty_days(f), runs)
            results[name] = (parse, day, both, ahead)
            print(
                f"{name:8} {path.stat().st_size / 1e6:5.2f} MB {events:5} VEVENTs  "
                f"read {parse * 1000:7.1f} ms  today's agenda {day * 1000:6.1f} ms  "
                f"both {both * 1000:7.1f} ms  60 days ahead {ahead * 1000:6.1f} ms  "
                f"({counts[name]} meetings today)"
            )
        big, small = results["5 years"], results["1 month"]
        print(
            f"ratio 5 years / 1 month: read {big[0] / small[0]:.1f}x, "
            f"today's agenda {big[1] / small[1]:.1f}x, both {big[2] / small[2]:.1f}x, "
            f"60 days ahead {big[3] / small[3]:.1f}x"
        )


if __name__ == "__main__":
    main()
    import agenda_bench  # beside this file (python puts the script's folder on the path)

    print("\nissue 24's budgets, dayweave agenda beside khal list:")
    agenda_bench.main()
