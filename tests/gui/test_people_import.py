"""The People window imports a vCard file in the background: a progress bar moves, the window
stays usable while it reads, and Cancel stops it (before anything is written, or between two
parts of the writing)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer

from tracker.ui.people.window import PeopleWindow

AMS = ZoneInfo("Europe/Amsterdam")


def _cards(path, count: int) -> str:
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i} Example\r\nEMAIL:p{i}@example.com\r\n"
        f"NOTE:met at the fair\r\nEND:VCARD\r\n"
        for i in range(count)
    )
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_import_runs_in_the_background_with_progress(qtbot, journal, clock, tmp_path):
    path = _cards(tmp_path / "many.vcf", 3000)
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    window.show()
    values: list[int] = []
    window.import_bar.bar.valueChanged.connect(values.append)
    order: list[str] = []
    window.imported.connect(lambda _summary: order.append("imported"))
    window.import_file(path, "peer")
    # import_file returned at once: the file is read in a worker thread, not here.
    assert window.importer.reading is None and window.import_bar.isVisible()
    assert not window.import_button.isEnabled()
    # The window handles what the user does while the import runs.
    QTimer.singleShot(0, lambda: order.append("typed") or window.search.setText("person 12"))
    with qtbot.waitSignal(window.imported, timeout=60_000) as done:
        pass
    assert order == ["typed", "imported"] and window.proxy.rowCount() > 0
    assert "Added 3000, merged 0, skipped 0." in done.args[0]
    assert len(journal.people()) == 3000
    assert not window.import_bar.isVisible() and window.import_button.isEnabled()
    # Reading fills the first half of the bar, the writing (in parts) the second. The bar
    # moved while the file was read: the window's event loop ran meanwhile, so it stayed
    # usable (a read on the UI thread would show no value between 0 and 100).
    assert values == sorted(values) and values[-1] == 200
    assert any(0 < v < 100 for v in values) and any(100 < v < 200 for v in values)


def test_cancel_while_reading_writes_nothing(qtbot, journal, clock, tmp_path):
    path = _cards(tmp_path / "many.vcf", 3000)
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.imported, timeout=60_000) as done:
        window.import_file(path, "peer")
        window.import_bar.cancel_button.click()
    # Cancelled at once: the reading stops, or what it read is thrown away; nothing written.
    assert done.args[0] == "Import cancelled: 0 of 3000 cards written." or (
        done.args[0].startswith("Import cancelled: 0 of")
    )
    assert journal.people() == []


def test_cancel_between_two_parts_keeps_what_was_written(qtbot, journal, clock, tmp_path):
    path = _cards(tmp_path / "many.vcf", 1000)
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.imported, timeout=60_000) as done:
        window.import_file(path, "peer")
        window.importer.chunk = 300
        # After the first part is written, Cancel: the parts not yet written are not.
        window.importer.written.connect(lambda _count: window.cancel_import())
    assert done.args[0] == "Import cancelled: 300 of 1000 cards written."
    assert len(journal.people()) == 300


PROBLEMS = [
    {"code": "no_cards", "line": 0, "card": ""},
    {"code": "no_name", "line": 3, "card": ""},
    {"code": "name_unreadable", "line": 3, "card": "", "name_line": 5, "legacy": "Windows-1252"},
    {"code": "name_too_long", "line": 3, "card": "", "limit": 200},
    {"code": "name_unstorable", "line": 3, "card": ""},
    {"code": "line_unreadable", "line": 7, "card": "Anna"},
    {"code": "unreadable_text", "line": 7, "card": "", "property": "ORG"},
    {"code": "unknown_charset", "line": 7, "card": "Anna", "charset": "Murks", "used": "UTF-8"},
    {"code": "not_an_email", "line": 7, "card": "Anna", "email": "anna"},
    {"code": "too_many_emails", "line": 7, "card": "Anna"},
    {"code": "unstorable_text", "line": 7, "card": "Anna", "property": "NOTE"},
    {"code": "team_left_out", "line": 7, "card": "Anna"},
    {"code": "notes_left_out", "line": 7, "card": "Anna", "limit": 10000},
    {"code": "invalid", "line": 7, "card": "Anna", "message": "name is empty"},
]


def test_the_app_and_the_command_line_say_every_problem_alike(qapp):
    """One text each, translated once: the app's tr() and the command line's translate()."""
    from tracker.kernel import words
    from tracker.people.vcardtext import problem_text
    from tracker.ui.i18n import install_translations
    from tracker.ui.people.importing import import_problem_text

    for language in ("en", "nl"):
        install_translations(qapp, language)
        words.set_language(language)
        said = [import_problem_text(p) for p in PROBLEMS]
        assert said == [problem_text(p) for p in PROBLEMS]
        assert all(text and "%" not in text for text in said)
    install_translations(qapp, "en")
    words.set_language("en")
    assert (
        import_problem_text(PROBLEMS[8]) == "Anna: line 7: anna is not an e-mail address; left out."
    )


def test_the_command_lines_plurals_are_translated_as_plurals():
    """They are marked in the app's class Vcard; the command line finds them by their text."""
    from tracker.kernel import words
    from tracker.people.vcardtext import PLURALS

    words.set_language("nl")
    try:
        assert words.translate("Vcard", PLURALS["org"], "", 1) == (
            "1 kaart zonder naam genoemd naar het bedrijf."
        )
        assert words.translate("Vcard", PLURALS["org"], "", 2) == (
            "2 kaarten zonder naam genoemd naar het bedrijf."
        )
    finally:
        words.set_language("en")
    assert words.translate("Vcard", PLURALS["email"], "", 1).startswith("1 card without")


