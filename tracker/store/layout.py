"""Where things live: the data folder, device folders, day files, the device id."""

from __future__ import annotations

import os
import re
import socket
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

__all__ = [
    "DataLayout",
    "DeviceIdError",
    "NotAFolder",
    "UnsafeFolder",
    "check_device_id_whole",
    "day_key",
    "days_between",
    "default_config_dir",
    "default_data_dir",
    "entry_keys",
    "load_or_create_device_id",
    "month_of",
    "original_name",
    "resolve_data_folder",
]

FOLDER_MODE = 0o700
_DAY_FILE = re.compile(r"entries-(\d{4}-\d{2}-\d{2})\.json")
# Schema 1 kept a file per month; a device folder not yet upgraded (another machine running an
# older Dayweave, synced here) still has them, so readers look for both.
_LEGACY_MONTH_FILE = re.compile(r"entries-(\d{4}-\d{2})\.json")
# Syncthing's conflict copy: the name's base, ".sync-conflict-", date, time, and (since v0.14)
# the short id of the device that made the change, then the name's last extension. A conflict
# of a conflict repeats the part, so it is stripped until none is left.
_CONFLICT = re.compile(
    r"(?P<base>.+?)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?(?P<ext>\.[^.]*)?"
)


def original_name(name: str) -> str | None:
    """The file a sync tool's conflict copy is a version of; None when it is no such copy."""
    original = None
    while ".sync-conflict-" in name and (match := _CONFLICT.fullmatch(name)):
        name = original = match["base"] + (match["ext"] or "")
    return original


