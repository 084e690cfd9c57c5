"""The parse repair (`talkwatch_repairs`): "NAME verbed NOUN" read by the small
model as one noun phrase becomes a clause, for the pack's event verbs only."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _deps(doc) -> dict[str, tuple[str, str, str]]:
    return {t.text: (t.pos_, t.dep_, t.head.text) for t in doc}


@pytest.mark.parametrize("text", [
    "Trump paused military aid to Ukraine on Monday.",
    "After the talks, Trump paused military aid to Ukraine.",
])
def test_a_name_and_an_event_verb_become_a_clause(nlp, text):
    doc = nlp(text)
    deps = _deps(doc)
    assert deps["paused"][0] == "VERB"
    assert deps["Trump"][1:] == ("nsubj", "paused")
    assert deps["aid"][1:] == ("dobj", "paused")
    (event,) = [e for e in doc._.tw_events if e.kind == "sanction"]
    assert event.source == ("donald-trump",) and event.target == ("UKR",)
    (position,) = doc._.tw_positions
    assert (position.actor, position.issue, position.stance) == ("donald-trump", "military_aid", "oppose")


def test_a_clause_hung_on_a_comma_is_coordinated_and_keeps_its_stance(nlp):
    doc = nlp("After the quarrel at the White House, Trump paused military aid to Ukraine and has "
              "suspended some intelligence-sharing with Kyiv.")
    assert _deps(doc)["paused"][:2] == ("VERB", "conj")
    assert {p.stance for p in doc._.tw_positions if p.issue == "military_aid"} == {"oppose"}


@pytest.mark.parametrize("text", [
    "The Kremlin's stated aims have not changed.",  # a possessive and an adjective that is no event verb
    "Russia-backed forces shelled the town.",  # a compound the parse already reads right
    "The exhausted negotiators left Riyadh.",  # no name before the adjective
])
def test_other_phrases_are_left_as_the_model_read_them(nlp, text):
    from talkwatch.nlp.pipeline import load_model

    bare = load_model()(text)
    assert [(t.pos_, t.dep_, t.head.i) for t in nlp(text)] == [(t.pos_, t.dep_, t.head.i) for t in bare]
