from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tracker.timeline.quickentry import (
    NameRef,
    QuickEntryError,
    parse_quick_entry,
)
from tracker.timeline.quickresolve import resolve_times

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # 16:00 in Amsterdam


def test_a_work_block_with_a_range_and_a_tag():
    parsed = parse_quick_entry("9:00-10:30 work Quarterly plan #sales")
    assert (parsed.kind, parsed.title, parsed.tags) == ("work", "Quarterly plan", ["sales"])
    assert (parsed.start_time, parsed.end_time) == (time(9), time(10, 30))


def test_a_disruption_with_its_cause():
    parsed = parse_quick_entry("disruption tech wifi dropped at the café")
    assert (parsed.kind, parsed.cause, parsed.title) == (
        "disruption",
        "tech",
        "wifi dropped at the café",
    )
    assert parsed.start_time is None


def test_a_call_with_a_person_and_a_time_at_the_end():
    parsed = parse_quick_entry("call with Anna 14:00-14:30")
    assert parsed.kind == "call"
    assert parsed.people == [NameRef("Anna")]
    assert parsed.title == ""
    assert (parsed.start_time, parsed.end_time) == (time(14), time(14, 30))


def test_a_life_moment_with_the_time_last():
    parsed = parse_quick_entry("life school run 8:15-8:40")
    assert (parsed.kind, parsed.title, parsed.start_time) == ("life", "school run", time(8, 15))


def test_a_live_meeting_with_a_circle():
    parsed = parse_quick_entry("meeting with Joost (customer) 11:00-12:00")
    assert parsed.people == [NameRef("Joost", "customer")]


@pytest.mark.parametrize(
    ("line", "circle"),
    [("meeting with Eva (klant)", "customer"), ("meeting with Eva (Own team) plan", "team"),
     ("call with Eva (eigen team), Bo (Leadership)", "team"), ("storing techniek", None)],
)  # fmt: skip
def test_a_circle_and_a_cause_in_the_apps_words_and_in_dutch(line, circle):
    parsed = parse_quick_entry(line)
    if circle is None:
        assert (parsed.kind, parsed.cause, parsed.title) == ("disruption", "tech", "")
    else:
        assert parsed.people[0] == NameRef("Eva", circle)


def test_several_people_with_particles_and_a_title_after():
    parsed = parse_quick_entry("call with Anna de Vries and Joost (customer) about pricing")
    assert parsed.people == [NameRef("Anna de Vries"), NameRef("Joost", "customer")]
    assert parsed.title == "about pricing"


def test_dutch_words_work_too():
    parsed = parse_quick_entry("gisteren 9:00 - 10:00 werk met Piet, Klaas plan")
    assert parsed.kind == "work" and parsed.day_offset == -1
    assert parsed.people == [NameRef("Piet"), NameRef("Klaas")]
    assert parsed.title == "plan"


@pytest.mark.parametrize(
    ("line", "part", "words"),
    [
        ("foo bar", "foo", "not a kind"),
        ("25:00 work", "25:00", "not a time"),
        ("work 9:61", "9:61", "not a time"),
        ("work 9:00 10:00", "10:00", "second time"),
        ("contact 9:00-10:00 with Anna", "9:00-10:00", "moment"),
        ("meeting with", "with", "needs a name"),
        ("call with and Anna", "and", "needs a name before"),
        ("work #", "#", "not a tag"),
        ("meeting with Jo (boss)", "(boss)", "not a circle"),
        ("9:00", "9:00", "needs a kind"),
        ("2026-02-30 work", "2026-02-30", "not a date"),
        ("work " + "x" * 501, "x" * 501, "longer than 500"),
        ("work plan \x1b now", "\x1b", "control character"),
        ("   ", "", "empty"),
    ],
)
def test_errors_name_the_part_they_could_not_read(line, part, words):
    with pytest.raises(QuickEntryError) as caught:
        parse_quick_entry(line)
    assert caught.value.part == part
    assert words in str(caught.value)
    assert part in line


def test_times_resolve_in_the_zone_where_they_were_typed():
    start, end = resolve_times(parse_quick_entry("9:00-10:30 work plan"), NOW, AMS)
    assert start == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def test_a_range_across_midnight_ends_the_next_day():
    start, end = resolve_times(parse_quick_entry("yesterday 22:00-1:00 life cinema"), NOW, AMS)
    assert start.astimezone(AMS) == datetime(2026, 11, 25, 22, 0, tzinfo=AMS)
    assert end.astimezone(AMS) == datetime(2026, 11, 26, 1, 0, tzinfo=AMS)


def test_no_time_means_now_and_running():
    assert resolve_times(parse_quick_entry("work plan"), NOW, AMS) == (NOW, None)


def test_a_date_at_the_start():
    parsed = parse_quick_entry("2026-03-29 9:00-10:00 work")
    assert parsed.day == date(2026, 3, 29)
    start, _end = resolve_times(parsed, NOW, AMS)
    assert start == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # after the spring jump: UTC+2


words = st.sampled_from(
    ["work", "life", "call", "meeting", "disruption", "contact", "with", "and", "tech",
     "Anna", "de", "(customer)", "(x)", "#tag", "#", "9:00", "25:99", "9:00-10:30", "10:00 - 11",
     "yesterday", "2026-11-26", "2026-13-01", ",", "Zoë,", "café", "-", ":", "("]
)  # fmt: skip
lines = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(words, st.text(max_size=6)), max_size=10).map(" ".join),
)


@given(lines)
@example("with")
@example("work with")
@example("call with Anna,")
@example("call with ,")
def test_the_parser_never_crashes_and_every_error_names_a_part_of_the_line(line):
    try:
        parsed = parse_quick_entry(line)
    except QuickEntryError as error:
        assert error.part in line
        assert line.strip() == "" or error.part.strip() != ""
        assert str(error)
    else:
        assert parsed.kind in ("work", "life", "call", "meeting", "disruption", "contact")
        resolve_times(parsed, NOW, AMS)


@given(lines)
def test_every_error_has_a_code_the_ui_can_translate(line):
    from tracker.timeline.quickentry import ERROR_CODES

    try:
        parse_quick_entry(line)
    except QuickEntryError as error:
        assert error.code in ERROR_CODES


def test_a_disruption_with_a_range_lasted_it():
    parsed = parse_quick_entry("disruption 9:00-9:20 tech wifi")
    assert (parsed.kind, parsed.end_time) == ("disruption", time(9, 20))
