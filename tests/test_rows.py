"""Which date expression dates an act: a period's start does not, a possessive does."""

from __future__ import annotations

import pytest

from talkwatch.rows import _dating


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
