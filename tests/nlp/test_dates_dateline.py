"""The year of a dateline that gives only a month and day ("PARIS, Oct 6 --"): the one the
article's own evidence points to (`talkwatch.nlp.dates.dateline`, `infer_published(guess=...)`)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from talkwatch.nlp.dates.component import Anchor, DateSpan
from talkwatch.nlp.dates.dateline import dateline_date
from talkwatch.nlp.dates.pubdate import infer_published
from talkwatch.nlp.dates.resolve import FUTURE, PAST
from talkwatch.packs.entries import DatedEvent

TODAY = dt.date(2026, 12, 10)  # the clock is a year past the news
SUMMIT = DatedEvent("summit", ("the Vienna summit",), "2025-09-20", "2025-09-21")
CALENDAR = SimpleNamespace(calendar={"summit": SUMMIT})
GUESS = "2026-10-06"  # "Oct 6", given the latest year by the clock


def _anchor(tense: str) -> Anchor:
    return Anchor(0, 17, "the Vienna summit", "summit", None, tense)


def _span(text: str, tense: str = PAST) -> DateSpan:
    return DateSpan(40, 40 + len(text), text, tense)


def test_named_past_event_puts_dateline_in_its_year():
    assert dateline_date(GUESS, [], [_anchor(PAST)], CALENDAR, None, TODAY) == "2025-10-06"


def test_explicit_year_puts_dateline_in_that_year():
    spans = [_span("in June 2024")]
    assert dateline_date(GUESS, spans, [], CALENDAR, None, TODAY) == "2024-10-06"


def test_year_of_a_distant_past_says_nothing():
    # "since 2014" fits no candidate year as recent news: the guess stands.
    assert dateline_date(GUESS, [_span("since 2014")], [], CALENDAR, None, TODAY) == GUESS


def test_prior_of_other_articles_decides_without_evidence():
    assert dateline_date(GUESS, [_span("on Monday")], [], CALENDAR, 2023, TODAY) == "2023-10-06"


def test_evidence_outweighs_prior():
    assert dateline_date(GUESS, [], [_anchor(PAST)], CALENDAR, 2023, TODAY) == "2025-10-06"


def test_announced_event_puts_dateline_before_it():
    # An event still to come in September 2025 is written of in the year before it.
    assert dateline_date("2026-03-02", [], [_anchor(FUTURE)], CALENDAR, None, TODAY) == "2025-03-02"


def test_nothing_known_keeps_the_guess():
    assert dateline_date(GUESS, [], [], CALENDAR, None, TODAY) == GUESS


def test_dateline_day_is_kept_when_the_text_bounds_the_writing():
    # "Tuesday, October 7" reported: written within the six days after; the dateline says the 9th.
    spans = [_span("Tuesday, October 7")]
    assert infer_published(spans, [], CALENDAR, 2025, guess="2026-10-09") == "2025-10-09"


def test_without_a_guess_nothing_pinned_is_nothing_inferred():
    assert infer_published([_span("on Monday")], [], CALENDAR, 2025) is None


@pytest.mark.model
def test_calendar_event_named_in_the_text_dates_the_dateline(nlp, lexicon):
    doc = nlp("Diplomats said the Geneva talks had produced a shorter draft of the plan.")
    found = infer_published(list(doc._.tw_dates), list(doc._.tw_anchors), lexicon, None, guess="2026-11-27")
    assert found == "2025-11-27"
