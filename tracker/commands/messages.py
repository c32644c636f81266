"""What went wrong, in the user's language, for the app and the command line alike.

The domain and the store raise errors with English messages and codes; this module turns the
codes into the user's words with `tracker.kernel.words.translate`, which reads the plain
catalogues made from the same .ts files as the app's Qt catalogue. The app sets the language
when it installs its translations; the command line from --lang or the locale. No Qt here, so
`dayweave log` can say an error in Dutch without loading it. Anything unknown keeps its English.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tracker.kernel.vocabulary import CIRCLES, circle_label, kind_label
from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    from tracker.store.errors import DamageReport

__all__ = [
    "damage_reason",
    "damage_text",
    "disk_reason",
    "error_text",
    "import_problem_text",
    "quick_entry_text",
    "validation_text",
]


def _field(name: str) -> str:
    labels = {
        "title": translate("Errors", "The title"),
        "note": translate("Errors", "The note"),
        "tags": translate("Errors", "A tag"),
        "cause": translate("Errors", "The cause"),
        "name": translate("Errors", "The name"),
        "team": translate("Errors", "The team"),
        "notes": translate("Errors", "The notes"),
        "next_action": translate("Errors", "The next action"),
        "emails": translate("Errors", "An e-mail address"),
        "every_days": translate("Errors", "Days between contacts"),
        "own_team": translate("Errors", "Your own team"),
        "nudge_start_hour": translate("Errors", "The first hour for nudges"),
        "nudge_end_hour": translate("Errors", "The last hour for nudges"),
        "max_nudges_per_day": translate("Errors", "The number of nudges a day"),
        "default_every_days": translate("Errors", "Days between contacts"),
        "live_every_days": translate("Errors", "Days between live meetings"),
        "first_weekday": translate("Errors", "The first day of the week"),
        "focus_minutes": translate("Errors", "Minutes before a break suggestion"),
        "nudge_delivery": translate("Errors", "How nudges show"),
        "away_minutes": translate("Errors", "Minutes away before Dayweave asks"),
        "away_questions": translate("Errors", "Asking about time away"),
        "microphone_calls": translate("Errors", "Offering a call when the microphone is in use"),
        "review_moment": translate("Errors", "The weekly review moment"),
        "review_day": translate("Errors", "The day of the weekly review"),
        "review_hour": translate("Errors", "The hour of the weekly review"),
        "intention": translate("Errors", "The intention"),
        "lost_min": translate("Errors", "Time lost"),
        "until": translate("Errors", "The disruption's end"),
    }
    return labels.get(name, name.replace("_", " "))


def _templates() -> dict[str, str]:
    return {
        "not_text": translate("Errors", "%field must be text."),
        "too_long": translate("Errors", "%field is longer than %limit characters."),
        "control_character": translate(
            "Errors", "%field contains a character that cannot be stored."
        ),
        "unknown_zone": translate("Errors", "'%zone' is not a known time zone."),
        "unknown_kind": translate(
            "Errors", "'%kind' is not a kind; use work, life, call, meeting, disruption or contact."
        ),
        "not_a_time": translate("Errors", "That is not a time."),
        "moment_has_end": translate("Errors", "A moment has no end."),
        "end_before_start": translate("Errors", "The end is before the start."),
        "tag_words": translate("Errors", "The tag '%tag' must be one word."),
        "not_a_person": translate("Errors", "Someone in this entry is not a known person."),
        "cause_not_disruption": translate("Errors", "Only a disruption has a cause."),
        "empty": translate("Errors", "%field is empty."),
        "lost_not_disruption": translate("Errors", "Only a disruption has time lost."),
        "lost_range": translate("Errors", "Time lost must be whole minutes, at most a day."),
        "until_not_disruption": translate("Errors", "Only a disruption lasts."),
        "until_before_start": translate("Errors", "The disruption ends before it starts."),
        "until_range": translate("Errors", "A disruption lasts at most a day."),
        "unknown_circle": translate("Errors", "'%circle' is not a circle."),
        "too_many_emails": translate("Errors", "At most 20 e-mail addresses."),
        "not_an_email": translate("Errors", "'%email' is not an e-mail address."),
        "out_of_range": translate("Errors", "%field must be a whole number from %low to %high."),
        "nudges_end_before_start": translate("Errors", "Nudges must end after they start."),
        "no_nudge_days": translate("Errors", "Choose at least one day for nudges."),
        "unknown_language": translate("Errors", "Dayweave does not speak that language."),
        "not_a_choice": translate("Errors", "%field must be one of %choices."),
        "runs_since": translate("Errors", "%kind has run only since %since."),
        "span_too_long": translate(
            "Errors", "That is %hours hours: give the day it ended too, if you mean it."
        ),
        "runs_too_long": translate(
            "Errors",
            "%kind would run from %since, %hours hours: it would replace every block since then.",
        ),
        "too_many_aliases": translate("Errors", "At most 50 other names."),
        "at_and_line": translate(
            "Errors", "The time given and the time in the line disagree: give one of them."
        ),
        "cause_and_line": translate(
            "Errors", "The cause given and the cause in the line disagree: give one of them."
        ),
        "already_person": translate("Errors", "%name is already in your people."),
        "no_such_person": translate("Errors", "Nobody in your people is called %name."),
        "no_next_action": translate("Errors", "No next action agreed with %name to mark done."),
        "same_person": translate("Errors", "%name is one record already."),
        "ambiguous_name": translate("Errors", "'%name' could be %candidates: give the full name."),
        "not_changeable": translate("Errors", "%fields cannot be changed."),
        "not_stoppable": translate("Errors", "'%what' cannot be stopped."),
        "no_such_entry": translate("Errors", "That entry is no longer there."),
        "no_such_setting": translate("Errors", "There is no setting %name."),
        "no_such_device": translate("Errors", "There is no device %name in the data folder."),
        "ambiguous_device": translate(
            "Errors", "%name is the name of more than one device: give its id (%candidates)."
        ),
        "empty_device_name": translate("Errors", "The new name is empty."),
        "year_range": translate("Errors", "The year %year is outside %low-%high."),
        "not_a_number": translate("Errors", "%field is not a whole number."),
        "needs_someone": translate("Errors", "A contact is with someone: say who."),
        "too_few_parts": translate("Errors", "A split gap needs two or more parts."),
        "parts_out_of_order": translate(
            "Errors", "The parts must follow each other from the gap's start to its end."
        ),
        "dst_gap": translate(
            "Errors", "%time does not exist on %day in %zone: the clocks skip it."
        ),
        "not_email_addresses": translate("Errors", "Your own e-mails must be e-mail addresses."),
        "not_absolute": translate("Errors", "%path is not a full path."),
        "no_such_file": translate("Errors", "There is no %path."),
        "not_a_calendar": translate("Errors", "%path is not an .ics file or a folder of them."),
        "not_regular": translate("Errors", "%path is not a regular file or a folder."),
        "not_a_source": translate("Errors", "%path is not one of your calendars."),
    }


def _number_or_text(value: Any) -> str:
    """23.0 hours says 23; 23.5 says 23.5."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}"
    return str(value)


