"""Who acts on whom, read from the parse (nlp/events/arguments.py, argactors.py):
pronouns that stand for a party, and the preposition a kind takes for its
target. Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(nlp, text: str, kind: str):
    return [e for e in nlp(text)._.tw_events if e.kind == kind]


@pytest.mark.parametrize("text", [
    "Moldova says it is willing to withdraw its border guards from the crossing.",
    "Serbia said it was ready to withdraw its police from the north.",
])
def test_it_before_a_party_s_predicate_is_that_party(nlp, text):
    events = nlp(text)._.tw_events
    assert events and all(e.source for e in events), events


def test_an_it_that_points_at_nothing_names_no_party(nlp):
    assert nlp("Russia said it was unrealistic to expect a deal soon.")._.tw_events == ()


@pytest.mark.parametrize(("text", "target"), [
    ("US troops withdrew from Syria on Monday.", "SYR"),
    ("The withdrawal of Russian forces from Syria began on Wednesday.", "SYR"),
])
def test_a_retreat_is_from_its_target(nlp, text, target):
    [event] = _events(nlp, text, "retreat")
    assert target in event.target


def test_a_meeting_is_not_with_whom_it_leaves(nlp):
    [event] = _events(nlp, "Rubio met Lavrov in Riyadh after flying in from Rome.", "meeting")
    assert event.target == ("sergei-lavrov",)


def test_the_owner_of_an_act_acts_in_the_gerund_that_describes_it(nlp):
    [event] = _events(nlp, "Critics say the deal risks rewarding Russia's aggression in starting the invasion.",
                      "attack")
    assert event.source == ("RUS",)


def test_people_placed_in_a_country_act_for_it_in_a_light_verb_s_event(nlp):
    [event] = _events(nlp, "Thousands of students throughout Kenya staged mass demonstrations on Saturday.", "protest")
    assert event.source == ("KEN",)
