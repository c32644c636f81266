"""A new user's first week in the real app (issue 20): Xvfb at 1366x768 with trayer, dunst as the
notification server on a private bus, and the wall clock of the app and of every command set by
libfaketime. Dayweave first starts on Monday 23 November 2026 at 10:00 (Amsterdam); that minute
the user imports 1,000 cards left unsorted, adds three people by hand (the customer last), a
calendar with a daily stand-up, and lunch as a life block every weekday. The app is then started
at chosen moments of the week (the first start, lunch, a call, after it, the next day), each
time on a clock that runs on from that moment, and every nudge it sends is read off the bus.
Restarts rather than one run sped up (FAKETIME "x600"): with the monotonic clock left real, as Qt's
timers need, a sped-up wall clock reads to the app as the machine waking from sleep every minute.

No nudge on day one; never more than the day's cap; none during lunch or a call; none for the
unsorted cards; the customer first. Screenshots (English and Dutch, in test-artifacts/) show the
meeting prompt after a tray-menu log asked for a balloon: no balloon while the prompt is open,
and the balloon once "Not now" closed it (one queue for balloons and popups).
"""

from __future__ import annotations

import glob
import json
import os
import re
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from .desktop_bus import PrivateBus
from .test_tray_e2e import entries, press_until, start_app
from .xsession import XSession, require_tools, wait_for

