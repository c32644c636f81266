"""The user's settings: plain data with defaults and validation (stored by the journal)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from tracker.kernel.model import ValidationError

__all__ = ["DELIVERIES", "Settings", "settings_from_record", "validate_settings"]

LANGUAGES = ("", "en", "nl")  # "" follows the system
# How nudges show: desktop notifications where the desktop can show their actions, else the
# popup; notifications wherever there is a service; or always the own popup.
DELIVERIES = ("automatic", "notifications", "popup")


@dataclass(frozen=True, slots=True)
class Settings:
    own_team: str = ""
    nudge_start_hour: int = 9
    nudge_end_hour: int = 17
    nudge_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    max_nudges_per_day: int = 2
    default_every_days: int = 14
    live_every_days: int = 14
    call_prompts: bool = True
    focus_minutes: int = 90  # a work block this long without a pause gets a break suggestion
    nudge_delivery: str = "automatic"  # one of DELIVERIES
    language: str = ""
    first_weekday: int | None = None  # None follows the locale
    own_emails: tuple[str, ...] = ()  # the user's own addresses: their calendar answers
    away_questions: bool = True  # coming back from a gap in a work block asks what it was
    away_minutes: int = 10  # ...when the gap was at least this long
    # The microphone in use offers to log a call, its release to end it (issue 21). On: the
    # offer never takes focus, only a stream's existence is read, and lesson 5's first minutes
    # prompt needs the call logged as it starts, which users forget most.
    microphone_calls: bool = True
    review_moment: bool = True  # the weekly review moment (issue 22): its off switch
    review_day: int = 4  # Monday = 0: Friday
    review_hour: int = 16  # local hour, 0-23
    updated: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _int(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            name,
            f"{name.replace('_', ' ')} must be a whole number from {low} to {high}",
            "out_of_range",
            {"low": low, "high": high},
        )


def validate_settings(settings: Settings) -> Settings:
    _int("nudge_start_hour", settings.nudge_start_hour, 0, 23)
    _int("nudge_end_hour", settings.nudge_end_hour, 1, 24)
    if settings.nudge_end_hour <= settings.nudge_start_hour:
        raise ValidationError(
            "nudge_end_hour", "nudges must end after they start", "nudges_end_before_start"
        )
    if (
        not isinstance(settings.nudge_days, tuple | list)
        or not settings.nudge_days
        or any(
            isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6
            for d in settings.nudge_days
        )
    ):
        raise ValidationError("nudge_days", "choose at least one day for nudges", "no_nudge_days")
    _int("max_nudges_per_day", settings.max_nudges_per_day, 0, 20)
    _int("default_every_days", settings.default_every_days, 1, 365)
    _int("live_every_days", settings.live_every_days, 1, 365)
    _int("focus_minutes", settings.focus_minutes, 15, 480)
    _int("away_minutes", settings.away_minutes, 1, 240)
    for name in ("away_questions", "microphone_calls", "review_moment"):
        if not isinstance(getattr(settings, name), bool):
            raise ValidationError(
                name, f"{name.replace('_', ' ')} is true or false", "not_a_choice",
                {"choices": "true, false"},
            )  # fmt: skip
    _int("review_day", settings.review_day, 0, 6)
    _int("review_hour", settings.review_hour, 0, 23)
    if settings.language not in LANGUAGES:
        raise ValidationError(
            "language",
            f"{settings.language!r} is not a language Dayweave speaks",
            "unknown_language",
        )
    if settings.nudge_delivery not in DELIVERIES:
        raise ValidationError(
            "nudge_delivery",
            f"nudge delivery must be one of {', '.join(DELIVERIES)}",
            "not_a_choice",
            {"choices": ", ".join(DELIVERIES)},
        )
    if settings.first_weekday is not None:
        _int("first_weekday", settings.first_weekday, 0, 6)
    if not isinstance(settings.own_team, str) or len(settings.own_team) > 200:
        raise ValidationError(
            "own_team",
            "own team must be text of at most 200 characters",
            "too_long",
            {"limit": 200},
        )
    if (
        not isinstance(settings.own_emails, tuple | list)
        or len(settings.own_emails) > 20
        or any(
            not isinstance(e, str) or "@" not in e or len(e) > 254 or any(c.isspace() for c in e)
            for e in settings.own_emails
        )
    ):
        raise ValidationError(
            "own_emails", "own e-mails must be e-mail addresses", "not_email_addresses"
        )
    return settings


_TUPLES = ("nudge_days", "own_emails")  # JSON lists, tuples in memory
_NAMES = {f.name for f in fields(Settings)} - {"extra"}


def settings_from_record(record: dict[str, Any]) -> Settings:
    """Settings from a stored record: unknown keys are kept, bad values fall back to defaults."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for name in _NAMES:
        if name in record:
            value = record[name]
            values[name] = tuple(value) if name in _TUPLES and isinstance(value, list) else value
    extra = {k: v for k, v in record.items() if k not in _NAMES}
    candidate = replace(defaults, extra=extra, **values)
    try:
        return validate_settings(candidate)
    except ValidationError:
        # One bad value must not cost the others: keep each field that validates alone.
        kept = defaults
        for name, value in values.items():
            try:
                kept = validate_settings(replace(kept, **{name: value}))
            except ValidationError:
                continue
        return replace(kept, extra=extra)


def settings_to_record(settings: Settings) -> dict[str, Any]:
    record = dict(settings.extra)
    data = asdict(settings)
    data.pop("extra")
    data["nudge_days"] = list(settings.nudge_days)
    data["own_emails"] = list(settings.own_emails)
    record.update(data)
    return record
