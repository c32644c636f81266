"""Moved occurrences joined to their series: a file holding several VCALENDARs, or another file
of a vdir, may keep a moved occurrence (RECURRENCE-ID) apart from its series. Expanded apart,
the series would still show the original slot beside the moved one; joined by UID (as CalDAV
servers and calendar programs treat one UID as one event), only the moved slot shows."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

__all__ = ["join_moved", "joined_copies"]


def _uid(event: Any) -> str:
    return str(event.get("UID", "") or "").strip()


def _moved(event: Any) -> bool:
    return bool(event.name == "VEVENT" and "RECURRENCE-ID" in event)


def join_moved(calendars: list[Any]) -> list[Any]:
    """The calendars of one file, each moved occurrence put beside its series (with the zone it
    names, when the series' calendar lacks it). Changed in place, so only before they are
    asked anything; a moved occurrence without a series anywhere stays where it is."""
    if len(calendars) < 2:
        return calendars
    home: dict[str, Any] = {}  # UID -> the calendar holding its series
    for calendar in calendars:
        for event in calendar.subcomponents:
            if event.name == "VEVENT" and not _moved(event) and _uid(event):
                home.setdefault(_uid(event), calendar)
    for calendar in calendars:
        stray = [
            e
            for e in calendar.subcomponents
            if _moved(e) and home.get(_uid(e), calendar) is not calendar
        ]
        for event in stray:
            _move(event, calendar, home[_uid(event)])
    return calendars


def _move(event: Any, source: Any, target: Any) -> None:
    source.subcomponents = [c for c in source.subcomponents if c is not event]
    named = {
        str(value.params.get("TZID"))
        for key in ("DTSTART", "DTEND", "RECURRENCE-ID")
        if (value := event.get(key)) is not None and value.params.get("TZID")
    }
    held = {str(zone.get("TZID")) for zone in target.subcomponents if zone.name == "VTIMEZONE"}
    for zone in source.subcomponents:
        if zone.name == "VTIMEZONE" and str(zone.get("TZID")) in named - held:
            target.add_component(zone)
    target.add_component(event)


_UIDS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # by id() while the calendar lives


def _uids(calendar: Any) -> tuple[frozenset[str], frozenset[str]]:
    """(UIDs of the series it holds, UIDs of moved occurrences it holds without their series),
    worked out once per parsed calendar: asked at every query."""
    found = _UIDS.get(id(calendar))
    if found is None:
        series = {_uid(e) for e in calendar.subcomponents if e.name == "VEVENT" and not _moved(e)}
        moved = {_uid(e) for e in calendar.subcomponents if _moved(e)}
        found = _UIDS[id(calendar)] = (frozenset(series), frozenset(moved - series))
        weakref.finalize(calendar, _UIDS.pop, id(calendar), None)
    return found


def joined_copies(calendars: Sequence[Any]) -> dict[int, Any]:
    """Across files (a vdir): by id() of each calendar that changes, a copy of it with the
    moved occurrences of other calendars joined to its series, or without those it gave away.
    The calendars given are never changed (they may be asked already); none: nothing to join."""
    home: dict[str, Any] = {}
    strays = []
    for calendar in calendars:
        series, moved = _uids(calendar)
        for uid in series:
            home.setdefault(uid, calendar)
        if moved:
            strays.append((calendar, moved))
    copies: dict[int, Any] = {}
    for calendar, moved in strays:
        for uid in sorted(moved):
            target = home.get(uid)
            if target is None:
                continue  # no series anywhere: the moved occurrence is all there is
            for each in (calendar, target):  # (an empty calendar is falsy: no `or` here)
                if id(each) not in copies:
                    copies[id(each)] = _copy(each)
            source, to = copies[id(calendar)], copies[id(target)]
            for event in [e for e in source.subcomponents if _moved(e) and _uid(e) == uid]:
                _move(event, source, to)
    return copies


def _copy(calendar: Any) -> Any:
    import icalendar

    copy = icalendar.Calendar()
    for key, value in calendar.items():
        copy.add(key, value)
    copy.subcomponents = list(calendar.subcomponents)
    return copy
