"""A number of more than 4,300 digits in a stored file (Python refuses to read one, as a guard
against slow conversions) is damage like any unreadable file: never a traceback."""

from __future__ import annotations

import pytest

from tracker.store.storage import DamagedFileError, read_json_file


def test_a_number_too_long_to_read_is_damage(tmp_path):
    path = tmp_path / "entries-2026-12-07.json"
    path.write_text('{"_default": {"1": {"rev": ' + "9" * 5000 + "}}}")
    with pytest.raises(DamagedFileError) as raised:
        read_json_file(path)
    assert raised.value.code == "not_json"
