"""Loaded by every Python process of `make test-anyhour` (it puts this folder first on
PYTHONPATH), never by `make test`.

The runs fake the wall clock with libfaketime and leave the monotonic clock real
(FAKETIME_DONT_FAKE_MONOTONIC), so timeouts keep working. libfaketime 0.9.10 (Debian 12) then
fails Python 3.11's time.sleep, which waits on clock_nanosleep with an absolute monotonic
deadline, with EINVAL (https://github.com/wolfcw/libfaketime/issues/426). Where it does, the
same wait is made with select's relative timeout, which libfaketime leaves alone.
"""

from __future__ import annotations

import errno
import select
import time

_sleep = time.sleep


def _sleep_past_libfaketime(seconds: float) -> None:
    try:
        _sleep(seconds)
    except OSError as error:
        if error.errno != errno.EINVAL:
            raise
        select.select([], [], [], seconds)


time.sleep = _sleep_past_libfaketime
