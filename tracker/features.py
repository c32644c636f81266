"""Every feature's command handlers, registered with the door by request type.

The door (`tracker.commands`) sits below the features and never names one; importing this
module is what lets `Commands.run` run every request. The command line imports it before it
opens a door; the app registers it with the door as the loader of the first request
(`load_handlers_with`, in ui/timeline/quicklog.py), so its icon shows without it."""

from __future__ import annotations

from tracker.away import handlers as away_handlers
from tracker.calendar import handlers as calendar_handlers
from tracker.exchange import importing as exchange_handlers
from tracker.nudges import intention as intention_handlers
from tracker.people import handlers as people_handlers
from tracker.people import many as many_people_handlers
from tracker.settings import handlers as settings_handlers
from tracker.timeline import handlers as timeline_handlers

__all__ = ["FEATURES"]

FEATURES = (
    timeline_handlers,
    people_handlers,
    many_people_handlers,
    calendar_handlers,
    exchange_handlers,
    settings_handlers,
    away_handlers,
    intention_handlers,
)
