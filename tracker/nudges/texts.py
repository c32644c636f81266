"""What a nudge says, in the user's language, for the app and the command line alike: its heading,
why it is due, why now (a pause in a work block), and why it waits. Written once here: the
app's popup, notification and tray, and `dayweave nudges`, had each their own and drifted.

Plain Python with `tracker.kernel.words`, so the command line need not load Qt; the app sets
the same language for these as for its own words (tracker/ui/i18n.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from tracker.kernel.words import Words, fill, translate

if TYPE_CHECKING:
    from tracker.nudges.policy import Nudge, Waiting

__all__ = ["nudge_title", "pause_text", "reason_text", "waiting_text"]

Nudges = Words("Nudges")  # plurals lupdate can read (see tracker.kernel.words.Words)


def nudge_title(kind: str, name: str) -> str:
    """The heading: "Reach out: Anna de Vries"."""
    if kind == "reach_out":
        return fill(translate("Nudges", "Reach out: %1"), name)
    if kind == "plan_live":
        text = translate("Nudges", "Plan a live meeting")
        return f"{text}: {name}" if name else text
    if kind == "call_open":
        return fill(translate("Nudges", "First minutes: connect with %1"), name)
    if kind == "review":
        return translate("Nudges", "Your week in review")
    return translate("Nudges", "Last minutes: agree a concrete action")


def reason_text(nudge: Nudge, person: Any) -> str:
    """Why it is due: "Product: last contact 19 days ago · every 14 days"."""
    if nudge.kind == "reach_out":
        # The heading names the circle; the team, where there is one, says more here.
        where = person.team if person else ""
        if nudge.days_since is None:
            since = translate("Nudges", "never contacted")
        else:
            since = Nudges.tr("last contact %n day(s) ago", "", nudge.days_since)
        every = Nudges.tr("every %n day(s)", "", nudge.every_days or 0)
        return f"{where}: {since} · {every}" if where else f"{since} · {every}"
    if nudge.kind == "plan_live":
        if nudge.days_since is None:
            return translate("Nudges", "No live meeting yet.")
        return Nudges.tr("No live meeting for %n day(s).", "", nudge.days_since)
    if nudge.kind == "call_open":
        if person is not None and person.next_action:
            return fill(translate("Nudges", "Last time you agreed: %1"), person.next_action)
        return translate("Nudges", "Ask how they are before the agenda.")
    if nudge.kind == "review":
        return translate("Nudges", "A look back at the week, and one intention for the next.")
    return translate("Nudges", "Agree who does what, by when.")


def pause_text(pause: str) -> str:
    """Why now, when a work block runs: a break suggestion says so; other pauses need no word."""
    if pause == "focus":
        return translate("Nudges", "You have been focused for a while: time for a short break.")
    return ""


def _moment(until: datetime | None, at: datetime, zone: ZoneInfo) -> str:
    """The clock time, and the date too when it is not the plan's day."""
    if until is None:
        return "…"
    local = until.astimezone(zone)
    same_day = local.date() == at.astimezone(zone).date()
    return local.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")


def waiting_text(waiting: Waiting, at: datetime, zone: ZoneInfo) -> str:
    """Why a nudge waits, and until when: "At the next pause (11:30)"."""
    when = _moment(waiting.until, at, zone)
    if waiting.because == "call":
        return translate("Nudges", "After this call")
    if waiting.because == "life":
        if waiting.until is None:
            return translate("Nudges", "After this life block")
        return fill(translate("Nudges", "After this life block (%1)"), when)
    if waiting.because == "new":
        if waiting.until is None:
            return translate("Nudges", "Nudges start once you have logged something")
        return fill(translate("Nudges", "Your first day: nudges from %1"), when)
    if waiting.because == "focus":
        return fill(translate("Nudges", "At the next pause (%1)"), when)
    if waiting.because == "outside_hours":
        return fill(translate("Nudges", "Outside your nudge hours, until %1"), when)
    if waiting.because == "daily_cap":
        return fill(translate("Nudges", "Enough nudges for today, until %1"), when)
    if waiting.because == "snoozed":
        return fill(translate("Nudges", "Snoozed until %1"), when)
    if waiting.because == "spacing":
        return fill(translate("Nudges", "Some room after the last nudge, until %1"), when)
    return fill("%1 (%2)", waiting.because, when)  # a newer Dayweave's reason
