"""What a gap was, answered through the door: each answer is the log it stands for.

"a break" logs life over the gap (the work block makes room for it, as any block logged over
another does); "a disruption" logs one at the gap's start, lasting the gap, under the running
block, which stays as it was; "a live meeting" logs the meeting with whom; "still working"
keeps everything. The gap itself is noted in this device's session notes with its answer, so
`dayweave away` can list a day's gaps and an unanswered one is not asked about twice.
"split" answers a gap that was several things: consecutive parts, each one of those answers,
logged as one change (undone as one) and noted as gaps of their own.
"""

from __future__ import annotations

from tracker.away.gaps import ANSWERS, Gap, gap_from_record, noted
from tracker.commands.door import Commands, handles
from tracker.commands.errors import Refused
from tracker.commands.requests import AnswerGap, Log
from tracker.commands.results import Result
from tracker.kernel.model import ValidationError
from tracker.timeline.handlers import log

__all__ = ["answer_gap", "noted_gaps", "split_parts"]


def noted_gaps(door: Commands) -> list[dict[str, object]]:
    """The gaps noted in this device's session notes, as stored (damaged ones left out)."""
    gaps = door.journal.session().get("gaps")
    kept = []
    for record in gaps if isinstance(gaps, list) else ():
        try:
            gap_from_record(record)
        except ValueError:
            continue  # one damaged note never costs the others
        kept.append(record)
    return kept


def _gap(request: AnswerGap) -> Gap:
    if request.start is None or request.end is None:
        raise ValidationError("start", "a gap needs its start and end", "not_a_time")
    if request.end < request.start:
        raise ValidationError("end", "end is before start", "end_before_start")
    return Gap(request.start, request.end)


def _answered_before(door: Commands, gap: Gap) -> bool:
    """Answered, and what the answer logged is still there (an undone answer asks again)."""
    for record in noted_gaps(door):
        found = gap_from_record(record)
        if found.gap.start == gap.start and found.answer:
            if found.entry_id is None:
                return True
            try:
                return not door.journal.get(found.entry_id, near=gap.start).deleted
            except LookupError:  # NotFound: gone from the files
                return False
    return False


@handles(AnswerGap)
def answer_gap(door: Commands, request: AnswerGap) -> Result:
    gap, answer = _gap(request), request.answer
    if answer not in ("", "split", *ANSWERS):
        raise Refused(
            "answer", f"{answer!r}: a gap is one of {', '.join(ANSWERS)}", "not_a_choice",
            {"choices": ", ".join(ANSWERS)},
        )  # fmt: skip
    parts = split_parts(request) if answer == "split" else [request]
    if answer and _answered_before(door, gap):  # asked once: a second answer logs nothing
        return Result(request.NAME).note("unchanged")
    result = Result(request.NAME)
    notes = noted_gaps(door)
    try:
        for part in parts:
            logged = _log_answer(door, part)
            _joined_into(result, logged)
            entry_id = logged.stored[0].id if logged.stored else None
            cause = part.cause if part.answer == "disruption" else None
            notes = noted(notes, _gap(part), part.answer, cause=cause, entry_id=entry_id)
    except ValidationError:
        door.take_back_pending()  # a later part refused: nothing of the earlier ones stays
        raise
    door.journal.save_session({**door.journal.session(), "gaps": notes})
    result.gap = (gap.start, gap.end)  # a notice even for "still working": the week's hatch
    return result


def _log_answer(door: Commands, request: AnswerGap) -> Result:
    """The log one answer stands for (nothing for still working, or unanswered)."""
    times = {"at": request.start, "until": request.end, "tz": request.tz, "now": request.now}
    if request.answer == "break":
        return log(door, Log(kind="life", **times))
    if request.answer == "disruption":
        return log(door, Log(kind="disruption", cause=request.cause, **times))
    if request.answer == "meeting":
        meeting = Log(kind="meeting", names=request.names, person_ids=request.person_ids, **times)
        return log(door, meeting)
    return Result(request.NAME)


def _joined_into(result: Result, part: Result) -> None:
    for name in ("stored", "ended", "trimmed", "removed", "split", "replaced"):
        getattr(result, name).extend(getattr(part, name))
    result.people_added.extend(part.people_added)
    result.notes.extend(part.notes)


def split_parts(request: AnswerGap) -> list[AnswerGap]:
    """A split gap's parts as answers of their own, consecutive from the gap's start to its
    end; ValidationError (nothing written) when they are not two or more such parts, or one
    is not an answer."""
    if len(request.parts) < 2:
        raise Refused("parts", "a split gap needs two or more parts", "too_few_parts")
    parts, start = [], request.start
    for index, record in enumerate(request.parts):
        last = index == len(request.parts) - 1
        part = _part(request, record, start, last)
        if not start < part.end <= request.end or (last and part.end != request.end):
            raise ValidationError("parts", "the parts must follow each other", "parts_out_of_order")
        parts.append(part)
        start = part.end
    return parts


def _part(request: AnswerGap, record: object, start: object, last: bool) -> AnswerGap:
    from tracker.kernel.timefmt import parse_utc

    if not isinstance(record, dict):
        raise ValidationError("parts", "a part of a split gap is a record", "parts_out_of_order")
    try:
        end = request.end if last and not record.get("end") else parse_utc(record["end"])
        names = tuple((str(n), c) for n, c in record.get("names") or ())
    except (KeyError, TypeError, ValueError):
        message = "a part of a split gap needs its end, and whom as [name, circle]"
        raise ValidationError("parts", message, "parts_out_of_order") from None
    answer = record.get("answer")
    if answer not in ANSWERS:
        raise Refused(
            "answer", f"{answer!r}: a part is one of {', '.join(ANSWERS)}", "not_a_choice",
            {"choices": ", ".join(ANSWERS)},
        )  # fmt: skip
    cause = record.get("cause") if answer == "disruption" else None
    return AnswerGap(
        start=start, end=end, answer=answer, cause=cause, names=names, tz=request.tz,
        now=request.now,
    )  # fmt: skip
