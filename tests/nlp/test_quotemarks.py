"""Quotation marks found in plain text (no model needed), and the speech-verb lexicon."""

from __future__ import annotations

import pytest

from talkwatch.nlp.quotes.quotemarks import find_marked, paragraph_spans
from talkwatch.nlp.quotes.speech import speech_verbs


def _texts(text: str) -> list[str]:
    return [text[q.start: q.end] for q in find_marked(text)]


@pytest.mark.parametrize("text", [
    "Peskov called it \u201cuseful\u201d.",
    'Peskov called it "useful".',
    "Peskov called it \u00abuseful\u00bb.",
    "Peskov called it \u201c useful \u201d.",
])
def test_marks_enclose_the_words_without_marks_or_spaces(text):
    assert _texts(text) == ["useful"]


def test_apostrophes_and_single_quotes_are_not_marks():
    assert _texts("Russia\u2019s envoy said the \u2018talks\u2019 went on; Kyiv's reply came later.") == []


def test_closing_mark_without_opening_is_ignored():
    assert _texts("The talks ended\u201d and \u201cnothing was agreed\u201d.") == ["nothing was agreed"]


def test_second_opening_mark_restarts_the_quote():
    assert _texts("A stray \u201cmark, then \u201cthe real quote\u201d.") == ["the real quote"]


def test_quote_left_open_runs_to_the_end_of_its_paragraph():
    [quote] = find_marked("He said: \u201cWe are ready\n\nThe talks went on.")
    assert (quote.close_at, "He said: \u201cWe are ready\n\nThe talks went on."[quote.start: quote.end]) == (
        None, "We are ready")


def test_reopened_paragraph_continues_the_quote():
    text = "He said: \u201cWe are ready.\n\n\u201cWe will wait.\u201d"
    first, second = find_marked(text)
    assert (first.continues, second.continues, second.paragraph) == (False, True, 1)


def test_paragraph_after_a_closed_quote_does_not_continue_it():
    text = "He said: \u201cWe are ready.\u201d\n\n\u201cWe will wait,\u201d she said."
    assert find_marked(text)[1].continues is False


def test_paragraphs_are_separated_by_blank_lines():
    text = "One.\n\nTwo\nstill two.\n \nThree."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.", "Two\nstill two.", "Three."]


def test_speech_lexicon_has_reporting_and_naming_verbs():
    verbs = speech_verbs()
    assert {"say", "tell", "add"} <= verbs.reporting and {"describe", "call"} <= verbs.naming
    assert "ask" in verbs.questions
