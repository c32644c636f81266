"""`dayweave settings [KEY [VALUE]]`: settings as text, and text back to a setting's value."""

from __future__ import annotations

import json
from typing import Any

from tracker.kernel.words import fill, translate

__all__ = ["print_settings", "setting_change"]

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def _usage(message: str) -> Exception:
    from tracker.cli.errors import UsageError

    return UsageError(message)


def _no_setting(key: str, names: tuple[str, ...]) -> Exception:
    return _usage(fill(translate("Cli", "no setting '%1'; use one of %2"), key, ", ".join(names)))


def setting_change(key: str, value: str) -> dict[str, Any]:
    """{key: value} read from text as the setting's type; the commands validate the range."""
    from tracker.kernel.settings import Settings
    from tracker.settings.handlers import SETTING_NAMES

    if key not in SETTING_NAMES:
        raise _no_setting(key, SETTING_NAMES)
    default = getattr(Settings(), key)
    text = value.strip()
    if key == "nudge_days":
        try:
            days = [_DAYS.index(d.strip()[:3].casefold()) for d in text.split(",") if d.strip()]
        except ValueError:
            raise _usage(
                fill(translate("Cli", "'%1': give days like mon,tue,wed"), value)
            ) from None
        return {key: sorted(set(days))}
    if key == "own_emails":  # a list: "me@home.nl,me@work.com"; empty for none
        return {key: [e.strip() for e in text.split(",") if e.strip()]}
    if key == "first_weekday":
        lowered = text.casefold()
        if lowered in ("", "locale", "auto"):
            return {key: None}
        if lowered[:3] not in ("mon", "sat", "sun"):  # the days the dialog offers
            raise _usage(fill(translate("Cli", "'%1': give mon, sat, sun or locale"), value))
        return {key: _DAYS.index(lowered[:3])}
    if key == "review_day":
        if text[:3].casefold() not in _DAYS:
            raise _usage(fill(translate("Cli", "'%1': give a day like mon or fri"), value))
        return {key: _DAYS.index(text[:3].casefold())}
    if isinstance(default, bool):
        if text.casefold() not in _TRUE + _FALSE:
            raise _usage(fill(translate("Cli", "'%1': give true or false"), value))
        return {key: text.casefold() in _TRUE}
    if isinstance(default, int):
        try:
            return {key: int(text)}
        except ValueError:
            raise _usage(fill(translate("Cli", "'%1' is not a whole number"), value)) from None
    return {key: text}


def _shown(key: str, value: Any) -> str:
    if key == "nudge_days":
        return ",".join(_DAYS[d] for d in value)
    if key == "own_emails":
        return ",".join(value)
    if key == "first_weekday":
        return "locale" if value is None else _DAYS[value]
    if key == "review_day":
        return _DAYS[value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def print_settings(settings: Any, key: str | None, as_json: bool) -> None:
    from tracker.settings.handlers import SETTING_NAMES

    if key is not None and key not in SETTING_NAMES:
        raise _no_setting(key, SETTING_NAMES)
    names = [key] if key else list(SETTING_NAMES)
    values = {name: getattr(settings, name) for name in names}
    if as_json:
        plain = {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
        print(json.dumps(plain if key is None else plain[key], ensure_ascii=False))
        return
    for name, value in values.items():
        print(_shown(name, value) if key else f"{name} = {_shown(name, value)}")
