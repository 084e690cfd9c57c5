"""The publication date inferred from the text when metadata gives none
(`extract_facts` with published=None), and how the store shows it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from talkwatch.cli import app

pytestmark = pytest.mark.model

FUNERAL = dt.date(2025, 4, 26)  # the funeral of Pope Francis, a Saturday
ANCHORED = "Leaders gathered in Rome for Saturday's funeral of Pope Francis."
ANNOUNCED = "US and Ukrainian officials will meet in Jeddah on Tuesday, March 11, to discuss a truce."
REPORTED = "US and Ukrainian officials met in Jeddah on Tuesday, March 11, to discuss a truce."
CLASH = "European leaders rallied behind Kyiv after last week's Oval Office clash."


def _day(facts) -> dt.date:
    return dt.date.fromisoformat(facts.published)


# --- a weekday with a date fixes the year and bounds the writing ----------------------------------------


def test_announced_weekday_date_puts_writing_in_week_before(extract):
    facts = extract(ANNOUNCED, published=None, prior_year=2025)
    assert dt.date(2025, 3, 4) <= _day(facts) <= dt.date(2025, 3, 11)


def test_reported_weekday_date_puts_writing_in_week_after(extract):
    facts = extract(REPORTED, published=None, prior_year=2025)
    assert dt.date(2025, 3, 11) <= _day(facts) <= dt.date(2025, 3, 17)


def test_inferred_date_is_marked_inferred(extract):
    facts = extract(ANNOUNCED, published=None, prior_year=2025)
    assert facts.published_inferred is True


# --- anchors to dated events in the pack's calendar -------------------------------------------------------


def test_weekday_anchor_puts_writing_within_six_days_of_event(extract):
    facts = extract(ANCHORED, published=None)
    assert abs((_day(facts) - FUNERAL).days) <= 6


def test_last_weeks_event_puts_writing_in_following_week(extract):
    # The clash was on Friday 28 February 2025, so "last week" is written in the week of Monday 3 March.
    facts = extract(CLASH, published=None)
    assert dt.date(2025, 3, 3) <= _day(facts) <= dt.date(2025, 3, 9)


def test_weekday_of_anchor_resolves_to_event_date(extract):
    facts = extract(ANCHORED, published=None)
    assert [(d.text, d.resolved.value) for d in facts.dates] == [("Saturday", "2025-04-26")]


@pytest.mark.parametrize(("text", "expected"), [
    # The summit was on 15 August 2025: a month after it that holds it is its date.
    ("Putin said he had made compromises at the Alaska summit with Trump in August.", [("August", "2025-08-15")]),
    # A month the summit was not in stays unresolved, with nothing to resolve it against.
    ("Putin said he had made compromises at the Alaska summit and more in October.", [("October", None)]),
])
def test_a_month_after_a_named_event_that_holds_it_is_its_date(extract, text, expected):
    facts = extract(text, published=None)
    assert [(d.text, d.resolved.value if d.resolved else None) for d in facts.dates] == expected


# --- nothing pinned down, nothing inferred ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Officials said the talks were useful.",
    "The delegations met in Istanbul on Friday.",  # a bare weekday: any week of any year
])
def test_undatable_text_has_no_publication_date(extract, text):
    facts = extract(text, published=None, prior_year=2025)
    assert (facts.published, facts.published_inferred) == (None, False)


def test_a_date_inferred_at_ingest_stays_when_the_text_pins_none(nlp, lexicon):
    from talkwatch.extract import ArticleInput, extract_facts

    text = "The delegations met in Istanbul on Friday."  # a dateline gave 2025-11-21, its year inferred
    facts = extract_facts(nlp(text), ArticleInput("a", text, "2025-11-21", True), lexicon)
    assert (facts.published, facts.published_inferred) == ("2025-11-21", True)
    assert [d.resolved.value for d in facts.dates] == ["2025-11-21"]


def test_metadata_date_is_kept(extract):
    facts = extract(ANCHORED, published="2025-05-02")
    assert (facts.published, facts.published_inferred) == ("2025-05-02", False)


def test_dates_resolve_against_metadata_date(extract):
    facts = extract("The delegations met in Istanbul on Friday.", published="2025-05-21")
    assert facts.dates[0].resolved.value == "2025-05-16"


# --- through the store --------------------------------------------------------------------------------------


def _articles(runner, db) -> list[dict]:
    result = runner.invoke(app, ["articles", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _ingest_undated(runner, tmp_path) -> dict:
    (tmp_path / "rome.txt").write_text(ANCHORED + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "rome.txt"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    (article,) = _articles(runner, tmp_path / "s.db")
    return article


def test_ingest_marks_inferred_date_inferred(runner, tmp_path):
    assert _ingest_undated(runner, tmp_path)["published_inferred"] is True


def test_ingest_stores_inferred_date(runner, tmp_path):
    published = dt.date.fromisoformat(_ingest_undated(runner, tmp_path)["published"])
    assert abs((published - FUNERAL).days) <= 6


def test_ingest_keeps_given_date_not_inferred(runner, tmp_path):
    (tmp_path / "rome.txt").write_text(ANCHORED + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "rome.txt"), "--published", "2025-05-02",
                                 "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    (article,) = _articles(runner, tmp_path / "s.db")
    assert (article["published"], article["published_inferred"]) == ("2025-05-02", False)


def test_a_named_event_the_future_tense_looks_past_does_not_contradict_the_weekdays(extract):
    # "would lift the pause on intelligence sharing": the lifting is ahead, the pause (5 March) behind
    text = ("Ukraine agreed to a truce in Jeddah on Tuesday, March 11. Washington said it would lift the pause "
            "on intelligence sharing with Kyiv.")
    assert extract(text, published=None, prior_year=2025).published == "2025-03-11"
