"""The nudge policy: what is due, what waits and why, and that it never becomes a disruption."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.core.model import CIRCLES, Entry, Person
from tracker.core.nudges import NudgeState, in_own_silo, plan_nudges
from tracker.core.settings import Settings

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=AMS).astimezone(UTC)
SETTINGS = Settings(own_team="Product", live_every_days=14)


def person(name: str, circle: str = "peer", team: str = "", every: int | None = 14) -> Person:
    return Person(name=name, circle=circle, team=team, every_days=every)


def plan(now=TUESDAY_10, people=(), contacts=None, current=(), last_live=TUESDAY_10, state=None,
         settings_=SETTINGS, reached=None):  # fmt: skip
    return plan_nudges(now, AMS, settings_, list(people), contacts or {}, list(current), last_live,
                       state or NudgeState(), reached)  # fmt: skip


def test_the_most_overdue_person_outside_the_team_is_due():
    anna, joost, mia = person("Anna"), person("Joost", "customer"), person("Mia", "team")
    contacts = {anna.id: TUESDAY_10 - timedelta(days=19), joost.id: TUESDAY_10 - timedelta(days=30),
                mia.id: TUESDAY_10 - timedelta(days=90)}  # fmt: skip
    result = plan(people=[anna, joost, mia], contacts=contacts)
    assert [(n.kind, n.person, n.days_since) for n in result.due] == [("reach_out", joost.id, 30)]


def test_own_team_is_the_silo():
    assert in_own_silo(person("Mia", "team"), SETTINGS)
    assert in_own_silo(person("Bo", "peer", team="product"), SETTINGS)
    assert not in_own_silo(person("Kai", "peer", team="Sales"), SETTINGS)


def test_circles_spread_before_overdue_order():
    anna, joost = person("Anna", "peer"), person("Joost", "customer")
    contacts = {anna.id: TUESDAY_10 - timedelta(days=40), joost.id: TUESDAY_10 - timedelta(days=20)}
    result = plan(people=[anna, joost], contacts=contacts, reached={"peer": 3})
    assert result.due[0].person == joost.id


def test_a_work_block_or_a_call_makes_it_wait():
    anna = person("Anna")
    work = Entry(kind="work", start=TUESDAY_10 - timedelta(hours=1))
    result = plan(people=[anna], current=[work])
    assert result.due == [] and [(w.kind, w.because) for w in result.waiting] == [
        ("reach_out", "work_block")
    ]
    call = Entry(kind="call", start=TUESDAY_10 - timedelta(minutes=30))
    result = plan(people=[anna], current=[call])
    assert [w.because for w in result.waiting] == ["call"]


def test_outside_the_hours_it_waits_for_the_window():
    evening = datetime(2026, 11, 24, 20, 0, tzinfo=AMS).astimezone(UTC)
    result = plan(now=evening, people=[person("Anna")])
    [waiting] = result.waiting
    assert waiting.because == "outside_hours"
    assert waiting.until == datetime(2026, 11, 25, 9, 0, tzinfo=AMS)
    assert result.next == waiting.until
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=AMS).astimezone(UTC)
    assert plan(now=saturday, people=[person("Anna")]).waiting[0].until == datetime(
        2026, 11, 30, 9, 0, tzinfo=AMS
    )


def test_the_daily_cap():
    anna, joost = person("Anna"), person("Joost", "customer")
    state = NudgeState()
    for hours in (0, 1):
        result = plan(now=TUESDAY_10 + timedelta(hours=hours), people=[anna, joost], state=state)
        [nudge] = result.due
        state = state.with_shown(nudge, TUESDAY_10 + timedelta(hours=hours))
        # Done: the contact is logged, so the person is no longer due.
    kai = person("Kai", "partner")
    contacts = {anna.id: TUESDAY_10, joost.id: TUESDAY_10}
    result = plan(now=TUESDAY_10 + timedelta(hours=2), people=[anna, joost, kai], contacts=contacts,
                  state=state)  # fmt: skip
    assert result.due == [] and result.waiting[0].because == "daily_cap"


def test_snooze_and_skip():
    anna = person("Anna")
    snoozed = NudgeState().with_snooze(f"reach_out:{anna.id}", TUESDAY_10 + timedelta(hours=1))
    result = plan(people=[anna], state=snoozed)
    assert result.due == [] and result.waiting[0].because == "snoozed"
    assert result.next == TUESDAY_10 + timedelta(hours=1)
    assert (
        plan(now=TUESDAY_10 + timedelta(hours=1), people=[anna], state=snoozed).due[0].person
        == anna.id
    )
    skipped = NudgeState().with_skip(anna.id, TUESDAY_10.astimezone(AMS).date())
    assert plan(people=[anna], state=skipped).due == []


def test_a_live_meeting_nudge_when_none_happened_for_a_while():
    anna = person("Anna")
    result = plan(
        people=[anna], contacts={anna.id: TUESDAY_10}, last_live=TUESDAY_10 - timedelta(days=20)
    )
    assert [(n.kind, n.person, n.days_since) for n in result.due] == [("plan_live", anna.id, 20)]
    shown = NudgeState().with_shown(result.due[0], TUESDAY_10)
    again = plan(now=TUESDAY_10 + timedelta(days=2), people=[anna], contacts={anna.id: TUESDAY_10},
                 last_live=TUESDAY_10 - timedelta(days=20), state=shown)  # fmt: skip
    assert again.due == []  # once a week at most


def test_call_prompts_open_at_the_start_and_close_before_the_end():
    anna = person("Anna")
    call = Entry(
        kind="call", start=TUESDAY_10, end=TUESDAY_10 + timedelta(minutes=30), people=(anna.id,)
    )
    opening = plan(people=[anna], current=[call], contacts={anna.id: TUESDAY_10})
    assert [n.kind for n in opening.due] == ["call_open"]
    assert opening.next == TUESDAY_10 + timedelta(minutes=25)
    state = NudgeState().with_shown(opening.due[0], TUESDAY_10)
    closing = plan(now=TUESDAY_10 + timedelta(minutes=25), people=[anna], current=[call],
                   contacts={anna.id: TUESDAY_10}, state=state)  # fmt: skip
    assert [n.kind for n in closing.due] == ["call_close"]
    open_ended = call.with_changes(end=None)
    later = TUESDAY_10 + timedelta(minutes=25)
    contacts = {anna.id: TUESDAY_10}
    result = plan(now=later, people=[anna], current=[open_ended], contacts=contacts, state=state)
    assert result.due[0].kind == "call_close"
    assert plan(people=[anna], current=[call], settings_=SETTINGS.with_changes(call_prompts=False),
                contacts={anna.id: TUESDAY_10}).due == []  # fmt: skip


def test_next_is_when_the_first_person_becomes_due():
    anna = person("Anna", every=12)
    result = plan(people=[anna], contacts={anna.id: TUESDAY_10 - timedelta(days=10)})
    assert result.due == [] and result.next == TUESDAY_10 + timedelta(days=2)
    weekend = plan(people=[anna], contacts={anna.id: TUESDAY_10 - timedelta(days=8)})
    assert weekend.next == datetime(2026, 11, 30, 9, 0, tzinfo=AMS)  # Saturday moves to Monday


# -- properties over random histories and settings ---------------------------------------

people_strategy = st.lists(
    st.builds(
        person,
        st.text("abcdefgh", min_size=1, max_size=6),
        st.sampled_from(CIRCLES),
        st.sampled_from(["", "Product", "Sales"]),
        st.integers(1, 30),
    ),
    min_size=1,
    max_size=8,
)
settings_strategy = st.builds(
    Settings,
    own_team=st.sampled_from(["", "Product"]),
    nudge_start_hour=st.integers(6, 11),
    nudge_end_hour=st.integers(15, 22),
    max_nudges_per_day=st.integers(0, 4),
    live_every_days=st.integers(3, 21),
)


def busy(now: datetime, kind: str | None) -> list[Entry]:
    if kind is None:
        return []
    return [Entry(kind=kind, start=now - timedelta(minutes=20))]


@settings(max_examples=60, deadline=None)
@given(
    people_strategy,
    settings_strategy,
    st.integers(0, 60 * 24 * 14),
    st.sampled_from([None, "work", "call", "meeting"]),
    st.dictionaries(st.integers(0, 7), st.integers(0, 60)),
)
def test_never_during_focus_or_a_call_and_only_inside_the_hours(
    crowd, chosen, minutes, focus, ages
):
    now = TUESDAY_10 + timedelta(minutes=minutes)
    contacts = {p.id: now - timedelta(days=ages[i]) for i, p in enumerate(crowd) if i in ages}
    result = plan_nudges(now, AMS, chosen, crowd, contacts, busy(now, focus), None, NudgeState())
    gated = [n for n in result.due if n.kind in ("reach_out", "plan_live")]
    if focus is not None:
        assert gated == []
    local = now.astimezone(AMS)
    if gated:
        assert local.weekday() in chosen.nudge_days
        assert chosen.nudge_start_hour <= local.hour < chosen.nudge_end_hour
        assert len(gated) <= chosen.max_nudges_per_day
    for nudge in gated:
        if nudge.person is not None and nudge.kind == "reach_out":
            assert not in_own_silo(next(p for p in crowd if p.id == nudge.person), chosen)


def simulate(crowd, chosen, start, days, step=timedelta(minutes=30), sleep=None):
    """Run the policy as the app does: wake at each step, show what is due, act on it (Done)."""
    state = NudgeState()
    contacts: dict[str, datetime] = {p.id: start - timedelta(days=60) for p in crowd}
    now = start
    shown = []
    while now < start + timedelta(days=days):
        result = plan_nudges(now, AMS, chosen, crowd, contacts, [], now, state)
        for nudge in result.due:
            state = state.with_shown(nudge, now)
            shown.append((now, nudge))
            if nudge.kind == "reach_out":
                contacts[nudge.person] = now  # Done logs a contact
        now += sleep if sleep and not shown else step
    return shown


@settings(max_examples=25, deadline=None)
@given(people_strategy, settings_strategy)
def test_the_cap_holds_and_every_overdue_person_is_reached_in_bounded_rounds(crowd, chosen):
    shown = simulate(crowd, chosen, TUESDAY_10, days=21)
    per_day: dict = {}
    for at, nudge in shown:
        if nudge.kind in ("reach_out", "plan_live"):
            day = at.astimezone(AMS).date()
            per_day[day] = per_day.get(day, 0) + 1
    assert all(count <= chosen.max_nudges_per_day for count in per_day.values())
    outside = {p.id for p in crowd if not in_own_silo(p, chosen)}
    reached = {n.person for _at, n in shown if n.kind == "reach_out"}
    if chosen.max_nudges_per_day >= 2 and len(outside) <= 8:
        # 15 working days at two or more a day reach eight overdue people, plan_live included.
        assert outside <= reached


def test_after_an_eight_hour_sleep_each_due_nudge_shows_once():
    crowd = [person("Anna"), person("Joost", "customer")]
    evening = datetime(2026, 11, 24, 1, 0, tzinfo=AMS).astimezone(UTC)
    chosen = Settings(max_nudges_per_day=5)
    state = NudgeState()
    woke = evening + timedelta(hours=8)  # 09:00: the window opens while the machine slept
    results = []
    for _ in range(3):  # the app re-plans on wake, on the wall-clock jump, and on the timer
        result = plan_nudges(woke, AMS, chosen, crowd, {}, [], woke, state)
        for nudge in result.due:
            state = state.with_shown(nudge, woke)
            results.append(nudge.key)
    assert sorted(results) == sorted(
        {f"reach_out:{crowd[0].id}", f"reach_out:{crowd[1].id}"} & set(results)
    )
    assert len(results) == len(set(results)) >= 1


def test_people_not_sorted_yet_are_not_nudged():
    unsorted = Person(name="Eva Smit", circle=None, every_days=14)
    anna = person("Anna")
    result = plan(people=[unsorted, anna], contacts={anna.id: TUESDAY_10 - timedelta(days=20)})
    assert [n.person for n in result.due] == [anna.id]
