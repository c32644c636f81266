"""What went wrong, in the user's language.

The domain and the store raise errors with English messages (the command line's language) and
codes; this module turns the codes into tr() text. Anything it does not know keeps its English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.core.model import ValidationError
from tracker.store.atomic import StoreWriteError, describe_os_error
from tracker.store.journal import DamageReport, NewerSchemaError
from tracker.store.lock import LockTimeout
from tracker.ui.texts import kind_label

__all__ = ["damage_text", "error_text", "import_problem_text"]


def _field(name: str) -> str:
    labels = {
        "title": QCoreApplication.translate("Errors", "The title"),
        "note": QCoreApplication.translate("Errors", "The note"),
        "tags": QCoreApplication.translate("Errors", "A tag"),
        "cause": QCoreApplication.translate("Errors", "The cause"),
        "name": QCoreApplication.translate("Errors", "The name"),
        "team": QCoreApplication.translate("Errors", "The team"),
        "notes": QCoreApplication.translate("Errors", "The notes"),
        "next_action": QCoreApplication.translate("Errors", "The next action"),
        "emails": QCoreApplication.translate("Errors", "An e-mail address"),
        "every_days": QCoreApplication.translate("Errors", "Days between contacts"),
        "own_team": QCoreApplication.translate("Errors", "Your own team"),
        "nudge_start_hour": QCoreApplication.translate("Errors", "The first hour for nudges"),
        "nudge_end_hour": QCoreApplication.translate("Errors", "The last hour for nudges"),
        "max_nudges_per_day": QCoreApplication.translate("Errors", "The number of nudges a day"),
        "default_every_days": QCoreApplication.translate("Errors", "Days between contacts"),
        "live_every_days": QCoreApplication.translate("Errors", "Days between live meetings"),
        "first_weekday": QCoreApplication.translate("Errors", "The first day of the week"),
        "lost_min": QCoreApplication.translate("Errors", "Time lost"),
    }
    return labels.get(name, name.replace("_", " "))


def _validation_text(error: ValidationError) -> str | None:
    templates = {
        "not_text": QCoreApplication.translate("Errors", "%field must be text."),
        "too_long": QCoreApplication.translate(
            "Errors", "%field is longer than %limit characters."
        ),
        "control_character": QCoreApplication.translate(
            "Errors", "%field contains a character that cannot be stored."
        ),
        "unknown_zone": QCoreApplication.translate("Errors", "'%zone' is not a known time zone."),
        "unknown_kind": QCoreApplication.translate("Errors", "'%kind' is not a kind of entry."),
        "not_a_time": QCoreApplication.translate("Errors", "That is not a time."),
        "moment_has_end": QCoreApplication.translate("Errors", "A moment has no end."),
        "end_before_start": QCoreApplication.translate("Errors", "The end is before the start."),
        "tag_words": QCoreApplication.translate("Errors", "The tag '%tag' must be one word."),
        "not_a_person": QCoreApplication.translate(
            "Errors", "Someone in this entry is not a known person."
        ),
        "cause_not_disruption": QCoreApplication.translate(
            "Errors", "Only a disruption has a cause."
        ),
        "empty": QCoreApplication.translate("Errors", "%field is empty."),
        "lost_not_disruption": QCoreApplication.translate(
            "Errors", "Only a disruption has time lost."
        ),
        "lost_range": QCoreApplication.translate(
            "Errors", "Time lost must be whole minutes, at most a day."
        ),
        "unknown_circle": QCoreApplication.translate("Errors", "'%circle' is not a circle."),
        "too_many_emails": QCoreApplication.translate("Errors", "At most 20 e-mail addresses."),
        "not_an_email": QCoreApplication.translate("Errors", "'%email' is not an e-mail address."),
        "out_of_range": QCoreApplication.translate(
            "Errors", "%field must be a whole number from %low to %high."
        ),
        "nudges_end_before_start": QCoreApplication.translate(
            "Errors", "Nudges must end after they start."
        ),
        "no_nudge_days": QCoreApplication.translate(
            "Errors", "Choose at least one day for nudges."
        ),
        "unknown_language": QCoreApplication.translate(
            "Errors", "Dayweave does not speak that language."
        ),
        "runs_since": QCoreApplication.translate("Errors", "%kind has run only since %since."),
        "span_too_long": QCoreApplication.translate(
            "Errors", "That is %hours hours: give the day it ended too, if you mean it."
        ),
        "too_many_aliases": QCoreApplication.translate("Errors", "At most 50 other names."),
        "at_and_line": QCoreApplication.translate(
            "Errors", "The time given and the time in the line disagree: give one of them."
        ),
        "already_person": QCoreApplication.translate("Errors", "%name is already in your people."),
        "no_such_person": QCoreApplication.translate(
            "Errors", "Nobody in your people is called %name."
        ),
        "same_person": QCoreApplication.translate("Errors", "%name is one record already."),
        "ambiguous_name": QCoreApplication.translate(
            "Errors", "'%name' could be %candidates: give the full name."
        ),
        "not_changeable": QCoreApplication.translate("Errors", "%fields cannot be changed."),
        "not_stoppable": QCoreApplication.translate("Errors", "'%what' cannot be stopped."),
        "no_such_entry": QCoreApplication.translate("Errors", "That entry is no longer there."),
        "no_such_setting": QCoreApplication.translate("Errors", "There is no setting %name."),
        "year_range": QCoreApplication.translate("Errors", "The year %year is outside %low-%high."),
        "not_a_number": QCoreApplication.translate("Errors", "%field is not a whole number."),
        "dst_gap": QCoreApplication.translate(
            "Errors", "%time does not exist on %day in %zone: the clocks skip it."
        ),
    }
    template = templates.get(error.code)
    if template is None:
        return None
    values = dict(error.values)
    values["field"] = _field(error.field)
    if "kind" in values and error.code == "runs_since":
        values["kind"] = kind_label(values["kind"])
    if "since" in values:  # an instant in UTC: shown in the zone the app shows days in
        from tracker.core.localzone import local_zone

        values["since"] = values["since"].astimezone(local_zone()).strftime("%H:%M")
    # Longest names first, so %field is not taken for %f... of another name.
    for name in sorted(values, key=len, reverse=True):
        template = template.replace(f"%{name}", str(values[name]))
    return template


def _disk_reason(error: OSError) -> str | None:
    translated = {  # the reasons atomic.describe_os_error gives, in the user's language
        "the disk is full": QCoreApplication.translate("Errors", "the disk is full"),
        "the disk quota is used up": QCoreApplication.translate(
            "Errors", "the disk quota is used up"
        ),
        "the disk is read-only": QCoreApplication.translate("Errors", "the disk is read-only"),
        "permission denied": QCoreApplication.translate("Errors", "permission denied"),
    }
    return translated.get(describe_os_error(error))


def error_text(error: BaseException) -> str:
    """One sentence for a message box or a dialog's problem line."""
    if isinstance(error, ValidationError):
        return _validation_text(error) or str(error)
    if isinstance(error, StoreWriteError):
        reason = _disk_reason(error)
        name = getattr(error, "file_name", "")
        if reason and name:
            return (
                QCoreApplication.translate("Errors", "Could not save %1: %2.")
                .replace("%1", name)
                .replace("%2", reason)
            )
        return str(error)
    if isinstance(error, NewerSchemaError):
        return QCoreApplication.translate(
            "Errors", "this data was written by a newer Dayweave; please update"
        )
    if isinstance(error, LockTimeout):
        return QCoreApplication.translate(
            "Errors", "Another Dayweave is busy with this data folder; try again in a moment."
        )
    return str(error)


