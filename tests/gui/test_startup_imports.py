"""What the app loads before its tray icon shows, and what it keeps at rest (docs/ARCHITECTURE.md,
Budgets: start <= 1.3x and RSS at rest <= 1.2x a minimal PySide6 tray app).

The app runs in a subprocess, through run_app as `dayweave --exit-when-ready` does, offscreen:
there the tray counts as present and the icon as shown at once (an X tray host is the
benchmark's business, tests/bench/startup_bench.py). At the ready line the process records its
modules, then runs the deferred first plan (the nudges, the calendar, the forgotten block) as
the two-second single-shot would, and records them again with what it keeps at rest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import importlib.util, json, linecache, sys
from pathlib import Path
from tracker.ui.app import run_app

report = {}


class PatchShellOnImport:
    # Shell is patched as run_app imports it, so everything loads in the app's own order.
    def find_spec(self, name, path, target=None):
        if name != "tracker.ui.shell":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            patch(module)

        spec.loader.exec_module = exec_module
        return spec


def patch(shell_module):
    Shell = shell_module.Shell
    Shell.__init__.__kwdefaults__["tray_available"] = lambda: True
    Shell._check_ready = lambda self: ready(self, shell_module)


sys.meta_path.insert(0, PatchShellOnImport())

def built_classes():
    # PySide6 builds a class (and each of its enums) on first use: it enters its module's dict.
    return sorted(
        f"{module}.{name}" for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
        if module in sys.modules for name in vars(sys.modules[module]) if name.startswith("Q")
    )

def ready(self, shell_module):
    report["ready"] = sorted(sys.modules)
    report["classes"] = built_classes()
    report["linecache_ready"] = sorted(linecache.cache)
    # The first plan goes on once the calendar's thread has read it: recorded then.
    go_on = shell_module.Shell._first_nudge_plan_read

    def read(shell):
        go_on(shell)
        report["rest"] = sorted(sys.modules)
        report["linecache"] = len(linecache.cache)
        print(json.dumps(report), flush=True)
        shell_module.QTimer.singleShot(0, shell_module.QApplication.quit)

    shell_module.Shell._first_nudge_plan_read = read
    self._first_nudge_plan()  # the two-second single-shot, run now: no waiting in tests

sys.exit(run_app(data_dir=Path(sys.argv[1]), exit_when_ready=True, lang="en"))
"""

# Each of these belongs to a window, a menu item or a file the user picks, never to a tray
# at rest: the week and People windows, the settings, exports and imports, vCards, the
# calendars' parsers, the desktop's notifications, the badge's painting.
NEVER_BEFORE_USE = (
    "icalendar",
    "recurring_ical_events",
    "jeepney",
    "tracker.ui.week",
    "tracker.ui.people.window",
    "tracker.ui.settings.dialog",
    "tracker.ui.week.image",
    "tracker.ui.review",
    "tracker.review",
    "tracker.ui.exchange.exporting",
    "tracker.people.vcard",
    "tracker.ui.timeline.panel",
    "tracker.ui.timeline.dialogs",
    "tracker.ui.nudges.notify",
    "tracker.ui.nudges.delivery",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    # The global shortcut's ways: Settings, or a start after the user bound it (issue 21).
    "tracker.ui.shortcut.portal",
    "tracker.ui.shortcut.kde",
    "tracker.ui.shortcut.gnome",
    "tracker.ui.settings.shortcut",
    # The calendar cache's store: opened with the first calendar, so without one never loaded
    # (the _sqlite3 module and libsqlite3 kept ~1.5 MiB at rest for nothing).
    "sqlite3",
    "_sqlite3",
    # The calendar's parts: with the first plan when a calendar is set up, else when one is
    # added (this data folder has none; ~0.6 MiB at rest for nothing before).
    "tracker.ui.calendar",
    "tracker.calendar.files",
    "tracker.calendar.agenda",
    "tracker.calendar.cache",
    "tracker.calendar.pieces",
    "tracker.calendar.salvage",
)
# The first plan reads people and contacts and the calendar: after the icon shows, never before.
NOT_BEFORE_READY = (
    "tracker.features",  # every feature's handlers: with the first plan, or the first request
    "tracker.ui.nudges.scheduler",
    "tracker.ui.timeline.forgotten",
    "PySide6.QtDBus",
    # Away and back (issue 21): the desktop's signals are chosen with the first plan.
    "tracker.ui.away",
    "tracker.away.desktop",
    "tracker.away.xss",
    "tracker.away.microphone",  # a call noticed: pactl's child starts with the first plan
    "tracker.ui.shortcut",  # the global shortcut: made with the first plan
)


