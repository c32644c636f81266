"""The data folder's schema version: refuse a newer Dayweave's data, migrate an older one."""

from __future__ import annotations

from typing import Any

from tracker.kernel.timefmt import to_updated_text
from tracker.store.errors import NewerSchemaError

__all__ = ["SCHEMA_VERSION", "check_schema", "schema_problem"]

SCHEMA_VERSION = 2  # 1: a file per month; 2: a file per day (see migrations.py)


def schema_problem(meta: Any) -> str:
    """What is wrong with meta.json's content ('' when nothing)."""
    schema = meta.get("schema") if isinstance(meta, dict) else None
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        return f"schema {schema!r} is not a version"  # 0, -5, 1e400, missing
    return ""


def check_schema(journal: Any, read_only: bool = False) -> None:
    """Refuse data from a newer Dayweave; with the lock, write meta.json and migrate."""
    files, meta_path = journal.files, journal.layout.meta_file
    # "created": this device's first start, where the nudges' first day counts from (added to
    # meta.json; older folders lack it and count from their first entry, device_state.first_use).
    now = to_updated_text(journal.clock.now())
    fresh = {"schema": SCHEMA_VERSION, "device": journal.device, "created": now}
    try:
        meta = files.read_plain(meta_path)
        if meta is None:
            if not read_only:
                files.write_plain(meta_path, fresh)
            return
        problem = schema_problem(meta)
        if problem:
            raise ValueError(problem)
        schema = meta["schema"]
    except (OSError, ValueError) as error:
        # meta.json is tiny and rebuildable; a damaged one means "current schema". It is set
        # aside first: a folder or a link in its place is never written through.
        if not read_only:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            journal.repairs.set_aside(meta_path, f"meta.json unreadable ({reason}); rewritten")
            files.write_plain(meta_path, fresh)
        return
    if schema > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"this data was written by a newer Dayweave (schema {schema}); please update"
        )
    while schema < SCHEMA_VERSION and not read_only:
        journal.backups.take(journal.clock.now(), everything=True)
        from tracker.kernel.logs import logger
        from tracker.store import migrations

        logger("dayweave.store").info("%s: schema %d to %d", journal.device, schema, schema + 1)

        migrations.MIGRATIONS[schema](journal.layout.own_dir)
        schema += 1
        meta["schema"] = schema
        files.write_plain(meta_path, meta)
