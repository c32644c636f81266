"""Two or three sentences of what stands out in a review, from plain rules on its numbers
(never invented): disruptions that doubled and when most strike, a circle not reached for
longer than its cadence, live meetings below the setting, work that grew. In the user's
language, through the command line's catalogues (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.kernel.vocabulary import cause_word, circle_label
from tracker.kernel.words import fill, translate
from tracker.review.report import Review
from tracker.timeline.patterns import MIN_PATTERN_DISRUPTIONS, part_of_day

__all__ = ["Slot", "busiest_slot", "month_name", "standout", "weekday_name"]

_MAX_SENTENCES = 3
_SLOT_SHARE = 0.3  # a weekday's part of the day holding this share of disruptions stands out
_CAUSE_SHARE = 0.4
_WORK_GROWTH = 1.2  # the last four weeks' work this much above the weeks before


def weekday_name(weekday: int) -> str:
    return (
        translate("Review", "Monday"),
        translate("Review", "Tuesday"),
        translate("Review", "Wednesday"),
        translate("Review", "Thursday"),
        translate("Review", "Friday"),
        translate("Review", "Saturday"),
        translate("Review", "Sunday"),
    )[weekday]


def month_name(month: int) -> str:
    return (
        translate("Review", "January"),
        translate("Review", "February"),
        translate("Review", "March"),
        translate("Review", "April"),
        translate("Review", "May"),
        translate("Review", "June"),
        translate("Review", "July"),
        translate("Review", "August"),
        translate("Review", "September"),
        translate("Review", "October"),
        translate("Review", "November"),
        translate("Review", "December"),
    )[month - 1]


@dataclass(frozen=True, slots=True)
class Slot:
    weekday: int
    part: str  # morning, afternoon, evening
    count: int


def busiest_slot(review: Review) -> Slot | None:
    """The weekday and part of the day most disruptions struck in, if it stands out."""
    slots: dict[tuple[int, str], float] = {}
    for weekday, hours in enumerate(review.heat):
        for hour, count in enumerate(hours):
            key = (weekday, part_of_day(hour))
            slots[key] = slots.get(key, 0) + count
    (weekday, part), count = min(slots.items(), key=lambda i: (-i[1], i[0][0], i[0][1]))
    total = review.disruptions
    if count < MIN_PATTERN_DISRUPTIONS or count < _SLOT_SHARE * total:
        return None
    return Slot(weekday, part, int(count))


def _when(slot: Slot) -> str:
    day = weekday_name(slot.weekday)
    if slot.part == "morning":
        return fill(translate("Review", "%1 mornings"), day)
    if slot.part == "afternoon":
        return fill(translate("Review", "%1 afternoons"), day)
    return fill(translate("Review", "%1 evenings"), day)


def _disruptions(review: Review) -> str | None:
    weeks = review.weeks
    middle = len(weeks) // 2
    then = sum(w.disruptions for w in weeks[:middle])
    later = sum(w.disruptions for w in weeks[middle:])
    slot = busiest_slot(review)
    cause, count = (review.disruptions_by_cause.most_common(1) or [("", 0)])[0]
    stands_out = count >= MIN_PATTERN_DISRUPTIONS and count >= _CAUSE_SHARE * review.disruptions
    most = cause_word(cause) if stands_out else ""
    if middle and later >= MIN_PATTERN_DISRUPTIONS and later >= 2 * then:
        since = month_name(weeks[middle].first_day.month)
        text = fill(translate("Review", "Disruptions doubled since %1"), since)
    elif slot is not None or most:
        text = translate("Review", "Disruptions")
    else:
        return None
    if most and slot is not None:
        return fill(translate("Review", "%1; most are %2, %3."), text, most, _when(slot))
    if most:
        return fill(translate("Review", "%1; most are %2."), text, most)
    if slot is not None:
        return fill(translate("Review", "%1; most strike %2."), text, _when(slot))
    return text + "."


def _circle(review: Review) -> str | None:
    slipping = [g for g in review.circles if g.slipping]
    if not slipping:
        return None
    gap = max(slipping, key=lambda g: (g.days_since / g.every_days, g.circle))
    if gap.last is None:
        text = translate(
            "Review", "No one in the circle %1 reached in these %2 days (every %3 days wanted)."
        )
    else:
        text = translate(
            "Review", "No one in the circle %1 reached for %2 days (every %3 days wanted)."
        )
    return fill(text, circle_label(gap.circle), gap.days_since, gap.every_days)


def _live(review: Review) -> str | None:
    months = [m for m in review.months if m.days >= 28]  # whole months only
    if not months:
        return None
    held = sum(m.live_meetings for m in months) / len(months)
    wanted = sum(m.live_wanted for m in months) / len(months)
    if held >= wanted:
        return None
    text = translate("Review", "Live meetings: %1 a month, against %2 wanted.")
    return fill(text, f"{held:.1f}", f"{wanted:.1f}")


def _work(review: Review) -> str | None:
    recent, before = review.weeks[-4:], review.weeks[:-4]
    if not before:
        return None
    now = sum(w.work_min for w in recent) / len(recent) / 60
    then = sum(w.work_min for w in before) / len(before) / 60
    if then <= 0 or now < _WORK_GROWTH * then:
        return None
    text = translate("Review", "Work grew from %1 to %2 hours a week in the last four weeks.")
    return fill(text, round(then), round(now))


def standout(review: Review) -> list[str]:
    """At most three sentences, the most telling first; none when nothing stands out."""
    found = (rule(review) for rule in (_disruptions, _circle, _live, _work))
    return [sentence for sentence in found if sentence][:_MAX_SENTENCES]
