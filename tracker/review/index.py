"""Search through an index (tracker.review.search's answers, without reading five years of day
files per search): each entry's searchable parts and fields in an SQLite file in the user's
cache folder (`$XDG_CACHE_HOME/dayweave/search/<folder key>.sqlite`), kept per UTC day under
the stamps of every file that day is read from: each device folder's day file, their sync
tool's conflict copies, a schema-1 month file, and the days its entries moved from. A day whose
files changed (a click, another device, a sync tool, the command line) is read again when a
search reaches it; nothing else is read. A damaged or odd index is thrown away and built again;
the user's files are only ever read, through the journal."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from tracker.kernel.logs import logger
from tracker.kernel.model import CAUSES, Entry, Person
from tracker.kernel.vocabulary import cause_label, cause_word
from tracker.review.cache import moved_days
from tracker.review.report import who_stays
from tracker.review.search import Query, SearchSource, fold, search
from tracker.store.layout import day_key, month_of

__all__ = ["IndexSource", "indexed_search", "search_file"]

log = logger("dayweave.review")

_FORMAT = 4  # PRAGMA user_version: another number is another layout, built again
_CHUNK_DAYS = 31  # as search: the first month's results come before the last day is looked at
_COLUMNS = (
    "id, kind, start, end_, tz, title, note, tags, people, cause, lost_min, until, rev, updated, "
    "device, extra"
)
_SCHEMA = f"""
CREATE TABLE days(day TEXT PRIMARY KEY, version TEXT NOT NULL, moved TEXT NOT NULL);
CREATE TABLE entries(day TEXT NOT NULL, words TEXT NOT NULL, {_COLUMNS});
CREATE INDEX entries_day ON entries(day, kind, cause, words);  -- a month filtered in the index
CREATE INDEX entries_cause ON entries(cause);
CREATE TABLE links(entry INTEGER NOT NULL, person TEXT NOT NULL, day TEXT NOT NULL);
CREATE INDEX links_person ON links(person, day);
CREATE INDEX links_day ON links(day);
PRAGMA user_version = {_FORMAT};
"""
# The entries of the days searched with one of some people: worked out once per month searched.
_LINKED = "rowid IN (SELECT entry FROM links WHERE day BETWEEN ?1 AND ?2 AND person IN"


class IndexSource(SearchSource, Protocol):
    def file_stamps(self, keys: Iterable[str]) -> dict[str, Any]: ...


def search_file(data_dir: Path) -> Path:
    from tracker.commands.protocol import folder_key
    from tracker.kernel.userdirs import user_dir

    return user_dir("cache") / "search" / f"{folder_key(data_dir)}.sqlite"


def indexed_search(
    source: SearchSource, query: Query, people: Mapping[str, Person], path: Path
) -> Iterator[list[Entry]]:
    """What `search(source, query, people)` finds, in the same parts (a month of history at a
    time, by start), through the index at `path`, which it brings up to date as it goes. Any
    trouble with the index (damaged, locked, a source in memory): the rest read as search does.
    """
    every = source.entry_days()
    days = _in_range(every, query)
    seen: set[str] = set()
    done = 0  # the days answered through the index
    try:
        for at, found in _through_index(source, every, days, query, people, path):
            done = at
            found = [e for e in found if e.id not in seen]
            seen.update(e.id for e in found)
            if found:
                yield found
    except sqlite3.DatabaseError as error:
        log.warning("search index set aside: %s", type(error).__name__)
        if not isinstance(error, sqlite3.OperationalError):
            _throw_away(path)  # damaged: built again by the next search
    except OSError as error:
        log.warning("search index unusable: %s", type(error).__name__)
    for part in search(_Only(source, days[done:]), query, people):
        found = [e for e in part if e.id not in seen]
        if found:
            yield found


def _through_index(
    source: SearchSource,
    every: list[str],
    days: list[str],
    query: Query,
    people: Mapping[str, Person],
    path: Path,
) -> Iterator[tuple[int, list[Entry]]]:
    """(days answered so far, what they hold) a month at a time; nothing when the source's
    files have no stamps to key on (a journal in memory)."""
    if not hasattr(source, "file_stamps"):
        return
    with closing(_open(path)) as db:
        index = _Index(db, source, every, days)
        if not index.usable:
            return
        sql = _select(query, people)
        for at in range(0, len(days), _CHUNK_DAYS):
            chunk = days[at : at + _CHUNK_DAYS]
            index.refresh(chunk)
            yield at + len(chunk), index.find(chunk, query, sql)


class _Only:
    """A source that holds only some days: the ones the index did not answer."""

    def __init__(self, source: SearchSource, days: list[str]) -> None:
        self.source, self.days = source, days

    def entry_days(self) -> list[str]:
        return self.days

    def entries_on_days(self, days: Iterable[str]) -> list[Entry]:
        return self.source.entries_on_days(days)


def _in_range(days: list[str], query: Query) -> list[str]:
    # UTC day keys: a local day reaches at most a day either side of its UTC date.
    if query.start is not None:
        low = (query.start - timedelta(days=1)).date().isoformat()
        days = [d for d in days if d >= low]
    if query.end is not None:
        high = (query.end + timedelta(days=1)).date().isoformat()
        days = [d for d in days if d <= high]
    return days


def _open(path: Path) -> sqlite3.Connection:
    """The index, private to the user; one of another layout or that is no database is
    thrown away and made anew."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    for attempt in range(2):
        # Made private before SQLite opens it: it holds titles and notes.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600))
        db = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = OFF")  # a cache: damage after a crash is rebuilt
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == _FORMAT:
                return db
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables == 0:
                db.executescript(_SCHEMA)
                return db
        except sqlite3.OperationalError:
            db.close()
            raise
        except sqlite3.DatabaseError:
            if attempt:
                db.close()
                raise
        db.close()
        _throw_away(path)
    raise sqlite3.DatabaseError("search index not made")