def test_quitting_the_app_mid_import_stops_and_joins_the_reader(
    qapp, qtbot, journal, clock, tmp_path
):
    """Quitting while the file is read: the reader stops, its thread is joined before the app
    goes (no "QThread: Destroyed while thread is still running"), and nothing is written."""
    path = _cards(tmp_path / "many.vcf", 20_000)
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    window.import_file(path, "peer")
    importer = window.importer
    qtbot.waitUntil(importer.thread.isRunning, timeout=10_000)
    qapp.aboutToQuit.emit()
    assert importer.thread.isFinished()
    qtbot.wait(50)  # what the reader said before it stopped arrives; it must not write
    assert journal.people() == []


def test_a_reader_that_fails_unexpectedly_still_ends_the_import(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    """A bug in the reading must not leave the thread running and the button off for ever."""
    from tracker.people import vcard

    def broken(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(vcard, "read_vcards", broken)
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.imported, timeout=10_000) as done:
        window.import_file(_cards(tmp_path / "one.vcf", 1), "peer")
    assert done.args[0].startswith("The file could not be read")
    assert window.import_button.isEnabled() and journal.people() == []


def test_undo_after_an_import_in_parts_takes_back_every_part(qtbot, journal, clock, tmp_path):
    from tracker.commands import Undo

    path = _cards(tmp_path / "many.vcf", 1000)
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.imported, timeout=60_000):
        window.import_file(path, "peer")
        window.importer.chunk = 300
    assert len(journal.people()) == 1000
    window.commands.run(Undo())
    assert journal.people() == []


def test_no_cycle_collection_while_the_reader_thread_runs(qtbot, journal, clock, tmp_path):
    """The collector frees garbage on the thread that triggers it: a widget in a cycle freed
    on the reader's thread brings Qt down. It is off while the reader runs (ui/quietgc.py)."""
    import gc

    path = _cards(tmp_path / "many.vcf", 3000)
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    assert gc.isenabled()
    with qtbot.waitSignal(window.imported, timeout=60_000):
        window.import_file(path, "peer")
        assert not gc.isenabled()
    assert gc.isenabled()
