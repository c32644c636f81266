"""`dayweave check` names a person's edit (a merge too) and a settings change lost to a later
one on another device, and `dayweave history NAME` (a person's name or id, where an entry's id
is not found) shows the person's version in force and the lost one (issue 23)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_entry_history import dayweave
from tests.two_devices import DESKTOP, LAPTOP, laptop_config, synced, two_devices
from tracker.kernel.model import Person


def lost_merge_and_settings(tmp_path: Path, now) -> tuple[Path, Path, str]:
    """Anna merged into Anne and the own team set on the laptop; Anna edited and the own
    team set later on the desktop (both win): the laptop's data folder, its config, Anna's id."""
    laptop, desktop = two_devices(tmp_path, now)
    anna = laptop.add_person(Person(name="Anna", circle="team"))
    anne = laptop.add_person(Person(name="Anne", circle="team"))
    synced(laptop, tmp_path / "b")
    laptop.update_person(anna.with_changes(merged_into=anne.id))
    laptop.save_settings(laptop.settings().with_changes(own_team="Sales"))
    desktop.clock.advance(hours=1)
    desktop_anna = next(p for p in desktop.people() if p.id == anna.id)
    desktop.update_person(desktop_anna.with_changes(team="Product"))
    desktop.save_settings(desktop.settings().with_changes(own_team="Ops"))
    synced(desktop, tmp_path / "a")
    laptop.close()
    desktop.close()
    config = laptop_config(tmp_path)
    return tmp_path / "a", config, anna.id


def test_check_names_the_lost_person_edit_and_settings_change(tmp_path, now):
    data, config, anna_id = lost_merge_and_settings(tmp_path, now)
    checked = dayweave(data, config, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr  # kept: not damage
    lines = checked.stdout.splitlines()
    at = lines.index(next(line for line in lines if "of a person lost" in line))
    assert lines[at].startswith("1 edit of a person lost to a later edit on another device")
    assert lines[at + 1].startswith(f"  {anna_id}  Anna: ") and "merged into Anne" in lines[at + 1]
    assert f"by {LAPTOP}" in lines[at + 1]
    at = lines.index(next(line for line in lines if "settings change lost" in line))
    assert 'own_team: "Sales"' in lines[at + 1] and f"by {LAPTOP}" in lines[at + 1]
    dutch = dayweave(data, config, "check", lang="nl_NL.UTF-8").stdout
    assert "1 wijziging van een persoon verloren" in dutch
    assert "1 wijziging van de instellingen verloren" in dutch


def test_history_of_a_person_by_name_or_id(tmp_path, now):
    data, config, anna_id = lost_merge_and_settings(tmp_path, now)
    for name in ("Anna", anna_id):
        shown = dayweave(data, config, "history", name)
        assert shown.returncode == 0, shown.stderr
        in_force, lost = shown.stdout.splitlines()
        assert in_force.startswith("In force: Anna") and DESKTOP in in_force
        assert lost.startswith("Lost: Anna: ") and "merged into Anne" in lost and LAPTOP in lost
    as_json = json.loads(dayweave(data, config, "history", "anna", "--json").stdout)
    assert as_json["in_force"]["team"] == "Product"
    assert [v["merged_into"] is not None for v in as_json["lost"]] == [True]
    assert as_json["lost"][0]["device"] == LAPTOP
    missing = dayweave(data, config, "history", "Nobody")
    assert missing.returncode == 2 and "Nobody" in missing.stderr