def _throw_away(path: Path) -> None:
    for name in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
        with suppress(FileNotFoundError):
            name.unlink()


def _version(parts: Any) -> str | None:
    try:
        return json.dumps(parts, separators=(",", ":"))
    except (TypeError, ValueError):
        return None  # a stamp that is never the same (memory, an unreadable file)


class _Index:
    def __init__(
        self, db: sqlite3.Connection, source: SearchSource, every: list[str], days: list[str]
    ) -> None:
        self.db, self.source = db, source
        self.kept: dict[str, tuple[str, tuple[str, ...]]] = {
            day: (version, tuple(moved.split()))
            for day, version, moved in db.execute("SELECT day, version, moved FROM days")
        }
        # Days no device holds any more: out of the index, or a range would still find them.
        held = set(every)
        gone = [day for day in self.kept if day not in held]
        if gone:
            with _transaction(db):
                for day in gone:
                    self._forget(day)
                    del self.kept[day]
        self.stamps: dict[str, Any] = {}
        self.stamp(days[:1])
        self.usable = all(self.version(day) is not None for day in days[:1])

    def stamp(self, days: list[str]) -> None:
        """The stamps of these days' files, their months' and the days they moved from: a
        month at a time, so the first results need not wait for five years of them."""
        more = {d for day in days for d in self.kept.get(day, ("", ()))[1]}
        self.stamps.update(self._stamps([*days, *more]))

    def _stamps(self, days: Iterable[str]) -> dict[str, Any]:
        keys = set(days)
        keys.update({month_of(day) for day in keys})
        stamps: dict[str, Any] = self.source.file_stamps(sorted(keys))  # type: ignore[attr-defined]
        return stamps

    def version(self, day: str, moved: tuple[str, ...] | None = None) -> str | None:
        if moved is None:
            moved = self.kept.get(day, ("", ()))[1]
        stamps = self.stamps
        return _version([stamps.get(k) for k in (day, month_of(day), *moved)])

    def refresh(self, chunk: list[str]) -> None:
        """Read again the days of `chunk` whose files changed since they were indexed."""
        self.stamp(chunk)
        versions = {day: self.version(day) for day in chunk}
        stale = [day for day in chunk if self.kept.get(day, ("",))[0] != versions[day]]
        if not stale:
            return
        by_day: dict[str, list[Entry]] = {day: [] for day in stale}
        for entry in self.source.entries_on_days(stale):
            if (key := day_key(entry.start)) in by_day:
                by_day[key].append(entry)
        with _transaction(self.db):
            for day, entries in by_day.items():
                moved = moved_days(entries)
                if moved != self.kept.get(day, ("", ()))[1]:
                    self.stamps.update(self._stamps(moved))
                version = self.version(day, moved)
                self._forget(day)
                if version is None:
                    self.kept.pop(day, None)
                    continue
                self._put(day, entries)
                self.db.execute(
                    "INSERT INTO days VALUES (?, ?, ?)", (day, version, " ".join(moved))
                )
                self.kept[day] = (version, moved)

    def _forget(self, day: str) -> None:
        self.db.execute("DELETE FROM links WHERE day = ?", (day,))
        self.db.execute("DELETE FROM entries WHERE day = ?", (day,))
        self.db.execute("DELETE FROM days WHERE day = ?", (day,))

    def _put(self, day: str, entries: list[Entry]) -> None:
        (last,) = self.db.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()
        rows: list[tuple[Any, ...]] = []
        links: list[tuple[int, str, str]] = []
        for entry in entries:
            if entry.deleted:
                continue  # never found
            last += 1
            words = fold(" ".join((entry.title, entry.note, *entry.tags, entry.cause or "")))
            rows.append((last, day, words, *_row(entry)))
            links.extend((last, person, day) for person in set(entry.people))
        marks = ", ".join("?" * 19)
        self.db.executemany(
            f"INSERT INTO entries (rowid, day, words, {_COLUMNS}) VALUES ({marks})", rows
        )
        self.db.executemany("INSERT INTO links VALUES (?, ?, ?)", links)

    def find(self, chunk: list[str], query: Query, sql: tuple[str, list[Any]]) -> list[Entry]:
        rows = self.db.execute(sql[0], [chunk[0], chunk[-1], *sql[1]])
        return [
            entry
            for entry in map(_entry, rows)
            if (query.start is None or entry.start >= query.start)
            and (query.end is None or entry.start < query.end)
        ]


