"""A nudge 60 days away must not overflow Qt's int32 milliseconds."""

from __future__ import annotations

from tracker.ui.timers import MAX_WAIT_SECONDS, SingleShot


def test_a_wait_of_sixty_days_is_held_a_day_at_a_time(qtbot):
    fired = []
    timer = SingleShot("far", lambda: fired.append(True))
    timer.start_in(60 * 24 * 3600)  # raised OverflowError before the cap
    assert timer.active and timer.interval_seconds == MAX_WAIT_SECONDS
    assert abs(timer.remaining_seconds - 60 * 24 * 3600) < 5
    timer._ran_out()  # the first day has passed: it sets itself again, it does not call back
    assert fired == [] and timer.active
    assert abs(timer.remaining_seconds - 59 * 24 * 3600) < 5
    timer.stop()
    assert not timer.active and timer.remaining_seconds == 0


def test_a_short_wait_calls_back_when_it_runs_out(qtbot):
    fired = []
    timer = SingleShot("near", lambda: fired.append(True))
    timer.start_in(90)
    timer._ran_out()
    assert fired == [True]
