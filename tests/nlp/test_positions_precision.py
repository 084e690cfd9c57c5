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
    # a clause denied or left unsaid
    "Russia did not say it opposed the ceasefire.",
    "The Kremlin denied that Putin had rejected a ceasefire.",
    "The Kremlin denied reports that it opposed a prisoner exchange.",
    # the quoted view of someone who is no party, or what a commentator says or forecasts
    "\"Russia does not want a ceasefire now,\" said one analyst at a London think tank.",
    "Analysts said the Kremlin would turn down any truce.",
    "Moscow is unlikely to accept Western peacekeepers, according to several analysts.",
    # the terms of a proposal that names no proposer
    "The draft would have Kyiv promise in its constitution that it will never join NATO.",
    # agreeing how an issue is to be talked about
    "Zelensky said Trump had agreed that land can only be discussed with Kyiv at the table.",
])
def test_no_stance(nlp, text):
    assert _positions(nlp, text) == set()


# --- what is read ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # an issue that only places something, or is what an attack hits
    ("Russia wants a ceasefire in Kherson.", {("RUS", "ceasefire", "support")}),
    ("Zelensky called for a ceasefire in the air, at sea and on land.",
     {("volodymyr-zelensky", "ceasefire", "support")}),
    ("Moscow demanded an end to Ukrainian attacks on Crimea.", set()),
    ("Russia demanded that Ukraine stop drone attacks on Russian territory.", set()),
    # an undo word on the issue reverses it, unless it is the issue's own word for giving it up
    ("Trump wants to end military aid to Ukraine.", {("donald-trump", "military_aid", "oppose")}),
    ("Russia wants sanctions lifted.", {("RUS", "sanctions", "oppose")}),
    ("Moscow demands that sanctions be removed before any deal.", {("RUS", "sanctions", "oppose")}),
    ("The Kremlin said it wants to end the energy truce.", {("RUS", "partial_ceasefire", "oppose")}),
    ("Zelensky said Ukraine would not drop its NATO bid.", {("UKR", "nato_membership", "support")}),
    ("Kyiv demands that Russia withdraw from Donbas.", {("UKR", "territorial_concessions", "oppose")}),
    # what the issue itself does is no stance on it
    ("Zelensky said he would not accept a ceasefire that froze the front line.",
     {("volodymyr-zelensky", "ceasefire", "oppose")}),
    # a fact that dates another still counts
    ("Russia launched a massive strike hours after Putin rejected the ceasefire.",
     {("vladimir-putin", "ceasefire", "oppose")}),
    # cues: territorial integrity, the return of land, unlikely and unrealistic, energy strikes
    ("The EU insists on Ukraine's sovereignty and territorial integrity.",
     {("eu", "territorial_concessions", "oppose")}),
    ("Zelensky insists on the return of all occupied territories.",
     {("volodymyr-zelensky", "territorial_concessions", "oppose")}),
    ("Rubio said it was unrealistic to expect the return of all Ukrainian territory.",
     {("marco-rubio", "territorial_concessions", "support")}),
    ("According to diplomats, Moscow is unlikely to accept European peacekeepers.",
     {("RUS", "foreign_troops", "oppose")}),
    ("Vance said it was unrealistic to expect a quick ceasefire.", {("jd-vance", "ceasefire", "oppose")}),
    ("Putin agreed to a 30-day moratorium on energy infrastructure strikes.",
     {("vladimir-putin", "partial_ceasefire", "support")}),
    # backing talks on an issue is openness to it
    ("Russia agreed to talks on a ceasefire.", {("RUS", "ceasefire", "open")}),
    ("Moscow rejected talks on a truce.", {("RUS", "ceasefire", "oppose")}),
    # holders: who is charged with an act; not the issue, nor the owner of a stance noun that is judged
    ("Zelensky accused Putin of rejecting a ceasefire.", {("vladimir-putin", "ceasefire", "oppose")}),
    ("Kyiv blamed Moscow for blocking a prisoner exchange.", {("RUS", "prisoners", "oppose")}),
    ("Russia was accused by Kyiv of rejecting the energy truce.", {("RUS", "partial_ceasefire", "oppose")}),
    ("Hegseth said NATO membership for Ukraine was not realistic.",
     {("pete-hegseth", "nato_membership", "oppose")}),
    ("Peskov said Ukraine's NATO membership was impossible.",
     {("dmitry-peskov", "nato_membership", "oppose")}),
    ("Russia rejected the plan. It said the proposal for peacekeepers was unacceptable.",
     {("RUS", "foreign_troops", "oppose")}),
    ("Zelensky said Russia's demand for Donbas was unacceptable.",
     {("RUS", "territorial_concessions", "support"),
      ("volodymyr-zelensky", "territorial_concessions", "oppose")}),
    # what a party must do is the speaker's wish
    ("Trump said Ukraine should give up Crimea.", {("donald-trump", "territorial_concessions", "support")}),
    ("Trump said Zelensky should have accepted a ceasefire long ago.",
     {("donald-trump", "ceasefire", "support")}),
    ("Russia must accept the ceasefire, Trump said.", {("donald-trump", "ceasefire", "support")}),
    ("Ukraine must not give up Crimea, Zelensky said.",
     {("volodymyr-zelensky", "territorial_concessions", "oppose")}),
    ("Any deal must include security guarantees, Zelensky said.",
     {("volodymyr-zelensky", "security_guarantees", "support")}),
    # a conjunct shares its head's subject
    ("Zelensky said Kyiv was ready to talk but would not give up Donbas.",
     {("UKR", "territorial_concessions", "oppose")}),
    # a verb conjunct shares what governs its head; a bare gerund is a stance word's object
    ("Russia said it would back a truce only if Kyiv stopped recruiting and rearming.",
     {("RUS", "ceasefire", "conditional"), ("RUS", "military_aid", "oppose")}),
    ("The UK has ruled out sending British ground troops.", {("GBR", "foreign_troops", "oppose")}),
    ("Paris agreed to halt strikes on power plants but turned down Washington's call for a full truce.",
     {("FRA", "partial_ceasefire", "support"), ("USA", "ceasefire", "support"), ("FRA", "ceasefire", "oppose")}),
    # a refusal: "not tolerate", "sign nothing", "would not send", denied only "outright"
    ("The Kremlin said it will not tolerate troops from NATO states in Ukraine.",
     {("RUS", "foreign_troops", "oppose")}),
    ("Zelensky said Kyiv would sign nothing that cedes land to Moscow.",
     {("UKR", "territorial_concessions", "oppose")}),
    ("Poland said it would not send soldiers.", {("POL", "foreign_troops", "oppose")}),
    ("The Kremlin did not reject outright the idea of a truce.", {("RUS", "ceasefire", "open")}),
    # a proposal's terms are its proposer's
    ("The US draft would have Kyiv promise in its constitution that it will never join NATO.",
     {("USA", "nato_membership", "oppose")}),
    ("Under the plan drafted by Witkoff, Ukraine would never join NATO.",
     {("steve-witkoff", "nato_membership", "oppose")}),
    # taking land by force: a threat supports the concession, taking it back opposes it
    ("Peskov warned that if Kyiv said no, Russian troops would go on and seize more territory.",
     {("RUS", "territorial_concessions", "support")}),
    ("Zelensky vowed to recapture all occupied territory.",
     {("volodymyr-zelensky", "territorial_concessions", "oppose")}),
    ("Russian forces captured two villages in Donetsk on Monday.", set()),
    # agreeing to talk about an issue is openness
    ("Moscow agreed that a truce could be negotiated.", {("RUS", "ceasefire", "open")}),
])
def test_stances(nlp, text, expected):
    assert _positions(nlp, text) == expected