def nothing_due_at_any_hour(config_dir: Path, data_dir: Path) -> None:
    """A fresh data folder whose settings allow no nudge on any day (a daily cap of 0). On a
    fresh folder the live meeting nudge is due at once inside the nudge hours (weekdays 9-17 by
    default), and a nudge due then loads the notifications: the rest measured here would depend
    on the hour the tests run at."""
    from tracker.kernel.clock import SystemClock
    from tracker.kernel.settings import Settings
    from tracker.store.journal import Journal
    from tracker.store.layout import load_or_create_device_id

    device = load_or_create_device_id(config_dir)  # the app's own device: settings are per device
    journal = Journal(data_dir, device, SystemClock()).open()
    try:
        journal.save_settings(Settings(max_nudges_per_day=0))
    finally:
        journal.close()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("startup")
    (work / "config").mkdir()
    (work / "config" / "autostart-asked").write_text("asked\n")
    nothing_due_at_any_hour(work / "config", work / "data")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DAYWEAVE_CONFIG_DIR=str(work / "config"),
        XDG_RUNTIME_DIR=str(work),
    )
    os.chmod(work, 0o700)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(work / "data")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _matches(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_nothing_of_a_window_or_a_file_format_loads_before_the_icon_or_at_rest(loaded):
    assert _matches(loaded["ready"], NEVER_BEFORE_USE) == []
    assert _matches(loaded["rest"], NEVER_BEFORE_USE) == []


def test_the_first_plan_loads_after_the_icon_shows(loaded):
    assert _matches(loaded["ready"], NOT_BEFORE_READY) == []
    # ...and it does load then: the list above names what the plan really uses.
    assert set(_matches(loaded["rest"], NOT_BEFORE_READY)) >= set(NOT_BEFORE_READY)


def test_the_dialogs_classes_are_built_when_a_dialog_opens_not_before_the_icon(loaded):
    """Each costs a few ms of start-up as PySide6 builds it and its enums (QKeyEvent builds
    QEvent.Type's hundreds of members): message boxes and input dialogs appear on errors and
    questions, key events when the menu is open."""
    built = set(loaded["classes"])
    assert "PySide6.QtWidgets.QSystemTrayIcon" in built  # the list is real
    unwanted = {
        "PySide6.QtWidgets.QMessageBox",
        "PySide6.QtWidgets.QInputDialog",
        "PySide6.QtGui.QKeyEvent",
        "PySide6.QtCore.Qt",
        "PySide6.QtWidgets.QDialog",  # a dialog's own class and enums: with the first dialog
        "PySide6.QtGui.QWindow",  # likewise, with the first window given its close keys
    }  # fmt: skip  (the Qt namespace: ~90 enums, ~40 ms)
    assert built & unwanted == set()


def test_the_icons_and_translations_are_found_without_importlib_resources(loaded):
    from importlib.resources import files

    from tracker.ui.resources import icon_path, translations_dir

    root = Path(str(files("tracker.resources")))
    assert icon_path("dayweave.svg") == root / "icons" / "dayweave.svg"
    assert translations_dir() == root / "translations"
    assert "importlib.resources" not in loaded["ready"]


def test_the_autostart_question_asked_before_loads_nothing_at_rest(loaded):
    """Its desktop-entry and plist writers are for the first run only."""
    assert _matches(loaded["rest"], ("tracker.autostart", "plistlib", "shlex")) == []


def test_pyside6s_import_hook_reads_no_source_into_linecache_before_the_icon(loaded):
    """The hook's question asked of the files' bytes (tracker.ui.app.lighter_pyside_import_hook)
    costs no decoding, no line splitting and keeps nothing: ~30 ms of start-up."""
    assert [f for f in loaded["linecache_ready"] if "tracker" in f] == []


EQUIVALENCE = r"""
import sys
import PySide6.QtWidgets
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
from tracker.ui.app import lighter_pyside_import_hook
lighter_pyside_import_hook()
lighter_pyside_import_hook()  # twice: still one layer
assert feature._mod_uses_pyside.dayweave and feature._mod_uses_pyside is not original
import tracker.ui.shell, tracker.ui.week.window, tracker.ui.people.window, tracker.cli
modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
differ = [m.__name__ for m in modules if feature._mod_uses_pyside(m) != original(m)]
print(len(modules), sum(map(original, modules)), differ)
"""


def test_the_lighter_hook_gives_pyside6s_answer_for_every_module():
    result = subprocess.run(
        [sys.executable, "-c", EQUIVALENCE],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    count, using, differ = result.stdout.split(maxsplit=2)
    assert int(count) > 200 and int(using) > 20  # it asked of many, and many say yes
    assert differ.strip() == "[]"


NO_FILE = r"""
import gc, sys, types
import PySide6.QtWidgets
feature = sys.modules["shibokensupport.feature"]
asked = []
original = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: asked.append(module.__name__) or original(module)
from tracker.ui.app import lighter_pyside_import_hook
lighter_pyside_import_hook()
asked.clear()  # what importing the app's module asked on the way
answers = [feature._mod_uses_pyside(m) for m in (gc, sys, types.ModuleType("made_here"))]
print(answers, asked)
import tracker.ui.shell, tracker.ui.week.window, tracker.ui.people.window
fileless = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None) is None]
print(len(fileless), [m.__name__ for m in fileless if original(m)])  # PySide6's own answers
"""


def test_a_module_without_a_file_is_answered_without_pyside6s_search():
    """A built-in, frozen or made module has no source to say "PySide6": PySide6's own search
    for it (inspect.getsource, failing) took ~3 ms each, ~5 ms of start-up before the icon."""
    result = subprocess.run(
        [sys.executable, "-c", NO_FILE],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    *_, answered, last = result.stdout.strip().splitlines()
    count, pyside_says_yes = last.split(maxsplit=1)
    assert answered == "[False, False, False] []"
    assert int(count) > 10 and pyside_says_yes == "[]"  # the same answer PySide6 gives them


def test_the_source_text_read_at_import_is_not_kept_at_rest(loaded):
    """PySide6's import hook reads the source of every module imported after it (to see if it
    uses PySide6) and linecache keeps it: ~2.5 MiB of text, 3% of the minimal app's RSS."""
    assert loaded["linecache"] == 0


# Standard modules that cost the tray memory at rest for a job it can do without them:
# hashlib maps OpenSSL's libcrypto (3.7 MiB), logging.handlers brings pickle and queue
# (1.2 MiB), concurrent.futures a thread pool no calendar asked for (1.1 MiB).
# subprocess (~0.8 MiB) is for a calendar's reader in its own process and pactl's first answer,
# ctypes.util (find_library: ldconfig in a child) for a libXss without its usual name.
HEAVY_AT_REST = ("hashlib", "_hashlib", "logging.handlers", "pickle", "concurrent.futures",
                 "subprocess", "ctypes.util")  # fmt: skip


def test_the_tray_at_rest_keeps_no_costly_module_it_does_without(loaded):
    assert _matches(loaded["rest"], HEAVY_AT_REST) == []


def test_the_icon_waits_for_no_module_it_does_not_need(loaded):
    """uuid (with platform) is for new ids and request ids, platformdirs for four XDG paths
    read in a few lines: ~15 ms of start-up between them. The tooltip's arrival and intention
    lines are read once the icon shows (tests/gui/test_tray_first_refresh.py)."""
    assert _matches(loaded["ready"], ("uuid", "platform", "platformdirs")) == []
    assert _matches(loaded["ready"], ("tracker.store.devices", "tracker.store.intentions")) == []
