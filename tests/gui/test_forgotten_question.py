"""The forgotten-block question: asked once, at the first start of a day or after a sleep."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime

from tracker.kernel.model import Entry
from tracker.kernel.timefmt import to_utc_text
from tracker.ui.i18n import install_translations
from tracker.ui.nudges.scheduler import NudgeScheduler
from tracker.ui.timeline.forgotten import ForgottenBlocks

AMS = ZoneInfo("Europe/Amsterdam")


def yesterdays_block(journal, clock) -> Entry:
    """Work since 09:00 yesterday; the app last saw the machine in use at 18:12 yesterday."""
    start = clock.now() - timedelta(days=1)  # `now` is 10:00 in Amsterdam
    block = journal.add(Entry(kind="work", start=start - timedelta(hours=1), title="plan"))
    journal.save_session({"last_seen": to_utc_text(start + timedelta(hours=8, minutes=12))})
    return block


def test_the_first_start_of_a_day_offers_when_the_machine_was_last_used(
    journal, quicklog, clock, qtbot
):
    block = yesterdays_block(journal, clock)
    forgotten = ForgottenBlocks(journal, quicklog, clock, AMS)
    dialog = forgotten.check()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.at_suggested.text() == "&Ended at 18:12"
    with qtbot.waitSignal(quicklog.changed):
        dialog.at_suggested.click()
    [ended] = journal.entries_between(block.start, clock.now())
    assert ended.id == block.id and ended.end == block.start + timedelta(hours=9, minutes=12)
    assert journal.running_block() is None


def test_still_running_is_asked_once_even_after_a_restart(journal, quicklog, clock, qtbot):
    yesterdays_block(journal, clock)
    dialog = ForgottenBlocks(journal, quicklog, clock, AMS).check()
    qtbot.addWidget(dialog)
    dialog.still_running.click()
    assert journal.running_block() is not None
    clock.advance(hours=2)
    assert ForgottenBlocks(journal, quicklog, clock, AMS).check() is None
    clock.advance(days=1)  # another day: asked again
    again = ForgottenBlocks(journal, quicklog, clock, AMS).check()
    assert again is not None
    qtbot.addWidget(again)


def test_a_chosen_end_before_the_start_or_in_the_future_is_refused(journal, quicklog, clock, qtbot):
    block = yesterdays_block(journal, clock)
    dialog = ForgottenBlocks(journal, quicklog, clock, AMS).check()
    qtbot.addWidget(dialog)
    for moment in (block.start - timedelta(minutes=5), clock.now() + timedelta(hours=1)):
        dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        dialog.at_chosen.click()
        assert dialog.problem.text() and dialog.problem.isVisibleTo(dialog) and dialog.isVisible()
        assert journal.running_block() is not None
    chosen = block.start + timedelta(hours=7, minutes=30)
    dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(chosen.timestamp())))
    dialog.at_chosen.click()
    assert journal.running_block() is None
    assert journal.get(block.id).end == chosen


def test_a_sleep_reported_by_logind_asks_with_its_start(journal, quicklog, clock, qtbot):
    block = journal.add(Entry(kind="work", start=clock.now() - timedelta(hours=2)))
    scheduler = NudgeScheduler(journal, clock, AMS, quicklog, monotonic=lambda: 0.0)
    forgotten = ForgottenBlocks(journal, quicklog, clock, AMS)
    scheduler.woke.connect(forgotten.check)
    scheduler.going_to_sleep.connect(forgotten.note_last_seen)
    asleep = clock.now()
    scheduler.on_prepare_for_sleep(True)
    assert journal.session()["last_seen"] == to_utc_text(asleep)
    clock.advance(hours=3)
    scheduler.on_prepare_for_sleep(False)
    dialog = forgotten.dialog
    qtbot.addWidget(dialog)
    assert dialog.question.reason == "slept" and dialog.question.suggested_end == asleep
    assert dialog.question.block.id == block.id


def test_a_sleep_seen_only_as_a_clock_jump_asks_too(journal, quicklog, clock, qtbot):
    journal.add(Entry(kind="life", start=clock.now() - timedelta(hours=1)))
    scheduler = NudgeScheduler(journal, clock, AMS, quicklog, monotonic=lambda: 0.0)
    woke = []
    scheduler.woke.connect(woke.append)
    before = clock.now()
    clock.advance(hours=2)  # the wall clock moved on while the monotonic clock stood still
    scheduler.replan()
    assert woke == [before]
    scheduler.replan()
    assert woke == [before], "one jump, one question"


def test_the_question_in_dutch(journal, quicklog, clock, qtbot, qapp):
    yesterdays_block(journal, clock)
    install_translations(qapp, "nl")
    try:
        dialog = ForgottenBlocks(journal, quicklog, clock, AMS).check()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Loopt het nog?"
        assert dialog.still_running.text() == "Loopt &nog"
        assert "Werk loopt sinds" in dialog.findChildren(type(dialog.problem))[0].text()
    finally:
        install_translations(qapp, "en")


def test_the_app_asks_after_start_up_and_notes_when_it_quits(
    journal, clock, qtbot, tmp_path, monkeypatch
):
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("DAYWEAVE_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "autostart-asked").write_text("asked\n")
    block = yesterdays_block(journal, clock)
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell._first_nudge_plan()  # what the app runs two seconds after start-up
    dialog = shell.forgotten.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.question.block.id == block.id
    clock.advance(minutes=5)
    shell.shutdown()
    assert journal.session()["last_seen"] == to_utc_text(clock.now())