class _transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_rest: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _marks(values: Iterable[Any], params: list[Any]) -> str:
    values = list(values)
    params.extend(values)
    return ", ".join("?" * len(values))


def _select(query: Query, people: Mapping[str, Person]) -> tuple[str, list[Any]]:
    """The query in SQL, for the days between its first two parameters: every word in the
    entry's own words (its cause's key among them), its cause's words in either language, or
    the names of someone with it; people merged into another count as them."""
    params: list[Any] = []
    sql = f"SELECT {_COLUMNS} FROM entries WHERE day BETWEEN ?1 AND ?2"
    if query.kinds:
        sql += f" AND kind IN ({_marks(sorted(query.kinds), params)})"
    if query.people:
        ids = [i for i in people if (p := who_stays(i, people)) and p.id in query.people]
        sql += f" AND {_LINKED} ({_marks(ids, params)}))"
    names = {
        i: fold(" ".join([p.name, *p.aliases]))
        for i in (people if query.words else ())
        if (p := who_stays(i, people)) is not None
    }
    causes = {c: fold(f"{c} {cause_word(c)} {cause_label(c)}") for c in CAUSES}
    for word, cause in zip(query.words, query.causes, strict=True):
        named = [c for c, text in causes.items() if word in text or c == cause]
        ids = [i for i, text in names.items() if word in text]
        params.append(word)
        sql += " AND (instr(words, ?) > 0"
        if named:
            sql += f" OR cause IN ({_marks(named, params)})"
        if ids:
            sql += f" OR {_LINKED} ({_marks(ids, params)}))"
        sql += ")"
    return sql + " ORDER BY start, id", params


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _row(entry: Entry) -> tuple[Any, ...]:
    return (
        entry.id, entry.kind, _time(entry.start), _time(entry.end), entry.tz, entry.title,
        entry.note, json.dumps(entry.tags) if entry.tags else None,
        json.dumps(entry.people) if entry.people else None, entry.cause, entry.lost_min,
        _time(entry.until), entry.rev, entry.updated, entry.device,
        json.dumps(entry.extra) if entry.extra else None,
    )  # fmt: skip


def _entry(row: tuple[Any, ...]) -> Entry:
    """The entry as it was indexed (it was read and checked then): the same fields, built
    straight from the row; nothing is read or checked again."""
    id_, kind, start, end, tz, title, note, tags, people, cause, lost, until, rev, updated, \
        device, extra = row  # fmt: skip
    parse = datetime.fromisoformat
    return Entry(
        kind=kind, start=parse(start), end=None if end is None else parse(end), tz=tz,
        title=title, note=note, tags=tuple(json.loads(tags)) if tags else (),
        people=tuple(json.loads(people)) if people else (), cause=cause, lost_min=lost,
        until=None if until is None else parse(until), id=id_, rev=rev, updated=updated,
        device=device, extra=json.loads(extra) if extra else {},
    )  # fmt: skip
