"""Moved occurrences joined to their series: a file holding several VCALENDARs may keep a moved
occurrence (RECURRENCE-ID) in another VCALENDAR than its series. Expanded apart, the series
would still show the original slot beside the moved one; joined by UID (as CalDAV servers and
calendar programs treat one UID as one event), only the moved slot shows."""

from __future__ import annotations

from typing import Any

__all__ = ["join_moved"]


def _uid(event: Any) -> str:
    return str(event.get("UID", "") or "").strip()


def join_moved(calendars: list[Any]) -> list[Any]:
    """The calendars, each moved occurrence put beside its series (with the zone it names, when
    the series' calendar lacks it). Changed in place; a moved occurrence without a series
    anywhere stays where it is."""
    if len(calendars) < 2:
        return calendars
    home: dict[str, Any] = {}  # UID -> the calendar holding its series
    for calendar in calendars:
        for event in calendar.subcomponents:
            if event.name == "VEVENT" and "RECURRENCE-ID" not in event and _uid(event):
                home.setdefault(_uid(event), calendar)
    for calendar in calendars:
        stray = [
            event
            for event in calendar.subcomponents
            if event.name == "VEVENT"
            and "RECURRENCE-ID" in event
            and home.get(_uid(event), calendar) is not calendar
        ]
        for event in stray:
            target = home[_uid(event)]
            calendar.subcomponents.remove(event)
            _give_zones(calendar, target, event)
            target.add_component(event)
    return calendars


def _give_zones(source: Any, target: Any, event: Any) -> None:
    named = {
        str(value.params.get("TZID"))
        for key in ("DTSTART", "DTEND", "RECURRENCE-ID")
        if (value := event.get(key)) is not None and value.params.get("TZID")
    }
    held = {str(zone.get("TZID")) for zone in target.subcomponents if zone.name == "VTIMEZONE"}
    for zone in source.subcomponents:
        if zone.name == "VTIMEZONE" and str(zone.get("TZID")) in named - held:
            target.add_component(zone)
