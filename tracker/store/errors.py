"""What the store can say went wrong, and what it repaired."""

from __future__ import annotations

from pathlib import Path

from tracker.kernel.frozen import Frozen

__all__ = ["DamageReport", "NewerSchemaError", "NotFound"]


class NotFound(LookupError):
    pass


class NewerSchemaError(RuntimeError):
    pass


class DamageReport(Frozen):
    """A damaged file: where it went and what replaced it. Shown once by the UI, listed by check."""

    __slots__ = ("path", "reason", "moved_to", "restored_from", "code", "recovered")  # noqa: RUF023 - __init__ order
    path: Path
    reason: str
    moved_to: Path | None
    restored_from: Path | None
    code: str
    recovered: int

    def __init__(
        self,
        path: Path,
        reason: str,
        moved_to: Path | None = None,
        restored_from: Path | None = None,
        code: str = "",  # the kind of damage (DamagedFileError.code); "" when only the reason says
        recovered: int = 0,  # records of the damaged copy merged back in (newer than the backup)
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "moved_to", moved_to)
        object.__setattr__(self, "restored_from", restored_from)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "recovered", recovered)

    def describe(self) -> str:
        text = f"{self.path.name} was damaged ({self.reason})."
        if self.restored_from is not None:
            text += f" Restored the backup of {self.restored_from.parent.name}."
        elif self.code == "set_aside" and self.moved_to is not None:
            text += " The defaults take its place."  # a small file: settings, notes
        elif self.moved_to is not None and not self.recovered:
            text += " No backup held it; it starts empty."
        if self.recovered:
            from tracker.kernel.words import translate

            said = translate("Store", "Records brought back from the damaged file: %1.")
            text += " " + said.replace("%1", str(self.recovered))
        if self.moved_to is not None:
            text += f" The damaged file is kept as {self.moved_to.name}."
        return text
