"""One nudge scenario through the app's path (the shell, its planned meetings and its scheduler,
with an injected clock) and through `dayweave nudges --json --at WHEN`: the same plan (what is
due, what waits and why, when the next one comes) and the same sentences, because both build
the plan's inputs and say its reasons in one place (tracker/nudges)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.store.journal import open_journal

AMS = ZoneInfo("Europe/Amsterdam")
WORK_FROM = datetime(2026, 11, 24, 8, 0, tzinfo=AMS)  # a Tuesday; the block runs on
HELD_REASONS = ("focus", "call")  # what the tray's tooltip names (tracker/ui/nudges/waiting.py)

# A live meeting on Thursday, in a calendar file this device reads: the app counts it, so it
# does not ask for a live meeting while one is planned.
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:renewal-1
SUMMARY:Renewal
DTSTART;TZID=Europe/Amsterdam:20261126T140000
DTEND;TZID=Europe/Amsterdam:20261126T150000
LOCATION:Bakker BV\\, Utrecht
ATTENDEE;CN=Joost Bakker:mailto:joost@bakker.nl
END:VEVENT
END:VCALENDAR
"""


def local(moment: datetime | None) -> str | None:
    return moment.astimezone(AMS).isoformat(timespec="seconds") if moment else None


def days_ago(days: int, hour: int = 10) -> datetime:
    return (WORK_FROM - timedelta(days=days)).replace(hour=hour).astimezone(UTC)


def write_scenario(folder: Path, calendar: Path) -> None:
    """People in different circles, their last contacts, a live meeting three weeks ago, a
    work block running since 8:00, and the calendar among this device's sources."""
    journal = open_journal(folder, FakeClock(WORK_FROM.astimezone(UTC)))
    try:
        add = journal.add_person
        anna = add(Person(name="Anna de Vries", circle="peer", team="Sales", every_days=14,
                          notes="her son starts at the academy in May"))  # fmt: skip
        joost = add(Person(name="Joost Bakker", circle="customer", every_days=7,
                           emails=("joost@bakker.nl",), next_action="send the quote"))  # fmt: skip
        piet = add(Person(name="Piet", circle="leadership", every_days=30))
        add(Person(name="Mia", circle="team"))  # own team: the silo nudges lead out of
        add(Person(name="Eva"))  # not sorted yet: never nudged
        journal.add(Entry(kind="contact", start=days_ago(19), people=(anna.id,)))
        journal.add(Entry(kind="call", start=days_ago(20), end=days_ago(20, 11),
                          people=(joost.id,)))  # fmt: skip
        journal.add(Entry(kind="meeting", start=days_ago(21), end=days_ago(21, 11)))
        journal.add(Entry(kind="contact", start=days_ago(1), people=(piet.id,)))  # this week
        journal.add(Entry(kind="work", start=WORK_FROM.astimezone(UTC), title="plan"))
        journal.save_settings(journal.settings().with_changes(nudge_delivery="popup"))
        journal.save_calendar_sources((str(calendar),))
    finally:
        journal.close()


def through_the_app(folder: Path, at: datetime, language: str, qapp, monkeypatch) -> dict:
    from tracker.ui.i18n import install_translations
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder.parent))
    clock = FakeClock(at.astimezone(UTC))
    journal = open_journal(folder, clock, hold_lock=True)
    install_translations(qapp, language)
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shown: dict[str, str] = {}
    try:
        # What the popup says for each nudge it shows (connected after the shell's own slot).
        shell.nudges.show_nudge.connect(
            lambda nudge, _person: shown.__setitem__(nudge.key, shell.delivery.popup.reason.text())
        )
        shell.planned.start()  # as the app starts its first plan: the calendar first
        plan = shell.nudges.replan()
        names = {p.id: p.name for p in journal.people()}
        return {
            "due": [
                {
                    "kind": n.kind,
                    "person": names.get(n.person),
                    "why": shown.get(n.key),
                    "pause": n.pause or None,
                }
                for n in [*plan.due, *plan.pending]
            ],
            "waiting": [
                {
                    "kind": w.kind,
                    "person": names.get(w.person),
                    "until": local(w.until),
                    "because": w.because,
                }
                for w in plan.waiting
            ],
            "next": local(plan.next),
            # The tooltip names what was shown and is not answered first, then what is held.
            "held": sorted(shell.nudges.waiting().lines[len(plan.due) + len(plan.pending) :]),
        }
    finally:
        if shell.delivery.popup is not None:
            shell.delivery.popup.hide()
        shell.shutdown()
        install_translations(qapp, "en")


def through_the_command_line(folder: Path, at: datetime, language: str, capsys, monkeypatch):
    from tracker.cli import main

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    when = at.strftime("%Y-%m-%dT%H:%M")
    words = ["--data-dir", str(folder), "--lang", language, "nudges", "--json", "--at", when]
    capsys.readouterr()
    assert main(words) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("at", "language"),
    [
        # 90 minutes into the block: a break, so what is wanted shows now.
        (datetime(2026, 11, 24, 9, 35, tzinfo=AMS), "en"),
        (datetime(2026, 11, 24, 9, 35, tzinfo=AMS), "nl"),
        # Focused: what is wanted waits for the next pause.
        (datetime(2026, 11, 24, 10, 0, tzinfo=AMS), "en"),
        (datetime(2026, 11, 24, 10, 0, tzinfo=AMS), "nl"),
    ],
)
def test_the_app_and_the_command_line_plan_and_say_the_same(
    tmp_path, qapp, capsys, monkeypatch, at, language
):
    calendar = tmp_path / "work.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    write_scenario(tmp_path / "app", calendar)
    write_scenario(tmp_path / "cli", calendar)
    app = through_the_app(tmp_path / "app", at, language, qapp, monkeypatch)
    cli = through_the_command_line(tmp_path / "cli", at, language, capsys, monkeypatch)

    def plan(answer: dict) -> dict:
        return {
            "due": [(d["kind"], d["person"], d["pause"]) for d in answer["due"]],
            "waiting": [
                (w["kind"], w["person"], w["until"], w["because"]) for w in answer["waiting"]
            ],
            "next": answer["next"],
        }

    assert plan(cli) == plan(app)
    # The planned live meeting counts: nobody is asked to plan one.
    assert [d["kind"] for d in app["due"]] in ([], ["reach_out"])
    assert [d["why"] for d in cli["due"]] == [d["why"] for d in app["due"]]
    # Why each one waits: the tooltip's line begins with the command line's sentence.
    held = [w for w in cli["waiting"] if w["because"] in HELD_REASONS]
    assert len(app["held"]) == len(held)
    for line, waiting in zip(app["held"], sorted(held, key=lambda w: w["why"]), strict=True):
        assert line.startswith(waiting["why"] + ": ")
    said = {
        (9, "en"): "last contact 19 days ago · every 7 days",
        (9, "nl"): "laatste contact 19 dagen geleden · elke 7 dagen",
        (10, "en"): "At the next pause (11:00)",
        (10, "nl"): "Bij de volgende pauze (11:00)",
    }[at.hour, language]
    if at.hour == 9:  # Joost, the longest overdue, at the break
        assert [(d["person"], d["why"]) for d in cli["due"]] == [("Joost Bakker", said)]
    else:
        assert [(w["person"], w["why"]) for w in cli["waiting"]] == [("Joost Bakker", said)]
