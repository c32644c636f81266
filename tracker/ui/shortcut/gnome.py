"""GNOME's custom keyboard shortcut for the global shortcut: written for the user into
org.gnome.settings-daemon.plugins.media-keys (custom-keybindings, and the relocatable
custom-keybinding at a path of Dayweave's own), through `gsettings`, which writes to whatever
backend the session uses (dconf; a keyfile in tests). GNOME runs the command itself: nothing
of Dayweave listens for the key."""

from __future__ import annotations

import ast
import shutil
import subprocess

from tracker.ui.shortcut.keys import GNOME_BINDING, command_line

__all__ = ["PATH", "bind", "bound", "offered"]

SCHEMA = "org.gnome.settings-daemon.plugins.media-keys"
PATH = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/dayweave/"
_TIMEOUT = 5


def _gsettings(*args: str) -> str | None:
    tool = shutil.which("gsettings")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, *args], capture_output=True, text=True, timeout=_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _value(text: str | None) -> object:
    """A GVariant as gsettings prints it, for the strings and lists read here."""
    if not text:
        return None
    text = text.removeprefix("@as ")
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None


def offered() -> bool:
    """Whether GNOME's media-keys schema is installed (gnome-settings-daemon reads it)."""
    schemas = _gsettings("list-schemas") or ""
    return SCHEMA in schemas.split()


def _ours() -> str:
    return f"{SCHEMA}.custom-keybinding:{PATH}"


def bound() -> str | None:
    """The keys bound to Dayweave's command ("<Super><Shift>d"); None when not bound."""
    paths = _value(_gsettings("get", SCHEMA, "custom-keybindings"))
    if not isinstance(paths, list) or PATH not in paths:
        return None
    binding = _value(_gsettings("get", _ours(), "binding"))
    return binding if isinstance(binding, str) and binding else None


def _text(value: str) -> str:
    """A GVariant string: gsettings would read a bare value that happens to parse otherwise."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def bind(name: str, binding: str = GNOME_BINDING) -> bool:
    """Write the shortcut: Dayweave's path added to the list (the others kept), its `name`
    (shown in GNOME's keyboard settings), command and keys. False when gsettings refused."""
    paths = _value(_gsettings("get", SCHEMA, "custom-keybindings"))
    paths = list(paths) if isinstance(paths, list) else []
    if PATH not in paths:
        paths.append(PATH)
    steps = (
        (_ours(), "name", _text(name)),
        (_ours(), "command", _text(command_line())),
        (_ours(), "binding", _text(binding)),
        (SCHEMA, "custom-keybindings", repr(paths)),
    )
    return all(_gsettings("set", *step) is not None for step in steps)
