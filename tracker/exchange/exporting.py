"""`dayweave export`: entries read through the journal a chunk of days at a time and written
as CSV, iCalendar or the full JSON backup. Each chunk is a step a window can show progress for
and stop after; the command line runs them all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, Protocol, TextIO

from tracker.kernel.model import Entry
from tracker.store.faces import DeviceStateFace, PeopleFace, VersionsFace

__all__ = ["CHUNK_DAYS", "FORMATS", "Export", "ExportSource"]

FORMATS = ("csv", "json", "ics")
CHUNK_DAYS = 31


class ExportSource(VersionsFace, PeopleFace, DeviceStateFace, Protocol):
    """What an export reads: every version of the entries, the people, the settings."""


class Export:
    """One export of the entries that start in [start, end) (None: no limit) to `stream`, a
    text stream opened with newline="" (CSV and iCalendar end their lines with CRLF)."""

    def __init__(
        self,
        journal: ExportSource,
        format_name: str,
        stream: TextIO,
        *,
        now: datetime,
        start: datetime | None = None,
        end: datetime | None = None,
        moments: bool = False,
        chunk_days: int = CHUNK_DAYS,
    ) -> None:
        if format_name not in FORMATS:
            raise ValueError(f"{format_name!r} is not a format; use one of {', '.join(FORMATS)}")
        self.journal = journal
        self.format = format_name
        self.stream = stream
        self.now = now
        self.start, self.end = start, end
        self.moments = moments
        low = start.astimezone(UTC).date().isoformat() if start else ""
        high = end.astimezone(UTC).date().isoformat() if end else "9999"
        days = [d for d in journal.entry_days() if low <= d <= high]
        self.chunks = [days[i : i + chunk_days] for i in range(0, len(days), chunk_days)]
        self.count = 0  # entries written

    @property
    def total(self) -> int:
        """How many steps `steps()` takes (one per chunk, and one to finish)."""
        return len(self.chunks) + 1

    def _entries(self, days: list[str], seen: set[str]) -> list[Entry]:
        found = []
        for entry in self.journal.entries_on_days(days):
            if entry.id in seen:
                continue
            if self.start is not None and entry.start < self.start:
                continue
            if self.end is not None and entry.start >= self.end:
                continue
            seen.add(entry.id)
            found.append(entry)
        return sorted(found, key=lambda e: (e.start, e.id))

    def steps(self) -> Iterator[int]:
        """Write chunk by chunk, yielding how many steps are done after each."""
        from tracker.kernel.codec import entry_to_record, person_to_record

        people = self.journal.people_by_id()
        seen: set[str] = set()
        if self.format == "json":
            from tracker.exchange.backup import BackupWriter
            from tracker.kernel.settings import settings_to_record
            from tracker.kernel.timefmt import to_updated_text

            header: dict[str, Any] = {
                "exported": to_updated_text(self.now),
                "device": self.journal.device,
            }
            everyone = self.journal.people(include_deleted=True)
            settings = settings_to_record(self.journal.settings())
            writer: Any = BackupWriter(
                self.stream, header, settings, (person_to_record(p) for p in everyone)
            )
            for done, days in enumerate(self.chunks, start=1):
                self.count += writer.entries(entry_to_record(e) for e in self._entries(days, seen))
                yield done
            writer.finish()
        elif self.format == "csv":
            from tracker.exchange.csvfile import write_csv

            write_csv(self.stream, (), people)
            for done, days in enumerate(self.chunks, start=1):
                self.count += write_csv(
                    self.stream, self._entries(days, seen), people, header=False
                )
                yield done
        else:
            from tracker.exchange.icsfile import IcsWriter

            writer = IcsWriter(self.now, moments=self.moments)
            for done, days in enumerate(self.chunks, start=1):
                self.count += writer.add(self._entries(days, seen), people)
                yield done
            self.stream.write(writer.finish().decode("utf-8"))
        yield self.total

    def run(self) -> int:
        for _ in self.steps():
            pass
        return self.count