def default_data_dir() -> Path:
    env = os.environ.get("DAYWEAVE_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from tracker.kernel.userdirs import user_dir

    return user_dir("data")


def default_config_dir() -> Path:
    env = os.environ.get("DAYWEAVE_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    from tracker.kernel.userdirs import user_dir

    return user_dir("config")


class NotAFolder(OSError):
    """A file where a folder of the data should be: said plainly, never "[Errno 17]"."""


def _not_a_folder(folder: Path) -> str:
    """The first of `folder` and its parents that is there and is not a folder."""
    from tracker.kernel.words import translate

    for path in [*reversed(folder.parents), folder]:
        if os.path.lexists(path) and not path.is_dir():
            folder = path
            break
    return translate("Store", "%1 is not a folder").replace("%1", str(folder))


class UnsafeFolder(OSError):
    """A folder of the data that is a link: never followed, never written through."""


def make_private_dir(folder: Path) -> Path:
    """The folder, made 0700; one others could read or write is tightened, and the user told
    (at 0777 anyone could plant a device folder that would be merged into your week)."""
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise NotAFolder(_not_a_folder(folder)) from None
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeFolder(f"{folder} is a link; Dayweave never writes through one: remove it")
    if os.name == "posix":
        mode = stat.S_IMODE(info.st_mode)
        if mode & 0o077:
            from tracker.store.warn import warn

            try:
                os.chmod(folder, FOLDER_MODE)
            except OSError:
                # Not ours to change (someone else's, a read-only disk): reading still works,
                # and links are never followed, but others can add files: say so.
                if mode & 0o022:
                    from tracker.kernel.words import translate

                    text = translate(
                        "Store", "%1 is open to other users (%2) and not yours to make private"
                    )
                    said = text.replace("%1", str(folder)).replace("%2", f"{mode:o}")
                    warn("%s is open to others (%o), not ours to tighten", folder, mode, text=said)
                return folder

            warn("%s was open to other users (%o); it is now private (700)", folder, mode)
    return folder


class DeviceIdError(OSError):
    """The device-id file is there but unreadable or garbage: never silently become a new
    device, or this machine's own folder would be taken for another's and left unrepaired."""


def load_or_create_device_id(config_dir: Path) -> str:
    """The machine's own id, kept outside the data folder so two synced machines never share it."""
    from tracker.store.storage import read_no_follow

    path = config_dir / "device-id"
    try:
        raw = read_no_follow(path)
    except FileNotFoundError:
        raw = None
    except OSError as error:
        raise DeviceIdError(
            f"{path} cannot be read ({error.strerror}); remove it only if this machine "
            "has never logged anything, or put its id (the name of its folder in "
            "devices/) back in it"
        ) from None
    if raw is not None:
        try:
            device = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            device = ""
        if re.fullmatch(r"[a-z0-9-]{3,80}", device):
            from tracker.store.machine import claim_device_id

            return claim_device_id(config_dir, device, _new_device_id)
        raise DeviceIdError(
            f"{path} does not hold a device id; put this machine's id (the name of its "
            "folder in devices/) in it, or remove it if this machine never logged anything"
        )
    device = _new_device_id()
    make_private_dir(config_dir)
    from tracker.store.atomic import atomic_write

    atomic_write(path, (device + "\n").encode())
    from tracker.store.machine import claim_device_id

    return claim_device_id(config_dir, device, _new_device_id)  # notes this machine as its


def _new_device_id() -> str:
    """A readable name (the host's) and a random suffix: "laptop-3f9a1c"."""
    host = re.sub(r"[^a-z0-9]+", "-", socket.gethostname().lower()).strip("-")[:40] or "device"
    return f"{host}-{os.urandom(3).hex()}"


def check_device_id_whole(config_dir: Path, data_dir: Path, device: str) -> None:
    """A device id cut short still looks like one; the folder it is the start of says so.
    Without this check the machine would silently become a new device."""
    if (data_dir / "devices" / device).is_dir():
        return
    try:
        names = os.listdir(data_dir / "devices")
    except OSError:
        return
    whole = sorted(n for n in names if n.startswith(device) and n != device)
    if whole:
        from tracker.kernel.words import translate

        text = translate("Store", "%1 holds %2, the start of the device folder %3: put %3 in it")
        raise DeviceIdError(
            text.replace("%1", str(config_dir / "device-id"))
            .replace("%2", device)
            .replace("%3", whole[0])
        )


def day_key(moment: datetime) -> str:
    """The day file an entry lives in: the UTC date of its start."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d")


def days_between(first: datetime, last: datetime) -> list[str]:
    """Day keys from the UTC day of `first` to the UTC day of `last`, inclusive."""
    day = first.astimezone(UTC).date()
    end = last.astimezone(UTC).date()
    keys = []
    while day <= end:
        keys.append(day.isoformat())
        day += timedelta(days=1)
    return keys


def month_of(day: str) -> str:
    """The schema-1 month file that held a day: "2026-11-27" -> "2026-11"."""
    return day[:7]


def resolve_data_folder(root: Path) -> Path:
    """The data folder itself may be a link (`~/.local/share/dayweave -> ~/Sync/dayweave`, the
    usual way into a synced folder): it is the user's own choice, resolved once here. Links
    inside it stay refused: a synced folder is anyone's to plant one in."""
    root = Path(root)
    return Path(os.path.realpath(root)) if os.path.islink(root) else root


class DataLayout:
    """Paths inside one data folder, seen from one device."""

    def __init__(self, root: Path, device: str) -> None:
        self.root = resolve_data_folder(root)
        self.device = device

    @property
    def devices_dir(self) -> Path:
        return self.root / "devices"

    @property
    def own_dir(self) -> Path:
        return self.devices_dir / self.device

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups" / self.device

    @property
    def meta_file(self) -> Path:
        return self.own_dir / "meta.json"

    @property
    def lock_file(self) -> Path:
        return self.own_dir / "lock"

    def day_file(self, device_dir: Path, key: str) -> Path:
        return device_dir / f"entries-{key}.json"

    def people_file(self, device_dir: Path) -> Path:
        return device_dir / "people.json"

    def device_dirs(self) -> list[Path]:
        """Every device folder, own first (so its damage is found and repaired first)."""
        others: list[Path] = []
        if self.devices_dir.is_dir():
            others = sorted(
                p
                for p in self.devices_dir.iterdir()
                # A linked device folder would merge whatever it points at into the week.
                if p.is_dir() and not p.is_symlink() and p.name != self.device
            )
        return [self.own_dir, *others]

    @staticmethod
    def entry_files_in(device_dir: Path) -> tuple[list[str], list[str]]:
        """The day keys and the schema-1 month keys of a device folder's entry files, sorted."""
        try:
            names = os.listdir(device_dir)
        except OSError:
            return [], []
        return entry_keys(names)


def entry_keys(names: list[str]) -> tuple[list[str], list[str]]:
    days, months = [], []
    for name in names:
        # A sync tool's conflict copy of a day file holds versions of that day's entries.
        name = original_name(name) or name
        if match := _DAY_FILE.fullmatch(name):
            days.append(match[1])
        elif match := _LEGACY_MONTH_FILE.fullmatch(name):
            months.append(match[1])
    return sorted(set(days)), sorted(set(months))
