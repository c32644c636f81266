"""The calendar cache (issue 24): each calendar file's planned meetings for a window around today,
and its series cut up by the days they touch (pieces.py) to work out any other days, kept in
`~/.cache/dayweave/calendars.sqlite3` (or `$DAYWEAVE_CACHE_DIR`) so an agenda after the first
read is a query, not a parse of the whole file.

A file is known by its path, inode, size and change time; when those differ its bytes are
hashed, and only a file whose bytes changed is parsed again (in a vdir: that file only). What
the window holds depends on the zone, the user's own addresses (declined meetings, attendees
who are the user) and the language of its messages: when those change it is worked out again
from the pieces kept, without reading the file. The store is the standard library's sqlite3: a
cache queried by time, no new dependency, and a crashed writer never leaves it half-written
(WAL). It is only a cache: damaged, or written by another version, it is thrown away and built
again, never an error; the user's data stays in TinyDB.

one job: the cache's store, kept current with the files, asked for meetings between two times.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from tracker.calendar.bounds import read_regular
from tracker.calendar.files import (
    Attendee,
    CalendarFile,
    Meeting,
    Problem,
    meetings_between,
    parse_calendar,
    read_calendar,
)
from tracker.calendar.pieces import Pieces, count_events, cut
from tracker.kernel.logs import logger, safe
from tracker.kernel.words import current_language

if TYPE_CHECKING:
    import sqlite3

__all__ = ["AHEAD", "BACK", "CalendarCache", "cache_dir"]

BACK = timedelta(weeks=8)  # the window kept worked out: this far back from today...
AHEAD = timedelta(weeks=26)  # ...and this far ahead (the week window, the next live meeting)
_SHORT = timedelta(weeks=6)  # moved on when today is this close to either of its ends
_FRESH_NS = 2_000_000_000  # a file changed this recently may change again in the same tick
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAME = "calendars.sqlite3"
log = logger("dayweave.calendar")


def _sqlite3() -> ModuleType:
    """sqlite3, imported with the first calendar to read: a tray without one never loads it
    (its module and libsqlite3 kept ~1.5 MiB at rest for nothing)."""
    import sqlite3

    return sqlite3


def _version() -> str:
    """Changes when what is kept changes shape, or the code that reads calendars changes (an
    upgrade that reads a zone better must not keep showing what the old code made of it):
    then the cache is built again."""
    import sys

    shape = [f.name for f in dataclasses.fields(Meeting)] + [
        f.name for f in dataclasses.fields(Attendee)
    ]
    code = []
    for name in ("files", "salvage", "moved", "zones", "index", "bounds", "pieces", "cache"):
        try:
            status = os.stat(sys.modules[f"tracker.calendar.{name}"].__file__ or "")
            code.append(f"{status.st_size}.{status.st_mtime_ns}")
        except (KeyError, OSError):  # a frozen build: its own version says it
            code.append("?")
    return "3:" + ",".join(shape) + ":" + ",".join(code)


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL,
    inode INTEGER, size INTEGER, mtime INTEGER, hash TEXT,
    head TEXT NOT NULL, whole BLOB,
    context TEXT, low INTEGER, high INTEGER, longest INTEGER, problems TEXT
);
CREATE UNIQUE INDEX files_source ON files (source, path);
CREATE TABLE pieces (
    file INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    first INTEGER, last INTEGER, uid TEXT NOT NULL, moved INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX pieces_uid ON pieces (uid);
CREATE INDEX pieces_file ON pieces (file, first);
CREATE TABLE meetings (
    file INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    start INTEGER, end INTEGER, data TEXT NOT NULL
);
CREATE INDEX meetings_start ON meetings (start);
CREATE INDEX meetings_file ON meetings (file);
"""