pytestmark = pytest.mark.e2e

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = datetime(2026, 11, 23, tzinfo=AMS)
ROOT = Path(__file__).resolve().parents[2]
FAKETIME_LIB = next(
    iter(
        glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
        + glob.glob("/usr/local/lib/faketime/libfaketime.so.1")
    ),
    None,
)
CAP = 2  # the default max_nudges_per_day
BY_HAND = ("Sanne Visser", "Pieter de Boer", "Joost Bakker")  # the customer added last
STANDUP = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//dayweave tests//first week//EN\r
BEGIN:VEVENT\r
UID:standup-first-week@example.com\r
DTSTART;TZID=Europe/Amsterdam:20261124T110000\r
DTEND;TZID=Europe/Amsterdam:20261124T113000\r
RRULE:FREQ=DAILY;COUNT=4\r
SUMMARY:Stand-up\r
ORGANIZER:mailto:lead@example.com\r
ATTENDEE:mailto:sanne@example.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A moment of the first week: `day` 0 is the Monday of the first start."""
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute, seconds=second)


def cards(count: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {i:04d}\r\nEMAIL:c{i}@example.com\r\nEND:VCARD\r\n"
        for i in range(count)
    )


class Week:
    """The session, the bus and the data folder of one played week; the clock set per process."""

    def __init__(self, xsession: XSession, bus: PrivateBus, env: dict, folder: Path) -> None:
        self.xsession = xsession
        self.bus = bus
        self.env = env
        self.folder = folder
        self.shown: list[tuple[datetime, str]] = []  # (the visit's moment, the nudge's summary)
        self.started = (MONDAY, 0.0)  # the running app's first moment, and monotonic then

    def clock(self, moment: datetime) -> dict[str, str]:
        """An environment whose wall clock starts at `moment` and runs on; the monotonic clock
        stays real so timers and timeouts work (the Makefile's test-anyhour does the same)."""
        return dict(
            self.env,
            LD_PRELOAD=str(FAKETIME_LIB),
            FAKETIME_FMT="%s",
            FAKETIME=f"@{int(moment.timestamp())}",
            FAKETIME_DONT_FAKE_MONOTONIC="1",
            FAKETIME_DONT_RESET="1",
            PYTHONPATH=os.pathsep.join(
                filter(None, [str(ROOT / "tests" / "anyhour"), self.env.get("PYTHONPATH")])
            ),
        )

    def cli(self, moment: datetime, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "tracker", *args],
            env=self.clock(moment),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done.stdout

    def nudges_sent(self) -> list[str]:
        """The summary of every nudge sent as a notification so far (balloons are not nudges)."""
        found = []
        for call in self.bus.notify_calls():
            strings = re.findall(r'^\s+string "(.*)"$', call, re.MULTILINE)
            summary = strings[2] if len(strings) > 2 else ""  # app name, icon, summary, body
            if summary.startswith(("Reach out:", "Plan a live", "Neem contact", "Plan een")):
                found.append(summary)
        return found

    def start(self, moment: datetime, *args: str) -> subprocess.Popen:
        """The app started at `moment`, once it has made its first nudge plan and sent what
        that plan found due."""
        before, plans = len(self.nudges_sent()), len(self.plans())
        app = start_app(self.clock(moment), "-vv", *args)
        self.started = (moment, time.monotonic())
        log = self.folder / "app.log"
        try:
            wait_for(lambda: len(self.plans()) > plans, 30, f"the first plan at {moment}", log=log)
            self.wait_sent(before + self.plans()[-1])
        except BaseException:  # the app is stopped here, never left to a later test's cleanup
            app.kill()
            app.wait(timeout=10)
            raise
        return app

    def app_now(self) -> datetime:
        """The app's clock now: where it started, run on since (for a command that must not be
        ahead of it, or a stop would come before the app's own now)."""
        moment, since = self.started
        return moment + timedelta(seconds=time.monotonic() - since)

    def plans(self) -> list[int]:
        """How many nudges each plan the app made found due (its -vv log says)."""
        log = self.folder / "app.log"
        text = log.read_text(errors="replace") if log.exists() else ""
        return [int(n) for n in re.findall(r"plan: (\d+) due", text)]

    def wait_sent(self, count: int) -> None:
        """Until `count` nudges were sent on the bus (dbus-monitor writes a moment later)."""
        wait_for(lambda: len(self.nudges_sent()) >= count, 10, f"{count} nudges on the bus")

    def visit(self, moment: datetime, then=None) -> list[str]:
        """Start the app at `moment`, do `then` (if any) while it runs, stop it: the nudges it
        sent, each kept with the moment."""
        before = len(self.nudges_sent())
        app = self.start(moment)
        try:
            if then is not None:
                then()
        finally:
            app.kill()
            app.wait()
        sent = self.nudges_sent()[before:]
        self.shown += [(moment, summary) for summary in sent]
        return sent


@pytest.fixture
def week(tmp_path):
    require_tools(what="the first-week end-to-end test")
    if FAKETIME_LIB is None:
        message = "the first-week test needs libfaketime: apt-get install faketime"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    session = XSession(with_tray=True, size="1366x768").start()
    env = session.env
    env.update(
        DAYWEAVE_DATA_DIR=str(tmp_path / "data"),
        DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"),
        DAYWEAVE_STATE_DIR=str(tmp_path / "state"),
        XDG_RUNTIME_DIR=str(tmp_path),
        TZ="Europe/Amsterdam",
        LANG="en_US.UTF-8",
    )
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "autostart-asked").write_text("asked\n")  # no first-run question
    bus = PrivateBus(env, tmp_path)
    bus.start_dunst()
    try:
        yield Week(session, bus, env, tmp_path)
    finally:
        bus.stop()
        session.stop()


def first_minutes(week: Week) -> None:
    """Monday 10:00, the first start's minute: everything typed on the command line."""
    (week.folder / "everyone.vcf").write_text(cards(1000))
    (week.folder / "work.ics").write_text(STANDUP)
    monday = at(0, 10)
    said = week.cli(monday, "people", "import", str(week.folder / "everyone.vcf"))
    assert "Added 1000" in said
    for name, circle in zip(BY_HAND, ("partner", "other team", "customer"), strict=True):
        week.cli(monday, "people", "add", name, "--circle", circle, "--every", "3")
    people = json.loads(week.cli(monday, "people", "list", "--json"))
    assert sum(p["circle"] is None for p in people) == 1000  # the import left them unsorted
    week.cli(monday, "calendar", "add", str(week.folder / "work.ics"))
    for day in range(5):
        lunch = at(day, 12, 30)
        until = lunch + timedelta(minutes=45)
        week.cli(monday, "log", "life", "lunch", f"--at={lunch:%Y-%m-%dT%H:%M}",
                 f"--until={until:%Y-%m-%dT%H:%M}")  # fmt: skip


