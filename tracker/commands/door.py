"""The one door every change goes through: run a request, keep what undo needs, and tell
every listener (views, the tray, the nudge scheduler) once what changed and who asked."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from tracker.commands.requests import Request, Undo
from tracker.commands.results import Result
from tracker.commands.writes import Writes
from tracker.kernel.clock import Clock
from tracker.kernel.model import Entry, Person
from tracker.kernel.undo import UndoSlot

if TYPE_CHECKING:
    from tracker.store.faces import JournalFace

__all__ = ["UNDO_SECONDS", "Commands", "Handler", "Listener", "handles", "load_handlers_with"]

UNDO_SECONDS = 10
# (what changed, who asked): the asker is whatever it passed to `run` (a view passes itself,
# to skip the change it made; the command line and the socket pass None or their own).
Listener = Callable[[Result, object], None]

R = TypeVar("R", bound=Request)
Handler = Callable[["Commands", R], Result]  # Handler[Log]: a function of (door, a Log)
_HANDLERS: dict[type[Request], Handler[Any]] = {}
_LOADERS: list[Callable[[], object]] = []  # what registers the handlers, when first needed
# One write of a command: (the version before, None for something new; the version stored).
_Write = tuple[Entry | Person | None, Entry | Person]


def handles(request_type: type[R]) -> Callable[[Handler[R]], Handler[R]]:
    """Register the decorated function as the one handler of `request_type`. Each feature
    registers its own (`tracker.features` imports them all), so the door never names a feature
    and no handler is found through a string. The type checker holds the handler's request
    parameter to `request_type`."""

    def register(handler: Handler[R]) -> Handler[R]:
        if _HANDLERS.get(request_type, handler) is not handler:
            raise ValueError(f"{request_type.__name__} has a handler already")
        _HANDLERS[request_type] = handler
        return handler

    return register


def load_handlers_with(loader: Callable[[], object]) -> None:
    """`loader()` registers the handlers (it imports tracker.features) when a request first
    finds none: the app shows its icon without importing every feature's handlers (~8 ms),
    and the door still never names a feature."""
    if loader not in _LOADERS:
        _LOADERS.append(loader)


def _handler(request: R) -> Handler[R]:
    handler = _HANDLERS.get(type(request))
    if handler is None and _LOADERS:
        for loader in list(_LOADERS):
            loader()
        handler = _HANDLERS.get(type(request))
    if handler is None:
        raise LookupError(
            f"nothing handles {type(request).__name__}: import tracker.features first"
        )
    return handler


class _Undo:
    __slots__ = ("result", "writes")

    def __init__(self, result: Result, writes: list[_Write]) -> None:
        self.result = result
        self.writes = writes  # (before, stored): what to put back


class Commands:
    """Runs requests against one journal. Plain Python: the app, the command line and the
    socket server each hold one; undo lives here, with the data, not in a window."""

    def __init__(
        self,
        journal: JournalFace,
        clock: Clock,
        undo_seconds: float = UNDO_SECONDS,
        *,
        undo_on_disk: bool = False,
    ) -> None:
        """`undo_on_disk` keeps what undo needs in the device folder, for the command line:
        each `dayweave` is a new process, and `dayweave undo` must find the last change."""
        self.journal = journal
        self.clock = clock
        self._listeners: list[Listener] = []
        self._undo: UndoSlot[_Undo] = UndoSlot(clock, undo_seconds)
        self._pending: list[_Write] = []
        self._undo_on_disk = undo_on_disk

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def run(self, request: Request, initiator: object = None, *, notify: bool = True) -> Result:
        """Do what `request` asks; a ValidationError (exit 2) means nothing was written.
        `notify=False`: the caller tells the listeners itself, with `notify` (the socket
        answers its client first, then the views read again)."""
        if isinstance(request, Undo):
            result = self._take_back()
        else:
            self._pending = []
            result = _handler(request)(self, request)
            if self._pending:
                if getattr(request, "follows", False):  # a part of one import: undone as one
                    self._pending = self._joined(request.NAME, self._pending)
                self._undo.keep(_Undo(result, self._pending))
                if self._undo_on_disk:
                    self._save_undo(result, self._pending)
        if notify:
            self.notify(result, initiator)
        return result

    def notify(self, result: Result, initiator: object = None) -> None:
        """Tell every listener what `result` changed (nothing, when it changed nothing)."""
        if result.changes:
            for listener in list(self._listeners):
                listener(result, initiator)

    def undoable(self) -> Result | None:
        """What Undo would take back, while it still can."""
        kept = self._undo.available()
        if kept is None and self._undo_on_disk:
            kept = self._load_undo()
        return kept.result if kept is not None else None

    def undo_expires(self) -> datetime | None:
        """When what Undo would take back stops being undoable (None: nothing to undo), so a
        view can take its Undo control away then instead of showing one that does nothing."""
        return self._undo.expires_at() if self._undo.available() is not None else None

    def forget_undo(self) -> None:
        self._undo.clear()
        if self._undo_on_disk:
            with contextlib.suppress(OSError):
                self.journal.save_undo_note(None)

    # -- for the handlers ------------------------------------------------------------------

    def commit(
        self,
        writes: Writes,
        result: Result,
        *,
        stored: list[str] = (),  # type: ignore[assignment]
        ended: list[str] = (),  # type: ignore[assignment]
    ) -> Result:
        """Write, then fill the result with the stored versions (with their new revisions)."""
        entries, persons = writes.commit(self.journal)
        placed = {
            e.id for name in ("ended", "trimmed", "removed", "split") for e in getattr(result, name)
        }
        for name in ("ended", "trimmed", "removed", "split"):
            setattr(result, name, [entries.get(e.id, e) for e in getattr(result, name)])
        result.stored = [entries[i] for i in stored if i in entries]
        result.replaced += [before for before, _ in writes.entries if before is not None]
        result.ended += [entries[i] for i in ended if i in entries and i not in placed]
        for before, person in writes.people:
            (result.people_added if before is None else result.people_changed).append(
                persons[person.id]
            )
        if writes.settings is not None:
            result.settings = writes.settings
        # Added to what this run wrote before: a handler made of several logs (a split gap)
        # is undone as one, each record back to its version before the first of them.
        written: list[_Write] = [(b, entries[a.id]) for b, a in writes.entries]
        written += [(before, persons[after.id]) for before, after in writes.people]
        self._pending = _one_per_record([*self._pending, *written])
        if writes.settings is not None:
            self._pending = []  # settings are changed back in the dialog, not by Undo
        return result

    def take_back_pending(self) -> None:
        """Put back what this run wrote so far: a handler of several writes whose later part
        is refused leaves nothing written (exit 2 writes nothing)."""
        writes = Writes()
        for before, stored in reversed(self._pending):
            back = before if before is not None else stored.with_changes(deleted=True)
            if isinstance(stored, Entry) and isinstance(back, Entry):
                writes.entry(stored, back)
            elif isinstance(stored, Person) and isinstance(back, Person):
                writes.person(stored, back)
        self._pending = []
        if writes:
            writes.commit(self.journal)

    def _save_undo(self, result: Result, writes: list[_Write]) -> None:
        from tracker.kernel.codec import entry_to_record, person_to_record
        from tracker.kernel.timefmt import to_updated_text

        def record(version: Any) -> Any:
            if version is None:
                return None
            if hasattr(version, "kind"):
                return entry_to_record(version)
            return person_to_record(version)

        note = {
            "at": to_updated_text(self.clock.now()),
            "result": result.to_json(),
            "writes": [[record(before), record(after)] for before, after in writes],
        }
        with contextlib.suppress(OSError):  # the change is stored; only its undo is lost
            self.journal.save_undo_note(note)

    def _load_undo(self) -> _Undo | None:
        from tracker.kernel.codec import entry_from_record, person_from_record
        from tracker.kernel.timefmt import parse_utc

        note = self.journal.undo_note()
        try:
            if not note or self.clock.now() - parse_utc(note["at"]) > self._undo.window:
                return None

            def version(record: Any) -> Any:
                if record is None:
                    return None
                return entry_from_record(record) if "kind" in record else person_from_record(record)

            writes = [(version(b), version(a)) for b, a in note["writes"]]
            return _Undo(Result.from_json(note["result"]), writes)
        except (KeyError, TypeError, ValueError):
            return None

    def _joined(self, name: str, writes: list[_Write]) -> list[_Write]:
        """The kept undo's writes and these as one: for each record its first version before
        and its last one after, so undo puts back what was there before the first part."""
        kept = self._undo.available()
        if kept is None and self._undo_on_disk:
            kept = self._load_undo()
        if kept is None or kept.result.request != name:
            return writes
        return _one_per_record([*kept.writes, *writes])

    def _take_back(self) -> Result:
        kept = self._undo.take()
        if kept is None and self._undo_on_disk:
            kept = self._load_undo()
        if self._undo_on_disk:
            self.journal.save_undo_note(None)
        result = Result(Undo.NAME)
        if kept is None:
            return result.note("nothing_to_undo")
        writes = Writes()
        for before, stored in reversed(kept.writes):
            current = stored
            back = before if before is not None else current.with_changes(deleted=True)
            if isinstance(current, Entry) and isinstance(back, Entry):
                writes.entry(current, back)
            elif isinstance(current, Person) and isinstance(back, Person):
                writes.person(current, back)
        entries, persons = writes.commit(self.journal)
        result.stored = list(entries.values())
        result.replaced = [current for current, _ in writes.entries if current is not None]
        result.people_changed = list(persons.values())
        result.undone = True
        return result


def _one_per_record(writes: list[_Write]) -> list[_Write]:
    """For each record its first version before and its last one after."""
    joined: dict[str, _Write] = {}
    for before, after in writes:
        first = joined.get(after.id, (before, None))[0]
        joined[after.id] = (first, after)
    return list(joined.values())
