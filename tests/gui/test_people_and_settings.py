"""The People window, its editor and vCard import, and the settings dialog."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from tracker.kernel.model import Entry, Person
from tracker.ui.people.editor import PersonEditor
from tracker.ui.people.window import PeopleWindow
from tracker.ui.settings.dialog import SettingsDialog

AMS = ZoneInfo("Europe/Amsterdam")
SAMPLE = Path(__file__).parents[1] / "data" / "people.vcf"


def test_people_show_last_contact_and_next_due(qtbot, journal, clock):
    anna = journal.add_person(Person(name="Anna", circle="peer", team="Sales", every_days=14))
    journal.add_person(Person(name="Joost", circle="customer"))
    journal.add(Entry(kind="contact", start=clock.now() - timedelta(days=3), people=(anna.id,)))
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    rows = {p.name: (last, due) for p, last, due in window.model.rows}
    assert rows["Anna"] == (clock.now() - timedelta(days=3), clock.now() + timedelta(days=11))
    # Never contacted: due a rhythm after he was added, as the nudges count it (issue 20).
    assert rows["Joost"] == (None, clock.now() + timedelta(days=14))
    window.search.setText("sales")
    assert window.proxy.rowCount() == 1
    assert window.status.text() == "2 people"


def test_own_team_people_say_they_are_not_nudged_rather_than_now(qtbot, journal, clock):
    journal.save_settings(journal.settings().with_changes(own_team="Product"))
    journal.add_person(Person(name="Mia", circle="team"))
    journal.add_person(Person(name="Bo", circle="peer", team="product"))
    joost = journal.add_person(Person(name="Joost", circle="customer"))
    journal.add(Entry(kind="contact", start=clock.now() - timedelta(days=20), people=(joost.id,)))
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    due_column = window.model.COLUMNS.index("due")
    shown = {
        window.model.rows[row][0].name: window.model.index(row, due_column).data()
        for row in range(window.model.rowCount())
    }
    assert shown == {"Mia": "not nudged (own team)", "Bo": "not nudged (own team)", "Joost": "now"}


def test_add_edit_delete_and_undo(qtbot, journal, clock, monkeypatch):
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)

    def fill(editor):
        editor.name.setText(editor.name.text() or "Mia")
        editor.circle.setCurrentIndex(editor.circle.findData("leadership"))
        editor.notes.setPlainText(editor.notes.toPlainText() + "runs marathons")
        return PersonEditor.DialogCode.Accepted

    monkeypatch.setattr(PersonEditor, "exec", fill)
    window.add()
    [mia] = journal.people()
    assert (mia.name, mia.circle, mia.notes) == ("Mia", "leadership", "runs marathons")
    window.select(mia.id)
    window.edit_selected()
    assert journal.people()[0].rev == 2
    window.select(mia.id)
    window.delete_selected()
    assert journal.people() == [] and not window.undo_button.isHidden()
    window.undo_delete()
    assert [p.name for p in journal.people()] == ["Mia"]


FILLED = {
    "name": "Maria Jansen",
    "circle": "customer",
    "team": "Renewals",
    "every_days": 21,
    "emails": ("maria@example.com",),
    "notes": "two kids, sails",
    "next_action": "send the offer by Friday",
}


def fill_every_field(editor):
    editor.name.setText(FILLED["name"])
    editor.circle.setCurrentIndex(editor.circle.findData(FILLED["circle"]))
    editor.team.setText(FILLED["team"])
    editor.every.setValue(FILLED["every_days"])
    editor.emails.setText(", ".join(FILLED["emails"]))
    editor.notes.setPlainText(FILLED["notes"])
    editor.next_action.setText(FILLED["next_action"])
    return PersonEditor.DialogCode.Accepted


def stored_fields(person):
    return {name: getattr(person, name) for name in FILLED}


def test_every_field_of_add_and_edit_is_stored(qtbot, journal, clock, monkeypatch):
    """People > Add... dropped "Next action agreed" while Edit kept it."""
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    monkeypatch.setattr(PersonEditor, "exec", fill_every_field)
    window.add()
    [added] = journal.people()
    assert stored_fields(added) == FILLED
    journal.update_person(added.with_changes(name="M", team="", notes="", next_action=""))
    window.reload()
    window.select(added.id)
    window.edit_selected()
    assert stored_fields(journal.people()[0]) == FILLED


def test_the_follow_up_stores_both_fields(qtbot):
    from tracker.ui.people.followup import FollowUpDialog

    dialog = FollowUpDialog(Person(name="Maria", circle="customer", notes="sails"))
    qtbot.addWidget(dialog)
    dialog.next_action.setText("call back in May ")
    dialog.personal.setText("back from Portugal")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog._save()
    person = saved.args[0]
    assert (person.next_action, person.notes) == ("call back in May", "sails\nback from Portugal")


def test_undo_delete_goes_when_undo_expires(qtbot, journal, clock, quicklog):
    mia = journal.add_person(Person(name="Mia", circle="peer"))
    window = PeopleWindow(journal, clock, AMS, quicklog=quicklog)
    qtbot.addWidget(window)
    window.select(mia.id)
    window.delete_selected()
    assert not window.undo_button.isHidden()
    clock.advance(timedelta(seconds=11))
    quicklog.undo_timer.fire()
    assert window.undo_button.isHidden()


def test_the_editor_refuses_bad_input(qtbot):
    editor = PersonEditor(None, 14)
    qtbot.addWidget(editor)
    editor.emails.setText("not-an-address")
    editor.name.setText("Anna")
    editor._try_accept()
    assert "not an e-mail address" in editor.problem.text()
    assert editor.result() == 0


def test_vcard_import_in_the_window(qtbot, journal, clock):
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.imported, timeout=20_000) as done:
        window.import_file(str(SAMPLE), "customer")
    assert done.args[0] == (
        "Read as UTF-8. Added 6, merged 1, skipped 0."
        " 1 card without a name named after the e-mail address."
    )
    assert "Broken Line: line 32 is not a vCard property; left out." in window.status.text()
    assert {p.circle for p in journal.people()} == {"customer"}


def test_settings_dialog_validates_and_returns_settings(qtbot, journal):
    dialog = SettingsDialog(journal.settings())
    qtbot.addWidget(dialog)
    dialog.own_team.setText("Product")
    dialog.max_nudges.setValue(3)
    dialog.days[5].setChecked(True)
    assert dialog.focus.value() == 90
    dialog.focus.setValue(60)
    assert dialog.delivery.currentData() == "automatic"
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("popup"))
    settings = dialog.settings()
    assert settings.own_team == "Product" and settings.max_nudges_per_day == 3
    assert settings.focus_minutes == 60 and settings.nudge_delivery == "popup"
    assert settings.nudge_days == (0, 1, 2, 3, 4, 5)
    dialog.start_hour.setValue(18)
    dialog.end_hour.setValue(9)
    dialog._try_accept()
    assert "end after they start" in dialog.problem.text()
    journal.save_settings(settings)
    assert journal.settings().own_team == "Product"


def test_keyboard_in_the_people_window(qtbot, journal, clock, monkeypatch):
    journal.add_person(Person(name="Anna", circle="peer"))
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    window.show()
    opened = []
    monkeypatch.setattr(PersonEditor, "exec", lambda editor: opened.append(editor.name.text()) or 0)
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter: her page (issue 22)
    assert window.pages.page is not None and window.pages.page.name.text() == "Anna"
    window.pages.page.edit_button.click()  # and from there, the editor
    assert opened == ["Anna"]


def test_after_a_call_the_next_action_and_a_personal_note_are_kept(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    from tracker.ui.people.followup import FollowUpDialog
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    call = shell.quicklog.with_people("call", ["Anna"], "pricing", circle_for_new="customer")
    clock.advance(minutes=30)
    shell.quicklog.end_entry(call)
    dialog = shell.follow_up
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    dialog.next_action.setText("Anna sends the contract by Friday")
    dialog.personal.setText("daughter starts university")
    dialog._save()
    [anna] = journal.people()
    assert anna.next_action == "Anna sends the contract by Friday"
    assert "daughter starts university" in anna.notes
    from tracker.nudges.policy import Nudge
    from tracker.nudges.texts import reason_text

    assert "Anna sends the contract" in reason_text(Nudge("call_open", anna.id, "k"), anna)
    shell.shutdown()


def test_a_call_ended_over_the_socket_gets_its_follow_up_too(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    import json

    from tracker.ui.people.followup import FollowUpDialog
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    shell.quicklog.with_people("call", ["Anna"], circle_for_new="customer")
    clock.advance(minutes=30)
    line = {"v": 1, "id": "s1", "request": "stop", "fields": {"what": "calls"}}
    assert shell.server.answer(json.dumps(line).encode())["ok"]
    assert isinstance(shell.follow_up, FollowUpDialog) and shell.follow_up.isVisible()
    shell.shutdown()


def test_start_with_my_session_in_settings(qtbot, journal, tmp_path):
    from tracker.autostart import Autostart

    autostart = Autostart("linux", config_home=tmp_path / "xdg", command=["dayweave"])
    dialog = SettingsDialog(journal.settings(), autostart)
    qtbot.addWidget(dialog)
    assert not dialog.start_with_session.isChecked()
    dialog.start_with_session.setChecked(True)
    dialog._try_accept()
    assert autostart.enabled()
    again = SettingsDialog(journal.settings(), autostart)
    qtbot.addWidget(again)
    assert again.start_with_session.isChecked()
    again.start_with_session.setChecked(False)
    again._try_accept()
    assert not autostart.desktop_file.exists()


def test_the_first_run_asks_once_about_autostart(qtbot, journal, clock, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.tray.show()
    shell.ask_autostart_once(tmp_path / "config")
    box = shell.autostart_question
    # After the answer, once: where the app went, in a balloon that points at the tray.
    with qtbot.waitSignal(shell.tray.said) as said:
        box.buttonClicked.emit(box.button(QMessageBox.StandardButton.Yes))
    assert said.args == [
        "Dayweave is in your system tray: right-click to log, left-click for the panel"
    ]
    assert (tmp_path / "xdg" / "autostart" / "dayweave.desktop").exists()
    assert (tmp_path / "config" / "autostart-asked").exists()
    shell.autostart_question = None
    with qtbot.assertNotEmitted(shell.tray.said):
        shell.ask_autostart_once(tmp_path / "config")
    assert shell.autostart_question is None
    shell.shutdown()


def test_an_open_people_window_shows_what_the_command_line_changed(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    import json

    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    shell.show_people()
    window = shell.people_window
    assert window.model.rows == []
    line = {"v": 1, "id": "p1", "request": "people.add", "fields": {"name": "Pieter Bakker"}}
    assert shell.server.answer(json.dumps(line).encode())["ok"]
    assert [p.name for p, _, _ in window.model.rows] == ["Pieter Bakker"]
    assert "sort 1 new person" in window.status.text()  # no circle given: not sorted yet
    pieter = window.model.rows[0][0]
    shell.nudges.done(_reach_out(pieter))  # a nudge's Done logs a contact...
    assert window.model.rows[0][1] == clock.now()  # ...and the window says so at once
    shell.shutdown()


def _reach_out(person):
    from tracker.nudges.policy import Nudge

    return Nudge("reach_out", person.id, f"reach_out:{person.id}")


def test_people_not_sorted_yet_are_listed_first(qtbot, journal, clock):
    journal.add_person(Person(name="Anna", circle="peer"))
    journal.add_person(Person(name="Zed", circle=None))
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    first = window.proxy.index(0, 0).data()
    assert first == "Zed" and window.proxy.index(0, 1).data() == "Not sorted yet"


def test_the_circle_box_shows_the_words_the_command_line_takes(qtbot, tmp_path, capsys):
    """The editor's circles and `dayweave people add --circle` speak the same words."""
    from tracker.cli import main

    editor = PersonEditor(None, 14)
    qtbot.addWidget(editor)
    shown = [(editor.circle.itemText(i), editor.circle.itemData(i)) for i in range(1, 7)]
    assert [text for text, _ in shown] == [
        "Customer", "Leadership", "Own team", "Other team", "Report", "Partner",
    ]  # fmt: skip
    for number, (text, circle) in enumerate(shown):
        data = ["--data-dir", str(tmp_path / f"data{number}")]
        assert main([*data, "people", "add", "Eva", "--circle", text]) == 0
        assert capsys.readouterr().out == f"Added Eva ({text}).\n"
        assert main([*data, "people", "list", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["circle"] == circle


def test_the_people_window_reloads_only_for_people_and_their_contacts(
    qtbot, journal, clock, quicklog, monkeypatch
):
    from tracker.commands import AddPerson, Log

    window = PeopleWindow(journal, clock, AMS, quicklog=quicklog)
    qtbot.addWidget(window)
    window.show()
    reloads: list[int] = []
    reload = window.reload
    monkeypatch.setattr(window, "reload", lambda: (reloads.append(1), reload()))
    door = quicklog.commands
    door.run(Log(kind="work", tz=AMS.key), initiator="tray")
    door.run(Log(kind="disruption", cause="tech", tz=AMS.key), initiator="tray")
    assert reloads == []  # nobody's last contact moved
    anna = door.run(AddPerson(name="Anna de Vries", circle="peer")).people_added[0]
    assert len(reloads) == 1
    door.run(Log(kind="contact", person_ids=[anna.id], tz=AMS.key))
    assert len(reloads) == 2 and window.model.rows[0][1] == clock.now()
