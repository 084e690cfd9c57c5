"""A headline at the top of a pasted article is its title; a first sentence is not. And a byline's
desk or outlet after its names, known or not."""

from __future__ import annotations

import json

import pytest

from talkwatch.ingest.credits import strip_credits
from talkwatch.ingest.jsonl import read_jsonl
from talkwatch.ingest.text import read_text

HEADLINE = "Black Sea pause agreed as envoys leave Riyadh"
LEAD = "Negotiators from Kyiv and Washington ended two days of talks in Riyadh on Tuesday with a deal on shipping."
NEXT = "Russia said the arrangement would apply only after some sanctions on its grain trade were eased."


@pytest.mark.parametrize("under", [
    [LEAD, NEXT],                                          # the story straight away
    ["RIYADH, March 25 - " + LEAD, NEXT],                  # a dateline
    ["09:40 Riyadh time", LEAD, NEXT],                     # a live page's time line, then the story
])
def test_a_short_first_line_over_the_story_is_the_title(under: list[str]) -> None:
    credits = strip_credits([HEADLINE, *under])
    assert credits.title == HEADLINE
    assert credits.paragraphs[0] == HEADLINE and LEAD in credits.paragraphs[-2]  # kept as a heading


@pytest.mark.parametrize("headline", [
    "Analysis: What the Riyadh deal means for grain ships",
    "Kremlin calls sea truce talks 'a first step'",
    "\u201cWe are not there yet\u201d: Umerov after Riyadh",
    "28 countries back monitoring mission for Black Sea",
])
def test_headlines_with_labels_quotes_and_numbers_are_titles(headline: str) -> None:
    assert strip_credits([headline, LEAD, NEXT]).title == headline


@pytest.mark.parametrize("first", [
    LEAD,                                                             # a first sentence ends with a full stop
    "Umerov said the talks had been \u201cuseful and focused.\u201d",  # so it does inside a quote
    "Negotiators from Kyiv and Washington met again on",              # a line cut mid-sentence
    "Is a ceasefire at sea within reach?",                            # a question may open a story
    "Black Sea",                                                      # a kicker, not a headline
])
def test_a_first_line_that_is_no_headline_is_no_title(first: str) -> None:
    credits = strip_credits([first, NEXT])
    assert credits.title is None and credits.paragraphs == [first, NEXT]


def test_a_short_first_line_over_more_short_lines_is_no_title() -> None:
    lines = ["Delegations and their leaders", "Kyiv: Rustem Umerov", "Washington: Michael Anton"]
    assert strip_credits(lines).title is None


def test_a_pasted_text_with_the_date_marker_and_a_headline() -> None:
    article = read_text(f" date 2025-03-25\n{HEADLINE}\n\n{LEAD}\n\n{NEXT}\n", "a.txt")
    assert (article.title, article.published) == (HEADLINE, "2025-03-25")


def test_a_pasted_text_with_a_headline_and_a_dateline() -> None:
    article = read_text(f"{HEADLINE}\n\nRIYADH -- {LEAD}\n\n{NEXT}\n", "a.txt")
    assert article.title == HEADLINE and f"{HEADLINE}\n\n{LEAD}" in article.text


def test_a_pasted_text_without_a_headline_keeps_its_first_sentence() -> None:
    article = read_text(f"{LEAD}\n{NEXT}\n", "a.txt")
    assert (article.title, article.text) == (None, f"{LEAD}\n\n{NEXT}")


def test_a_front_matter_title_wins_over_the_headline_line() -> None:
    article = read_text(f"---\ntitle: Sea deal\n---\n{HEADLINE}\n\n{LEAD}\n", "a.txt")
    assert article.title == "Sea deal"


def test_a_dump_record_without_a_title_takes_its_headline() -> None:
    [article] = read_jsonl(json.dumps({"text": f"{HEADLINE}\n\n{LEAD}"}) + "\n", "dump.jsonl")
    assert article.title == HEADLINE


@pytest.mark.parametrize(("byline", "authors", "outlet"), [
    ("By Petra Lind and Owen Marsh, Night Desk", ["Petra Lind", "Owen Marsh"], "Night Desk"),
    ("By Petra Lind, Owen Marsh and Ada Moss, Night Desk", ["Petra Lind", "Owen Marsh", "Ada Moss"], "Night Desk"),
    ("By Petra Lind, Night Desk", ["Petra Lind"], "Night Desk"),
    ("By Petra Lind, Kyiv Correspondent", ["Petra Lind"], None),
    ("By Petra Lind and Owen Marsh, Staff Writers", ["Petra Lind", "Owen Marsh"], None),
    ("By Petra Lind, Owen Marsh and Ada Moss", ["Petra Lind", "Owen Marsh", "Ada Moss"], None),
    ("By Petra Lind, Owen Marsh, and Ada Moss", ["Petra Lind", "Owen Marsh", "Ada Moss"], None),
])
def test_a_byline_names_its_authors_and_the_desk_after_them(byline: str, authors: list[str],
                                                             outlet: str | None) -> None:
    credits = strip_credits([HEADLINE, byline, LEAD])
    assert (credits.authors, credits.outlet, credits.title) == (authors, outlet, HEADLINE)


def test_an_outlet_line_and_a_date_line_under_a_headline_are_credits():
    credits = strip_credits(["Washington and Moscow take first steps in Saudi talks", "Eastern Courier",
                             "February 19, 2025", "The United States and Russia said on Tuesday they would talk."])
    assert (credits.title, credits.outlet, credits.published) == (
        "Washington and Moscow take first steps in Saudi talks", "Eastern Courier", "2025-02-19")


def test_a_section_trail_above_a_headline_is_page_furniture():
    credits = strip_credits(["World | Europe", "Ukraine backs US plan for a ceasefire", "By Tomas Brennan",
                             "Published 11 March 2025, 21:14 GMT", "Ukraine said on Tuesday it was ready."])
    assert (credits.title, credits.authors, credits.published) == (
        "Ukraine backs US plan for a ceasefire", ["Tomas Brennan"], "2025-03-11")
    assert "World | Europe" not in credits.paragraphs
