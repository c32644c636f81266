"""`dayweave review`, `search` and `people show` as scripts use them: real processes, real
files, exit codes; dates given, so no test depends on today."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.cli.test_cli import dayweave


def log(data_dir, *words: str) -> None:
    done = dayweave("log", *words, data_dir=data_dir)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def history(data_dir):
    """Three weeks of November 2026 (Amsterdam)."""
    log(data_dir, "2026-11-09 09:00-12:00 work plan")
    log(data_dir, "2026-11-09 12:00-13:00 life lunch")
    log(data_dir, "2026-11-17 22:00-23:59 work release")
    log(data_dir, "2026-11-18 00:00-01:30 work release night")
    log(data_dir, "disruption", "--cause", "tech", "--at", "2026-11-17 09:10", "wifi Café down")
    log(data_dir, "disruption", "--cause", "noise", "--at", "2026-11-24 14:00", "drilling")
    log(data_dir, "2026-11-10 10:00-10:30 call with Zoë (customer) offerte bespreken")
    log(data_dir, "2026-11-26 10:00-11:00 meeting with Zoë (customer) offerte tekenen")
    return data_dir


def test_the_reviews_weeks_are_the_weeks_own_totals(history):
    done = dayweave("review", "--from", "2026-11-09", "--to", "2026-11-29", "--json",
                    data_dir=history)  # fmt: skip
    assert done.returncode == 0, done.stderr
    review = json.loads(done.stdout)
    assert [w["week_start"] for w in review["weeks"]] == ["2026-11-09", "2026-11-16", "2026-11-23"]
    for week in review["weeks"]:
        shown = json.loads(dayweave("week", week["week_start"], "--json", data_dir=history).stdout)[
            "totals"
        ]
        assert (week["work_min"], week["life_min"], week["switches"], week["disruptions"]) == (
            shown["work_min"], shown["life_min"], shown["switches"], shown["disruptions"]
        )  # fmt: skip
    assert review["weeks"][1]["work_min"] == 119 + 90  # over midnight, as the week counts it
    assert review["weave"]["work_min"][2][0] == 60  # Wednesday 00-01 of the release night
    assert review["disruptions"]["by_cause"] == {"noise": 1, "tech": 1}
    assert review["disruptions"]["heatmap"][1][9] == 1  # Tuesday 9 o'clock
    (november,) = review["months"]
    assert november["calls"] == 1 and november["live_meetings"] == 1
    assert november["by_circle"] == {"customer": {"call": 1, "meeting": 1}}
    assert review["tz"] == "Europe/Amsterdam"


def test_the_review_speaks_dutch(history):
    done = dayweave("--lang", "nl", "review", "--from", "2026-11-09", "--to", "2026-11-29",
                    data_dir=history)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Overzicht van ma 09 nov 2026 - zo 29 nov 2026 (Europe/Amsterdam)" in done.stdout
    assert "ma 09 nov  werk 3u00  privé 1u00  wissels 1  verstoringen 0" in done.stdout


def test_the_minutes_disrupted_per_week_where_their_end_is_known(history):
    # Sunday 23:50 to Monday 00:10: ten minutes in each week (issue 21).
    log(history, "disruption", "--cause", "family", "--at", "2026-11-29 23:50",
        "--until", "2026-11-30 00:10")  # fmt: skip
    args = ("review", "--from", "2026-11-16", "--to", "2026-12-06")
    review = json.loads(dayweave(*args, "--json", data_dir=history).stdout)
    assert [w["disrupted_min"] for w in review["weeks"]] == [0, 10, 10]
    assert review["disruptions"]["disrupted_min_heatmap"][6][23] == 20  # struck Sunday 23:00
    text = dayweave(*args, data_dir=history).stdout
    assert "Mon 23 Nov  work 0h00  life 0h00  switches 0  disruptions 2, disrupted 0h10" in text
    assert "Mon 16 Nov  work 3h29  life 0h00  switches 0  disruptions 1 (" in text
    dutch = dayweave("--lang", "nl", *args, data_dir=history).stdout
    assert "verstoringen 2, verstoord 0u10" in dutch


@pytest.mark.parametrize("words", [["zoe"], ["ZOË"], ["OFFERTE"], ["cafe"], ["Offerte", "zoe"]])
def test_search_finds_in_any_case_and_with_or_without_accents(history, words):
    done = dayweave("search", *words, "--json", data_dir=history)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found == sorted(found, key=lambda e: e["start"])


def test_search_by_kind_person_and_dates(history):
    found = json.loads(dayweave("search", "offerte", "--kind", "afspraak", "--json",
                                data_dir=history).stdout)  # fmt: skip
    assert [(e["kind"], e["title"]) for e in found] == [("meeting", "offerte tekenen")]
    with_zoe = json.loads(dayweave("search", "--with", "zoe", "--json", data_dir=history).stdout)
    assert [e["kind"] for e in with_zoe] == ["call", "meeting"]
    assert with_zoe[0]["people"] == ["Zoë"]
    dated = dayweave("search", "--from", "2026-11-17", "--to", "2026-11-17", data_dir=history)
    assert dated.returncode == 0, dated.stderr
    lines = dated.stdout.splitlines()
    assert lines[0].startswith("2026-11-17 09:10  disruption (tech)")
    assert lines[-1] == "2 found."  # the disruption and the release block; not the night's
    assert dayweave("search", "nothing-like-it", data_dir=history).stdout == "Nothing found.\n"
    cause = json.loads(dayweave("search", "techniek", "--json", data_dir=history).stdout)
    assert [e["cause"] for e in cause] == ["tech"]  # the cause in Dutch finds it too


def test_people_show_lists_every_contact_and_the_rhythm(history):
    edited = dayweave("people", "edit", "Zoë", "--every", "7", "--next-action", "send the offer",
                      data_dir=history)  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    done = dayweave("people", "show", "zoe", "--json", data_dir=history)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["name"] == "Zoë" and shown["circle"] == "customer"
    assert [c["kind"] for c in shown["contacts"]] == ["call", "meeting"]
    assert shown["next_action"] == "send the offer" and shown["every_days"] == 7
    assert shown["gaps"] == 2 and shown["gaps_kept"] == 0  # 16 days, then to today
    text = dayweave("people", "show", "Zoë", data_dir=history).stdout
    assert "Zoë (Customer) every 7 days" in text
    assert "next action: send the offer" in text
    assert "then 16 days: slipped" in text


@pytest.mark.parametrize(
    "args",
    [
        ["review", "--weeks", "0"],
        ["review", "--from", "2026-11-20", "--to", "2026-11-01"],
        ["review", "--from", "someday"],
        ["search", "x", "--with", "Nobody"],
        ["search", "x", "--kind", "dance"],
        ["people", "show", "Nobody"],
    ],
)
def test_wrong_words_exit_2_in_one_line(data_dir, args):
    done = dayweave(*args, data_dir=data_dir)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.startswith("dayweave: ") and done.stderr.count("\n") == 1


def test_the_review_as_an_image(history, tmp_path):
    image = tmp_path / "review.png"
    done = dayweave("review", "--from", "2026-11-09", "--to", "2026-11-29", "--png", str(image),
                    "--dark", "--lang", "nl", data_dir=history)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{image} opgeslagen\n"
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.stat().st_mode & 0o777 == 0o600


def test_imported_timewarrior_blocks_are_reviewed_and_found(data_dir, tmp_path):
    exported = tmp_path / "timew.json"
    exported.write_text(json.dumps([
        {"id": 1, "start": "20261110T080000Z", "end": "20261110T100000Z", "tags": ["sales"],
         "annotation": "Quarterly plan"},
    ]))  # fmt: skip
    done = dayweave("import", str(exported), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    review = json.loads(dayweave("review", "--from", "2026-11-09", "--to", "2026-11-15",
                                 "--json", data_dir=data_dir).stdout)  # fmt: skip
    assert review["weeks"][0]["work_min"] == 120
    for words in (["quarterly"], ["SALES"]):
        found = json.loads(dayweave("search", *words, "--json", data_dir=data_dir).stdout)
        assert [e["title"] for e in found] == ["Quarterly plan"]


def test_the_next_review_uses_the_weeks_the_last_one_summed_until_they_change(history):
    args = ("review", "--from", "2026-11-09", "--to", "2026-11-29", "--json")
    first = dayweave(*args, data_dir=history)
    second = dayweave(*args, data_dir=history)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert first.stdout == second.stdout
    log(history, "2026-11-10 14:00-16:00 life walk")
    third = json.loads(dayweave(*args, data_dir=history).stdout)
    assert third["weeks"][0]["life_min"] == 60 + 120


@pytest.fixture
def drifting_history(history):
    """Bram, a customer wanted every 3 days, reached three days running early in November,
    then not again; Zoë's two contacts are too few to show a trend."""
    for day in ("02", "03", "04"):
        log(history, f"2026-11-{day} 10:00-10:30 call with Bram (customer)")
    edited = dayweave("people", "edit", "Bram", "--every", "3", data_dir=history)
    assert edited.returncode == 0, edited.stderr
    return history