def damage_text(report: DamageReport) -> str:
    """A repaired file, said once by the app (the command line says `report.describe()`)."""
    reasons = {
        "empty": QCoreApplication.translate("Errors", "it was empty"),
        "zero_bytes": QCoreApplication.translate(
            "Errors", "it held only zero bytes, as a crash can leave"
        ),
        "not_json": QCoreApplication.translate("Errors", "it was not readable data"),
        "wrong_shape": QCoreApplication.translate("Errors", "it did not hold Dayweave's data"),
        "unreadable": QCoreApplication.translate("Errors", "it could not be read"),
        "set_aside": QCoreApplication.translate("Errors", "it could not be read"),
    }
    reason = reasons.get(report.code, report.reason)
    text = (
        QCoreApplication.translate("Errors", "%1 was damaged (%2).")
        .replace("%1", report.path.name)
        .replace("%2", reason)
    )
    if report.restored_from is not None:
        text += " " + QCoreApplication.translate(
            "Errors", "Its backup of %1 is back in its place."
        ).replace("%1", report.restored_from.parent.name)
    elif report.code == "set_aside" and report.moved_to is not None:
        text += " " + QCoreApplication.translate("Errors", "The defaults take its place.")
    elif report.moved_to is not None and not report.recovered:
        text += " " + QCoreApplication.translate("Errors", "No backup held it; it starts empty.")
    if report.recovered:
        text += " " + QCoreApplication.translate(
            "Errors", "Records brought back from the damaged file: %1."
        ).replace("%1", str(report.recovered))
    if report.moved_to is not None:
        text += " " + QCoreApplication.translate(
            "Errors", "The damaged file is kept as %1."
        ).replace("%1", report.moved_to.name)
    return text


def import_problem_text(problem: str) -> str:
    """Why a vCard was skipped (core.vcard.ImportProblem), in the user's language."""
    code, card = getattr(problem, "code", ""), getattr(problem, "card", "")
    if code == "no_cards":
        return QCoreApplication.translate("Errors", "The file holds no vCard.")
    if code == "unreadable":
        return QCoreApplication.translate("Errors", "Card %1 is not a readable vCard.").replace(
            "%1", card
        )
    if code == "no_name":
        return QCoreApplication.translate("Errors", "Card %1 has no name.").replace("%1", card)
    if code == "invalid" and problem.error is not None:
        return f"'{card}': {error_text(problem.error)}"
    return str(problem)
