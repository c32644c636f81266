"""`dayweave settings` covers every setting the dialog shows, with the same rules and words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import fields

from tracker.kernel.settings import Settings
from tracker.settings.handlers import SETTING_NAMES
from tracker.ui.settings.dialog import SettingsDialog

CHANGED = {
    "own_team": "Product", "nudge_start_hour": "8", "nudge_end_hour": "18",
    "nudge_days": "mon,tue,wed,thu,fri,sat", "max_nudges_per_day": "3",
    "default_every_days": "21", "live_every_days": "30", "call_prompts": "false",
    "language": "nl", "first_weekday": "sun", "own_emails": "me@work.example,me@home.example",
    "focus_minutes": "60", "nudge_delivery": "popup", "away_questions": "false",
    "away_minutes": "25", "review_moment": "false", "review_day": "mon", "review_hour": "9",
    "microphone_calls": "false",
}  # fmt: skip


def dayweave(*args, data_dir, lang="en_GB.UTF-8"):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), "settings", *args],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def test_every_setting_is_one_the_command_line_reads_and_changes():
    assert set(SETTING_NAMES) == {f.name for f in fields(Settings)} - {"updated", "extra"}
    assert set(CHANGED) == set(SETTING_NAMES)


def test_what_the_command_line_sets_the_dialog_shows_unchanged(qtbot, data_dir):
    for key, value in CHANGED.items():
        changed = dayweave(key, value, data_dir=data_dir)
        assert changed.returncode == 0, (key, changed.stderr)
    stored = json.loads(dayweave("--json", data_dir=data_dir).stdout)
    lists = ("nudge_days", "own_emails")
    settings = Settings(**{k: tuple(v) if k in lists else v for k, v in stored.items()})
    assert settings != Settings() and all(
        getattr(settings, key) != getattr(Settings(), key) for key in SETTING_NAMES
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.settings() == settings  # every one has its control, and keeps its value


def test_refusals_follow_the_dialogs_rules_in_dutch(data_dir):
    said = {
        ("nudge_end_hour", "99"): "Het laatste uur voor herinneringen moet een heel getal van 1",
        ("language", "fr"): "Dayweave spreekt die taal niet.",
        ("first_weekday", "tue"): "'tue': geef mon, sat, sun of locale",
        ("nudge_days", ""): "Kies minstens één dag voor herinneringen.",
        ("colour", "pink"): "geen instelling 'colour'",
    }
    for (key, value), words in said.items():
        refused = dayweave(key, value, data_dir=data_dir, lang="nl_NL.UTF-8")
        assert refused.returncode == 2, (key, refused.stderr)
        assert refused.stderr.startswith("dayweave: ") and words in refused.stderr
    english = dayweave("language", "fr", data_dir=data_dir)
    assert english.stderr == "dayweave: Dayweave does not speak that language.\n"
