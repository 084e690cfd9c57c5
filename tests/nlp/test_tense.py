"""The tense of the clause a date expression sits in (`talkwatch.nlp.tense.tense_of`)."""

from __future__ import annotations

import pytest

from talkwatch.nlp.dates.resolve import FUTURE, PAST, PRESENT
from talkwatch.nlp.tense import tense_of

pytestmark = pytest.mark.model


def _tense_of_date(nlp, sentence: str) -> str:
    """The tense of the one DATE span of a sentence."""
    (span,) = [e for e in nlp(sentence).ents if e.label_ == "DATE"]
    return tense_of(span)


@pytest.mark.parametrize("sentence", [
    "The delegations met in Geneva on Friday.",
    "Talks ended on Monday.",
    "The envoy had arrived in Moscow on Monday.",
    "The envoy has arrived in Moscow on Monday.",
    "Prices have fallen since Friday.",
])
def test_past(nlp, sentence):
    assert _tense_of_date(nlp, sentence) == PAST


@pytest.mark.parametrize("sentence", [
    "The delegations will meet in Geneva on Friday.",
    "The delegations are due to meet in Geneva on Friday.",
    "The envoy is set to arrive in Moscow on Friday.",
    "Ivan Petrov plans to visit Kyiv on Friday.",
    "The envoy is scheduled to arrive in Moscow on Friday.",
    "Negotiators are meeting in Geneva on Friday.",
    "The envoy will land ahead of Friday's talks.",
])
def test_future(nlp, sentence):
    assert _tense_of_date(nlp, sentence) == FUTURE


@pytest.mark.parametrize("sentence", [
    "The delegations meet in Geneva on Friday.",
    "The ministers talk by phone every Friday.",
    "Officials say the talks begin on Friday.",
])
def test_present(nlp, sentence):
    assert _tense_of_date(nlp, sentence) == PRESENT
