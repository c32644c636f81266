"""What a gap was, answered through the door: each answer is the log it stands for.

"a break" logs life over the gap (the work block makes room for it, as any block logged over
another does); "a disruption" logs one at the gap's start, lasting the gap, under the running
block, which stays as it was; "a live meeting" logs the meeting with whom; "still working"
keeps everything. The gap itself is noted in this device's session notes with its answer, so
`dayweave away` can list a day's gaps and an unanswered one is not asked about twice.
"""

from __future__ import annotations

from tracker.away.gaps import ANSWERS, Gap, gap_from_record, noted
from tracker.commands.door import Commands, handles
from tracker.commands.errors import Refused
from tracker.commands.requests import AnswerGap, Log
from tracker.commands.results import Result
from tracker.kernel.model import ValidationError
from tracker.timeline.handlers import log

__all__ = ["answer_gap", "noted_gaps"]


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
    for record in noted_gaps(door):
        found = gap_from_record(record)
        if found.gap.start == gap.start and found.answer:
            return True
    return False


@handles(AnswerGap)
def answer_gap(door: Commands, request: AnswerGap) -> Result:
    gap, answer = _gap(request), request.answer
    if answer not in ("", *ANSWERS):
        raise Refused(
            "answer", f"{answer!r}: a gap is one of {', '.join(ANSWERS)}", "not_a_choice",
            {"choices": ", ".join(ANSWERS)},
        )  # fmt: skip
    if answer and _answered_before(door, gap):  # asked once: a second answer logs nothing
        return Result(request.NAME).note("unchanged")
    times = {"at": gap.start, "until": gap.end, "tz": request.tz, "now": request.now}
    result = Result(request.NAME)
    if answer == "break":
        result = log(door, Log(kind="life", **times))
    elif answer == "disruption":
        result = log(door, Log(kind="disruption", cause=request.cause, **times))
    elif answer == "meeting":
        meeting = Log(kind="meeting", names=request.names, person_ids=request.person_ids, **times)
        result = log(door, meeting)
    entry_id = result.stored[0].id if result.stored else None
    cause = request.cause if answer == "disruption" else None
    notes = noted(noted_gaps(door), gap, answer, cause=cause, entry_id=entry_id)
    door.journal.save_session({**door.journal.session(), "gaps": notes})
    return result