def disruptions(week: Week) -> list[dict]:
    return [e for e in entries(week.folder / "data") if e["kind"] == "disruption"]


def prompt_with_balloon(week: Week, moment: datetime, lang: str) -> None:
    """The stand-up's prompt on screen, then a quick entry that says "Logged: ...": the
    balloon waits while the prompt is open and shows once "Not now" closed it."""
    session = week.xsession
    app = week.start(moment, "--lang", lang)
    logged = len(disruptions(week))
    try:
        prompt = wait_for(lambda: session.window_named("^Dayweave: "), 30, "the meeting prompt")
        # Disruption > Tech from the tray menu: the app says "Logged: ..." in a balloon.
        windows = len(session.visible_windows("dayweave"))
        press_until(
            session,
            ("click", "3"),
            lambda: len(session.visible_windows("dayweave")) > windows,
            wait=4,
        )
        press_until(session, "5", lambda: len(session.visible_windows("dayweave")) > windows + 1)
        press_until(session, "3", lambda: len(disruptions(week)) > logged)
        wait_for(lambda: len(session.visible_windows("dayweave")) == windows, 10, "the menus gone")
        session.screenshot(f"first-week-prompt-balloon-{lang}")
        geometry = session.run("xdotool", "getwindowgeometry", "--shell", prompt).stdout
        box = dict(line.split("=") for line in geometry.split())
        x, y = int(box["X"]) + 3 * int(box["WIDTH"]) // 4, int(box["Y"]) + int(box["HEIGHT"]) - 20
        session.run("xdotool", "mousemove", str(x), str(y), "click", "1")  # Not now
        wait_for(lambda: session.window_named("^Dayweave: ") is None, 10, "the prompt to close")
        wait_for(lambda: len(session.visible_windows("dayweave")) >= windows, 10, "the balloon")
        session.screenshot(f"first-week-balloon-after-prompt-{lang}")
    finally:
        app.kill()
        app.wait()


def test_a_new_users_first_week(week):
    first_minutes(week)
    assert week.visit(at(0, 10, 1)) == []  # the first start: nothing due on day one
    assert week.visit(at(0, 15)) == []
    prompt_with_balloon(week, at(1, 10, 59, 52), "en")
    prompt_with_balloon(week, at(2, 10, 59, 52), "nl")
    # Thursday 10:00 the three added by hand are due (every three days from Monday 10:00).
    assert week.visit(at(3, 12, 45)) == []  # lunch, a life block
    assert week.plans()[-1] == 0
    week.cli(at(3, 13, 20), "log", "call", "supplier", "--at=13:20")
    sent = len(week.nudges_sent())
    during_call: list[int] = []

    def end_the_call() -> None:
        during_call.append(len(week.nudges_sent()) - sent)
        plans = len(week.plans())
        week.cli(week.app_now(), "stop", "call")
        wait_for(lambda: sum(week.plans()[plans:]), 20, "a plan with nudges after the call")
        week.wait_sent(sent + sum(week.plans()[plans:]))

    after_call = week.visit(at(3, 13, 30), then=end_the_call)
    assert during_call == [0]  # the app's first plan came while the call ran: nothing sent
    assert after_call == ["Reach out: Joost Bakker · Customer"]  # the customer first
    assert week.visit(at(3, 15)) == ["Reach out: Sanne Visser · Partner"]
    assert week.visit(at(3, 16, 30)) == []  # Pieter is due too, but the day's cap is reached
    assert week.visit(at(4, 10)) == ["Reach out: Pieter de Boer · Other team"]  # he waited

    assert week.shown[0][1] == "Reach out: Joost Bakker · Customer"
    names = {summary.split(": ", 1)[1].split(" · ")[0] for _m, summary in week.shown}
    assert names == set(BY_HAND)  # never one of the 1,000 unsorted cards
    per_day: dict = {}
    for moment, _summary in week.shown:
        per_day[moment.date()] = per_day.get(moment.date(), 0) + 1
    assert min(per_day) > at(0, 23).date()  # nothing on day one
    assert max(per_day.values()) <= CAP
