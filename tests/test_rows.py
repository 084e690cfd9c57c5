"""Which date expression dates an act: a period's start does not, a possessive does."""

from __future__ import annotations

import pytest

from talkwatch.rows import _background, _dating


@pytest.mark.parametrize(("text", "expression", "dates_it"), [
    ("the first direct talks since 2022 ended", "2022", False),
    ("sanctions in force from 2014 were kept", "2014", False),
    ("their first meeting since last week's Oval Office clash", "last week's", True),
    ("Witkoff met Putin on Friday in Moscow", "Friday", True),
])
def test_period_start_does_not_date_the_act(text, expression, dates_it):
    start = text.index(expression)
    span = (start, start + len(expression))
    assert (_dating(span, text) == span) is dates_it


@pytest.mark.parametrize(("last", "published", "background"), [
    ("2022", "2025-03-24", True),  # the invasion of 2022 in a 2025 report
    ("2024-02", "2025-03-24", True),
    ("2024-12", "2025-03-24", False),  # a rejection three months before: the talks' own history
    ("2025-03-21", "2025-03-24", False),
    (None, "2025-03-24", False),  # undated: kept
    ("2022", None, False),  # no publication date to measure from
])
def test_acts_over_a_year_before_the_article_are_background(last, published, background):
    row = {"date": last, "date_last": last}
    assert _background(row, published) is background
