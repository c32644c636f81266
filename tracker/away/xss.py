"""How long the X11 session has had no input: the MIT-SCREEN-SAVER extension, through ctypes.

XScreenSaverQueryInfo gives the milliseconds since the last key or pointer event (what
xprintidle prints), for the whole display: no input device is ever read (a keylogger risk
the issue rules out). Under Wayland it sees only X clients, so it is not used there.
"""

from __future__ import annotations

import ctypes
import os

__all__ = ["XIdle"]


class _Info(ctypes.Structure):
    _fields_ = (  # XScreenSaverInfo, <X11/extensions/scrnsaver.h>
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    )


def _library(name: str, soname: str) -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        pass
    # Only for a library under another name: find_library runs ldconfig in a child process,
    # and ctypes.util brings subprocess (~0.8 MiB the tray keeps at rest).
    from ctypes.util import find_library

    found = find_library(name)
    if not found:
        return None
    try:
        return ctypes.CDLL(found)
    except OSError:
        return None


class XIdle:
    """One display connection; `idle_ms()` asks the X server, nothing is kept in between."""

    def __init__(self, x11: ctypes.CDLL, xss: ctypes.CDLL, display: int) -> None:
        self._x11, self._xss, self._display = x11, xss, display
        self._root = x11.XDefaultRootWindow(display)
        self._info = xss.XScreenSaverAllocInfo()

    @classmethod
    def open(cls, display: str | None = None) -> XIdle | None:
        """The display's idle reader; None without a display, libXss or the extension."""
        name = display or os.environ.get("DISPLAY")
        if not name or os.environ.get("XDG_SESSION_TYPE") == "wayland":
            return None
        x11, xss = _library("X11", "libX11.so.6"), _library("Xss", "libXss.so.1")
        if x11 is None or xss is None:
            return None
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        x11.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        xss.XScreenSaverQueryExtension.argtypes = (
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
        )  # fmt: skip
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_Info)
        xss.XScreenSaverQueryInfo.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Info),
        )  # fmt: skip
        opened = x11.XOpenDisplay(name.encode())
        if not opened:
            return None
        event, error = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(opened, ctypes.byref(event), ctypes.byref(error)):
            x11.XCloseDisplay(opened)
            return None
        return cls(x11, xss, opened)

    def idle_ms(self) -> int | None:
        """Milliseconds since the last input anywhere on the display; None if not answered."""
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return int(self._info.contents.idle)

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = 0