def test_the_review_names_who_is_drifting(drifting_history):
    done = dayweave("review", "--from", "2026-11-02", "--to", "2026-11-29", "--json",
                    data_dir=drifting_history)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (bram,) = json.loads(done.stdout)["drifting"]
    assert bram["name"] == "Bram" and bram["circle"] == "customer"
    assert bram["every_days"] == 3 and bram["median_gap_days"] == 1
    assert bram["days_since"] == 25  # 4 November 10:00 to the end of 29 November
    assert bram["last_contact"].startswith("2026-11-04T10:00")
    text = dayweave("review", "--from", "2026-11-02", "--to", "2026-11-29",
                    data_dir=drifting_history).stdout  # fmt: skip
    assert "Drifting (their gaps growing):" in text
    assert "Customer: Bram 25 days (usually 1, every 3 wanted)" in text
    dutch = dayweave("--lang", "nl", "review", "--from", "2026-11-02", "--to", "2026-11-29",
                     data_dir=drifting_history).stdout  # fmt: skip
    assert "Uit beeld (de tussenpozen groeien):" in dutch
    assert "Bram 25 dagen (meestal 1, elke 3 gewenst)" in dutch


def test_people_list_drifting_shows_only_who_is_drifting(drifting_history):
    done = dayweave("people", "list", "--drifting", data_dir=drifting_history)
    assert done.returncode == 0, done.stderr
    assert "Bram" in done.stdout and "Zoë" not in done.stdout
    assert "Customer: Bram" in done.stdout
    listed = json.loads(
        dayweave("people", "list", "--drifting", "--json", data_dir=drifting_history).stdout
    )
    assert [p["name"] for p in listed] == ["Bram"]
    assert listed[0]["median_gap_days"] == 1 and listed[0]["days_since"] >= 25
    everyone = json.loads(dayweave("people", "list", "--json", data_dir=drifting_history).stdout)
    assert {p["name"] for p in everyone} == {"Bram", "Zoë"}


