"""Sentences that name an issue but state no stance of a party, or state one that is easily misread.

Sentences written for these tests about the 2025 talks; each test checks one behaviour.
"""

from __future__ import annotations

import pytest

from .test_positions import _positions

pytestmark = pytest.mark.model


# --- no stance --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a cue's word in another sense
    "The EU wants more humanitarian aid for Kyiv.",
    "Moscow says it will never give up its nuclear weapons.",
    "Zelensky welcomed Trump's election victory in November.",
    "Trump proposed that the US take ownership of the Zaporizhzhia nuclear power plant.",
    # a question
    "Will Moscow agree to a 30-day ceasefire?",
    "\"Why should we accept a ceasefire that lets Russia rearm?\" Zelensky asked.",
    "Zelensky did not say whether he would accept the ceasefire.",
    "Reporters asked Peskov whether Russia would accept European peacekeepers.",
    "Russia refused to say whether it would agree to an energy truce.",
    "Zelensky wants to know if Putin is ready for a ceasefire.",
    # a supposition, or a clause that only dates another
    "Should Kyiv agree to a ceasefire, Russia would still hold Crimea.",
    "Europe is ready to deploy a reassurance force once a ceasefire is agreed, Macron said.",
    "Zelensky said he would meet Putin after Russia agreed to a ceasefire.",
])
def test_no_stance(nlp, text):
    assert _positions(nlp, text) == set()


def test_insisting_on_territorial_integrity_opposes_concessions(nlp):
    assert _positions(nlp, "The EU insists on Ukraine's sovereignty and territorial integrity.") == {
        ("eu", "territorial_concessions", "oppose")}


# --- an issue that only places something -------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Russia wants a ceasefire in Kherson.", {("RUS", "ceasefire", "support")}),
    ("Zelensky called for a ceasefire in the air, at sea and on land.",
     {("volodymyr-zelensky", "ceasefire", "support")}),
    ("Moscow demanded an end to Ukrainian attacks on Crimea.", set()),
    ("Russia demanded that Ukraine stop drone attacks on Russian territory.", set()),
])
def test_a_place_or_a_target_is_no_issue(nlp, text, expected):
    assert _positions(nlp, text) == expected


def test_interest_in_an_issue_is_no_place(nlp):
    assert ("UKR", "ceasefire", "support") in _positions(nlp, "Kyiv said it was ready for a ceasefire in principle.")


# --- what governs the issue --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Trump wants to end military aid to Ukraine.", ("donald-trump", "military_aid", "oppose")),
    ("Russia wants sanctions lifted.", ("RUS", "sanctions", "oppose")),
    ("Moscow demands that sanctions be removed before any deal.", ("RUS", "sanctions", "oppose")),
    ("The Kremlin said it wants to end the energy truce.", ("RUS", "partial_ceasefire", "oppose")),
    ("Zelensky said Ukraine would not drop its NATO bid.", ("UKR", "nato_membership", "support")),
])
def test_an_undo_word_on_the_issue_reverses_it(nlp, text, expected):
    assert _positions(nlp, text) == {expected}


def test_an_undo_word_that_gives_up_land_is_the_issue_s_own(nlp):
    assert _positions(nlp, "Kyiv demands that Russia withdraw from Donbas.") == {
        ("UKR", "territorial_concessions", "oppose")}


def test_what_the_issue_itself_does_is_no_stance_on_it(nlp):
    text = "Zelensky said he would not accept a ceasefire that froze the front line."
    assert _positions(nlp, text) == {("volodymyr-zelensky", "ceasefire", "oppose")}


# --- holders --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Zelensky accused Putin of rejecting a ceasefire.", ("vladimir-putin", "ceasefire", "oppose")),
    ("Kyiv blamed Moscow for blocking a prisoner exchange.", ("RUS", "prisoners", "oppose")),
    ("Russia was accused by Kyiv of rejecting the energy truce.", ("RUS", "partial_ceasefire", "oppose")),
])
def test_who_is_charged_with_an_act_holds_it(nlp, text, expected):
    assert _positions(nlp, text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Hegseth said NATO membership for Ukraine was not realistic.", ("pete-hegseth", "nato_membership", "oppose")),
    ("Peskov said Ukraine's NATO membership was impossible.", ("dmitry-peskov", "nato_membership", "oppose")),
])
def test_an_issue_that_is_the_subject_names_no_holder(nlp, text, expected):
    assert _positions(nlp, text) == {expected}


# --- stance words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("According to diplomats, Moscow is unlikely to accept European peacekeepers.", ("RUS", "foreign_troops", "oppose")),
    ("Vance said it was unrealistic to expect a quick ceasefire.", ("jd-vance", "ceasefire", "oppose")),
])
def test_what_is_unlikely_or_unrealistic_is_opposed(nlp, text, expected):
    assert _positions(nlp, text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Zelensky insists on the return of all occupied territories.",
     ("volodymyr-zelensky", "territorial_concessions", "oppose")),
    ("Rubio said it was unrealistic to expect the return of all Ukrainian territory.",
     ("marco-rubio", "territorial_concessions", "support")),
])
def test_the_return_of_territory_is_no_concession(nlp, text, expected):
    assert _positions(nlp, text) == {expected}


def test_a_fact_that_dates_another_still_counts(nlp):
    text = "Russia launched a massive strike hours after Putin rejected the ceasefire."
    assert _positions(nlp, text) == {("vladimir-putin", "ceasefire", "oppose")}


def test_an_adjective_on_the_subject_judges_the_stance_noun_it_names(nlp):
    text = "Russia rejected the plan. It said the proposal for peacekeepers was unacceptable."
    assert _positions(nlp, text) == {("RUS", "foreign_troops", "oppose")}


@pytest.mark.parametrize("text, expected", [
    ("Russia is prepared to accept peacekeepers only from neutral countries, a source said.",
     ("RUS", "foreign_troops", "conditional", "from neutral countries")),
    ("Kyiv will accept a ceasefire only with security guarantees.",
     ("UKR", "ceasefire", "conditional", "with security guarantees")),
])
def test_only_restricting_a_stance_makes_it_conditional(nlp, text, expected):
    positions = {(p.actor, p.issue, p.stance, p.condition) for p in nlp(text)._.tw_positions}
    assert expected in positions and ("UKR", "security_guarantees", "conditional", expected[3]) not in positions
