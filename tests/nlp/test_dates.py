"""Date expressions resolved against a publication date (`talkwatch.nlp.dates.resolve.resolve`),
and through the full pipeline, where the tense of the sentence decides a bare weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from talkwatch.nlp.dates.resolve import FUTURE, PAST, PRESENT, is_duration, resolve

REF = dt.date(2025, 3, 19)  # a Wednesday, as in conftest.PUBLISHED


# --- each kind of expression -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "tense", "value", "precision"), [
    pytest.param("on Monday", PAST, "2025-03-17", "day", id="on-monday"),
    pytest.param("Sunday night", PAST, "2025-03-16", "day", id="sunday-night"),
    pytest.param("over the weekend", PAST, "2025-03-15", "week", id="over-the-weekend"),
    pytest.param("last month", PAST, "2025-02", "month", id="last-month"),
    pytest.param("next week", FUTURE, "2025-03-24", "week", id="next-week"),
    pytest.param("since 2014", PAST, "2014", "year", id="since-2014"),
    pytest.param("September 2022", PAST, "2022-09", "month", id="september-2022"),
    pytest.param("Friday's", PAST, "2025-03-14", "day", id="friday-s"),
    pytest.param("Tuesday, March 11", PAST, "2025-03-11", "day", id="weekday-month-day"),
    pytest.param("yesterday", PAST, "2025-03-18", "day", id="yesterday"),
    pytest.param("three years ago", PAST, "2022", "year", id="three-years-ago"),
    pytest.param("earlier this month", PAST, "2025-03", "month", id="earlier-this-month"),
])
def test_expression_resolves_to_date_and_precision(text, tense, value, precision):
    found = resolve(text, REF, tense)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize(("tense", "value"), [(PAST, "2025-03-13"), (FUTURE, "2025-03-20")])
def test_tense_decides_which_thursday(tense, value):
    assert resolve("on Thursday", REF, tense).value == value


@pytest.mark.parametrize(("tense", "value"), [(PAST, "2025-03-15"), (FUTURE, "2025-03-22")])
def test_tense_decides_which_weekend(tense, value):
    assert resolve("over the weekend", REF, tense).value == value


@pytest.mark.parametrize(("tense", "value"), [(PAST, "2024-08"), (FUTURE, "2025-08")])
def test_month_name_in_march_is_last_or_next_august(tense, value):
    assert resolve("in August", dt.date(2025, 3, 10), tense).value == value


# --- ranges ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "tense"), [
    ("next week", FUTURE), ("last week", PAST), ("this week", PRESENT),
])
def test_week_runs_monday_to_sunday(text, tense):
    found = resolve(text, REF, tense)
    first, last = dt.date.fromisoformat(found.first), dt.date.fromisoformat(found.last)
    assert (first.weekday(), last.weekday(), (last - first).days) == (0, 6, 6)


def test_week_value_is_its_monday():
    found = resolve("next week", REF, FUTURE)
    assert found.value == found.first == "2025-03-24"


@pytest.mark.parametrize(("text", "first", "last"), [
    # what is left of the week, or what has gone of it, on Wednesday 12 March 2025
    ("later this week", "2025-03-13", "2025-03-16"),
    ("earlier this week", "2025-03-10", "2025-03-11"),
])
def test_part_of_this_week_is_the_days_left_or_gone(text, first, last):
    found = resolve(text, dt.date(2025, 3, 12), FUTURE)
    assert (found.value, found.first, found.last) == (first, first, last)


@pytest.mark.parametrize(("tense", "first", "last"), [(FUTURE, "2025-03-12", "2025-03-16"),
                                                     (PAST, "2025-03-10", "2025-03-12")])
def test_this_week_in_a_tense_is_the_days_ahead_or_behind(tense, first, last):
    found = resolve("this week", dt.date(2025, 3, 12), tense)
    assert (found.first, found.last) == (first, last)


def test_two_days_named_together_are_the_days_from_one_to_the_other():
    found = resolve("on Sunday and Monday", dt.date(2025, 12, 16), PAST)
    assert (found.value, found.first, found.last) == ("2025-12-14", "2025-12-14", "2025-12-15")


def test_weekend_is_saturday_and_sunday():
    found = resolve("over the weekend", REF, PAST)
    assert (found.first, found.last) == ("2025-03-15", "2025-03-16")


def test_month_covers_first_to_last_day():
    found = resolve("last month", REF, PAST)
    assert (found.first, found.last) == ("2025-02-01", "2025-02-28")


def test_year_covers_january_to_december():
    found = resolve("since 2014", REF, PAST)
    assert (found.first, found.last) == ("2014-01-01", "2014-12-31")


def test_day_is_its_own_range():
    found = resolve("yesterday", REF, PAST)
    assert found.first == found.last == found.value


# --- a weekday fixes the year when there is no reference date ----------------------------------------


@pytest.mark.parametrize("prior_year", [2024, 2025, 2026])
def test_weekday_fixes_year_near_prior(prior_year):
    # 11 March was a Tuesday in 2025 only, of the years near the prior.
    assert resolve("Tuesday, March 11", None, FUTURE, prior_year=prior_year).value == "2025-03-11"


def test_month_day_without_weekday_needs_a_reference():
    assert resolve("March 11", None, FUTURE, prior_year=2025) is None


def test_weekday_month_day_needs_reference_or_prior():
    assert resolve("Tuesday, March 11", None, FUTURE) is None


# --- durations are not dates -------------------------------------------------------------------------

DURATIONS = ["80 years", "30-day", "three-hour", "one-month", "annual", "more than three years"]


@pytest.mark.parametrize("text", DURATIONS)
def test_duration_is_recognised(text):
    assert is_duration(text)


@pytest.mark.parametrize("text", DURATIONS)
def test_duration_resolves_to_nothing(text):
    assert resolve(text, REF, PAST) is None


@pytest.mark.parametrize("text", [
    "on Monday", "September 2022", "since 2014", "three years ago", "last month",
])
def test_date_is_not_a_duration(text):
    assert not is_duration(text)


# --- what cannot be resolved stays unresolved ---------------------------------------------------------


@pytest.mark.parametrize("text", ["the day", "that time", "a few days ago", "several years ago"])
def test_vague_expression_is_unresolved(text):
    assert resolve(text, REF, PAST) is None


@pytest.mark.parametrize("text", ["on Friday", "next week", "yesterday", "in August"])
def test_relative_expression_without_reference_is_unresolved(text):
    assert resolve(text, None, PAST, prior_year=2025) is None


# --- through the pipeline: the sentence's tense decides a bare weekday --------------------------------


def _date_of(facts, text: str):
    return next(d.resolved for d in facts.dates if d.text == text)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "value"), [
    ("The Ukrainian and Russian delegations will meet in Istanbul on Friday.", "2025-03-21"),
    ("The Ukrainian and Russian delegations met in Istanbul on Friday.", "2025-03-14"),
])
def test_sentence_tense_decides_bare_weekday(extract, sentence, value):
    assert _date_of(extract(sentence), "Friday").value == value


@pytest.mark.model
def test_possessive_weekday_is_found_and_resolved(extract):
    facts = extract("Friday's talks in Istanbul ended without a deal.")
    assert _date_of(facts, "Friday").value == "2025-03-14"


@pytest.mark.model
def test_duration_in_text_is_not_a_date(extract):
    facts = extract("Kyiv agreed to a 30-day ceasefire last week.")
    assert [d.text for d in facts.dates] == ["last week"]


@pytest.mark.model
def test_expression_in_text_that_cannot_be_resolved_is_kept_unresolved(extract):
    facts = extract("Ivan Petrov said the talks would resume that day.")
    assert [(d.text, d.resolved) for d in facts.dates] == [("that day", None)]


@pytest.mark.model
def test_dates_stay_unresolved_without_publication_date(extract):
    facts = extract("The envoys met in Istanbul on Friday.", published=None)
    assert [(d.text, d.resolved) for d in facts.dates] == [("Friday", None)]
