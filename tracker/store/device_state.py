"""Small files beside the data: settings (newest across devices wins), and this device's own
notes: nudge state, app sessions, what the command line can undo, and the calendar files it
reads (paths on this machine: another device's folders are not here, so they are not settings,
where the newest device's copy wins)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Settings and nudge state are imported where they are read: `dayweave log` needs neither.
    from tracker.kernel.nudgestate import NudgeState
    from tracker.kernel.settings import Settings
    from tracker.store.journal import Journal

from tracker.store.plainfiles import read_plain_checked

# read_plain_checked lives in plainfiles.py; named here too while store/prompts.py and
# store/intentions.py still import it from here.
__all__ = ["DeviceState", "merge_calendar_copy", "read_plain_checked"]


def merge_calendar_copy(journal: Journal, path: Path, copy: Path) -> bool:
    """A conflict copy of this device's calendar list (two machines writing as one device each
    added one): every calendar of both, in the file's order then the copy's. A list has no
    versions to tell a removal from an addition, so a calendar is kept rather than lost.
    False while the copy cannot be read yet (it stays for a later write)."""
    theirs, problem = read_plain_checked(journal.files, copy)
    if problem:
        return False
    ours, _problem = read_plain_checked(journal.files, path)
    merged: list[str] = []
    for record in (ours, theirs):
        sources = (record or {}).get("sources")
        for source in sources if isinstance(sources, list) else ():
            if isinstance(source, str) and source and source not in merged:
                merged.append(source)
    if merged != ((ours or {}).get("sources") or []):
        journal.files.write_plain(path, {"sources": merged})
    return True


def _newer(record: dict[str, Any], than: dict[str, Any] | None) -> bool:
    from tracker.kernel.merge import settings_key

    return than is None or settings_key(record) > settings_key(than)


class DeviceState:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def _own(self, name: str) -> Path:
        return self.journal.layout.own_dir / name

    def settings(self) -> Settings:
        """The settings that win across devices (kernel/merge.py settings_key)."""
        from tracker.kernel.settings import settings_from_record

        return settings_from_record(self._newest_settings() or {})

    def _newest_settings(self) -> dict[str, Any] | None:
        """The winning settings record of every device's (and their conflict copies)."""
        journal = self.journal
        newest: dict[str, Any] | None = None
        for folder in journal.files.device_dirs(journal.layout):
            path = folder / "settings.json"
            for copy in journal.files.conflict_copies(folder).get(path.name, ()):
                # A sync tool's conflict copy: a version of the settings, never damage.
                record, problem = read_plain_checked(journal.files, copy)
                if record is not None and not problem and _newer(record, newest):
                    newest = record
            record, problem = read_plain_checked(journal.files, path)
            if problem:
                journal.repairs.set_aside(path, f"not readable settings: {problem}")
                continue
            if record is not None and _newer(record, newest):
                newest = record
        return newest

    def save_settings(self, settings: Settings) -> Settings:
        """A new version of the settings, after the one in force: one rev more, and `updated`
        by the hybrid logical clock, so a device whose clock runs behind another's still
        changes what it was shown (issue 25, break 5)."""
        from tracker.kernel.merge import next_updated, saw_after, settings_key
        from tracker.kernel.settings import settings_to_record, validate_settings
        from tracker.store.lost import keep_own_lost_settings

        validate_settings(settings)
        with self.journal.writing():
            held = self._newest_settings() or {}
            rev, updated, _device = settings_key(held)
            # As an entry's: this device's own, lost to HELD, kept before it is written over.
            keep_own_lost_settings(self.journal, held)
            version = {"rev": rev + 1, "device": self.journal.device, "saw": saw_after(held)}
            stored = settings.with_changes(
                updated=next_updated(self.journal.clock.now(), updated),
                extra={**settings.extra, **version},
            )
            self.journal.files.write_plain(self._own("settings.json"), settings_to_record(stored))
        return stored

    def nudge_state(self) -> NudgeState:
        from tracker.kernel.nudgestate import NudgeState, nudge_state_from_record

        path = self._own("nudges.json")
        record, problem = read_plain_checked(self.journal.files, path)
        try:
            if not problem:
                return nudge_state_from_record(record or {})
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            problem = str(error)
        self.journal.repairs.set_aside(path, f"not readable nudge state: {problem}")
        return NudgeState()

    def save_nudge_state(self, state: NudgeState) -> None:
        from tracker.kernel.nudgestate import nudge_state_to_record

        with self.journal.writing(backup=False):
            self.journal.files.write_plain(self._own("nudges.json"), nudge_state_to_record(state))

    def first_use(self) -> datetime | None:
        """When Dayweave first started on any device of this folder (meta.json's "created"):
        None for folders made before it was kept."""
        from tracker.kernel.timefmt import parse_utc

        journal = self.journal
        starts = []
        for folder in journal.files.device_dirs(journal.layout):
            record, problem = read_plain_checked(journal.files, folder / "meta.json")
            try:
                if not problem and record is not None and record.get("created"):
                    starts.append(parse_utc(record["created"]))
            except ValueError:
                continue  # a damaged moment is not a first start; check names the file
        return min(starts, default=None)

    def session(self) -> dict[str, Any]:
        """This device's notes about its app sessions (last seen, questions asked); {} if none."""
        path = self._own("session.json")
        record, problem = read_plain_checked(self.journal.files, path)
        if problem:
            self.journal.repairs.set_aside(path, f"not readable session notes: {problem}")
        return record or {}

    def save_session(self, record: dict[str, Any]) -> None:
        with self.journal.writing(backup=False):
            self.journal.files.write_plain(self._own("session.json"), record)

    def undo_note(self) -> dict[str, Any] | None:
        """What the last command of this device can take back (kept for the command line,
        which is a new process each time); None when there is none or it cannot be read."""
        try:
            record = self.journal.files.read_plain(self._own("undo.json"))
        except (OSError, ValueError):
            return None
        return record if isinstance(record, dict) else None

    def save_undo_note(self, record: dict[str, Any] | None) -> None:
        """Not fsynced: a crash may cost the chance to undo, never data."""
        self.journal.files.write_plain(self._own("undo.json"), record, durable=False)

    def calendar_sources(self) -> tuple[str, ...]:
        """The .ics files and folders this device reads planned meetings from."""
        path = self._own("calendars.json")
        try:
            record = self.journal.files.read_plain(path)
        except (OSError, ValueError) as error:
            self.journal.repairs.set_aside(path, f"not readable calendar list ({error})")
            return ()
        sources = record.get("sources") if isinstance(record, dict) else None
        if not isinstance(sources, list):
            return ()
        return tuple(s for s in sources if isinstance(s, str) and s)

    def save_calendar_sources(self, sources: tuple[str, ...]) -> None:
        with self.journal.writing(backup=False):
            self.journal.files.write_plain(self._own("calendars.json"), {"sources": list(sources)})
