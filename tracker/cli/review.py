"""`dayweave review`, `dayweave search` and `dayweave people show`: what the weeks and months
show, everything that matches some words, and one person over time. Only reads."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.cli.errors import StoreProblem, UsageError
from tracker.cli.render import day_text, local_zone
from tracker.kernel.clock import SystemClock
from tracker.kernel.days import local_day
from tracker.kernel.model import Entry, Person
from tracker.kernel.vocabulary import KINDS, cause_word, circle_label, kind_of, kind_word
from tracker.kernel.words import current_language, fill, translate

if TYPE_CHECKING:
    from tracker.review.drifting import Drift
    from tracker.review.person import PersonHistory
    from tracker.review.report import Review
    from tracker.store.faces import JournalFace as Journal

__all__ = ["drifting_lines", "print_intention", "run_review_reading"]

_DEFAULT_WEEKS = 12
_MAX_WEEKS = 520


def run_review_reading(args: argparse.Namespace, journal: Journal) -> None:
    zone = _zone(args.tz if args.command != "people" else None)
    now = SystemClock().now()
    if args.command == "review":
        _review(args, journal, zone, now)
    elif args.command == "search":
        _search(args, journal, zone, now)
    else:
        _person(args, journal, zone, now)


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else local_zone()
    except (ZoneInfoNotFoundError, ValueError):
        text = translate("Cli", "--tz: '%1' is not a known time zone")
        raise UsageError(fill(text, name)) from None


def _day(text: str | None, today: date) -> date | None:
    from tracker.timeline.when import parse_day

    if text is None:
        return None
    try:
        return parse_day(text, today)
    except ValueError as error:
        raise UsageError(str(error)) from None


def _hours(minutes: float) -> str:
    minutes = round(minutes)
    return fill(
        translate("Cli", "%1h%2", "hours and minutes"), minutes // 60, f"{minutes % 60:02d}"
    )


# -- review ------------------------------------------------------------------------------


def _weeks(args: argparse.Namespace, today: date, first: int) -> list[date]:
    from tracker.review.load import last_weeks, weeks_from_to

    end = _day(args.end, today) or today
    start = _day(args.start, today)
    if start is not None:
        if start > end:
            raise UsageError(translate("Cli", "--from must not be after --to"))
        firsts = weeks_from_to(start, end, first)
    else:
        count = _DEFAULT_WEEKS if args.weeks is None else args.weeks
        if not 1 <= count <= _MAX_WEEKS:
            text = translate("Cli", "--weeks must be a whole number from 1 to %1")
            raise UsageError(fill(text, _MAX_WEEKS))
        firsts = last_weeks(count, end, first)
    if len(firsts) > _MAX_WEEKS:
        raise UsageError(fill(translate("Cli", "a review holds at most %1 weeks"), _MAX_WEEKS))
    return firsts


def _review(args: argparse.Namespace, journal: Journal, zone: ZoneInfo, now: datetime) -> None:
    from tracker.review.cache import WeekCache
    from tracker.review.keep import read_kept, write_kept
    from tracker.review.keptfile import cache_file
    from tracker.review.load import load_review, week_first_day
    from tracker.review.standout import standout
    from tracker.review.tojson import review_to_json
    from tracker.store.layout import default_data_dir

    firsts = _weeks(args, now.astimezone(zone).date(), week_first_day(journal))
    cache = WeekCache(journal)
    kept = cache_file(args.data_dir or default_data_dir())  # the weeks the last run summed
    cache.kept.update(read_kept(kept))
    review = load_review(journal, cache, firsts, zone, now)
    if cache.changed:
        write_kept(kept, cache.kept)
    sentences = standout(review)
    intention = _this_weeks_intention(journal, now, zone)
    if args.png is not None:
        _save_png(args, review, sentences)
    elif args.json:
        data = {**review_to_json(review, sentences), "intention": intention}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_review(review, sentences)
        if intention:
            print(fill(translate("Cli", "This week's intention: %1"), intention))


def _this_weeks_intention(journal: Journal, now: datetime, zone: ZoneInfo) -> str:
    from tracker.kernel.days import first_weekday
    from tracker.store.intentions import intention_for

    first = first_weekday(journal.settings().first_weekday)  # the user's week (issue 22)
    return intention_for(cast("Any", journal), now.astimezone(zone).date(), first)


def print_intention(args: argparse.Namespace) -> None:
    """What `review --intention TEXT` did (the door refused anything else: exit 2)."""
    text = " ".join(args.intention.split())
    if text:
        print(fill(translate("Cli", "intention for the week: %1"), text))
    else:
        print(translate("Cli", "intention taken back"))


def _save_png(args: argparse.Namespace, review: Review, sentences: list[str]) -> None:
    """As `week --png`: offscreen, through the one private writer."""
    from tracker.launch import gui  # the image needs Qt
    from tracker.store.private import STDOUT, RefusedTarget, check_target

    folder = args.png.expanduser().absolute().parent
    if str(args.png) != STDOUT and not folder.is_dir():
        text = translate("Cli", "could not save the image: there is no folder %1")
        raise StoreProblem(fill(text, folder))
    try:
        check_target(args.png.expanduser())
    except RefusedTarget as error:
        raise UsageError(str(error)) from None
    try:
        gui("tracker.ui.review.image").save_review_png(
            review, sentences, args.png.expanduser(), dark=args.dark,
            lang=args.lang or current_language(),
        )  # fmt: skip
    except OSError:
        text = translate("Cli", "could not save the image to %1")
        raise StoreProblem(fill(text, args.png)) from None
    if str(args.png) != STDOUT:  # standard output holds the image
        print(fill(translate("Cli", "Saved %1"), args.png))


def _causes(counts: Mapping[str, int]) -> str:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{cause_word(cause)} {count}" for cause, count in ordered)


def _print_review(review: Review, sentences: list[str]) -> None:
    heading = translate("Cli", "Review of %1 - %2 (%3)")
    first, last = day_text(review.first_day, year=True), day_text(review.last_day, year=True)
    print(fill(heading, first, last, review.zone.key))
    for sentence in sentences:
        print(f"  {sentence}")
    counts = translate("Cli", "work %1  life %2  switches %3  disruptions %4")
    lasted = translate("Cli", "disrupted %1", "minutes of disruption in a week, where known")
    for week, disrupted in zip(review.weeks, review.disrupted_by_week, strict=True):
        numbers = fill(
            counts, _hours(week.work_min), _hours(week.life_min), week.switches, week.disruptions
        )
        if round(disrupted):  # only where a disruption's end is known (issue 21)
            numbers += ", " + fill(lasted, _hours(disrupted))
        causes = _causes(week.disruptions_by_cause)
        print(f"{day_text(week.first_day)}  {numbers}" + (f" ({causes})" if causes else ""))
    for row in review.months:
        month = f"{row.month:%Y-%m}"
        text = translate("Cli", "%1  calls %2  live meetings %3 (%4 wanted)  contacts %5")
        line = fill(text, month, row.calls, row.live_meetings, row.live_wanted, row.contacts)
        circles = ", ".join(
            f"{circle_label(circle)} {sum(kinds.values())}"
            for circle, kinds in sorted(row.by_circle.items())
        )
        print(line + (f"  ({circles})" if circles else ""))
    _print_prompts(review)
    for gap in review.circles:
        text = (
            translate("Cli", "%1: last reached %2 days ago, every %3 days wanted; slipping")
            if gap.slipping
            else translate("Cli", "%1: last reached %2 days ago, every %3 days wanted")
        )
        print(fill(text, circle_label(gap.circle), gap.days_since, gap.every_days))
    if review.drifting:
        print(translate("Cli", "Drifting (their gaps growing):"))
        for line in drifting_lines(review.drifting):
            print(f"  {line}")


def _print_prompts(review: Review) -> None:
    """Per month with calls: how many had their prompts used, and next actions agreed and
    kept."""
    text = translate(
        "Cli",
        "%1  calls and live meetings %2: first minutes %3, last minutes %4, next actions %5,"
        " kept %6",
    )
    for row in review.prompts_by_month:
        if row.calls:
            month = f"{row.first_day:%Y-%m}"
            print(fill(text, month, row.calls, row.opened, row.closed, row.agreed, row.kept))


def drifting_lines(found: list[Drift]) -> list[str]:
    """One line per circle: who in it is drifting, the most first (unsorted ones last)."""
    from tracker.review.drifting import drifting_by_circle

    text = translate("Cli", "%1 %2 days (usually %3, every %4 wanted)", "a person drifting")
    lines = []
    for circle, drifts in drifting_by_circle(found).items():
        label = circle_label(circle) if circle else translate("Cli", "not sorted")
        people = "; ".join(
            fill(text, d.person.name, d.days_since, f"{d.median_days:g}", d.every_days)
            for d in drifts
        )
        lines.append(f"{label}: {people}")
    return lines


# -- search ------------------------------------------------------------------------------


def _person_ids(names: list[str], records: list[Person]) -> frozenset[str]:
    from tracker.people.identity import resolve_name

    ids = set()
    for name in names:
        found = resolve_name(name, records)
        if found.ambiguous:
            text = translate("Cli", "'%1' could be %2: give the full name")
            raise UsageError(fill(text, name, ", ".join(p.name for p in found.candidates)))
        if found.person is None:
            raise UsageError(fill(translate("Cli", "no one called '%1' in your people"), name))
        ids.add(found.person.id)
    return frozenset(ids)


def _kinds(words: list[str]) -> frozenset[str]:
    kinds = set()
    for word in words:
        kind = kind_of(word)
        if kind is None:
            text = translate("Cli", "'%1' is not a kind; use %2")
            raise UsageError(fill(text, word, ", ".join(kind_word(k) for k in KINDS)))
        kinds.add(kind.value)
    return frozenset(kinds)


def _line(entry: Entry, people: Mapping[str, Person], zone: ZoneInfo) -> str:
    from tracker.review.report import who_stays

    start = entry.start.astimezone(zone)
    when = f"{start:%Y-%m-%d %H:%M}"
    if entry.end is not None:
        when += entry.end.astimezone(zone).strftime("-%H:%M")
    kind = kind_word(entry.kind) + (f" ({cause_word(entry.cause)})" if entry.cause else "")
    text = f"{when}  {kind}" + (f' "{entry.title}"' if entry.title else "")
    names = [p.name for i in entry.people if (p := who_stays(i, people)) is not None]
    if names:
        text += " " + fill(translate("Cli", "with %1"), ", ".join(names))
    if entry.note:
        text += f"  · {' '.join(entry.note.split())[:80]}"
    return text


def _search(args: argparse.Namespace, journal: Journal, zone: ZoneInfo, now: datetime) -> None:
    from tracker.review.index import indexed_search, search_file
    from tracker.review.search import Query
    from tracker.review.tojson import entry_to_json
    from tracker.store.layout import default_data_dir

    today = now.astimezone(zone).date()
    start, end = _day(args.start, today), _day(args.end, today)
    if start is not None and end is not None and start > end:
        raise UsageError(translate("Cli", "--from must not be after --to"))
    people = journal.people_by_id()
    query = Query(
        text=" ".join(args.text),
        kinds=_kinds(args.kinds),
        people=_person_ids(args.people, journal.people(include_deleted=True)),
        start=local_day(start, zone).start if start is not None else None,
        end=local_day(end, zone).end if end is not None else None,
    )
    found = 0
    results: list[dict[str, Any]] = []
    index = search_file(args.data_dir or default_data_dir())  # kept by day file versions
    for part in indexed_search(journal, query, people, index):
        found += len(part)
        if args.json:
            results.extend(entry_to_json(e, people, zone) for e in part)
        else:
            for entry in part:  # printed as each month is read: the first results come first
                print(_line(entry, people, zone), flush=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    elif found == 0:
        print(translate("Cli", "Nothing found."))
    else:
        text = translate("Cli", "1 found.") if found == 1 else translate("Cli", "%1 found.")
        print(fill(text, found))


# -- people show -------------------------------------------------------------------------


def _person(args: argparse.Namespace, journal: Journal, zone: ZoneInfo, now: datetime) -> None:
    from tracker.review.person import person_history
    from tracker.review.tojson import history_to_json

    records = journal.people(include_deleted=True)
    (person_id,) = _person_ids([args.name], records)
    people = journal.people_by_id()
    person = people[person_id]
    default_every = journal.settings().default_every_days
    history = person_history(person, journal, people, default_every, now)
    if args.json:
        print(json.dumps(history_to_json(history, people, zone), ensure_ascii=False, indent=2))
        return
    circle = circle_label(person.circle) if person.circle else translate("Cli", "not sorted")
    every = fill(translate("Cli", "every %1 days"), history.every_days)
    print(f"{person.name} ({circle}) {every}")
    if person.next_action:
        print(fill(translate("Cli", "next action: %1"), person.next_action))
    if history.last is None:
        print(translate("Cli", "No contact with them yet."))
        return
    gaps = iter(history.gaps)
    for entry in history.touches:
        print(f"  {_line(entry, people, zone)}")
        gap = next(gaps)
        if not gap.kept:
            print("    " + fill(translate("Cli", "then %1 days: slipped"), gap.days))
    kept = translate("Cli", "Rhythm kept in %1 of %2 gaps; last contact %3, due %4.")
    due = history.due or now
    print(fill(kept, history.kept, len(history.gaps), f"{history.last.astimezone(zone):%Y-%m-%d}",
               f"{due.astimezone(zone):%Y-%m-%d}"))  # fmt: skip
    _print_actions(history, zone)


def _print_actions(history: PersonHistory, zone: ZoneInfo) -> None:
    """The next actions agreed after their calls, oldest first, each kept or not yet."""
    if not history.actions:
        return
    kept = sum(action.kept for action in history.actions)
    print(fill(translate("Cli", "Next actions agreed: %1, kept %2"), len(history.actions), kept))
    for action in history.actions:
        day = f"{action.agreed_at.astimezone(zone):%Y-%m-%d}" if action.agreed_at else "?"
        text = action.text or translate("Cli", "the next action (its words not kept)")
        if not action.kept:
            state = translate("Cli", "not kept yet")
        elif action.kept_at is None:
            state = translate("Cli", "kept")
        else:
            state = fill(translate("Cli", "kept %1"), f"{action.kept_at.astimezone(zone):%Y-%m-%d}")
        print(f"  {day}  {text}: {state}")
