"""The weekly review moment's rule, as the review knows it: the rule itself lives with the
nudges (tracker/nudges/moment.py), whose policy offers the moment at a pause."""

from __future__ import annotations

from tracker.nudges.moment import GRACE, last_moment, next_moment, review_due

__all__ = ["GRACE", "last_moment", "next_moment", "review_due"]
