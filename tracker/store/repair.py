"""Damage is never read as "no data": a damaged own file is moved aside and its newest good
backup put back; another device's is reported (it is that device's to repair); check lists
damage without changing anything."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tracker.kernel.codec import stored_entry, stored_person
from tracker.kernel.logs import logger
from tracker.store.errors import DamageReport
from tracker.store.layout import original_name
from tracker.store.lock import LockTimeout
from tracker.store.storage import DamagedFileError, check_shape, read_no_follow

__all__ = ["Repairs"]

_OPEN_LOCK_WAIT = 0.5  # seconds a reader waits for the lock to repair before showing what it can
log = logger("dayweave.store")


class Repairs:
    def __init__(self, journal: Any) -> None:
        self.journal = journal
        self.damage: list[DamageReport] = []
        # Other devices' files not readable yet and never read whole by this process: what
        # they hold is unknown here (a person in them could be made a second time).
        self.arriving: set[Path] = set()
        # Other devices' files unreadable at their last read, read whole before or not: a
        # new version in flight (a day file's blocks the rules of the day must see).
        self.in_flight: set[Path] = set()

    def report(self, report: DamageReport) -> None:
        # Said once, by whoever shows the damage list (the app's message, the command line).
        if all(r.path != report.path for r in self.damage):
            self.damage.append(report)
            moved, backup = report.moved_to, report.restored_from
            log.warning(
                "%s/%s is damaged (%s); moved aside: %s; backup restored: %s; records back: %d",
                report.path.parent.name, report.path.name, report.code or "?",
                moved.name if moved else "no", backup.parent.name if backup else "no",
                report.recovered,
            )  # fmt: skip

    def records(self, path: Path) -> list[dict[str, Any]]:
        """Every record of one TinyDB file, recovering a damaged own file first."""
        files = self.journal.files
        try:
            data = files.read_table(path)
        except DamagedFileError as error:
            if path.parent != self.journal.layout.own_dir or original_name(path.name):
                return self.not_yet(path, error)
            if not self.recover(path, error.reason, error.code):
                return []
            data = files.read_table(path)
        self.arriving.discard(path)
        self.in_flight.discard(path)
        return list((data or {}).get("_default", {}).values())

    def not_yet(self, path: Path, error: DamagedFileError) -> list[dict[str, Any]]:
        """Another device's file (or a conflict copy) that cannot be read is still arriving
        as far as this device can tell: a copy in flight, cut short, is what a sync tool
        leaves for a moment. It is that device's to repair, never restored over here; what
        this process last read of it stands until it arrives whole (`dayweave check` still
        names it)."""
        log.info(
            "%s/%s not readable yet (%s): read as not yet arrived",
            path.parent.name, path.name, error.code or "?",
        )  # fmt: skip
        data = self.journal.files.last_good(path)
        if data is None and not original_name(path.name):
            self.arriving.add(path)
        if not original_name(path.name):
            self.in_flight.add(path)
        return list((data or {}).get("_default", {}).values())

    def recover(self, path: Path, reason: str, code: str = "") -> bool:
        """Move a damaged file aside and put back its newest good backup; never read it as empty.

        False when another process holds the folder: it repairs the file, and until then this
        reader shows what it can and says what it found.
        """
        journal, files = self.journal, self.journal.files
        lock = journal.lock
        if not lock.held:
            try:
                lock.acquire(_OPEN_LOCK_WAIT)
            except (LockTimeout, OSError):  # busy, a linked lock, a read-only folder
                self.report(DamageReport(path, reason, code=code))
                return False
            lock.release()
        with journal.writing(backup=False):
            try:
                files.read_table(path)
                return True  # repaired by another process while we waited for the lock
            except DamagedFileError:
                pass
            moved_to = path.with_name(f"{path.name}.damaged-{self._stamp()}")
            files.move_aside(path, moved_to)
            table: dict[str, dict[str, dict[str, Any]]] = {"_default": {}}
            restored_from = None
            for copy in journal.backups.copies_of(path.name):
                try:
                    table = check_shape(copy, json.loads(read_no_follow(copy)))
                except (OSError, ValueError, RecursionError, MemoryError, DamagedFileError):
                    continue
                restored_from = copy
                break
            # What was written after the backup may still be in the damaged copy (a link is
            # never read: read_raw does not follow one).
            from tracker.store.salvage import merge_newest, salvage_records

            read = stored_person if path.name == "people.json" else stored_entry
            salvaged = salvage_records(files.read_raw(moved_to) or b"", read)
            table, recovered = merge_newest(table, salvaged)
            if restored_from is not None or recovered:
                files.write_bytes(path, json.dumps(table, ensure_ascii=False).encode())
            report = DamageReport(path, reason, moved_to, restored_from, code, recovered)
            self.report(report)
        return True

    def set_aside(self, path: Path, reason: str) -> None:
        """A damaged small file of this device is kept aside (never overwritten) and reported;
        defaults take its place. Another device's file is only reported."""
        journal = self.journal
        moved_to = None
        if path.parent != journal.layout.own_dir:
            # Another device's: still arriving, or that device's to repair; check names it.
            log.info("%s/%s not readable yet: read as not yet arrived", path.parent.name, path.name)
            return
        if path.parent == journal.layout.own_dir:
            moved_to = path.with_name(f"{path.name}.damaged-{self._stamp()}")
            try:
                with journal.writing(backup=False):
                    if journal.files.exists(path):
                        journal.files.move_aside(path, moved_to)
            except (OSError, LockTimeout):
                moved_to = None
        self.report(DamageReport(path, reason, moved_to, code="set_aside"))

    def _stamp(self) -> str:
        return self.journal.clock.now().strftime("%Y%m%dT%H%M%SZ")

    def _check_small_files(self, folder: Path) -> list[DamageReport]:
        """The small files readers set aside when damaged: settings of every device, and this
        device's own notes."""
        from tracker.store.lost import KEPT_FILE
        from tracker.store.plainfiles import read_plain_checked
        from tracker.store.schema import schema_problem

        own = folder == self.journal.layout.own_dir
        names = (
            ("meta.json", "settings.json", "nudges.json", "session.json", KEPT_FILE) if own else ()
        )
        problems = []
        # Every device's week intentions and call prompts are read, as its settings are.
        for name in (*(names or ("settings.json",)), "intentions.json", "prompts.json"):
            path = folder / name
            record, problem = read_plain_checked(self.journal.files, path)
            if not problem and name == "meta.json" and record is not None:
                problem = schema_problem(record)
            if problem:
                problems.append(DamageReport(path, problem, code="set_aside"))
        return problems

    def _twins(self, folder: Path) -> list[DamageReport]:
        """A conflict copy in this device's own folder: no other device writes it, so another
        machine writes as this device (a copied configuration folder; issue 25, break 3).
        Read, and merged at the next write, it loses nothing, but the two keep colliding."""
        copies = self.journal.files.conflict_copies(folder)
        reason = "two machines write as this device"
        return [
            DamageReport(p, reason, code="twin") for name in sorted(copies) for p in copies[name]
        ]

    def check(self) -> list[DamageReport]:
        """Every damaged file and every record a reader would skip, without changing anything:
        check validates exactly as the week and the nudges read."""
        journal = self.journal
        problems: list[DamageReport] = []
        for folder in journal.files.device_dirs(journal.layout):
            # Only this device's: another's are its own writer's to clean.
            own = folder == journal.layout.own_dir
            for path in journal.files.temp_files_in(folder) if own else ():
                reason = "a temp file a killed writer left; `dayweave check --repair` removes it"
                problems.append(DamageReport(path, reason, code="temp"))
            problems.extend(self._twins(folder) if own else ())
            problems.extend(self._check_small_files(folder))
            for path in journal.files.tinydb_files_in(folder):
                read = stored_person if path.name == "people.json" else stored_entry
                try:
                    table = (journal.files.read_table(path) or {}).get("_default", {})
                except DamagedFileError as error:
                    problems.append(DamageReport(path, error.reason, code=error.code))
                    continue
                for doc_id, record in table.items():
                    try:
                        read(record)
                    except (ValueError, AttributeError) as error:
                        reason = f"record {doc_id} is skipped by readers ({error})"
                        problems.append(DamageReport(path, reason, code="record"))
        if opened := journal.files.open_to_others(journal.layout):
            from tracker.kernel.words import translate

            text = translate(
                "Store", "%1 files or folders are open to other users; check --repair closes them"
            )
            reason = text.replace("%1", str(len(opened)))
            problems.append(DamageReport(journal.layout.root, reason, code="modes"))
        return problems

    def tidy(self) -> None:
        """Remove this device's leftover temp files (under the lock: a live writer's are not
        leftovers) and make everything private: folders 0700, files 0600, backups and damaged
        copies included."""
        from tracker.store.layout import make_private_dir

        journal = self.journal
        with journal.writing(backup=False):
            journal.files.remove_stale_temp_files(journal.layout.own_dir)
        for folder in (journal.layout.root, journal.layout.devices_dir, journal.layout.own_dir):
            make_private_dir(folder)
        changed = journal.files.make_all_private(journal.layout)  # files 0600, backups 0700 too
        log.info("repair: temp files removed, %s modes made private", changed)
