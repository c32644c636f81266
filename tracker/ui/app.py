"""Application wiring: the one place that builds the QApplication and hands windows their parts."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

from tracker.kernel.logs import logger, safe

__all__ = ["lighter_pyside_import_hook", "run_app"]

_IMPORTED_AT = time.monotonic()
TRAY_WAIT_SECONDS = float(os.environ.get("DAYWEAVE_TRAY_WAIT", "10"))
log = logger("dayweave.app")


def seconds_since_process_start() -> float:
    """From the kernel's record of when this process began (Linux), else from our first import."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        started_ticks = int(fields[19])
        with open("/proc/uptime", "rb") as uptime:
            uptime_seconds = float(uptime.read().split()[0])
        return uptime_seconds - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


def run_app(
    data_dir: Path | None = None, exit_when_ready: bool = False, lang: str | None = None
) -> int:
    # Plain Python first: PySide6 inspects every module imported after it (its feature hook),
    # so the domain and the store load faster before Qt does.
    from tracker.commands.protocol import ACTIVATE, UnsafeSocket
    from tracker.commands.remote import AppDidNotAnswer, ask_app
    from tracker.kernel.clock import SystemClock
    from tracker.kernel.localzone import local_zone
    from tracker.store.journal import open_journal  # noqa: F401 - preloaded, see above
    from tracker.store.layout import default_data_dir
    from tracker.timeline.summary import summarize_week  # noqa: F401 - preloaded, see above

    from PySide6.QtWidgets import QApplication  # isort: skip

    lighter_pyside_import_hook()  # before the UI's modules: see there
    from tracker.ui.closekeys import install_close_keys
    from tracker.ui.i18n import choose_language, install_translations
    from tracker.ui.icons import app_icon
    from tracker.ui.shell import Shell

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Dayweave")
    app.setDesktopFileName("dayweave")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())
    install_close_keys(app)
    install_translations(app, choose_language(lang))
    data_dir = (data_dir or default_data_dir()).expanduser().absolute()

    def bring_forward_running_app() -> bool:
        try:
            return ask_app(data_dir, ACTIVATE, {}, timeout=3) is not None
        except (AppDidNotAnswer, UnsafeSocket):
            return False

    if bring_forward_running_app():
        log.info("another Dayweave serves this data folder: brought it forward")
        print(app.translate("App", "Dayweave is already running; it has been brought forward."))
        return 0
    journal = _open_or_tell(app, data_dir, bring_forward_running_app)
    if isinstance(journal, int):
        return journal
    if lang is None and journal.settings().language:
        install_translations(app, journal.settings().language)  # the Settings choice
    shell = Shell(
        journal,
        SystemClock(),
        local_zone(),
        data_dir,
        tray_wait_seconds=TRAY_WAIT_SECONDS,
        exit_when_ready=exit_when_ready,
        ready_clock=seconds_since_process_start,
    )
    shell.calendar_in_child = True  # the app never parses a calendar itself (calendar/refresh.py)
    _quit_on_signals(app)
    _errors_to_the_log()
    log.info("started: %s", _versions(app))
    shell.start()
    try:
        return app.exec()
    finally:
        shell.shutdown()
        log.info("quit")


def _open_or_tell(app, data_dir: Path, bring_forward) -> Any:
    """The data folder's journal, held for this app; else the exit code, once the user was told
    why (or the other Dayweave starting at the same moment was brought forward)."""
    from tracker.store.journal import NewerSchemaError, open_journal
    from tracker.store.lock import LockTimeout

    try:
        return open_journal(data_dir, hold_lock=True, lock_timeout=3)
    except LockTimeout as error:
        log.warning("the data folder stayed locked: %s", safe(error))
        if bring_forward():  # another instance was starting at the same moment
            return 0
        from PySide6.QtWidgets import QMessageBox

        from tracker.ui.errors import error_text

        QMessageBox.critical(None, "Dayweave", error_text(error))
        return 1
    except (NewerSchemaError, OSError) as error:
        log.error("cannot open the data folder: %s", safe(error))
        from PySide6.QtWidgets import QMessageBox

        from tracker.ui.errors import error_text

        QMessageBox.critical(
            None,
            "Dayweave",
            app.translate("App", "Dayweave cannot open its data: %1").replace(
                "%1", error_text(error)
            ),
        )
        return 1


def _versions(app) -> str:
    from PySide6.QtCore import qVersion

    from tracker import __version__

    python = sys.version.split()[0]
    return f"Dayweave {__version__}, Python {python}, Qt {qVersion()}, {app.platformName()}"


def _errors_to_the_log() -> None:
    """An exception in a slot is printed by PySide6 and the app goes on: into the log with it,
    so there is something to send (its frames and class; see tracker.kernel.logs)."""
    before = sys.excepthook

    def hook(kind, error, frames) -> None:
        log.exception("uncaught %s", kind.__name__, exc_info=(kind, error, frames))
        before(kind, error, frames)

    sys.excepthook = hook


def lighter_pyside_import_hook() -> None:
    """PySide6 asks of every module imported after it whether its source says "PySide6" (such
    modules may switch on its `__feature__` options), through inspect.getsource: each file is
    decoded, split into lines and kept in linecache. That is ~30 ms of start-up before the
    icon shows and ~2.5 MiB at rest. The same question, asked of the file's bytes; anything
    but a plain .py file, or another PySide6 without the hook, keeps PySide6's own way."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "dayweave", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if path is None:  # built in, frozen or made: no source to search (PySide6's search
            return False  # for it, failing, took ~3 ms a module)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.dayweave = True
    feature._mod_uses_pyside = uses_pyside


def _quit_on_signals(app) -> None:
    """SIGTERM and Ctrl+C quit cleanly; a wakeup fd lets Python see them without polling."""
    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    writer.setblocking(False)
    reader.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    app._signal_sockets = (reader, writer, notifier)  # kept alive with the app
