"""The parse repairs (`talkwatch_repairs`): "NAME verbed NOUN" read by the small
model as one noun phrase becomes a clause, for the pack's event verbs only; an
event noun in -ing after an adjective, read as a verb, becomes the noun of its
phrase ("under heavy Russian shelling"); "talks" read as a verb, and "plans" read
as a noun, are mended; a date between a speech verb and its clause is the
speech verb's."""

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


def test_a_verb_hung_on_its_object_with_its_subject_right_is_rehung(nlp):
    doc = nlp("Trump hosted Zelensky at the White House on Friday.")
    deps = _deps(doc)
    assert (deps["hosted"][:2], deps["Zelensky"][1:]) == (("VERB", "ROOT"), ("dobj", "hosted"))
    (event,) = [e for e in doc._.tw_events if e.kind == "meeting"]
    assert (event.source, event.target) == (("donald-trump",), ("volodymyr-zelensky",))


def test_a_clause_hung_on_a_comma_is_coordinated_and_keeps_its_stance(nlp):
    doc = nlp("After the quarrel at the White House, Trump paused military aid to Ukraine and has "
              "suspended some intelligence-sharing with Kyiv.")
    assert _deps(doc)["paused"][:2] == ("VERB", "conj")
    assert {p.stance for p in doc._.tw_positions if p.issue == "military_aid"} == {"oppose"}


@pytest.mark.parametrize(("text", "phrase_role"), [
    ("The town came under heavy Russian shelling overnight.", ("pobj", "under")),
    ("Five people were wounded by Russian shelling in Nikopol.", ("pobj", "by")),
    ("Ukrainian shelling damaged a school in Donetsk.", ("nsubj", "damaged")),
    ("Two people were killed in Russian artillery shelling in Kherson.", ("pobj", "in")),
])
def test_an_event_noun_in_ing_after_an_adjective_heads_its_phrase(nlp, text, phrase_role):
    doc = nlp(text)
    deps = _deps(doc)
    assert deps["shelling"] == ("NOUN", *phrase_role)
    demonym = next(t for t in doc if t.text in ("Russian", "Ukrainian"))
    shelling = next(t for t in doc if t.text == "shelling")
    assert demonym.dep_ == "amod" and demonym in shelling.subtree
    (event,) = [e for e in doc._.tw_events if e.kind == "attack"]
    assert event.source == ("UKR" if demonym.text == "Ukrainian" else "RUS",)


def test_a_verb_in_ing_stays_a_verb(nlp):
    deps = _deps(nlp("Russian forces kept shelling the town."))
    assert deps["shelling"][:2] == ("VERB", "xcomp")


@pytest.mark.parametrize("text", [
    "The Kremlin's stated aims have not changed.",  # a possessive and an adjective that is no event verb
    "Russia-backed forces shelled the town.",  # a compound the parse already reads right
    "The exhausted negotiators left Riyadh.",  # no name before the adjective
])
def test_other_phrases_are_left_as_the_model_read_them(nlp, text):
    from talkwatch.nlp.pipeline import load_model

    bare = load_model()(text)
    assert [(t.pos_, t.dep_, t.head.i) for t in nlp(text)] == [(t.pos_, t.dep_, t.head.i) for t in bare]


@pytest.mark.parametrize(("text", "plural"), [
    ("The US special envoy plans to meet Putin in Moscow.", "plans"),
    ("The US and Ukraine plan to meet in Jeddah.", "plan"),
])
def test_an_intent_verb_read_as_a_noun_becomes_the_verb(nlp, text, plural):
    deps = _deps(nlp(text))
    assert deps[plural][:2] == ("VERB", "ROOT") and deps["meet"][1:] == ("xcomp", plural)


def test_the_plan_of_a_state_stays_a_noun(nlp):
    assert _deps(nlp("The US plan to end the war was rejected."))["plan"][0] == "NOUN"


def test_talks_tagged_a_verb_as_a_subject_become_the_noun(nlp):
    deps = _deps(nlp("US and Ukrainian officials said that talks in Geneva had produced a new draft."))
    assert deps["talks"][:2] == ("NOUN", "nsubj")


@pytest.mark.parametrize(("text", "date_word", "head"), [
    ("Trump said on Thursday he would meet Putin in Budapest.", "on", "said"),  # before the clause's subject
    ("Peskov said that on Friday Putin would meet Witkoff.", "on", "meet"),  # after its "that": the clause's
])
def test_a_phrase_between_a_speech_verb_and_its_clause_is_the_speech_verb_s(nlp, text, date_word, head):
    assert _deps(nlp(text))[date_word][2] == head
