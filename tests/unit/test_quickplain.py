"""The plain-line shortcut (no grammar loaded) reads a line exactly as the grammar does, and
leaves every line with more in it to the grammar."""

from __future__ import annotations

from datetime import time

import pytest

from tracker.timeline.clocks import read_clock, read_range
from tracker.timeline.quickentry import parse_quick_entry
from tracker.timeline.quickplain import plain_line


@pytest.mark.parametrize(
    "line",
    ["disruption", "disruption wifi dropped", "storing buren", "work  plan   Q", "werk plan",
     "life dinner & drinks", "call Anna's renewal", "contact"],
)  # fmt: skip
def test_a_plain_line_reads_as_the_grammar_reads_it(line):
    parsed = parse_quick_entry(line)
    assert plain_line(line) == (parsed.kind, parsed.title)


@pytest.mark.parametrize(
    "line",
    ["", "foo bar", "disruption noise neighbours", "work 9.00 plan", "work sprint 9",
     "call with Anna", "call met Anna", "work #sales plan", "meeting (customer)",
     "yesterday work", "work " + "x" * 501, "work a\x07b"],
)  # fmt: skip
def test_a_line_with_more_is_left_to_the_grammar(line):
    assert plain_line(line) is None


@pytest.mark.parametrize(
    ("text", "bare", "clock"),
    [("9", True, time(9)), ("9", False, None), ("09:05", False, time(9, 5)),
     ("9.30", False, time(9, 30)), ("9am", False, time(9)), ("12am", False, time(0)),
     ("12pm", False, time(12)), ("9:30PM", False, time(21, 30)), ("13pm", True, None),
     ("0am", True, None), ("24", True, None), ("9:60", True, None), ("9.5", True, None),
     ("nine", True, None)],
)  # fmt: skip
def test_clock_times_as_people_write_them(text, bare, clock):
    assert read_clock(text, bare=bare) == clock


def test_a_range_needs_one_plain_time_where_a_number_could_be_a_title_word():
    assert read_range("9.00 - 10.30") == (time(9), time(10, 30))
    assert read_range("9-17") == (time(9), time(17))
    assert read_range("3-4", bare=False) is None
    assert read_range("9-10.30", bare=False) == (time(9), time(10, 30))
