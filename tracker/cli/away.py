"""`dayweave away [DATE] [--json]`: the day's gaps in the user's presence and their answers,
numbered; `dayweave log KIND --gap N` answers one of them (its number today, or a time in it)
with the kind the answer logs: life (a break), disruption CAUSE, meeting --with NAME, work
(still working). The words are the kinds' own, English or Dutch, so nothing new to learn."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from tracker.kernel.words import translate

if TYPE_CHECKING:
    from tracker.store.faces import ReadingFace

__all__ = ["answer_text", "gap_answer", "print_answered", "run_away"]


def answer_text(answer: str, cause: str | None) -> str:
    """What the gap was, in the user's words ("" : not answered yet)."""
    from tracker.kernel.vocabulary import cause_word

    if answer == "break":
        return translate("AwayCli", "a break")
    if answer == "disruption":
        said = translate("AwayCli", "a disruption")
        return f"{said} ({cause_word(cause)})" if cause else said
    if answer == "meeting":
        return translate("AwayCli", "a live meeting")
    if answer == "working":
        return translate("AwayCli", "still working")
    return translate("AwayCli", "not answered")


def _gaps(journal: ReadingFace, start: Any, end: Any) -> list[Any]:
    """The gaps noted in [start, end); one whose answer was undone is not answered, as the
    week shows it."""
    from datetime import timedelta

    from tracker.away.gaps import NotedGap, noted_between, open_gaps

    found = noted_between(journal.session().get("gaps"), start, end)
    day = timedelta(days=1)  # an answer's entry starts at its gap's start, near the day
    still = set(open_gaps(found, journal.entries_between(start - day, end + day)))
    return [NotedGap(n.gap, "", None, None) if n.gap in still else n for n in found]


def run_away(args: argparse.Namespace, journal: ReadingFace) -> None:
    from tracker.cli.errors import UsageError
    from tracker.cli.render import day_text, local_zone
    from tracker.kernel.clock import SystemClock
    from tracker.kernel.days import local_day
    from tracker.timeline.when import parse_day

    zone = local_zone()
    today = SystemClock().now().astimezone(zone).date()
    try:
        day = parse_day(args.date, today)
    except ValueError as error:
        raise UsageError(str(error)) from None
    bounds = local_day(day, zone)
    gaps = _gaps(journal, bounds.start, bounds.end)
    if args.json:
        shown = [
            {
                "number": number,
                "start": n.gap.start.astimezone(zone).isoformat(timespec="seconds"),
                "end": n.gap.end.astimezone(zone).isoformat(timespec="seconds"),
                "minutes": round(n.gap.minutes),
                "answer": n.answer or None,
                "cause": n.cause,
                "entry": n.entry_id,
            }
            for number, n in enumerate(gaps, 1)
        ]
        print(json.dumps({"date": day.isoformat(), "tz": zone.key, "gaps": shown}, indent=2))
        return
    print(f"{day_text(day, year=True)} ({zone.key})")
    if not gaps:
        print(translate("AwayCli", "No time away noted."))
    for number, noted in enumerate(gaps, 1):
        said = answer_text(noted.answer, noted.cause)
        print(f"{number:>2}  {_times(noted.gap, zone)}  {said}")


def _times(gap: Any, zone: Any) -> str:
    start, end = gap.start.astimezone(zone), gap.end.astimezone(zone)
    minutes = round(gap.minutes)
    length = f"{minutes // 60}h{minutes % 60:02d}" if minutes >= 60 else f"{minutes}m"
    return f"{start:%H:%M}-{end:%H:%M}  {length:>5}"


# A kind the answer logs -> the answer; "break" and "working" are the answers' own words.
_ANSWERS = {"life": "break", "disruption": "disruption", "meeting": "meeting", "work": "working"}


def gap_answer(args: argparse.Namespace, journal: ReadingFace, now: Any, zone: Any) -> Any:
    """The AnswerGap `dayweave log KIND --gap N` asks for; UsageError (exit 2, nothing
    written) for a gap that is not there or words that are not an answer."""
    from tracker.cli.errors import UsageError
    from tracker.commands.requests import AnswerGap
    from tracker.kernel.vocabulary import kind_of
    from tracker.kernel.words import fill

    if args.at is not None or args.until is not None:
        raise UsageError(translate("AwayCli", "--gap gives the times: leave out --at and --until"))
    first, rest = args.words[0], args.words[1:]
    kind = kind_of(first)
    answer = {"break": "break", "pauze": "break", "working": "working"}.get(first.lower())
    answer = answer or _ANSWERS.get(kind.value if kind is not None else "")
    cause = args.cause or " ".join(rest) or None
    if answer is None or (rest and answer != "disruption"):
        text = translate(
            "AwayCli", "'%1' is not what a gap was: life, disruption CAUSE, meeting --with X, work"
        )
        raise UsageError(fill(text, " ".join(args.words)))
    noted = _chosen(journal, args.gap, now, zone)
    if noted is None:
        text = translate("AwayCli", "There is no gap %1: `dayweave away` lists them.")
        raise UsageError(fill(text, args.gap))
    return AnswerGap(
        start=noted.gap.start, end=noted.gap.end, answer=answer,
        cause=cause if answer == "disruption" else None,
        names=tuple((name, None) for name in args.people), tz=zone.key, now=now,
    )  # fmt: skip


def _chosen(journal: ReadingFace, which: str, now: Any, zone: Any) -> Any:
    """Today's gap by its number, or the gap holding a time ('yesterday 14:05'); None."""
    from datetime import timedelta

    from tracker.kernel.days import local_day
    from tracker.timeline.when import parse_when

    if which.isdigit():
        bounds = local_day(now.astimezone(zone).date(), zone)
        gaps = _gaps(journal, bounds.start, bounds.end)
        number = int(which)
        return gaps[number - 1] if 0 < number <= len(gaps) else None
    try:
        moment = parse_when(which, now, zone)
    except ValueError:
        return None
    near = _gaps(journal, moment - timedelta(days=1), moment + timedelta(days=1))
    return next((n for n in near if n.gap.start <= moment <= n.gap.end), None)


def print_answered(request: Any, result: Any, as_json: bool) -> None:
    """What the answer did: the entry it logged, or that the gap was answered before."""
    from tracker.cli.render import local_zone
    from tracker.kernel.codec import entry_to_record
    from tracker.kernel.words import fill

    if as_json:
        print(json.dumps([entry_to_record(e) for e in result.stored], ensure_ascii=False))
        return
    zone = local_zone()
    from tracker.away.gaps import Gap

    gap = _times(Gap(request.start, request.end), zone)
    if result.has_note("unchanged"):
        print(fill(translate("AwayCli", "%1 was answered already: nothing changed."), gap))
        return
    print(fill(translate("AwayCli", "%1: %2."), gap, answer_text(request.answer, request.cause)))
