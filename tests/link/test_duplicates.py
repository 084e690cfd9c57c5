"""Near copies, rewrites and stories, on articles written for these tests."""

from __future__ import annotations

import pytest

from talkwatch.link import LinkItem, find_links, find_stories

ORIGINAL = """Ukraine said on Tuesday it was ready to accept a US proposal for an immediate 30-day ceasefire, \
after more than eight hours of talks with American officials in the Saudi city of Jeddah.

Secretary of State Marco Rubio said Washington would now take the offer to Moscow. "The ball is now in \
their court," Rubio told reporters after the meeting.

The United States agreed to lift its pause on military aid and to resume sharing intelligence with Kyiv \
at once, according to a joint statement released by both delegations.

Andriy Yermak, who led the Ukrainian team, said Kyiv wanted a just and lasting peace and thanked \
Saudi Arabia for hosting the talks."""

NEAR_COPY = ORIGINAL.replace("more than eight hours", "over eight hours") + \
    "\n\nThis article was updated with a statement from the delegations."

REWRITE = """According to Harbor Wire, Kyiv has signalled it would go along with an American plan for a \
month-long truce that would take effect immediately, following a long day of negotiations in Jeddah, \
Saudi Arabia.

Marco Rubio, the US secretary of state, told journalists that the offer would be put to the Russians. \
"The ball is now in their court," he said.

Washington will also end its suspension of weapons deliveries and restart the flow of intelligence to \
Ukraine, the two sides said in a joint statement. Ukraine's delegation was led by Andriy Yermak."""

SAME_TOPIC = """Russian officials reacted cautiously on Wednesday to the ceasefire plan agreed between \
Washington and Kyiv, saying Moscow would study the details before giving an answer.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin had not yet been briefed in full and \
warned against rushing to conclusions. Lawmakers in the Duma questioned whether a pause in the fighting \
would only let Ukraine rearm.

The Kremlin expects to hear from US envoy Steve Witkoff, who is due in Moscow later this week for \
meetings with Russian officials."""

OTHER_STORY = """Heavy rain flooded parts of the Black Sea port of Odesa overnight, cutting power to \
thousands of homes and disrupting trains, local authorities said. Emergency crews pumped water out of \
basements and cleared fallen trees from the main roads into the city centre."""


def item(aid: str, text: str, published: str | None, outlet: str | None, order: int) -> LinkItem:
    return LinkItem(aid, text, published, outlet, order)


@pytest.fixture
def items() -> list[LinkItem]:
    return [
        item("orig", ORIGINAL, "2025-03-11", "Harbor Wire", 0),
        item("copy", NEAR_COPY, "2025-03-12", "Coastal Daily", 1),
        item("rewrite", REWRITE, "2025-03-12", "Baltic Observer", 2),
        item("same-topic", SAME_TOPIC, "2025-03-12", "Eastgate News", 3),
        item("other", OTHER_STORY, "2025-03-12", "Eastgate News", 4),
    ]


@pytest.mark.issue(5)
def test_near_copy_points_to_the_earlier_original(items):
    assert find_links(items).duplicate_of == {"copy": "orig"}


@pytest.mark.issue(5)
def test_rewrite_points_to_the_attributed_original(items):
    assert find_links(items).rewrite_of == {"rewrite": "orig"}


@pytest.mark.issue(5)
def test_report_on_the_same_topic_is_neither_copy_nor_rewrite(items):
    links = find_links(items)
    assert "same-topic" not in links.duplicate_of and "same-topic" not in links.rewrite_of


@pytest.mark.issue(5)
def test_rewrite_read_before_its_undated_original_still_points_to_it(items):
    items[0].published = None  # the original sorts last, after its copy
    assert find_links(items).rewrite_of.get("rewrite") == "orig"


def test_rewrite_outside_the_time_window_is_not_linked(items):
    items[2].published = "2025-05-30"
    assert "rewrite" not in find_links(items).rewrite_of


@pytest.mark.issue(5)
def test_copy_and_rewrite_share_the_original_story(items):
    links = find_links(items)
    stories = find_stories(items, links)
    assert stories["copy"] == stories["rewrite"] == stories["orig"] == "story-orig"


@pytest.mark.issue(5)
def test_unrelated_article_is_a_story_of_its_own(items):
    links = find_links(items)
    stories = find_stories(items, links)
    assert stories["other"] not in {stories["orig"], stories["same-topic"]}


def test_a_short_quote_does_not_swallow_the_text_up_to_the_next_one():
    from talkwatch.link.features import quotes
    text = 'He called it "useful." Later Putin said: "we will not give up the Donbas under any circumstances".'
    assert quotes(text) == {"we will not give up the donbas under any circumstances"}
