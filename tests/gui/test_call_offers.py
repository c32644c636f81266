"""A call noticed (issue 21): the microphone in use offers to log a call at once, never taking
focus; its release offers to end it; an offer that no longer fits is put away; the off switch
stops the listening. A fake microphone: no sound server, no timer."""

from __future__ import annotations

import gc
from datetime import timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tracker.commands import ChangeSettings
from tracker.kernel.model import Entry
from tracker.kernel.settings import Settings
from tracker.ui.away.call_offer import MicrophoneCalls
from tracker.ui.away.microphone import Microphone
from tracker.ui.settings.dialog import SettingsDialog

AMS = ZoneInfo("Europe/Amsterdam")


class FakeMicrophone(Microphone):
    name = "PulseAudio"
    listening = False

    def start(self):
        self.listening = True

    def stop(self):
        self.listening = False


@pytest.fixture
def calls(quicklog, clock, qtbot):
    microphone = FakeMicrophone()
    offers = MicrophoneCalls(microphone, quicklog, clock, AMS)
    offers.start()
    shown = []
    offers.offered.connect(shown.append)
    yield microphone, offers, shown
    if offers.window is not None:
        if offers.window.whom is not None:
            offers.window.whom.close()
            offers.window.whom.deleteLater()
        offers.window.hide()
        offers.window.deleteLater()
    offers.deleteLater()  # on this thread, not by the cycle collector on another
    gc.collect()


def running_calls(journal):
    return [e for e in journal.running() if e.kind == "call"]


def test_the_microphone_in_use_offers_a_call_without_focus_and_one_click_logs_it(
    calls, journal, clock, qtbot
):
    microphone, offers, shown = calls
    assert microphone.listening  # on by default
    began = clock.now()
    microphone.changed.emit(True)
    assert shown == ["call"]
    window = offers.window
    assert window.isVisible() and window.log_button.isVisible()
    assert not window.end_button.isVisible()
    assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert window.log_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    clock.advance(minutes=1)  # the click comes a minute later: logged from the start
    qtbot.mouseClick(window.log_button, Qt.MouseButton.LeftButton)
    [call] = running_calls(journal)
    assert call.start == began and not window.isVisible()
    clock.advance(minutes=30)
    released = clock.now()
    microphone.changed.emit(False)
    assert shown == ["call", "end"]
    assert window.isVisible() and window.end_button.isVisible()
    assert not window.log_button.isVisible()
    clock.advance(minutes=2)
    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert running_calls(journal) == []
    [ended] = [e for e in journal.entries_between(began, clock.now()) if e.kind == "call"]
    assert ended.end == released


def test_a_call_with_someone_names_them_so_the_first_minutes_prompt_can_follow(
    calls, journal, qtbot
):
    microphone, offers, _shown = calls
    microphone.changed.emit(True)
    qtbot.mouseClick(offers.window.with_button, Qt.MouseButton.LeftButton)
    offers.window.whom.textValueSelected.emit("Anna")
    [call] = running_calls(journal)
    people = journal.people_by_id()
    assert [people[p].name for p in call.people] == ["Anna"]


def test_no_call_offered_while_one_runs_and_its_end_offered_on_release(
    calls, journal, clock, qtbot
):
    microphone, offers, shown = calls
    journal.add(Entry("call", clock.now() - timedelta(minutes=1), tz=AMS.key))
    microphone.changed.emit(True)
    assert shown == [] and offers.window is None
    microphone.changed.emit(False)
    assert shown == ["end"]
    microphone.changed.emit(True)  # back in use (a headset switched): the offer goes
    assert not offers.window.isVisible()
    assert len(running_calls(journal)) == 1


def test_released_before_an_answer_the_offer_goes_and_nothing_is_logged(calls, journal):
    microphone, offers, shown = calls
    microphone.changed.emit(True)
    microphone.changed.emit(False)
    assert shown == ["call"] and not offers.window.isVisible()
    assert running_calls(journal) == []


def test_not_now_logs_nothing(calls, journal, qtbot):
    microphone, offers, _shown = calls
    microphone.changed.emit(True)
    qtbot.mouseClick(offers.window.later_button, Qt.MouseButton.LeftButton)
    assert not offers.window.isVisible() and running_calls(journal) == []


def test_the_off_switch_stops_listening_and_on_starts_again(calls, quicklog):
    microphone, _offers, _shown = calls
    quicklog.run(ChangeSettings(changes={"microphone_calls": False}))
    assert not microphone.listening
    quicklog.run(ChangeSettings(changes={"microphone_calls": True}))
    assert microphone.listening


def test_settings_say_what_hears_the_microphone_or_that_nothing_does(qtbot):
    heard = SettingsDialog(Settings(), microphone=SimpleNamespace(name="PipeWire"))
    qtbot.addWidget(heard)
    assert heard.microphone.through.text() == "Heard through: PipeWire"
    assert heard.microphone.switch.isChecked()
    nothing = SettingsDialog(Settings(microphone_calls=False))
    qtbot.addWidget(nothing)
    assert nothing.microphone.through.text().startswith("No sound server answers here")
    assert nothing.settings().microphone_calls is False


def test_the_call_logged_from_the_offer_brings_its_first_minutes_prompt(
    calls, journal, quicklog, clock, qtbot
):
    """Lesson 5: the prompt to connect first comes from the call itself, as it starts."""
    from tracker.kernel.model import Person
    from tracker.ui.nudges.scheduler import NudgeScheduler

    anna = journal.add_person(Person(name="Anna", circle="peer", notes="her son starts school"))
    scheduler = NudgeScheduler(journal, clock, AMS, quicklog, monotonic=lambda: 1000.0)
    prompts = []
    scheduler.show_nudge.connect(lambda nudge, person: prompts.append((nudge.kind, person)))
    microphone, offers, _shown = calls
    microphone.changed.emit(True)
    qtbot.mouseClick(offers.window.with_button, Qt.MouseButton.LeftButton)
    offers.window.whom.textValueSelected.emit("Anna")
    assert [(kind, person.id) for kind, person in prompts] == [("call_open", anna.id)]
    scheduler.timer.stop()
    scheduler.deleteLater()
