from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry, Person
from tracker.timeline.summary import summarize_week
from tracker.timeline.weekreport import week_to_json

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = date(2026, 11, 23)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=AMS).astimezone(UTC)


def span(kind: str, start: datetime, end: datetime | None, **kw) -> Entry:
    return Entry(kind=kind, start=start, end=end, tz="Europe/Amsterdam", **kw)


def test_a_woven_day_adds_up():
    anna = Person(name="Anna", circle="leadership")
    joost = Person(name="Joost", circle="customer")
    entries = [
        span("life", at(24, 7), at(24, 8, 30)),
        span("work", at(24, 8, 30), at(24, 12)),
        span("life", at(24, 12), at(24, 13)),
        span("work", at(24, 13), at(24, 17)),
        span("call", at(24, 15), at(24, 15, 30), people=(anna.id,)),
        span("meeting", at(24, 10), at(24, 11), people=(joost.id,)),
        Entry(kind="disruption", start=at(24, 9, 5), cause="tech", lost_min=10),
        Entry(kind="disruption", start=at(25, 9, 40), cause="tech"),
        Entry(kind="disruption", start=at(25, 14), cause="family"),
        Entry(kind="contact", start=at(26, 10), people=(anna.id, joost.id)),
        span("work", at(26, 9), at(26, 10), deleted=True),
    ]
    people = {p.id: p for p in (anna, joost)}
    week = summarize_week(entries, people, MONDAY, AMS, now=at(29, 12))
    tuesday = week.days[1]
    assert tuesday.work_min == 7.5 * 60
    assert tuesday.life_min == 2.5 * 60
    assert tuesday.switches == 3
    assert tuesday.disruptions == 1
    assert week.disruptions == 3
    assert week.disruptions_by_cause == {"tech": 2, "family": 1}
    assert week.disruptions_by_hour[9] == 2
    assert week.lost_min == 10
    assert week.calls == 1 and week.live_meetings == 1 and week.contacts == 1
    assert week.reached_by_circle == {"leadership": 2, "customer": 2}
    assert week.days[3].work_min == 0  # the deleted block does not count


def test_a_running_block_counts_until_now_and_crosses_midnight():
    entries = [span("work", at(25, 22), None)]
    week = summarize_week(entries, {}, MONDAY, AMS, now=at(26, 1, 30))
    assert week.days[2].work_min == 120
    assert week.days[3].work_min == 90
    assert [len(d.entries) for d in week.days] == [0, 0, 1, 1, 0, 0, 0]


def test_week_json_has_the_promised_shape():
    joost = Person(name="Joost", circle="customer")
    entries = [
        span("meeting", at(23, 11), at(23, 12), people=(joost.id,), title="review"),
        Entry(kind="disruption", start=at(23, 11, 30), cause="noise", title="drill"),
    ]
    week = summarize_week(entries, {joost.id: joost}, MONDAY, AMS, now=at(27, 12))
    data = week_to_json(week, {joost.id: joost})
    assert data["week_start"] == "2026-11-23"
    assert data["tz"] == "Europe/Amsterdam"
    monday = data["days"][0]
    assert set(monday) >= {"date", "entries", "work_min", "life_min", "switches", "disruptions"}
    meeting = monday["entries"][0]
    assert meeting == {
        "id": entries[0].id,
        "kind": "meeting",
        "start": "2026-11-23T11:00:00+01:00",
        "end": "2026-11-23T12:00:00+01:00",
        "title": "review",
        "cause": None,
        "people": ["Joost"],
        "live": True,
    }
    assert data["totals"]["disruptions_by_cause"] == {"noise": 1}
    assert data["totals"]["live_meetings"] == 1


def test_an_empty_week():
    week = summarize_week([], {}, MONDAY, AMS, now=at(26, 12))
    assert len(week.days) == 7
    assert week.work_min == week.life_min == week.disruptions == 0
    assert week.days[0].day.start == at(23, 0)
    assert week.days[-1].day.end == at(30, 0) + timedelta(0)


def test_the_compass_counts_merged_records_for_the_one_who_stays_and_skips_the_unsorted():
    kept = Person(name="Maria Jansen", circle="customer")
    away = Person(name="Mia", circle="peer", merged_into=kept.id)
    unsorted = Person(name="Eva", circle=None)
    people = {p.id: p for p in (kept, away, unsorted)}
    entries = [
        Entry(kind="contact", start=at(23, 9), people=(away.id,)),
        Entry(kind="contact", start=at(23, 10), people=(unsorted.id,)),
    ]
    week = summarize_week(entries, people, MONDAY, AMS, at(27, 12))
    assert dict(week.reached_by_circle) == {"customer": 1}