def validation_text(error: Any) -> str | None:
    """A ValidationError (or a Refused) from its code; None when the code is unknown."""
    template = _templates().get(getattr(error, "code", ""))
    if template is None:
        return None
    values = dict(error.values)
    values["field"] = _field(error.field)
    if "kind" in values and error.code in ("runs_since", "runs_too_long"):
        values["kind"] = kind_label(values["kind"])
    # A block running since another day says the day too.
    shown = "%Y-%m-%d %H:%M" if error.code == "runs_too_long" else "%H:%M"
    if "since" in values:  # an instant in UTC: shown in the zone the user's days are cut in
        from datetime import datetime

        from tracker.kernel.localzone import local_zone

        since = values["since"]
        if isinstance(since, str):  # as the app's socket answer carries it
            since = datetime.fromisoformat(since)
        values["since"] = since.astimezone(local_zone()).strftime(shown)
    # In one pass, longest names first (%field is not %f...): a value that holds "%field"
    # is quoted as typed, not filled in again.
    names = "|".join(re.escape(name) for name in sorted(values, key=len, reverse=True))
    return re.sub(f"%({names})", lambda m: _number_or_text(values[m[1]]), template)


def quick_entry_text(error: Any) -> str | None:
    """A quick-entry error from its code; %1 is the part of the line at fault."""
    templates = {
        "empty": translate("Texts", "The line is empty; start with a kind, e.g. 'work plan'."),
        "not_time": translate("Texts", "'%1' is not a time; write it as 9:00 or 9:00-10:30."),
        "second_time": translate("Texts", "'%1' is a second time; give one time or one range."),
        "not_date": translate("Texts", "'%1' is not a date."),
        "needs_kind": translate(
            "Texts", "'%1' needs a kind after it: work, life, call, meeting, disruption, contact."
        ),
        "not_kind": translate(
            "Texts",
            "'%1' is not a kind; start with work, life, call, meeting, disruption or contact.",
        ),
        "not_tag": translate("Texts", "'%1' is not a tag; write #word."),
        "needs_name": translate("Texts", "'%1' needs a name after it."),
        "moment_range": translate("Texts", "This is a moment: give one time, not the range '%1'."),
        "title_character": translate("Texts", "'%1' contains a character that cannot be stored."),
        "title_long": translate("Texts", "The title is longer than 500 characters."),
        "needs_name_before": translate("Texts", "'%1' needs a name before it."),
        "not_name": translate("Texts", "'%1' is not a name."),
        "day_needs_time": translate("Texts", "'%1' needs a time after it, e.g. '%1 9:00-10:00'."),
        # The circles in the app's words, as `--circle` lists them (any of them reads back).
        "not_circle": translate("Texts", "'%1' is not a circle; use one of %2."),
    }
    template = templates.get(getattr(error, "code", ""))
    if template is None:
        return None
    circles = ", ".join(circle_label(circle) for circle in CIRCLES)
    return fill(template, getattr(error, "part", ""), circles)


