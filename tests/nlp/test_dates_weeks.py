"""Stretches of days: a week named relative to the writing ("last week") and days named together
("on Monday and Tuesday", "June 3 and 4"), each the range of days from the first to the last."""

from __future__ import annotations

import datetime as dt

import pytest

from talkwatch.nlp.dates.resolve import FUTURE, PAST, resolve

WEDNESDAY = dt.date(2025, 6, 11)


def _range(found):
    return found.value, found.precision, found.first, found.last


def test_last_week_is_the_whole_week_before():
    found = resolve("last week", WEDNESDAY, PAST)
    assert _range(found) == ("2025-06-02", "week", "2025-06-02", "2025-06-08")


DAYS_TOGETHER = {  # the words, their tense, and the first and last day meant, on Wednesday 11 June 2025
    "on Monday and Tuesday": (PAST, "2025-06-09", "2025-06-10"),
    "on Thursday and Friday": (FUTURE, "2025-06-12", "2025-06-13"),
    "Monday and on Tuesday": (PAST, "2025-06-09", "2025-06-10"),
    # the last day is the nearest past one, and the first goes back from it, not to this Wednesday
    "Wednesday, Thursday and Friday": (PAST, "2025-06-04", "2025-06-06"),
    "between Tuesday and Thursday": (FUTURE, "2025-06-17", "2025-06-19"),
    "June 3 and 4": (PAST, "2025-06-03", "2025-06-04"),
    "3 and 4 June": (PAST, "2025-06-03", "2025-06-04"),
}


@pytest.mark.parametrize("text", DAYS_TOGETHER)
def test_days_named_together_are_one_stretch(text):
    tense, first, last = DAYS_TOGETHER[text]
    found = resolve(text, WEDNESDAY, tense)
    assert _range(found) == (first, "week", first, last)


def test_days_named_together_fall_in_one_year():
    # The later date, past by the tense, sets the year; the earlier is before it, not a year on.
    found = resolve("May 28 and July 2", WEDNESDAY, PAST)
    assert (found.first, found.last) == ("2024-05-28", "2024-07-02")


# --- through the pipeline: the NER gives the two weekdays apart ---------------------------------------


def _dates(facts):
    return [(d.text, d.resolved.first, d.resolved.last) for d in facts.dates]


@pytest.mark.model
def test_weekdays_joined_by_and_are_one_date(extract):
    facts = extract("Negotiators from both sides sat down in Doha on Monday and Tuesday.")
    assert _dates(facts) == [("Monday and Tuesday", "2025-03-17", "2025-03-18")]


@pytest.mark.model
def test_weekday_leading_its_own_noun_stays_apart(extract):
    facts = extract("The envoys arrived on Monday and Tuesday's session ran late.")
    assert [d.text for d in facts.dates] == ["Monday", "Tuesday"]


@pytest.mark.model
def test_event_last_week_takes_the_week(extract):
    facts = extract("Steve Witkoff held talks with Kirill Dmitriev in Miami last week.")
    event = next(e for e in facts.events if e["kind"] == "meeting")
    assert (event["date_text"], event["date_first"], event["date_last"]) == ("last week", "2025-03-10", "2025-03-16")
