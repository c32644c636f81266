"""TinyDB storages: the atomic JSON file, and memory shaped like the data folder (for tests).

The file storage keeps no handle open and has no write cache: CachingMiddleware would lose
writes on a crash.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from tracker.store.storage import read_json_file, write_json_file

__all__ = ["AtomicJSONStorage", "MemoryFiles"]


class AtomicJSONStorage(Storage):
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, Any] | None:
        return read_json_file(self.path)

    def write(self, data: dict[str, Any]) -> None:
        # TinyDB mutated the cached dict in place; write_json_file trusts it again only once
        # the new content is safely on disk.
        write_json_file(self.path, data)

    def close(self) -> None:
        pass


class MemoryFiles:
    """In-memory stand-in for the data folder's TinyDB files, shared by path across instances."""

    def __init__(self) -> None:
        self.files: dict[Path, dict[str, Any]] = {}

    def storage(self, path: Path) -> Storage:
        files = self.files

        class _Memory(Storage):
            def read(self) -> dict[str, Any] | None:
                return files.get(path)

            def write(self, data: dict[str, Any]) -> None:
                # A deep copy, as a file would hold: callers must not share nested lists.
                files[path] = json.loads(json.dumps(data))

        return _Memory()