def test_people_list_drifting_says_when_no_one_is(history):
    done = dayweave("people", "list", "--drifting", data_dir=history)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "No one is drifting."
    dutch = dayweave("--lang", "nl", "people", "list", "--drifting", data_dir=history)
    assert dutch.stdout.strip() == "Niemand raakt uit beeld."


def test_the_weekly_review_moment_is_a_setting(data_dir):
    shown = dayweave("settings", data_dir=data_dir).stdout
    assert "review_moment = true" in shown and "review_day = fri" in shown
    assert "review_hour = 16" in shown
    for key, value in (("review_day", "Monday"), ("review_hour", "9"), ("review_moment", "off")):
        changed = dayweave("settings", key, value, data_dir=data_dir)
        assert changed.returncode == 0, changed.stderr
    stored = json.loads(dayweave("settings", "--json", data_dir=data_dir).stdout)
    assert (stored["review_moment"], stored["review_day"], stored["review_hour"]) == (False, 0, 9)
    assert dayweave("settings", "review_day", data_dir=data_dir).stdout.strip() == "mon"
    hour = dayweave("settings", "review_hour", "24", data_dir=data_dir)
    assert hour.returncode == 2 and "0 to 23" in hour.stderr
    day = dayweave("--lang", "nl", "settings", "review_day", "someday", data_dir=data_dir)
    assert day.returncode == 2 and "'someday': geef een dag zoals mon of fri" in day.stderr


