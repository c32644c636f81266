"""The rules behind every click: switching, disruptions, people, quick entry, undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.timeline.quickentry import QuickEntryError


def today(quicklog, clock):
    return quicklog.journal.entries_between(
        clock.now() - timedelta(hours=12), clock.now() + timedelta(hours=12)
    )


def test_work_then_life_ends_work_at_the_same_minute(quicklog, clock, qtbot):
    with qtbot.waitSignal(quicklog.changed):
        work = quicklog.switch("work")
    clock.advance(minutes=50)
    life = quicklog.switch("life")
    entries = {e.id: e for e in today(quicklog, clock)}
    assert entries[work.id].end == life.start
    assert quicklog.status().state == "life"
    assert quicklog.status().work_min == 50


def test_clicking_the_running_block_again_does_not_split_it(quicklog, clock):
    first = quicklog.switch("work")
    clock.advance(minutes=5)
    assert quicklog.switch("work").id == first.id
    assert len(today(quicklog, clock)) == 1


def test_a_disruption_asks_nothing_and_marks_the_tray_for_five_minutes(quicklog, clock):
    quicklog.switch("work")
    quicklog.disruption("tech")
    status = quicklog.status()
    assert status.disruptions == 1 and status.state == "work"
    assert status.disrupted_until == clock.now() + timedelta(minutes=5)
    clock.advance(minutes=5)
    assert quicklog.status().disrupted_until is None


def test_a_call_with_a_new_person_makes_the_person(quicklog, clock):
    life = quicklog.switch("life")
    call = quicklog.with_people("call", ["Anna de Vries"], "pricing", circle_for_new="customer")
    [anna] = quicklog.people()
    assert (anna.name, anna.circle) == ("Anna de Vries", "customer")
    assert call.people == (anna.id,)
    assert quicklog.status().state == "call"  # the call shows, over the life block
    assert quicklog.status().block.id == life.id
    again = quicklog.with_people("contact", ["anna DE vries"])
    assert again.people == (anna.id,) and len(quicklog.people()) == 1


def test_quick_entry_logs_and_bad_lines_raise_for_the_dialog(quicklog, clock):
    entry = quicklog.quick_entry("disruption noise drill next door")
    assert (entry.kind, entry.cause, entry.title) == ("disruption", "noise", "drill next door")
    with pytest.raises(QuickEntryError) as caught:
        quicklog.quick_entry("lunch 12:00")
    assert caught.value.part == "lunch"


def test_undo_takes_back_the_last_log_and_lets_the_ended_block_run_on(quicklog, clock):
    work = quicklog.switch("work")
    clock.advance(minutes=30)
    quicklog.switch("life")
    assert quicklog.undoable().kind == "life"
    assert quicklog.undo()
    [running] = [e for e in today(quicklog, clock) if e.running]
    assert running.id == work.id
    assert quicklog.undoable() is None and not quicklog.undo()


def test_undo_expires_after_ten_seconds(quicklog, clock):
    quicklog.disruption("family")
    clock.advance(seconds=11)
    assert quicklog.undoable() is None
    assert not quicklog.undo()
    assert quicklog.status().disruptions == 1


def test_a_save_that_fails_says_so_and_keeps_nothing(quicklog, monkeypatch, qtbot):
    from tracker.store.atomic import StoreWriteError

    def full(*_args, **_kwargs):
        raise StoreWriteError(28, "could not save entries-2026-11.json: the disk is full")

    monkeypatch.setattr(quicklog.journal, "add", full)
    with qtbot.waitSignal(quicklog.failed) as signal:
        assert quicklog.disruption("tech") is None
    assert "disk is full" in signal.args[0]


def test_stop_ends_the_block_and_calls_end_on_their_own(quicklog, clock):
    quicklog.switch("work")
    call = quicklog.with_people("call", ["Anna"])
    clock.advance(minutes=10)
    assert [e.kind for e in quicklog.stop()] == ["work"]
    assert quicklog.status().state == "call"
    assert quicklog.undoable() is not None  # stopping did not clear undo: it can be undone
    assert quicklog.end_entry(call).end == clock.now()
    assert quicklog.status().state == "idle"


def test_a_name_several_people_answer_to_is_asked_about(quicklog, clock):
    from tracker.kernel.model import Person

    smit = quicklog.journal.add_person(Person(name="Anna Smit", circle="peer"))
    quicklog.journal.add_person(Person(name="Anna Bakker", circle="peer"))
    asked = []

    def choose(name, candidates):
        asked.append((name, [p.name for p in candidates]))
        return next(p for p in candidates if p.id == smit.id)

    quicklog.choose = choose
    call = quicklog.quick_entry("call with Anna 9:00-9:30")
    assert asked == [("Anna", ["Anna Bakker", "Anna Smit"])]
    assert call.people == (smit.id,)
    quicklog.choose = lambda name, candidates: None  # the question was closed
    assert quicklog.with_people("contact", ["anna"]) is None
    assert len(quicklog.journal.entries_between(call.start, clock.now())) == 1


def test_the_who_field_suggests_people_and_knows_first_names(qtbot):
    from tracker.kernel.model import Person
    from tracker.ui.timeline.dialogs import PeopleDialog

    people = [Person(name="Maria Jansen", circle="customer"), Person(name="Joost", circle="peer")]
    dialog = PeopleDialog("call", people)
    qtbot.addWidget(dialog)
    completer = dialog.names.completer()
    assert completer.model() is not None  # was collected: the field never suggested anyone
    completer.setCompletionPrefix(completer.splitPath("Joost, mar")[0])
    assert completer.currentCompletion() == "Maria Jansen"
    dialog.names.setText("Joost, mar")
    assert completer.pathFromIndex(completer.currentIndex()) == "Joost, Maria Jansen"
    dialog.names.setText("maria")
    assert dialog.new_names() == []  # Maria Jansen, not "New to your people: maria"
    dialog.names.setText("maria, Eva")
    assert dialog.new_names() == ["Eva"]


def test_a_span_over_sixteen_hours_is_asked_about_not_refused(quicklog, clock):
    asked = []
    quicklog.confirm_long = lambda hours: asked.append(hours) or False
    assert quicklog.quick_entry("work 10:00-9:00") is None
    assert asked == [23] and quicklog.journal.running() == []
    quicklog.confirm_long = lambda hours: True
    entry = quicklog.quick_entry("work 10:00-9:00")
    assert entry.end - entry.start == timedelta(hours=23)


def test_a_block_started_over_sixteen_hours_ago_is_asked_about(quicklog, clock):
    """Issue 25, break 1: it would replace every block since; asked, as a long span is."""
    asked = []
    quicklog.confirm_long = lambda hours: asked.append(hours) or False
    assert quicklog.quick_entry("yesterday 6:00 work") is None
    assert asked and asked[0] > 16 and quicklog.journal.running() == []
    quicklog.confirm_long = lambda hours: True
    entry = quicklog.quick_entry("yesterday 6:00 work")
    assert entry.end is None and clock.now() - entry.start > timedelta(hours=16)


def test_a_time_the_clocks_pass_twice_is_asked_about(quicklog, clock):
    """25 October 2026, Amsterdam: 02:00-03:00 comes twice. The app asks which was meant (the
    command line takes the first and says so); the second moves the entry there."""
    asked = []
    quicklog.choose_overlap = lambda values: asked.append(values["time"]) or False
    first = quicklog.quick_entry("2026-10-25 2:30-2:45 life night feed")
    assert asked == ["02:30", "02:45"]
    assert (first.start, first.end) == (
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 0, 45, tzinfo=UTC),
    )
    quicklog.choose_overlap = lambda values: values["time"] == "02:45"
    second = quicklog.quick_entry("2026-10-25 2:30-2:45 life second feed")
    assert (second.start, second.end) == (  # from summer time's 02:30 to winter time's 02:45
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 45, tzinfo=UTC),
    )
    stored = [
        e for e in quicklog.journal.entries_between(second.start, second.end) if e.id == second.id
    ]
    assert stored[0].end == second.end


def test_the_question_names_both_times_and_the_second_button_moves_the_entry(
    actions, quicklog, qtbot
):
    from PySide6.QtCore import QTimer

    seen = []

    def answer() -> None:  # as a user would: read the question, press the second button
        box = actions.open_dialog
        if box is not None and box.isVisible():
            seen.append((box.text(), [b.text() for b in box.buttons()]))
            box.buttons()[1].click()

    clicker = QTimer()
    clicker.timeout.connect(answer)
    clicker.start(10)
    entry = quicklog.quick_entry("2026-10-25 2:30-2:40 life")
    clicker.stop()
    assert len(seen) == 2 and seen[0] == (
        "02:30 on 2026-10-25 comes twice in Europe/Amsterdam: the clocks go back."
        " Which one did you mean?",
        ["The first (UTC+02:00)", "The second (UTC+01:00)"],
    )
    assert entry.start == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_the_trays_own_cause_stores_a_dutch_word_as_the_command_line_does(
    quicklog, actions, clock, monkeypatch
):
    """*Other...* in the Disruption menu asks for a cause of one's own; a word the vocabulary
    knows is stored in its one word, so the week's bars show one cause once."""
    from PySide6.QtWidgets import QInputDialog

    answers = iter([("techniek", True), ("Tech, wifi", True), ("printer jam", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    for _ in range(3):
        actions.other_disruption()
    assert sorted(e.cause for e in today(quicklog, clock)) == ["printer jam", "tech", "tech"]


def test_the_quick_entry_line_stores_the_same_cause(quicklog, clock):
    entry = quicklog.quick_entry("storing techniek x")
    assert (entry.kind, entry.cause, entry.title) == ("disruption", "tech", "x")
