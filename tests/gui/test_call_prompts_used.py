"""The call prompts used (issue 22): a first-minutes and a last-minutes prompt put in front of
the user are noted for their call, a held one (do not disturb) is not; a next action agreed
in the follow-up after a call is noted for it, an unchanged one is not. The review counts
these notes (tests/unit/test_review_prompts.py)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from tests.gui.test_notifications import RecordingBus, _quiet_socket  # noqa: F401 (its socket)
from tracker.kernel.model import Entry, Person
from tracker.store.prompts import prompts_used
from tracker.ui.nudges.delivery import NudgeDelivery
from tracker.ui.nudges.notify import DesktopNotifier
from tracker.ui.nudges.scheduler import NudgeScheduler

AMS = ZoneInfo("Europe/Amsterdam")


def test_the_prompts_shown_during_a_call_are_noted_for_it(qtbot, journal, clock, quicklog):
    journal.save_settings(journal.settings().with_changes(review_moment=False))
    anna = journal.add_person(Person(name="Anna", circle="customer"))
    call = journal.add(Entry(kind="call", start=clock.now(), people=(anna.id,)))
    scheduler = NudgeScheduler(journal, clock, AMS, quicklog, monotonic=lambda: 1.0)
    delivery = NudgeDelivery(scheduler, journal, print, lambda: None)
    bus = RecordingBus()
    delivery.use_desktop(DesktopNotifier(bus, delivery))
    scheduler.show_nudge.connect(delivery.present)
    scheduler.replan()  # the first minutes: the prompt shows
    assert prompts_used(journal) == {call.id: frozenset({"open"})}
    bus.is_inhibited = True
    clock.advance(minutes=25)  # no end: the last-minutes prompt after 25 minutes
    scheduler.timer.fire()  # do not disturb: held, not in front of the user, not used
    assert prompts_used(journal) == {call.id: frozenset({"open"})}
    close = next(n for n in scheduler.pending if n.kind == "call_close")
    delivery.present(close, anna, popup_only=True)  # asked for from the tray: the popup
    qtbot.addWidget(delivery.popup)
    assert prompts_used(journal) == {call.id: frozenset({"open", "close"})}


def test_a_next_action_agreed_after_a_call_is_noted_for_it(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    from tests.gui.test_app_parts import make_shell

    anna = journal.add_person(Person(name="Anna", circle="customer", next_action="send offer"))
    start = clock.now() - timedelta(minutes=30)
    call = journal.add(Entry(kind="call", start=start, end=clock.now(), people=(anna.id,)))
    shell = make_shell(journal, clock, tmp_path, monkeypatch)
    shell.ask_follow_up([call])
    qtbot.addWidget(shell.follow_up)
    shell.follow_up._save()  # the last action kept as it was: nothing new agreed
    assert prompts_used(journal) == {}
    shell.ask_follow_up([call])
    qtbot.addWidget(shell.follow_up)
    shell.follow_up.next_action.setText("Anna sends the contract by Friday")
    shell.follow_up._save()
    assert prompts_used(journal) == {call.id: frozenset({"agreed"})}
    assert journal.people_by_id()[anna.id].next_action == "Anna sends the contract by Friday"
