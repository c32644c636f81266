"""The interwoven day's changes: log, start, stop, end one thing, edit, delete.

The rules are decided here once (docs/ARCHITECTURE.md, The rules of the day): blocks never overlap
(the new one wins and the others are trimmed or split), starting the block that runs changes
nothing, a span over 16 hours needs its end's day, one running call per person, and Stop ends
the block while calls end on their own.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.commands.door import Commands, handles
from tracker.commands.errors import Refused, needs_someone, refuse_unknown_changes
from tracker.commands.requests import DeleteEntry, EditEntry, EndEntry, Log, Stop, texts_of
from tracker.commands.results import Result
from tracker.commands.writes import Writes
from tracker.kernel.dayrules import (
    check_running_length,
    check_span_length,
    fit_block,
    open_calls_with,
    running_until,
)
from tracker.kernel.model import Entry, ValidationError, validate_entry
from tracker.kernel.vocabulary import INSTANT_KINDS, KINDS, SPAN_KINDS, STARTABLE_KINDS
from tracker.timeline.quickplain import plain_line

if TYPE_CHECKING:
    from tracker.store.faces import PeopleFace

__all__ = ["delete_entry", "edit_entry", "end_entry", "log", "stop"]

_EDITABLE = ("kind", "title", "start", "end", "cause", "note", "tags", "people", "lost_min", "tz",
             "until")  # fmt: skip


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "tz", f"{name!r} is not a known time zone", "unknown_zone", {"zone": name}
        ) from None


def _runs_since(entry: Entry) -> Refused:
    return Refused(
        "end",
        f"{entry.kind} has run only since {entry.start:%Y-%m-%d %H:%M} UTC",
        "runs_since",
        {"kind": entry.kind, "since": entry.start},
    )


def _needs_someone(entry: Entry) -> Refused:
    return Refused(
        "people", f"a {entry.kind} is with someone: say who", "needs_someone", {"kind": entry.kind}
    )


def _draft(door: Commands, request: Log) -> tuple[Entry, bool, list[Any]]:
    """The entry a log request describes (people not yet resolved), whether its end's day was
    given, and the names typed in a quick-entry line."""
    now = request.now or door.clock.now()
    zone = _zone(request.tz)
    typed: list[Any] = []
    end_day_given = request.end_day_given
    tags = list(request.tags)
    plain = None if request.line is None else plain_line(request.line)
    if request.line is not None and plain is None:
        from tracker.timeline.quickentry import parse_quick_entry
        from tracker.timeline.quickresolve import resolve_times

        parsed = parse_quick_entry(request.line)  # a QuickEntryError names the part
        given = (parsed.start_time, request.at), (parsed.end_time, request.until)
        if any(typed is not None and option is not None for typed, option in given):
            raise Refused(
                "start",
                "--at or --until and the time in the line disagree; give one",
                "at_and_line",
            )
        if parsed.cause is not None and request.cause not in (None, parsed.cause):
            raise Refused(  # `disruption noise ... --cause tech`: neither word is dropped
                "cause", "--cause and the cause in the line disagree; give one of them",
                "cause_and_line", {"cause": parsed.cause},
            )  # fmt: skip
        start, end = resolve_times(parsed, now, zone)
        kind, cause, typed = parsed.kind, request.cause or parsed.cause, parsed.people
        tags = [*parsed.tags, *tags]
        # A line names only its start's day: 10:00-9:00 is a typo even on "yesterday".
        entry = Entry(kind=kind, start=start, end=end, title=parsed.title)
        draft_title: Any = parsed
    else:
        # The request holds the stored word for "werk" or "Storing"; a plain line its own.
        kind, title = plain or (request.kind or "", request.title)
        if kind not in KINDS:
            raise ValidationError(
                "kind",
                f"{request.kind!r} is not a kind; use one of {', '.join(KINDS)}",
                "unknown_kind",
                {"kind": request.kind},
            )
        cause = request.cause
        entry = Entry(kind=kind, start=now, title=title)
        draft_title = None
    lasts = entry.kind == "disruption"  # a disruption's end is its length: it stays a moment
    if entry.kind in INSTANT_KINDS and not lasts and request.until is not None:
        raise ValidationError("end", f"a {kind} is a moment and has no end", "moment_has_end")
    start = request.at or entry.start
    end = request.until or entry.end
    if request.until is not None:
        end_day_given = end_day_given or request.end_day_given
    entry = entry.with_changes(
        start=start,
        end=None if lasts else end,
        until=end if lasts else None,
        tz=zone.key,
        note=request.note,
        tags=tuple(tags),
        cause=(cause or "").strip() or None,  # a cause on another kind: check_cause refuses
    )
    return entry, end_day_given, [draft_title, typed]


def _resolve(
    journal: PeopleFace, typed: Any, explicit: Any, chosen: Any = None, positions: Any = ()
) -> Any:
    """People for the names of a request; with no names, nothing is read or loaded."""
    if not (typed or explicit):
        from types import SimpleNamespace

        return SimpleNamespace(ids=[], new=[], circled=[], consumed=set(), restored=[])
    from tracker.people.handlers import resolve_names

    people = journal.people(include_deleted=True)
    return resolve_names(people, typed, explicit, chosen, positions)


def _check_known(journal: PeopleFace, person_ids: Any) -> None:
    """Ids given as they are must be people there are: an entry never names nobody."""
    if not person_ids:
        return
    known = {p.id for p in journal.people(include_deleted=True)}
    for person_id in person_ids:
        if person_id not in known:
            raise Refused("people", f"{person_id!r} is not a person", "not_a_person")


def _note_overlaps(result: Result, parsed: Any, entry: Entry, at: Any, until: Any) -> None:
    from tracker.timeline.quickresolve import overlap_at

    zone = _zone(entry.tz)
    typed = [(parsed.start_time, at, entry.start), (parsed.end_time, until, entry.end)]
    for clock, given, moment in typed:
        found = None
        if clock is not None and given is None and moment is not None:
            found = overlap_at(moment, zone)
        if found is not None:
            result.note("dst_overlap", **found)


@handles(Log)
def log(door: Commands, request: Log) -> Result:
    journal = door.journal
    entry, end_day_given, (parsed, typed) = _draft(door, request)
    explicit = [(n, c) for n, c in request.names]
    positions = [p for p, _ in parsed.title_words] if parsed is not None else []
    names = _resolve(journal, typed, explicit, request.chosen, positions)
    title = entry.title
    if parsed is not None:
        from tracker.timeline.quickresolve import compose_title

        title = compose_title(parsed, names.consumed, names.restored)
    _check_known(journal, request.person_ids)
    ids = [*request.person_ids, *(i for i in names.ids if i not in request.person_ids)]
    entry = entry.with_changes(title=title, people=tuple(ids))
    if needs_someone(entry.kind) and not ids:
        raise _needs_someone(entry)
    validate_entry(entry.with_changes(people=()))
    check_span_length(entry.start, entry.end, end_day_given or request.long_ok)
    check_running_length(entry, request.now or door.clock.now(), request.long_ok)

    result = Result(request.NAME)
    if parsed is not None:  # a wall-clock time typed in the hour that comes twice: say which
        _note_overlaps(result, parsed, entry, request.at, request.until)
    # Only blocks and calls with people meet what runs; a disruption reads nothing more.
    meets_running = entry.is_block or (entry.kind in SPAN_KINDS and entry.people)
    running = journal.running() if meets_running else []
    if entry.is_block and entry.end is None:
        current = next((e for e in reversed(running) if e.is_block), None)
        if (
            current is not None
            and current.kind == entry.kind
            and current.start <= entry.start
            and entry.title in ("", current.title)
            and not entry.people
        ):
            return result.note("already_running", kind=current.kind, since=current.start)
    writes = Writes()
    for person in names.new:
        writes.person(None, person)
    for before, after in names.circled:
        writes.person(before, after)
    if entry.is_block:
        _make_room(door, entry, running, writes, result)
    elif entry.kind in SPAN_KINDS and entry.people and entry.end is None:
        for call in open_calls_with(entry, running):
            if call.start >= entry.start:
                raise _runs_since(call)
            writes.entry(call, call.with_changes(end=entry.start))
            result.ended.append(call)
    writes.entry(None, entry)
    return door.commit(writes, result, stored=[entry.id])


def _make_room(
    door: Commands, block: Entry, running: list[Entry], writes: Writes, result: Result
) -> None:
    """Trim, split or remove the blocks the new one lands on; say which in the result."""
    now = door.clock.now()
    until = block.end or max(now, block.start) + timedelta(days=1)
    # From the start of what runs, too: a running block ends where time reached a block
    # planned ahead of it, which may lie before the new block.
    since = min([block.start, *(e.start for e in running if e.is_block)])
    nearby = {e.id: e for e in door.journal.entries_between(since, until) if e.is_block}
    door.journal.wait_for_arrivals(since, until)  # a block in a half-arrived file: not yet
    for entry in running:
        if entry.is_block:
            nearby.setdefault(entry.id, entry)
    fit = fit_block(block, sorted(nearby.values(), key=lambda e: e.start), now)
    for changed in fit.changed:
        before = nearby[changed.id]
        writes.entry(before, changed)
        if changed.deleted:
            result.removed.append(changed)
        elif before.end is None and changed.end is not None:
            result.ended.append(changed)
        else:
            result.trimmed.append(changed)
    for tail in fit.created:
        writes.entry(None, tail)
        result.split.append(tail)


@handles(Stop)
def stop(door: Commands, request: Stop) -> Result:
    """End the running block (or, with `what`, the calls and meetings, or both)."""
    at = request.at or request.now or door.clock.now()
    what = request.what or "block"
    if what not in ("block", "calls", "all"):
        raise Refused(
            "what", f"{what!r}: stop a block, calls or all", "not_stoppable", {"what": what}
        )
    wanted = set(_resolve(door.journal, (), [(n, c) for n, c in request.names]).ids)
    targets = []
    for entry in door.journal.running():
        is_call = entry.kind in SPAN_KINDS
        if (entry.is_block and what in ("block", "all") and not wanted) or (
            is_call and what in ("calls", "all") and (not wanted or wanted & set(entry.people))
        ):
            targets.append(entry)
    result = Result(request.NAME)
    if not targets:
        return result.note("nothing_running", what=what)
    writes = Writes()
    for entry in targets:
        if at < entry.start:
            raise _runs_since(entry)
        writes.entry(entry, _ending(door, entry, at))
    return door.commit(writes, result, ended=[e.id for e in targets])


def _ending(door: Commands, entry: Entry, at: datetime) -> Entry:
    """The version of a running entry that ends it at `at`; a block ends earlier where time
    reached a block planned ahead of it (blocks never overlap)."""
    if not entry.is_block:
        return entry.with_changes(end=at)
    nearby = [e for e in door.journal.entries_between(entry.start, at) if e.is_block]
    door.journal.wait_for_arrivals(entry.start, at)
    return entry.with_changes(end=running_until(entry, nearby, at))


def _current(door: Commands, entry_id: str, near: datetime | None) -> Entry:
    from tracker.store.journal import NotFound

    try:
        current = door.journal.get(entry_id, near=near)
    except NotFound:
        current = None
    if current is None or current.deleted:
        raise Refused("entry", "that entry is no longer there", "no_such_entry")
    return current


@handles(EndEntry)
def end_entry(door: Commands, request: EndEntry) -> Result:
    """End one running thing: a call ("End call with Anna"), or a block at a chosen moment."""
    current = _current(door, request.entry_id, request.near)
    at = request.at or door.clock.now()
    result = Result(request.NAME)
    if not current.running:
        return result.note("nothing_running", what=current.kind)
    if at < current.start:
        raise _runs_since(current)
    writes = Writes()
    writes.entry(current, _ending(door, current, at))
    return door.commit(writes, result, ended=[current.id])


@handles(EditEntry)
def edit_entry(door: Commands, request: EditEntry) -> Result:
    current = _current(door, request.entry_id, request.near)
    refuse_unknown_changes(request.changes, _EDITABLE, "entry")
    changes = dict(request.changes)
    for name in ("start", "end", "until"):
        if isinstance(changes.get(name), str):
            from tracker.kernel.timefmt import parse_utc

            try:
                changes[name] = parse_utc(changes[name])
            except ValueError:
                raise ValidationError(name, f"{name} is not a time", "not_a_time") from None
    for name in ("tags", "people"):
        if name in changes:
            changes[name] = texts_of(changes[name], name)
    _check_known(door.journal, [p for p in changes.get("people", ()) if p not in current.people])
    writes = Writes()
    result = Result(request.NAME)
    if request.names:
        names = _resolve(door.journal, (), [(n, c) for n, c in request.names])
        for person in names.new:
            writes.person(None, person)
        for before, after in names.circled:
            writes.person(before, after)
        base = changes.get("people", current.people)
        changes["people"] = (*base, *(i for i in names.ids if i not in base))
    edited = current.with_changes(**changes)
    if edited.kind not in STARTABLE_KINDS and edited.end is not None:
        edited = edited.with_changes(end=None)
    if edited.kind != "disruption":
        edited = edited.with_changes(lost_min=None, until=None)
    if edited.kind != current.kind and "cause" not in changes:
        # The old kind's cause goes with it; one this edit gives is for check_cause to judge.
        edited = edited.with_changes(cause=None)
    if edited == current:
        return result.note("unchanged")
    # An edit may not leave a contact with nobody; one an older version let in may keep it.
    made_nobody = edited.kind != current.kind or bool(current.people)
    if needs_someone(edited.kind) and not edited.people and made_nobody:
        raise _needs_someone(edited)
    validate_entry(edited)
    if (edited.start, edited.end) != (current.start, current.end):
        check_span_length(edited.start, edited.end, request.end_day_given)
    if edited.is_block:
        _make_room(door, edited, door.journal.running(), writes, result)
    writes.entry(current, edited)
    return door.commit(writes, result, stored=[edited.id])


@handles(DeleteEntry)
def delete_entry(door: Commands, request: DeleteEntry) -> Result:
    current = _current(door, request.entry_id, request.near)
    writes = Writes()
    writes.entry(current, current.with_changes(deleted=True))
    return door.commit(writes, Result(request.NAME), stored=[current.id])
