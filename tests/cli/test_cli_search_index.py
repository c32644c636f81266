"""`dayweave search` through its index in the cache folder: one process builds it, the next
uses it, and a change made between them (another process writing a day file) is found."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.cli.test_cli import dayweave


def found(data_dir: Path, *words: str) -> list[str]:
    done = dayweave("search", *words, "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    return [entry["title"] for entry in json.loads(done.stdout)]


def test_the_next_search_uses_the_index_and_sees_what_changed(data_dir):
    for line in ("2026-11-09 09:00-12:00 work plan Zoë", "2026-11-10 09:00-10:00 work zoe plan"):
        assert dayweave("log", line, data_dir=data_dir).returncode == 0
    assert found(data_dir, "ZOE") == ["plan Zoë", "zoe plan"]
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "dayweave" / "search"
    (index,) = cache.glob("*.sqlite")
    assert index.stat().st_mode & 0o777 == 0o600
    assert (
        dayweave("log", "2026-11-11 09:00-10:00 work Zoe again", data_dir=data_dir).returncode == 0
    )
    assert found(data_dir, "zoë") == ["plan Zoë", "zoe plan", "Zoe again"]
    assert found(data_dir, "again") == ["Zoe again"]
