"""vCard import benchmark: 20,000 generated cards beside 2,000, in one run.

    python tests/bench/vcard_bench.py [--quick]

The whole import as `dayweave people import` does it: the file's bytes read into cards, the
cards planned against the people already there, and every person written, into a real data
folder. Then the same file again (every card matches someone: all merged). Linear means the
ratio is about 10x; the old importer was quadratic (a 19,188-card file took 2 min 06 s).
Printed, not asserted: this machine is shared and noisy, so the best of several runs counts
(what the code costs, not what the neighbours took).
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tracker.commands import Commands, ImportPeople
from tracker.kernel.clock import FakeClock
from tracker.people.vcard import read_vcards
from tracker.store.journal import Journal

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
GIVEN = ["Anna", "Joost", "Zoë", "Sören", "Βαγγέλης", "Піт", "Maria", "黄", "Noor", "Daan"]
FAMILY = ["de Vries", "Jansen", "Bakker", "Nüßlebaum", "Παπαδόπουλος", "Кличко", "Smit", "世勇"]


def card(number: int) -> bytes:
    """Cards as the exporters write them: Outlook 2.1 quoted-printable, Android, vCard 3.0
    with a company, a Windows code page; every one a different person."""
    given, family = GIVEN[number % len(GIVEN)], FAMILY[number % len(FAMILY)]
    name = f"{given} {family} {number}"
    kind = number % 4
    if kind == 0:
        qp = "".join(f"={b:02X}" for b in name.encode("utf-8"))
        lines = [
            "VERSION:2.1",
            f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp};;;;",
            f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp[:60]}=\r\n{qp[60:]}",
            f"EMAIL;PREF;INTERNET:p{number}@example.com",
            "NOTE;ENCODING=QUOTED-PRINTABLE:met at the fair=0D=0Alikes sailing",
        ]
        return ("BEGIN:VCARD\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n").encode("ascii")
    if kind == 1:
        lines = [
            "VERSION:3.0",
            f"FN:{name}",
            f"N:{family};{given};;;",
            f"ORG:Acme {number % 50};Sales",
        ]
        lines += [f"item1.EMAIL;TYPE=INTERNET:p{number}@example.com", "TEL;TYPE=CELL:+31 6 1234"]
        return ("BEGIN:VCARD\n" + "\n".join(lines) + "\nEND:VCARD\n").encode("utf-8")
    if kind == 2:
        plain = f"Sören Nüßlebaum {number}"  # an old Windows export: no CHARSET, Windows-1252
        lines = ["VERSION:2.1", f"FN:{plain}", f"EMAIL:p{number}@example.com"]
        return ("BEGIN:VCARD\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n").encode("cp1252")
    lines = ["VERSION:4.0", f"FN:{name}", f"EMAIL;TYPE=work:p{number}@example.com"]
    lines += ["PHOTO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lE"]
    return ("BEGIN:VCARD\n" + "\n".join(lines) + "\nEND:VCARD\n").encode("utf-8")


def import_file(data: bytes, folder: Path, journal: Journal | None = None) -> tuple[float, Journal]:
    """Seconds for the whole import; the journal, to import into again."""
    clock = FakeClock(NOW)
    journal = journal or Journal(folder, "laptop-aaaaaa", clock, hold_lock=True).open()
    gc.collect()  # the previous run's garbage is not this run's cost
    started = time.perf_counter()
    reading = read_vcards(data)
    request = ImportPeople(cards=[c.to_record() for c in reading.cards], circle="peer", source="x")
    Commands(journal, clock).run(request)
    return time.perf_counter() - started, journal


def measure(count: int, repeats: int) -> tuple[float, float]:
    data = b"".join(card(i) for i in range(count))
    first, again = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            seconds, journal = import_file(data, Path(folder) / "data")
            first.append(seconds)
            people = journal.people()
            # The store holds what it was given (no timing of an empty store).
            assert len(people) == count, (len(people), count)
            assert all("\ufffd" not in p.name for p in people)
            seconds, journal = import_file(data, Path(folder) / "data", journal)
            again.append(seconds)
            assert len(journal.people()) == count
            journal.close()
    print(
        f"  {count:>6} cards ({len(data) / 1e6:5.1f} MB): import {min(first):6.2f} s"
        f"   again (all merged) {min(again):6.2f} s"
    )
    return min(first), min(again)


def main() -> int:
    quick = "--quick" in sys.argv
    repeats = 1 if quick else 3
    print("vCard import (read, plan, write), best of", repeats)
    small = measure(2_000, repeats)
    large = measure(20_000, repeats)
    first, again = large[0] / small[0], large[1] / small[1]
    print(f"  ratio 20,000 / 2,000: import {first:.1f}x, again {again:.1f}x")
    print("  (linear: about 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