def test_interest_in_an_issue_is_no_place(nlp):
    text = "Kyiv said it was ready for a ceasefire in principle."
    assert ("UKR", "ceasefire", "support") in _positions(nlp, text)


# --- conditions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # "only" restricting a stance; not the issue it restricts it to
    ("Russia is prepared to accept peacekeepers only from neutral countries, a source said.",
     {("RUS", "foreign_troops", "conditional", "from neutral countries")}),
    ("Kyiv will accept a ceasefire only with security guarantees.",
     {("UKR", "ceasefire", "conditional", "with security guarantees"),
      ("UKR", "security_guarantees", "support", None)}),
    # what the issue must do
    ("Any peace deal should include security guarantees for Ukraine, Zelensky said.",
     {("volodymyr-zelensky", "peace_settlement", "conditional", "include security guarantees for Ukraine"),
      ("volodymyr-zelensky", "security_guarantees", "support", None)}),
])
def test_conditions(nlp, text, expected):
    assert {(p.actor, p.issue, p.stance, p.condition) for p in nlp(text)._.tw_positions} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelensky said Kyiv would not accept any reduction in Western military aid.", ("UKR", "military_aid", "support")),
    ("Orban wants deep cuts to military aid for Ukraine.", ("viktor-orban", "military_aid", "oppose")),
])
def test_refusing_or_wanting_a_reduction_in_an_issue_reverses_it(nlp, text, expected):
    assert expected in _positions(nlp, text)
