"""English and Dutch are both complete, plural forms included, and Dutch really loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tracker.ui.i18n import choose_language, install_translations
from tracker.ui.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def messages(path: Path):
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_message_is_translated_including_plurals(language):
    found = messages(translations_dir() / f"dayweave_{language}.ts")
    assert len(found) > 50
    for message in found:
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), message.find(
            "source"
        ).text
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert len(forms) == 2 and all(forms), message.find("source").text
        else:
            assert translation.text, message.find("source").text


def test_no_string_in_the_code_is_missing_from_the_catalogues(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "tracker").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(m.find("source").text) for m in messages(fresh)}
    have = {(m.find("source").text) for m in messages(translations_dir() / "dayweave_nl.ts")}
    assert wanted - have == set()


def test_the_built_catalogues_are_current():
    for language in ("nl", "en"):
        ts = translations_dir() / f"dayweave_{language}.ts"
        qm = translations_dir() / f"dayweave_{language}.qm"
        assert qm.exists() and qm.stat().st_size > 1000
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run pyside6-lrelease"


def test_dutch_menus_and_plurals(qapp, quicklog, actions, clock):
    from tracker.ui.tray import Tray

    install_translations(qapp, "nl")
    try:
        tray = Tray(quicklog, actions, clock)
        labels = [a.text().split("\t")[0] for a in tray.menu.actions() if not a.isSeparator()]
        assert labels[:3] == ["Er loopt niets", "Werk", "Privé"]
        quicklog.disruption("tech")
        quicklog.disruption("noise")
        assert "2 verstoringen vandaag" in tray.icon.toolTip()
    finally:
        install_translations(qapp, "en")


@pytest.mark.parametrize(
    ("env", "requested", "expected"),
    [({"LANG": "nl_NL.UTF-8"}, None, "nl"), ({"LANG": "en_GB.UTF-8"}, None, "en"),
     ({"LANG": "nl_NL.UTF-8"}, "en", "en"), ({"LANG": "fr_FR.UTF-8"}, None, "en"),
     ({"LANGUAGE": "nl", "LANG": "en_US.UTF-8"}, None, "nl")],
)  # fmt: skip
def test_language_choice(monkeypatch, env, requested, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert choose_language(requested) == expected


def test_the_week_window_speaks_dutch(qapp, qtbot, journal, clock):
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from tracker.kernel.model import Entry
    from tracker.ui.week.window import WeekWindow

    journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    journal.add(Entry(kind="disruption", start=clock.now() + timedelta(minutes=5), cause="tech"))
    journal.add(Entry(kind="disruption", start=clock.now() + timedelta(minutes=9), cause="tech"))
    install_translations(qapp, "nl")
    try:
        window = WeekWindow(journal, clock, ZoneInfo("Europe/Amsterdam"), first_weekday=0)
        qtbot.addWidget(window)
        assert window.today.text() == "Vandaag"
        assert "Verstoringen: 3" in window.summary_panel.disruptions.text()
        assert "Werk 0m · Privé 0m" in window.summary_panel.totals.text()
        assert window.summary_panel.pattern.text() == (
            "3 van de 3 verstoringen door techniek kwamen op donderdagochtend."
        )
    finally:
        install_translations(qapp, "en")
