"""Each party's stance on each issue (`talkwatch_positions`, `doc._.tw_positions`).

Sentences written for these tests about the 2025 talks; each test checks one behaviour.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _positions(nlp, text: str) -> set[tuple[str, str, str]]:
    """(actor, issue, stance) of every position read from `text`."""
    return {(p.actor, p.issue, p.stance) for p in nlp(text)._.tw_positions}


def _only(nlp, text: str):
    """The one position read from `text`."""
    (position,) = nlp(text)._.tw_positions
    return position


# --- the four stances ----------------------------------------------------------------------------------


def test_support(nlp):
    assert _positions(nlp, "Zelensky backed a 30-day ceasefire during the talks in Jeddah.") == {
        ("volodymyr-zelensky", "ceasefire", "support")}


def test_oppose(nlp):
    assert _positions(nlp, "Dmitry Peskov ruled out any deployment of European peacekeepers.") == {
        ("dmitry-peskov", "foreign_troops", "oppose")}


def test_open(nlp):
    assert _positions(nlp, "Lavrov said Russia was ready to discuss a new prisoner exchange.") == {
        ("RUS", "prisoners", "open")}


def test_conditional_carries_the_condition_in_the_article_words(nlp):
    text = "Putin said Russia was willing to discuss a truce provided that Ukraine halted mobilisation."
    position = _only(nlp, text)
    assert (position.actor, position.issue, position.stance, position.condition) == (
        "RUS", "ceasefire", "conditional", "Ukraine halted mobilisation")


def test_unless_makes_a_refusal_conditional(nlp):
    text = "The Kremlin says a ceasefire will not be possible unless the West stops arms deliveries to Kyiv."
    assert ("RUS", "ceasefire", "conditional") in _positions(nlp, text)


def test_what_a_condition_asks_for_is_supported_by_its_holder(nlp):
    text = "The Kremlin says a ceasefire will not be possible unless the West stops arms deliveries to Kyiv."
    assert ("RUS", "military_aid", "oppose") in _positions(nlp, text)


def test_a_stated_condition_noun_is_conditional(nlp):
    position = _only(nlp, "Russia's conditions for a ceasefire have not changed since June.")
    assert (position.actor, position.issue, position.stance, position.condition) == (
        "RUS", "ceasefire", "conditional", None)


@pytest.mark.parametrize("text, condition", [
    ("Peskov said an end to Western arms supplies to Kyiv was the main condition for any truce.",
     "an end to Western arms supplies to Kyiv"),
    ("The Kremlin says the precondition for a ceasefire is that Kyiv abandons its NATO bid.",
     "Kyiv abandons its NATO bid"),
    ("Moscow set a halt to Ukrainian mobilisation as a condition for a truce.", "a halt to Ukrainian mobilisation"),
])
def test_a_condition_noun_carries_the_condition_it_names(nlp, text, condition):
    (position,) = [p for p in nlp(text)._.tw_positions if p.issue == "ceasefire"]
    assert (position.stance, position.condition) == ("conditional", condition)


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin said its main condition for a general truce was a halt to Western weapons supplies to Kyiv.",
     {("RUS", "ceasefire", "conditional"), ("RUS", "military_aid", "oppose")}),
    ("Peskov said the key condition for any truce was the withdrawal of Ukrainian forces from Zaporizhzhia.",
     {("dmitry-peskov", "ceasefire", "conditional"), ("dmitry-peskov", "territorial_concessions", "support")}),
    ("Ukraine's condition for direct negotiations with Moscow is an unconditional ceasefire.",
     {("UKR", "direct_talks", "conditional"), ("UKR", "ceasefire", "support")}),
    # who is asked to act in the condition holds nothing
    ("The Kremlin says its precondition for a peace deal is that Kyiv abandons its bid to join NATO.",
     {("RUS", "peace_settlement", "conditional"), ("RUS", "nato_membership", "oppose")}),
    ("Moscow's conditions for a truce include an end to arms deliveries to Kyiv.",
     {("RUS", "ceasefire", "conditional"), ("RUS", "military_aid", "oppose")}),
])
def test_what_a_condition_noun_names_is_a_stance_of_its_holder(nlp, text, expected):
    assert _positions(nlp, text) == expected


def test_what_must_come_before_an_issue_is_its_condition(nlp):
    text = "The Kremlin insists that Kyiv must give up Kherson ahead of any truce."
    assert ("RUS", "ceasefire", "conditional") in _positions(nlp, text)
    (position,) = [p for p in nlp(text)._.tw_positions if p.issue == "ceasefire"]
    assert position.condition == "Kyiv must give up Kherson"


def test_what_a_demand_asks_for_before_an_issue_is_its_condition(nlp):
    position = next(p for p in nlp("Lavrov demanded a final peace settlement prior to any ceasefire.")._.tw_positions
                    if p.issue == "ceasefire")
    assert (position.actor, position.stance, position.condition) == (
        "sergei-lavrov", "conditional", "a final peace settlement")


def test_a_known_event_only_dates_what_comes_before_it(nlp):
    assert _positions(nlp, "Moscow agreed to a prisoner swap before the truce.") == {
        ("RUS", "prisoners", "support")}


def test_a_bare_if_names_no_wish_of_the_holder(nlp):
    text = "Zelensky called for tougher sanctions if Moscow rejected a ceasefire."
    assert _positions(nlp, text) == {("volodymyr-zelensky", "sanctions", "conditional")}


# --- negation --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Russian and Ukrainian delegations met in Istanbul. Both sides agreed to present their vision of a "
     "possible future truce.", {("RUS", "ceasefire", "open"), ("UKR", "ceasefire", "open")}),
    ("Moscow agreed to discuss the terms of a potential ceasefire.", {("RUS", "ceasefire", "open")}),
    ("Kyiv agreed to discuss a possible prisoner exchange with Moscow.", {("UKR", "prisoners", "open")}),
    # not hypothetical, or not talked about: the stance stands
    ("Moscow agreed on the terms of the ceasefire.", {("RUS", "ceasefire", "support")}),
    ("Zelensky backs a possible ceasefire.", {("volodymyr-zelensky", "ceasefire", "support")}),
    ("Moscow rejected talks on a possible truce.", {("RUS", "ceasefire", "oppose")}),
])
def test_backing_talk_about_a_possible_issue_is_open(nlp, text, expected):
    assert _positions(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow will consider a truce.", {("RUS", "ceasefire", "open")}),
    ("Kyiv is considering whether to accept a partial ceasefire.", {("UKR", "partial_ceasefire", "open")}),
])
def test_considering_an_issue_is_open(nlp, text, expected):
    assert _positions(nlp, text) == expected


def test_no_objection_to_is_support(nlp):
    text = "Ukraine has no objection to a Black Sea truce."
    assert _positions(nlp, text) == {("UKR", "partial_ceasefire", "support")}


def test_does_not_rule_out_is_open(nlp):
    text = "The Kremlin does not rule out another prisoner swap."
    assert _positions(nlp, text) == {("RUS", "prisoners", "open")}


def test_wont_accept_is_oppose(nlp):
    assert _positions(nlp, "Russia won't accept NATO membership for Ukraine, Lavrov said.") == {
        ("RUS", "nato_membership", "oppose")}


def test_never_is_oppose(nlp):
    assert _positions(nlp, "Sybiha said Ukraine would never recognise Crimea as Russian.") == {
        ("UKR", "territorial_concessions", "oppose")}


@pytest.mark.parametrize("text, holder", [
    ("Sybiha said Ukraine would not give up Luhansk, which Russia claims.", "UKR"),
    ("Kyiv will not hand over the occupied territories.", "UKR"),
    ("Zelensky said on Monday: we won't surrender our land.", "volodymyr-zelensky"),
])
def test_what_the_subject_will_not_do_is_refused(nlp, text, holder):
    assert (holder, "territorial_concessions", "oppose") in _positions(nlp, text)


@pytest.mark.parametrize("text, position", [
    ("The Kremlin will never give up Kherson, Peskov said.", ("RUS", "territorial_concessions", "support")),
    ("Putin said Russia would not pull out of Zaporizhzhia.", ("RUS", "territorial_concessions", "support")),
    ("Ukraine will never cede Kherson, Sybiha said.", ("UKR", "territorial_concessions", "oppose")),
    ("Kyiv insists that Moscow withdraw from the Donbas.", ("UKR", "territorial_concessions", "oppose")),
    ("Zelensky called for a Russian withdrawal from the occupied territories.",
     ("volodymyr-zelensky", "territorial_concessions", "oppose")),
    ("Lavrov demanded that Ukraine pull its forces out of Donetsk.", ("sergei-lavrov", "territorial_concessions", "support")),
])
def test_giving_up_land_is_a_concession_only_for_the_side_that_cedes_it(nlp, text, position):
    assert position in _positions(nlp, text)
    assert not {(a, i, "oppose" if s == "support" else "support") for a, i, s in [position]} & _positions(nlp, text)


def test_a_refused_stop_opposes_what_it_would_stop(nlp):
    assert _positions(nlp, "Moscow would not halt strikes on energy facilities.") == {
        ("RUS", "partial_ceasefire", "oppose")}


def test_a_forecast_about_a_thing_is_no_refusal(nlp):
    assert _positions(nlp, "Lavrov said the truce would not last.") == set()


def test_negated_support_is_oppose(nlp):
    assert _positions(nlp, "Washington does not support sending NATO troops to Ukraine.") == {
        ("USA", "foreign_troops", "oppose")}


def test_negation_inside_a_demand_flips_it(nlp):
    text = "Moscow demands that Ukraine never join NATO."
    assert _positions(nlp, text) == {("RUS", "nato_membership", "oppose")}


def test_refusing_to_accept_is_oppose(nlp):
    assert _positions(nlp, "Putin refused to accept an unconditional ceasefire.") == {
        ("vladimir-putin", "ceasefire", "oppose")}


def test_not_this_but_that_supports_that(nlp):
    text = "Putin said Russia does not want a truce but a durable peace."
    assert ("RUS", "peace_settlement", "support") in _positions(nlp, text)


def test_negation_outside_the_stance_is_ignored(nlp):
    text = "It comes as no surprise that Russia objects to any deployment of European forces in Ukraine."
    assert _positions(nlp, text) == {("RUS", "foreign_troops", "oppose")}


# --- holders ---------------------------------------------------------------------------------------------


def test_person_holds_for_their_side(nlp, lexicon):
    (position,) = nlp("Marco Rubio called for a full ceasefire.")._.tw_positions
    assert (position.actor, lexicon.side_of(position.actor)) == ("marco-rubio", "USA")


def test_metonym_holder(nlp):
    text = "The Kremlin rejected calls for a 30-day truce."
    assert _positions(nlp, text) == {("RUS", "ceasefire", "oppose")}


def test_demonym_group_holder(nlp):
    assert _positions(nlp, "Ukrainian officials insist on security guarantees from Washington.") == {
        ("UKR", "security_guarantees", "support")}


def test_possessive_holder(nlp):
    assert _positions(nlp, "Moscow's demands include recognition of Crimea as Russian.") == {
        ("RUS", "territorial_concessions", "support")}


def test_pronoun_holder(nlp):
    text = "Keir Starmer met Zelensky in London on Sunday. He backed a reassurance force for Ukraine."
    assert _positions(nlp, text) == {("keir-starmer", "foreign_troops", "support")}


def test_it_holder_is_the_state_of_the_previous_sentence(nlp):
    text = "Russia set out its terms on Friday. It rejects any deployment of NATO troops in Ukraine."
    assert _positions(nlp, text) == {("RUS", "foreign_troops", "oppose")}


def test_reporter_holds_what_they_report(nlp):
    assert _positions(nlp, "Zelensky said in his nightly address that a full ceasefire is needed.") == {
        ("volodymyr-zelensky", "ceasefire", "support")}


@pytest.mark.parametrize("text", [
    '"We asked for peacekeepers. Several allies did not back this idea," Zelensky told reporters.',
    "Zelensky said that a number of European capitals opposed NATO membership for Ukraine.",
    '"They rejected the truce on Friday," Sybiha said.',
])
def test_a_subject_naming_no_party_keeps_the_stance_from_the_speaker(nlp, text):
    speakers = {"volodymyr-zelensky", "andrii-sybiha", "UKR"}
    assert not {a for a, _, stance in _positions(nlp, text) if stance == "oppose"} & speakers


def test_we_in_a_quote_is_the_speaker(nlp):
    text = '"We did not support this plan for a ceasefire," Zelensky told reporters.'
    assert ("volodymyr-zelensky", "ceasefire", "oppose") in _positions(nlp, text)


@pytest.mark.parametrize("text, holder", [
    ("Zelensky said that Russian shelling and missile attacks had gone on after the truce began, "
     "and proposed extending a real ceasefire to thirty days.", "volodymyr-zelensky"),
    ("Sybiha said that Russian drone strikes went on overnight, and called for an unconditional truce.",
     "andrii-sybiha"),
])
def test_an_act_of_force_holds_no_stance(nlp, text, holder):
    assert _positions(nlp, text) == {(holder, "ceasefire", "support")}


def test_passive_agent_holds(nlp):
    text = "The Black Sea truce was welcomed by Kyiv."
    assert _positions(nlp, text) == {("UKR", "partial_ceasefire", "support")}


def test_owner_of_a_rejected_call_keeps_their_stance(nlp):
    text = "The Kremlin dismissed Zelensky's call for a complete ceasefire."
    assert _positions(nlp, text) == {("RUS", "ceasefire", "oppose"),
                                      ("volodymyr-zelensky", "ceasefire", "support")}


def test_who_is_asked_to_act_holds_nothing(nlp):
    text = "Russia demanded that Ukraine withdraw from the Donbas."
    assert _positions(nlp, text) == {("RUS", "territorial_concessions", "support")}


def test_what_is_demanded_of_the_other_side_is_supported_by_the_demander(nlp):
    text = "Moscow insisted that Kyiv pull its forces out of the whole of Zaporizhzhia."
    assert _positions(nlp, text) == {("RUS", "territorial_concessions", "support")}


def test_an_adjective_on_a_demand_is_no_part_of_the_demand(nlp):
    # "unacceptable" is the view of whoever reports the demands, here no party
    text = "An aide said the Russian team had tabled unacceptable demands, including that Kyiv hand over Kherson."
    assert _positions(nlp, text) == {("RUS", "territorial_concessions", "support")}


def test_an_adjective_on_a_demand_is_the_view_of_who_reports_it(nlp):
    text = "Ukrainian negotiators said Moscow had made impossible demands, such as the surrender of Luhansk."
    assert _positions(nlp, text) == {("RUS", "territorial_concessions", "support"),
                                      ("UKR", "territorial_concessions", "oppose")}


def test_an_adjective_under_a_stance_verb_does_not_reverse_it(nlp):
    assert _positions(nlp, "Lavrov dismissed the unacceptable notion of a truce.") == {
        ("sergei-lavrov", "ceasefire", "oppose")}


def test_this_idea_points_to_the_previous_sentence(nlp):
    text = "Trump suggested that Ukraine could cede Crimea. Zelensky rejected this idea on Sunday."
    assert _positions(nlp, text) == {("volodymyr-zelensky", "territorial_concessions", "oppose")}


# --- issues ----------------------------------------------------------------------------------------------


def test_sanctions_relief_opposes_sanctions(nlp):
    text = "The Kremlin wants sanctions relief as part of any deal."
    assert _positions(nlp, text) == {("RUS", "sanctions", "oppose")}


def test_elections(nlp):
    text = "Trump has urged Ukraine to hold elections."
    assert _positions(nlp, text) == {("donald-trump", "elections", "support")}


def test_direct_talks(nlp):
    assert _positions(nlp, "Putin proposed direct talks with Ukraine in Istanbul.") == {
        ("vladimir-putin", "direct_talks", "support")}


def test_pausing_aid_opposes_military_aid(nlp):
    assert _positions(nlp, "The United States paused weapons deliveries to Ukraine in early March.") == {
        ("USA", "military_aid", "oppose")}


def test_halting_strikes_on_energy_supports_a_partial_ceasefire(nlp):
    assert _positions(nlp, "Russia agreed to stop attacks on Ukrainian energy facilities for a month.") == {
        ("RUS", "partial_ceasefire", "support")}


def test_a_partial_truce_is_a_partial_ceasefire(nlp):
    assert _positions(nlp, "Russia rejected the idea of a partial two-week truce.") == {
        ("RUS", "partial_ceasefire", "oppose")}


# --- what the record carries -----------------------------------------------------------------------------


def test_date_span_is_the_date_of_the_sentence(nlp):
    text = "Lavrov rejected the idea of European peacekeepers on Wednesday."
    position = _only(nlp, text)
    assert text[slice(*position.date_span)] == "Wednesday"


def test_date_of_another_clause_is_not_the_date_of_the_position(nlp):
    position = _only(nlp, "Lavrov rejected any talks on Crimea, which Russia has held since 2014.")
    assert position.date_span is None


def test_offsets_are_the_sentence(nlp):
    text = "Talks resumed in Riyadh. Lavrov rejected European peacekeepers."
    position = _only(nlp, text)
    assert text[position.sent_start: position.sent_end] == "Lavrov rejected European peacekeepers."


def test_one_position_per_holder_issue_and_stance(nlp):
    assert len(nlp("Russia rejects NATO troops and any other foreign troops in Ukraine.")._.tw_positions) == 1


# --- no position ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Talks on a ceasefire resumed in Riyadh on Monday.",  # an issue, no stance
    "Russia rejected the accusations on Tuesday.",  # a stance, no issue
    "Analysts support a quick ceasefire.",  # a holder that is no actor
    "John Miller, a retired teacher, said he supports a ceasefire.",  # an actor of no side
    "Bloomberg backs a ceasefire.",  # a news outlet
    # considering what something is judges it, it is no openness to it
    "Kyiv would consider any Russian strike on energy facilities in the south a breach of the deal.",
    "Moscow considers any deployment of European peacekeepers a direct threat.",
    "Kyiv considers the energy truce to be a sham.",
    "The Kremlin considers Western peacekeepers as a provocation.",
    "Kyiv would consider any sea drone attack on its ports a breach of the truce, its navy chief said.",
])
def test_no_position(nlp, text):
    assert _positions(nlp, text) == set()


@pytest.mark.parametrize("text, issue", [
    ("Peskov ruled out British troops in Ukraine after a ceasefire.", "foreign_troops"),
    ("Russia opposes the return of Western weapons until a peace treaty.", "military_aid"),
    ("Lavrov rejected European peacekeepers once a truce is signed.", "foreign_troops"),
    ("Moscow objects to any rearmament of Kyiv during the truce.", "military_aid"),
    ("Britain wants a reassurance force following a peace deal.", "foreign_troops"),
])
def test_an_issue_in_a_time_phrase_is_no_object_of_the_stance(nlp, text, issue):
    assert {i for _, i, _ in _positions(nlp, text)} == {issue}


def test_a_stance_inside_a_time_phrase_still_counts(nlp):
    text = "Kyiv hit a refinery a day after Moscow's rejection of a general ceasefire."
    assert _positions(nlp, text) == {("RUS", "ceasefire", "oppose")}


def test_even_if_is_no_condition(nlp):
    assert _positions(nlp, "Zelensky wants a ceasefire even if the talks fail.") == {
        ("volodymyr-zelensky", "ceasefire", "support")}


def test_heading_gives_no_position(nlp):
    text = "Russia Rejects Any Ceasefire\n\nThe delegations met in Riyadh on Monday for twelve hours."
    assert nlp(text)._.tw_positions == ()


def test_a_reference_point_does_not_date_a_position(nlp):
    # "since the spring of 2022" says since when; the agreement was on Friday
    doc = nlp("Russian and Ukrainian officials met in Istanbul on Friday for the first time since the spring "
              "of 2022 and agreed to exchange 1,000 prisoners of war each.")
    dated = {doc.text[p.date_span[0]:p.date_span[1]] for p in doc._.tw_positions if p.date_span}
    assert dated == {"Friday"}


# --- undoing a stance word ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, holder", [
    ("The White House said it would lift its freeze on arms shipments to Kyiv next week.", "USA"),
    ("Washington ended the suspension of intelligence sharing with Ukraine.", "USA"),
    ("Trump lifted the ban on Patriot deliveries to Kyiv.", "donald-trump"),
])
def test_lifting_a_halt_on_aid_supports_aid(nlp, text, holder):
    assert _positions(nlp, text) == {(holder, "military_aid", "support")}


def test_resuming_aid_supports_it(nlp):
    assert _positions(nlp, "Washington resumed weapons deliveries to Ukraine on Tuesday.") == {
        ("USA", "military_aid", "support")}


def test_dropping_an_objection_supports(nlp):
    assert _positions(nlp, "Moscow dropped its objection to a prisoner exchange.") == {
        ("RUS", "prisoners", "support")}


def test_lifting_what_is_no_stance_word_takes_no_stance(nlp):
    assert _positions(nlp, "Washington lifted limits on long-range missiles for Kyiv.") == set()


# --- a user's pack: who gives an issue up, and undo words ------------------------------------------------

CAUCASUS = {
    "issues.yml": "issues:\n  - id: border_villages\n    cues: [border village, enclave]\n"
                  "    yielding:\n      cedes: ARM\n      words: [hand over, return]\n",
    "stances.yml": "undo: [ease, relax]\n",
}


@pytest.fixture(scope="module")
def pack_nlp(tmp_path_factory):
    """The pipeline of the shipped packs and a pack written for these tests."""
    from talkwatch.nlp.pipeline import build_nlp
    from talkwatch.packs import load_lexicon

    directory = tmp_path_factory.mktemp("caucasus")
    for name, text in CAUCASUS.items():
        (directory / name).write_text(text, encoding="utf-8")
    return build_nlp(load_lexicon(extra=[directory]))


@pytest.mark.parametrize("text, position", [
    ("Armenia will never hand over the border villages.", ("ARM", "border_villages", "oppose")),
    ("Azerbaijan will never hand over the border villages.", ("AZE", "border_villages", "support")),
    ("Yerevan insists that Azerbaijan return the enclaves.", ("ARM", "border_villages", "oppose")),
])
def test_a_pack_s_yielding_says_who_gives_its_issue_up(pack_nlp, text, position):
    assert _positions(pack_nlp, text) == {position}


@pytest.mark.parametrize("text, holder", [
    ("Trump eased the ban on Patriot deliveries to Kyiv.", "donald-trump"),
    ("Washington relaxed its freeze on arms shipments to Kyiv.", "USA"),
])
def test_a_pack_s_undo_words_undo_a_stance_word(nlp, pack_nlp, text, holder):
    assert (_positions(nlp, text), _positions(pack_nlp, text)) == (
        {(holder, "military_aid", "oppose")}, {(holder, "military_aid", "support")})


@pytest.mark.parametrize(("text", "expected"), [
    # "the two leaders" and "both sides" hold what the event reader says they are
    ("Trump and Putin spoke for two hours. The White House said the two leaders had agreed that the path to "
     "peace would start with an energy ceasefire.",
     {("donald-trump", "partial_ceasefire", "support"), ("vladimir-putin", "partial_ceasefire", "support")}),
    ("Russian and Ukrainian negotiators met in Istanbul. Both sides agreed to swap prisoners of war.",
     {("RUS", "prisoners", "support"), ("UKR", "prisoners", "support")}),
])
def test_a_pair_holds_the_stance_as_two_parties(nlp, text, expected):
    assert _positions(nlp, text) == expected