def test_an_intention_is_set_for_a_week_and_taken_back(data_dir):
    """`review --intention TEXT [--for DATE]` writes through the door (issue 22); a date that is
    no date is refused with exit 2; the review's JSON carries this week's intention."""
    from tracker.kernel.clock import SystemClock
    from tracker.store.intentions import intention_for
    from tracker.store.journal import open_journal

    done = dayweave("review", "--intention", " Call  Anna first ", "--for", "2026-12-09",
                    data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "intention for the week: Call Anna first"
    journal = open_journal(data_dir, SystemClock())
    assert intention_for(journal, date(2026, 12, 7)) == "Call Anna first"
    journal.close()
    refused = dayweave("review", "--intention", "x", "--for", "Tuesday", data_dir=data_dir)
    assert refused.returncode == 2
    done = dayweave("review", "--intention", "", "--for", "2026-12-07", data_dir=data_dir)
    assert done.stdout.strip() == "intention taken back"
    shown = json.loads(dayweave("review", "--weeks", "1", "--json", data_dir=data_dir).stdout)
    assert shown["intention"] == ""


def test_with_weeks_from_sunday_an_intention_for_a_date_is_for_the_week_from_sunday(data_dir):
    """Issue 22: `--for` a Saturday names the user's week from the Sunday before, kept under
    that Sunday (it was kept under the Monday after, and shown from there)."""
    from tracker.kernel.clock import SystemClock
    from tracker.store.intentions import intention_for
    from tracker.store.journal import open_journal

    assert dayweave("settings", "first_weekday", "sun", data_dir=data_dir).returncode == 0
    done = dayweave("review", "--intention", "From Sunday", "--for", "2026-12-12",
                    data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    journal = open_journal(data_dir, SystemClock())
    assert intention_for(journal, date(2026, 12, 6), first_weekday=6) == "From Sunday"
    assert intention_for(journal, date(2026, 12, 13), first_weekday=6) == ""
    kept = json.loads((journal.layout.own_dir / "intentions.json").read_text())
    journal.close()
    assert list(kept["intentions"]) == ["2026-12-06"]


def test_the_calls_and_their_prompts_per_week_and_month(history):
    """Issue 22: the calls and live meetings, and of them those whose prompts were used (none
    here: the command line shows no prompts), in the JSON and the text."""
    done = dayweave("review", "--from", "2026-11-09", "--to", "2026-11-29", "--json",
                    data_dir=history)  # fmt: skip
    prompts = json.loads(done.stdout)["call_prompts"]
    assert [w["calls"] for w in prompts["weeks"]] == [1, 0, 1]
    assert prompts["months"] == [
        {"month": "2026-11", "calls": 2, "first_minutes_used": 0, "last_minutes_used": 0,
         "next_actions_agreed": 0, "next_actions_kept": 0},
    ]  # fmt: skip
    text = dayweave("review", "--from", "2026-11-09", "--to", "2026-11-29", data_dir=history)
    assert (
        "2026-11  calls and live meetings 2: first minutes 0, last minutes 0, next actions 0,"
        " kept 0" in (text.stdout)
    )


def test_dayweave_nudges_shows_the_review_moment_as_the_app_plans_it(data_dir):
    """Issue 22: the same plan as the tray's; once Friday 16:00 has come, until it is shown."""
    log(data_dir, "2026-12-01 09:00-12:00 work plan")
    before = json.loads(
        dayweave("nudges", "--json", "--at", "2026-12-04T15:00", data_dir=data_dir).stdout
    )
    assert before["next"] <= "2026-12-04T16:00:00+01:00"
    assert "review" not in {d["kind"] for d in before["due"]}
    at = json.loads(
        dayweave("nudges", "--json", "--at", "2026-12-04T16:30", data_dir=data_dir).stdout
    )
    [review] = [d for d in at["due"] if d["kind"] == "review"]
    assert review["person"] is None and "one intention for the next" in review["why"]
    dayweave("settings", "review_moment", "off", data_dir=data_dir)
    off = json.loads(
        dayweave("nudges", "--json", "--at", "2026-12-04T16:30", data_dir=data_dir).stdout
    )
    assert "review" not in {d["kind"] for d in off["due"]}
