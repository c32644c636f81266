"""Which machine a device id belongs to (issue 25, break 3).

A device id lives in the configuration folder, so a home folder copied to a second machine
(a new laptop set up from a backup, a cloned virtual machine) brings it along: both machines
then write one device folder, and a sync tool keeps one file of each pair and renames the
other as a conflict copy. Beside `device-id` the configuration folder keeps the identity of
the machine that made it (`device-machine`: a hash of /etc/machine-id, or of the host name
where there is none); a machine that finds another machine id there takes a new device id of
its own, and reads the old folder as the other machine's, as it reads every device folder.
"""

from __future__ import annotations

import re
import socket
import zlib
from collections.abc import Callable
from pathlib import Path

from tracker.kernel.logs import logger

__all__ = ["MACHINE_FILE", "MACHINE_ID_FILES", "claim_device_id", "machine_identity"]

log = logger("dayweave.store")

MACHINE_FILE = "device-machine"
# systemd's, then D-Bus's copy of it (systems without systemd).
MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))
_MAX_ID = 256  # a machine id is 33 bytes; more is not one


def machine_identity() -> str:
    """This machine, as `KIND:HASH`: the machine id never leaves the machine as it is (the
    configuration folder may be copied or synced), only a hash of it made for Dayweave."""
    for path in MACHINE_ID_FILES:
        try:
            with path.open("rb") as file:
                raw = file.read(_MAX_ID + 1).strip()
        except OSError:
            continue
        # 32 hex digits (machine-id(5)); "uninitialized" (a first boot) or junk is no id.
        if len(raw) == 32 and all(c in b"0123456789abcdef" for c in raw):
            return "machine:" + _hashed(raw)
    return "host:" + _hashed(socket.gethostname().encode("utf-8", "surrogateescape"))


def _hashed(raw: bytes) -> str:
    """64 bits of a checksum, never the id: enough to tell two machines apart, too few to
    give a machine id back. Not hashlib, which maps OpenSSL into the tray for good (its rest
    budget); this runs at every start."""
    salted = b"dayweave device-machine\0" + raw
    return f"{zlib.crc32(salted):08x}{zlib.adler32(salted):08x}"


def claim_device_id(config_dir: Path, device: str, mint: Callable[[], str]) -> str:
    """DEVICE when the configuration folder was made on this machine (or cannot say: an older
    Dayweave's, which this machine then claims); otherwise a new id from MINT, kept in place
    of the old one, so this machine stops writing as the other."""
    here = machine_identity()
    held = _held(config_dir / MACHINE_FILE)
    if held == here:
        return device
    # Made by an older Dayweave (no note), or the note is of another kind than this machine
    # can give now (a machine id appeared where the host name was used): nothing to compare.
    # A host name is noted but never trusted to tell machines apart: it changes with the
    # network (macOS) or per container, and a new id each time would split one machine's
    # history; a copied folder there is named by check's conflict copies instead.
    if held is None or held.partition(":")[0] != here.partition(":")[0] or here[:5] == "host:":
        _keep(config_dir, here, quiet=True)
        return device
    from tracker.store.atomic import atomic_write

    new = mint()
    atomic_write(config_dir / "device-id", (new + "\n").encode())  # the id first: see _keep
    _keep(config_dir, here, quiet=False)
    from tracker.kernel.words import translate
    from tracker.store.warn import warn

    text = translate(
        "Store",
        "the device id %1 was made on another machine (a copied configuration folder): "
        "this machine now writes as %2, and reads %1 as the other machine's",
    )
    said = text.replace("%1", device).replace("%2", new)
    warn("a device id made on another machine: this one writes as a new device", text=said)
    return new


def _held(path: Path) -> str | None:
    """The machine noted, or None: no note, or one that is not a whole note (cut short,
    garbled, a link, a pipe) says nothing, so it never makes a new id."""
    from tracker.store.storage import read_no_follow

    try:
        if path.lstat().st_size > _MAX_ID:
            return None  # not a note: never read whole into memory at every start
        raw = read_no_follow(path)  # a pipe would wait for a writer forever; a link not followed
    except OSError:
        return None
    text = raw.decode("ascii", "replace").strip()
    # machine-id: and 32 digits was the first form (sha256, dropped for the tray's memory): a
    # whole note of another kind, re-noted quietly.
    whole = re.fullmatch(r"(machine|host):[0-9a-f]{16}|machine-id:[0-9a-f]{32}", text)
    return text if whole else None


def _keep(config_dir: Path, here: str, *, quiet: bool) -> None:
    """Note this machine as the device id's. Written after a new id, never before it: a crash
    between the two then leaves the new id unclaimed, which this machine claims next time,
    where the other order would leave the old id claimed by this machine."""
    from tracker.store.atomic import atomic_write

    try:
        atomic_write(config_dir / MACHINE_FILE, (here + "\n").encode())
    except OSError as error:  # StoreWriteError too
        if not quiet:
            raise
        # A read-only configuration folder: the id still works; the claim waits.
        log.info("the device's machine not noted (%s)", type(error).__name__)