def cache_dir() -> Path:
    """$DAYWEAVE_CACHE_DIR, else the platform's user cache folder."""
    env = os.environ.get("DAYWEAVE_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    from tracker.kernel.userdirs import user_dir

    return user_dir("cache")


def _micro(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _moment(micro: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micro)


def _dump(meeting: Meeting) -> str:
    values = {f.name: getattr(meeting, f.name) for f in dataclasses.fields(Meeting)}
    values["start"], values["end"] = _micro(meeting.start), _micro(meeting.end)
    values["attendees"] = [dataclasses.astuple(a) for a in meeting.attendees]
    return json.dumps(values, ensure_ascii=False)


def _load(data: str) -> Meeting:
    values = json.loads(data)
    values["start"], values["end"] = _moment(values["start"]), _moment(values["end"])
    values["attendees"] = tuple(Attendee(*a) for a in values["attendees"])
    return Meeting(**values)


def _chunks(uids: set[str]) -> Iterator[list[str]]:
    wanted = sorted(uids - {""})
    for start in range(0, len(wanted), 500):
        yield wanted[start : start + 500]


def _elsewhere(
    db: sqlite3.Connection, source: str, file: int, uids: set[str], which: str, what: str = "p.uid"
) -> set[Any]:
    """`what` of the pieces of these UIDs (those that are `which`) in the source's other
    files. Asked by UID first (CROSS JOIN: SQLite keeps that order), never file by file."""
    found: set[Any] = set()
    for part in _chunks(uids):
        marks = ",".join("?" * len(part))
        found.update(
            value
            for (value,) in db.execute(
                f"SELECT {what} FROM pieces p CROSS JOIN files f ON f.id = p.file WHERE p.uid "
                f"IN ({marks}) AND {which} AND p.file != ? AND f.source = ?",
                (*part, file, source),
            )
        )
    return found


def _strays(
    db: sqlite3.Connection, source: str, file: int, series: set[str]
) -> Iterator[tuple[str, str, str]]:
    """(path, head, text) of the moved occurrences other files of the source keep of these
    series."""
    for part in _chunks(series):
        marks = ",".join("?" * len(part))
        yield from db.execute(
            "SELECT f.path, f.head, p.text FROM pieces p CROSS JOIN files f ON f.id = p.file "
            f"WHERE p.uid IN ({marks}) AND p.moved AND p.file != ? AND f.source = ?",
            (*part, file, source),
        )


def _listing(source: Path) -> list[tuple[str, os.stat_result]] | None:
    """The .ics files of a source with their status, in one pass over a folder (a vdir may hold
    thousands); None: the source cannot be read (read_calendar says why)."""
    try:
        if not source.is_dir():
            return [(str(source), source.stat())]
        found = []
        with os.scandir(source) as entries:
            for entry in entries:
                if entry.name.lower().endswith(".ics") and entry.is_file():
                    found.append((entry.path, entry.stat()))
        return found
    except OSError:
        return None


class CalendarCache:
    """The cache of some calendar sources, for one zone and one user's own addresses. Used from
    one thread at a time (the app's calendar thread, or the command line)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._db: sqlite3.Connection | None = None
        self.reads = 0  # files read (for their bytes' hash) since made
        self.changed = 0  # of those, files whose bytes changed: cut up and kept again
        self.worked = 0  # files whose window was worked out (parsed) since made
        self._unreadable: list[Problem] = []

    # -- the store ---------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            folder = self._folder()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.chmod(0o700)  # the calendars' words (and the -wal beside) are the user's own
            self._db = self._connect(str(folder / _NAME))
        except _sqlite3().DatabaseError:
            self._throw_away()
            self._db = self._connect(str(self._folder() / _NAME))
        except OSError as error:  # no cache folder to write: kept in memory for this run
            log.warning("the calendar cache cannot be kept: %s", safe(error))
            self._db = self._connect(":memory:")
        return self._db

    def _folder(self) -> Path:
        return self.folder or cache_dir() / "calendars"

    def _connect(self, where: str) -> sqlite3.Connection:
        db = _sqlite3().connect(where, timeout=10, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            # A crash may lose the last writes, never the cache's consistency (WAL).
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")  # a file's pieces and meetings go with it
            db.row_factory = _sqlite3().Row
            row = db.execute(
                "SELECT value FROM meta WHERE key = 'version'"
            ).fetchone() if self._has_meta(db) else None  # fmt: skip
            if row is None or row[0] != _version():
                self._create(db)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _has_meta(db: sqlite3.Connection) -> bool:
        query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        return db.execute(query).fetchone() is not None

    @staticmethod
    def _create(db: sqlite3.Connection) -> None:
        """Empty, in this version's shape (an older one's tables are dropped)."""
        db.execute("BEGIN IMMEDIATE")
        tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for (name,) in tables:
            db.execute(f'DROP TABLE IF EXISTS "{name}"')
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute("INSERT INTO meta VALUES ('version', ?)", (_version(),))
        db.execute("COMMIT")

    def _throw_away(self) -> None:
        """A damaged cache: its files removed, to be built again."""
        if self._db is not None:
            with contextlib.suppress(_sqlite3().Error):
                self._db.close()
            self._db = None
        folder = self._folder()
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                (folder / (_NAME + suffix)).unlink()
        log.warning("the calendar cache was damaged; it is built again")

    def unreadable(self) -> list[Problem]:
        """The sources and files the last refresh could not read, said in the user's words."""
        return list(self._unreadable)

    def note_unreadable(self, problems: list[tuple[str, str]]) -> None:
        """What a refresh in another process could not read (tracker/calendar/refresh.py)."""
        self._unreadable = [Problem(where, text) for where, text in problems]

    def events(self, source: str) -> int:
        """How many events the files kept of a source hold, counted in their pieces by a line
        scan (`dayweave calendar add` says it after the cache read them, without a parse)."""
        try:
            db = self._open()
            found = db.execute(
                "SELECT p.text FROM pieces p CROSS JOIN files f ON f.id = p.file "
                "WHERE f.source = ? AND f.whole IS NULL",
                (source,),
            )
            count = sum(count_events(text.encode("utf-8")) for (text,) in found)
            found = db.execute(
                "SELECT whole FROM files WHERE source = ? AND whole IS NOT NULL", (source,)
            )
            return count + sum(count_events(bytes(whole)) for (whole,) in found)
        except _sqlite3().DatabaseError as error:  # counted from the files themselves, then
            log.warning("the calendar cache failed: %s", safe(error))
        count = 0
        for path, _status in _listing(Path(source)) or ():
            with contextlib.suppress(OSError):  # unreadable: said by the refresh
                count += count_events(read_regular(Path(path)))
        return count

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- asking ------------------------------------------------------------------------------

    def meetings(
        self,
        sources: Sequence[str],
        start: datetime,
        end: datetime,
        zone: tzinfo,
        own_emails: tuple[str, ...] = (),
        today: date | None = None,
        refresh: bool = True,
    ) -> tuple[list[Meeting], list[Problem]]:
        """What meetings_between gives for these sources' files, from the cache: the files
        checked first (`refresh`: else those read last time are trusted), the window moved on
        to `today` when it runs short. A damaged cache is built again; never raises for it."""
        if not sources:  # no calendar: the cache is not opened (nor sqlite3 loaded)
            return [], []
        today = today or start.astimezone(zone).date()
        for _attempt in range(2):
            try:
                return self._meetings(sources, start, end, zone, own_emails, today, refresh)
            except _sqlite3().DatabaseError as error:
                log.warning("the calendar cache failed: %s", safe(error))
                self._throw_away()
                refresh = True
        # Twice damaged (a disk that fails?): the files read as they were before there was one.
        from tracker.calendar.ahead import read_sources

        return meetings_between(read_sources(sources), start, end, zone, own_emails)

    def _meetings(
        self,
        sources: Sequence[str],
        start: datetime,
        end: datetime,
        zone: tzinfo,
        own: tuple[str, ...],
        today: date,
        refresh: bool,
    ) -> tuple[list[Meeting], list[Problem]]:
        db = self._open()
        context = json.dumps([getattr(zone, "key", str(zone)), sorted(own), current_language()])
        reads, changed, worked = self.reads, self.changed, self.worked
        if refresh:
            self._refresh(db, [str(s) for s in sources])
        low = datetime(today.year, today.month, today.day, tzinfo=UTC) - BACK
        self._windows(db, list(sources), context, (low, low + BACK + AHEAD), zone, own)
        log.info("calendar cache: %d files read, %d changed, %d windows worked out",
                 self.reads - reads, self.changed - changed, self.worked - worked)  # fmt: skip
        meetings, problems = self._asked(db, list(sources), start, end, zone, own)
        problems = list(dict.fromkeys([*self._unreadable, *problems]))
        meetings.sort(key=lambda m: (m.start, m.end, m.title, m.uid))
        return meetings, problems

    @staticmethod
    def _files(db: sqlite3.Connection, source: str) -> Iterator[Any]:
        """The files kept of a source, without their text (a vdir has thousands)."""
        columns = "id, path, inode, size, mtime, hash"
        yield from db.execute(f"SELECT {columns} FROM files WHERE source = ?", (source,))

    def _asked(
        self,
        db: sqlite3.Connection,
        sources: list[str],
        start: datetime,
        end: datetime,
        zone: tzinfo,
        own: tuple[str, ...],
    ) -> tuple[list[Meeting], list[Problem]]:
        """The meetings touching [start, end): from the windows where they hold it, else
        worked out from the pieces that touch it. Asked of SQLite, not of every row: a vdir
        has thousands of files."""
        first, last = _micro(start), _micro(end)
        marks = ",".join("?" * len(sources))
        problems = [
            Problem(*problem)
            for (said,) in db.execute(
                f"SELECT problems FROM files WHERE source IN ({marks}) AND problems != '[]'",
                sources,
            )
            for problem in json.loads(said)
        ]
        longest = db.execute(
            f"SELECT max(longest) FROM files WHERE source IN ({marks})", sources
        ).fetchone()[0]
        query = (
            "SELECT m.data FROM meetings m JOIN files f ON f.id = m.file "
            f"WHERE f.source IN ({marks}) AND f.low <= ? AND f.high >= ? "
            "AND m.start < ? AND m.start >= ? AND (m.end > ? OR m.start >= ?)"
        )
        found = db.execute(query, (*sources, first, last, last, first - (longest or 0), first,
                                   first))  # fmt: skip
        meetings = [_load(data) for (data,) in found]
        outside = db.execute(
            f"SELECT id, path FROM files WHERE source IN ({marks}) "
            "AND (low IS NULL OR low > ? OR high < ?)",
            (*sources, first, last),
        ).fetchall()
        for row in outside:
            found_there, said = self._worked_out(db, row, start, end, zone, own)
            meetings += found_there
            problems += said
        return meetings, problems

    @staticmethod
    def _worked_out(
        db: sqlite3.Connection,
        row: Any,
        start: datetime,
        end: datetime,
        zone: tzinfo,
        own: tuple[str, ...],
    ) -> tuple[list[Meeting], list[Problem]]:
        """Parse only the pieces of a file that touch [start, end), and ask them: with the
        occurrences moved from its series that other files of its source keep, and without
        those it keeps of series kept elsewhere (joined by UID, as reading the files does)."""
        head, whole, source = db.execute(
            "SELECT head, whole, source FROM files WHERE id = ?", (row["id"],)
        ).fetchone()
        path = Path(row["path"])
        if whole is not None:
            calendars, said = parse_calendar(bytes(whole), path.name)
            if not calendars:  # nothing of it could be read: logged, as read_calendar does
                log.warning("a calendar file of %d bytes: no calendar, %d problems", len(whole),
                            len(said))  # fmt: skip
            files = [CalendarFile(path, tuple(calendars), tuple(said))]
            return meetings_between(files, start, end, zone, own)
        low, high = start.date().toordinal() - 1, end.date().toordinal() + 1
        found = db.execute(
            "SELECT uid, moved, text FROM pieces WHERE file = ? AND first <= ? AND last >= ?",
            (row["id"], high, low),
        ).fetchall()
        away = {uid for uid, moved, _text in found if moved and uid}
        away &= _elsewhere(db, source, row["id"], away, "NOT p.moved")
        texts = [text for uid, _moved, text in found if uid not in away]
        if not texts:
            return [], []  # nothing there then: nothing to parse (a vdir's other files)
        data = Pieces(head, ()).calendar(texts)
        files = [CalendarFile(path, *map(tuple, parse_calendar(data, path.name)))]
        strays: dict[str, list[str]] = {}
        series = {uid for uid, moved, _text in found if uid and not moved}
        for other, other_head, text in _strays(db, source, row["id"], series):
            strays.setdefault(other, [other_head]).append(text)
        for other, (other_head, *moved) in strays.items():
            joined = Pieces(other_head, ()).calendar(moved)
            named = Path(other)
            files.append(CalendarFile(named, *map(tuple, parse_calendar(joined, named.name))))
        return meetings_between(files, start, end, zone, own)

    # -- keeping current ---------------------------------------------------------------------

    def _refresh(self, db: sqlite3.Connection, sources: list[str]) -> None:
        """Each source's files checked against what is kept: new and changed ones read, gone
        ones dropped, and sources that are no longer there forgotten (not those only not asked
        for now: the app and the command line may ask for different ones at once)."""
        self._unreadable = []
        known = [row[0] for row in db.execute("SELECT DISTINCT source FROM files")]
        for gone in (s for s in known if s not in sources and not os.path.exists(s)):
            db.execute("DELETE FROM files WHERE source = ?", (gone,))
        deadline = time.monotonic() + 0.5
        db.execute("BEGIN IMMEDIATE")
        try:
            for source in sources:
                listed = _listing(Path(source))
                if listed is None:
                    self._unreadable += read_calendar(Path(source)).problems
                    listed = []
                kept = {row["path"]: row for row in self._files(db, source)}
                for path, status in listed:
                    self._check(db, source, path, status, kept.pop(path, None))
                    if time.monotonic() > deadline:  # let the other process in now and then
                        db.execute("COMMIT")
                        db.execute("BEGIN IMMEDIATE")
                        deadline = time.monotonic() + 0.5
                for gone in kept.values():
                    self._drop(db, source, gone["id"])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _check(
        self, db: sqlite3.Connection, source: str, name: str, status: os.stat_result, row: Any
    ) -> None:
        stamp = (status.st_ino, status.st_size, status.st_mtime_ns)
        if row is not None and (row["inode"], row["size"], row["mtime"]) == stamp:
            return
        path = Path(name)
        self.reads += 1
        try:
            data = read_regular(path)
        except OSError:
            self._unreadable += read_calendar(path).problems  # says why, in the user's words
            if row is not None:
                self._drop(db, source, row["id"])
            return
        import hashlib  # only when a file is read: not on an agenda's way through the cache

        digest = hashlib.blake2b(data, digest_size=20).hexdigest()
        if time.time_ns() - status.st_mtime_ns < _FRESH_NS:
            stamp = (stamp[0], -1, stamp[2])  # may change again within its clock's tick
        if row is not None and row["hash"] == digest:
            db.execute(
                "UPDATE files SET inode = ?, size = ?, mtime = ? WHERE id = ?", (*stamp, row["id"])
            )
            return
        self.changed += 1
        pieces = cut(data)
        if row is not None:
            self._drop(db, source, row["id"])
        cursor = db.execute(
            "INSERT INTO files (path, source, inode, size, mtime, hash, head, whole) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (str(path), source, *stamp, digest, pieces.head, pieces.whole),
        )
        db.executemany(
            "INSERT INTO pieces VALUES (?, ?, ?, ?, ?, ?)",
            [(cursor.lastrowid, *piece) for piece in pieces.series],
        )
        self._sharers_again(db, source, cursor.lastrowid or 0, {p[2] for p in pieces.series})

    def _drop(self, db: sqlite3.Connection, source: str, file: int) -> None:
        """A file's rows gone, and the files sharing a UID with it worked out again."""
        uids = {uid for (uid,) in db.execute("SELECT uid FROM pieces WHERE file = ?", (file,))}
        db.execute("DELETE FROM files WHERE id = ?", (file,))
        self._sharers_again(db, source, file, uids)

    @staticmethod
    def _sharers_again(db: sqlite3.Connection, source: str, file: int, uids: set[str]) -> None:
        """The other files of a source that keep a series or a moved occurrence of these UIDs
        are worked out again: the join by UID changed (a vdir keeps one UID a file: mostly
        none)."""
        sharing = _elsewhere(db, source, file, uids, "1", "p.file")
        db.executemany("UPDATE files SET context = NULL WHERE id = ?", [(f,) for f in sharing])

    def _windows(
        self,
        db: sqlite3.Connection,
        sources: list[str],
        context: str,
        window: tuple[datetime, datetime],
        zone: tzinfo,
        own: tuple[str, ...],
    ) -> None:
        """Each file's window worked out again where it is of another zone, another user's
        addresses or language, or runs short of today."""
        wanted_low, wanted_high = (_micro(w) for w in window)
        short = _micro(window[0] + BACK - _SHORT), _micro(window[1] - AHEAD + _SHORT)
        marks = ",".join("?" * len(sources))
        stale = db.execute(
            f"SELECT id, path FROM files WHERE source IN ({marks}) AND (context IS NOT ? "
            "OR low IS NULL OR low > ? OR high < ?)",
            (*sources, context, *short),
        ).fetchall()
        deadline = time.monotonic() + 0.5
        db.execute("BEGIN IMMEDIATE")
        try:
            for row in stale:
                self.worked += 1
                found, problems = self._worked_out(db, row, *window, zone, own)
                db.execute("DELETE FROM meetings WHERE file = ?", (row["id"],))
                db.executemany(
                    "INSERT INTO meetings VALUES (?, ?, ?, ?)",
                    [(row["id"], _micro(m.start), _micro(m.end), _dump(m)) for m in found],
                )
                longest = max((_micro(m.end) - _micro(m.start) for m in found), default=0)
                said = json.dumps([[p.where, p.text] for p in dict.fromkeys(problems)])
                db.execute(
                    "UPDATE files SET context = ?, low = ?, high = ?, longest = ?, problems = ? "
                    "WHERE id = ?",
                    (context, wanted_low, wanted_high, longest, said, row["id"]),
                )
                if time.monotonic() > deadline:
                    db.execute("COMMIT")
                    db.execute("BEGIN IMMEDIATE")
                    deadline = time.monotonic() + 0.5
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