def disk_reason(error: OSError) -> str | None:
    """The reasons tracker.store.atomic gives for a failed write, in the user's language."""
    from tracker.store.atomic import describe_os_error

    translated = {
        "the disk is full": translate("Errors", "the disk is full"),
        "the disk quota is used up": translate("Errors", "the disk quota is used up"),
        "the disk is read-only": translate("Errors", "the disk is read-only"),
        "permission denied": translate("Errors", "permission denied"),
    }
    return translated.get(describe_os_error(error))


def error_text(error: BaseException) -> str:
    """One sentence for a message box, a dialog's problem line or the command line."""
    from tracker.kernel.model import ValidationError
    from tracker.kernel.textrules import QuickEntryError
    from tracker.store.atomic import StoreWriteError
    from tracker.store.errors import NewerSchemaError
    from tracker.store.lock import LockTimeout

    if isinstance(error, ValidationError):
        return validation_text(error) or str(error)
    if isinstance(error, QuickEntryError):
        return quick_entry_text(error) or str(error)
    if isinstance(error, StoreWriteError):
        reason = disk_reason(error)
        name = getattr(error, "file_name", "")
        if reason and name:
            return (
                translate("Errors", "Could not save %1: %2.")
                .replace("%1", name)
                .replace("%2", reason)
            )
        return str(error)
    if isinstance(error, NewerSchemaError):
        return translate("Errors", "this data was written by a newer Dayweave; please update")
    if isinstance(error, LockTimeout):
        return translate(
            "Errors", "Another Dayweave is busy with this data folder; try again in a moment."
        )
    return str(error)


def damage_reason(report: DamageReport) -> str:
    """What `dayweave check` finds wrong with a file, by its code; a technical detail in
    brackets (the JSON parser's, the system's) is kept as it was."""
    reasons = {
        "temp": translate(
            "Errors", "a temp file a killed writer left; `dayweave check --repair` removes it"
        ),
        "empty": translate("Errors", "the file is empty"),
        "zero_bytes": translate("Errors", "the file holds zero bytes, as a crash can leave"),
        "not_json": translate("Errors", "not valid JSON"),
        "wrong_shape": translate("Errors", "it does not hold Dayweave's data"),
        "link": translate("Errors", "it is a link, which Dayweave never follows"),
        "not_regular": translate(
            "Errors", "it is a pipe, a device or a socket, which Dayweave never reads"
        ),
        "unreadable": translate("Errors", "it cannot be read"),
        "record": translate("Errors", "a record in it is skipped by readers"),
        "twin": translate(
            "Errors",
            "a sync tool's conflict copy here means two machines write as this device; "
            "remove the file device-id from the configuration folder of one of them",
        ),
    }
    reason = reasons.get(report.code)
    if reason is None:
        return report.reason
    detail = report.reason.partition("(")[2].rpartition(")")[0]
    return f"{reason} ({detail})" if detail else reason


def damage_text(report: DamageReport) -> str:
    """A repaired file (a store.errors.DamageReport), said once."""
    reasons = {
        "empty": translate("Errors", "it was empty"),
        "zero_bytes": translate("Errors", "it held only zero bytes, as a crash can leave"),
        "not_json": translate("Errors", "it was not readable data"),
        "wrong_shape": translate("Errors", "it did not hold Dayweave's data"),
        "unreadable": translate("Errors", "it could not be read"),
        "not_regular": translate("Errors", "it was a pipe, a device or a socket"),
        "set_aside": translate("Errors", "it could not be read"),
    }
    reason = reasons.get(report.code, report.reason)
    text = (
        translate("Errors", "%1 was damaged (%2).")
        .replace("%1", report.path.name)
        .replace("%2", reason)
    )
    if report.restored_from is not None:
        text += " " + translate("Errors", "Its backup of %1 is back in its place.").replace(
            "%1", report.restored_from.parent.name
        )
    elif report.code == "set_aside" and report.moved_to is not None:
        text += " " + translate("Errors", "The defaults take its place.")
    elif report.moved_to is not None and not report.recovered:
        text += " " + translate("Errors", "No backup held it; it starts empty.")
    if report.recovered:
        text += " " + translate(
            "Errors", "Records brought back from the damaged file: %1."
        ).replace("%1", str(report.recovered))
    if report.moved_to is not None:
        text += " " + translate("Errors", "The damaged file is kept as %1.").replace(
            "%1", report.moved_to.name
        )
    return text


def import_problem_text(problem: object) -> str:
    """Why a vCard was skipped (tracker.people.vcard.ImportProblem), in the user's language."""
    code, card = getattr(problem, "code", ""), getattr(problem, "card", "")
    if code == "no_cards":
        return translate("Errors", "The file holds no vCard.")
    if code == "unreadable":
        return translate("Errors", "Card %1 is not a readable vCard.").replace("%1", card)
    if code == "no_name":
        return translate("Errors", "Card %1 has no name.").replace("%1", card)
    error = getattr(problem, "error", None)
    if code == "invalid" and error is not None:
        return f"'{card}': {error_text(error)}"
    return str(problem)
