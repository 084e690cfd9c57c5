"""Who is who: every kind of actor mention resolved by the full pipeline
(`extract_facts` over `doc._.tw_mentions`, `doc._.tw_new_actors`, `doc._.tw_places`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actor_at(facts, text: str) -> str | None:
    """The actor of the first mention spelled `text`, or None when there is none."""
    return next((m.actor for m in facts.mentions if m.text == text), None)


def _actor(facts, actor_id: str):
    return next(a for a in facts.actors if a.id == actor_id)


# --- people of the pack ------------------------------------------------------------------------------


def test_pack_person_by_full_name(extract):
    facts = extract("Volodymyr Zelensky met Donald Trump in Washington.")
    assert _actor_at(facts, "Volodymyr Zelensky") == "volodymyr-zelensky"


def test_pack_person_by_surname_later(extract):
    facts = extract("Volodymyr Zelensky met Donald Trump in Washington. Zelensky said the talks went well.")
    assert _actor_at(facts, "Zelensky") == "volodymyr-zelensky"


@pytest.mark.parametrize("spelling", ["Zelenskiy", "Zelenskyy"])
def test_pack_person_by_transliteration(extract, spelling):
    facts = extract(f"{spelling} told reporters in Kyiv that the talks were hard.")
    assert _actor_at(facts, spelling) == "volodymyr-zelensky"


def test_pack_person_takes_side_and_role_from_pack(extract):
    facts = extract("Zelenskiy told reporters in Kyiv that the talks were hard.")
    person = _actor(facts, "volodymyr-zelensky")
    assert (person.kind, person.country, person.role) == ("person", "UKR", "Ukraine's president")


# --- spellings no pack lists -------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "name", "actor"), [
    ("Steve Witkof flew to Moscow for talks.", "Steve Witkof", "steve-witkoff"),
    ("Dmitry Peskow told reporters the talks were useful.", "Dmitry Peskow", "dmitry-peskov"),
])
def test_misspelling_resolves_to_pack_person(extract, sentence, name, actor):
    assert _actor_at(extract(sentence), name) == actor


@pytest.mark.parametrize(("sentence", "unknown", "known"), [
    ("Sergei Lavrin met Sergei Lavrov in Moscow.", "Sergei Lavrin", "sergei-lavrov"),
    ("Yuri Ushakin met Yuri Ushakov in Moscow.", "Yuri Ushakin", "yuri-ushakov"),
])
def test_similar_name_of_another_person_is_not_merged(extract, sentence, unknown, known):
    facts = extract(sentence)
    assert _actor_at(facts, unknown) not in (None, known)


def test_lone_word_near_a_core_figure_is_nobody(extract):
    # "Patriot" is one letter from the core pack's Antonio Patriota, who is neither the negotiation's
    # nor named before; a lone misspelt surname of the domain pack still resolves.
    facts = extract("The US has shipped Patriot missiles to Ukraine. Zelenskiy met Witcoff in Miami.")
    assert "antonio-patriota" not in {m.actor for m in facts.mentions}
    assert _actor_at(facts, "Witcoff") == "steve-witkoff"


def test_two_pack_people_with_one_first_name_stay_apart(extract):
    facts = extract("Sergei Lavrov and Sergei Ryabkov attended the meeting.")
    assert (_actor_at(facts, "Sergei Lavrov"), _actor_at(facts, "Sergei Ryabkov")) == ("sergei-lavrov",
                                                                                       "sergei-ryabkov")


# --- states: names, metonyms, demonyms; places are not actors -----------------------------------------


@pytest.mark.parametrize(("sentence", "text", "state"), [
    ("The Kremlin said the talks were useful.", "The Kremlin", "RUS"),
    ("Moscow rejected the plan.", "Moscow", "RUS"),
    ("Kyiv welcomed the proposal.", "Kyiv", "UKR"),
    ("Washington wants a deal by May.", "Washington", "USA"),
])
def test_metonym_is_its_state(extract, sentence, text, state):
    assert _actor_at(extract(sentence), text) == state


def test_metonym_actor_is_a_country(extract):
    facts = extract("Kyiv welcomed the proposal.")
    assert (_actor(facts, "UKR").kind, _actor(facts, "UKR").country) == ("country", "UKR")


def test_capital_as_location_is_a_place(extract):
    facts = extract("The delegations held talks in Riyadh on Tuesday.")
    assert [(p.text, p.state) for p in facts.places] == [("Riyadh", "SAU")]


def test_capital_as_location_is_not_a_mention(extract):
    facts = extract("The delegations held talks in Riyadh on Tuesday.")
    assert facts.mentions == []


def test_capital_as_subject_is_a_mention(extract):
    # The same word as above, used for the government: the contrast that makes the place test mean something.
    assert _actor_at(extract("Riyadh offered to host the next round."), "Riyadh") == "SAU"


def test_demonym_is_its_state(extract):
    facts = extract("Ukrainian officials rejected the plan.")
    assert [(m.text, m.actor, m.kind) for m in facts.mentions] == [("Ukrainian", "UKR", "demonym")]


# --- people no pack knows: side and role from the words around the name -------------------------------


@pytest.mark.parametrize(("sentence", "actor", "side", "role"), [
    pytest.param("Russia's deputy finance minister Ivan Petrov arrived in Geneva.", "ivan-petrov", "RUS",
                 "deputy finance minister", id="possessive-title"),
    pytest.param("Ukraine's chief negotiator Taras Hrytsenko flew to Istanbul.", "taras-hrytsenko", "UKR",
                 "chief negotiator", id="possessive-negotiator"),
    pytest.param("NATO spokesperson Ingrid Solberg said the alliance was watching.", "ingrid-solberg", "NATO",
                 "NATO spokesperson", id="organisation-title"),
    pytest.param("Oleg Sorokin, a Kremlin aide, told reporters the talks were useful.", "oleg-sorokin", "RUS",
                 "Kremlin aide", id="appositive"),
])
def test_unknown_person_gets_side_and_role_from_title(extract, sentence, actor, side, role):
    person = _actor(extract(sentence), actor)
    assert (person.kind, person.country, person.role) == ("person", side, role)


def test_unknown_person_without_title_has_no_side(extract):
    person = _actor(extract("Sergei Lavrin arrived in Geneva."), "sergei-lavrin")
    assert (person.country, person.role) == (None, None)


@pytest.mark.parametrize(("sentence", "surname", "actor"), [
    pytest.param("Oleg Sorokin, a Kremlin aide, spoke first. Sorokin said the talks were useful.",
                 "Sorokin", "oleg-sorokin", id="ner-person"),
    pytest.param("Ivan Petrov, a Kremlin aide, spoke first. Later, Petrov said the talks had gone well.",
                 "Petrov", "ivan-petrov", id="ner-organisation"),
    pytest.param("Russia's deputy finance minister Ivan Petrov landed. Petrov told reporters little.",
                 "Petrov", "ivan-petrov", id="ner-missed"),
])
def test_surname_of_unknown_person_resolves_to_same_actor(extract, sentence, surname, actor):
    assert _actor_at(extract(sentence), surname) == actor


def test_lone_unknown_surname_makes_no_actor(extract):
    facts = extract("Petrov said the talks would resume.")
    assert (facts.mentions, facts.actors) == ([], [])


def test_unknown_surname_before_full_name_is_not_resolved(extract):
    facts = extract("Petrov spoke first. Then Ivan Petrov, a Kremlin aide, arrived.")
    assert [m.start for m in facts.mentions if m.actor == "ivan-petrov"] == [25]


# --- pronouns -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "actor"), [
    # The subject of the previous sentence, not the person named nearest to the pronoun.
    ("Volodymyr Zelensky met Donald Trump on Friday. He said the talks were hard.", "volodymyr-zelensky"),
    ("Donald Trump called Volodymyr Zelensky on Friday. He said the talks were hard.", "donald-trump"),
])
def test_pronoun_prefers_subject_of_previous_sentence(extract, sentence, actor):
    assert _actor_at(extract(sentence), "He") == actor


def test_pronoun_prefers_subject_in_its_own_sentence(extract):
    facts = extract("Sergei Lavrov told Marco Rubio that he would call again.")
    assert _actor_at(facts, "he") == "sergei-lavrov"


def test_pronoun_agrees_in_gender(extract):
    facts = extract("Andrii Sybiha met Kaja Kallas in Brussels. She said Europe would help.")
    assert _actor_at(facts, "She") == "kaja-kallas"


@pytest.mark.parametrize(("word", "actor"), [("The latter", "marco-rubio"), ("The former", "sergei-lavrov")])
def test_latter_and_former(extract, word, actor):
    facts = extract(f"Sergei Lavrov met Marco Rubio in Riyadh. {word} said the talks were useful.")
    assert _actor_at(facts, word) == actor


def test_pronoun_of_unknown_person_resolves(extract):
    facts = extract("Ivan Petrov, a Kremlin aide, arrived in Geneva. He left on Friday.")
    assert _actor_at(facts, "He") == "ivan-petrov"


def test_pronoun_outside_quotes_is_resolved(extract):
    assert _actor_at(extract("Marco Rubio said he was not sure."), "he") == "marco-rubio"


def test_pronoun_inside_quotes_is_not_resolved(extract):
    assert _actor_at(extract('Marco Rubio said: "He is not serious about peace."'), "He") is None


def test_pronoun_without_earlier_person_is_not_resolved(extract):
    assert extract("He said the talks were useful.").mentions == []


# --- media outlets are not parties ---------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "outlet"), [
    ("TASS reported that the talks had ended.", "outlet:TASS"),
    ("According to Reuters, the talks ended early.", "outlet:Reuters"),
    ("Bloomberg first reported the meeting.", "outlet:Bloomberg"),
])
def test_outlet_is_an_actor_of_its_own(extract, sentence, outlet):
    assert [m.actor for m in extract(sentence).mentions] == [outlet]


def test_outlet_is_a_news_organisation_of_no_side(extract):
    outlet = _actor(extract("TASS reported that the talks had ended."), "outlet:TASS")
    assert (outlet.kind, outlet.role, outlet.country) == ("organization", "news outlet", None)


# --- headings and bylines are not sentences -----------------------------------------------------------


@pytest.mark.parametrize("heading", ["Witkoff Heads To Moscow", "By Olga Sokolova and Ivan Petrov, Reuters"])
def test_heading_yields_no_mentions(extract, heading):
    text = f"Marco Rubio spoke on Monday.\n\n{heading}\n\nSteve Witkoff arrived in Moscow on Thursday."
    start = text.index(heading)
    facts = extract(text)
    assert [m for m in facts.mentions if start <= m.start < start + len(heading)] == []


def test_same_line_as_sentence_yields_mentions(extract):
    # The control for the heading test: the words are found when they are a sentence.
    text = "Marco Rubio spoke on Monday.\n\nWitkoff heads to Moscow this week.\n\nThe talks begin soon."
    facts = extract(text)
    assert _actor_at(facts, "Witkoff") == "steve-witkoff"


@pytest.mark.parametrize(("text", "actor"), [
    ("Zelensky arrived on Monday. The Ukrainian president met Trump in the Oval Office.", "volodymyr-zelensky"),
    ("Russia's foreign minister met Rubio in Riyadh.", "sergei-lavrov"),
    ("Merz flew to Kyiv. The German chancellor met Zelensky there.", "friedrich-merz"),
])
def test_a_state_s_office_named_without_a_name_is_its_holder(nlp, text, actor):
    doc = nlp(text)
    assert actor in [m.actor for m in doc._.tw_mentions if m.kind == "title"]


@pytest.mark.parametrize(("text", "actor"), [
    # a post several hold: the one named before, or its only holder
    ("Steve Witkoff landed in Moscow. The US special envoy met Putin.", "steve-witkoff"),
    ("The Kremlin spokesman said no date had been set.", "dmitry-peskov"),
])
def test_a_post_named_without_a_name_is_its_holder(extract, text, actor):
    facts = extract(text, published="2025-11-20")
    assert actor in [m.actor for m in facts.mentions if m.kind == "title"]


def test_a_post_with_several_holders_and_none_named_is_no_one(extract):
    facts = extract("The US special envoy met Putin.", published="2025-11-20")
    assert [m.actor for m in facts.mentions if m.kind == "title"] == []


def test_an_office_before_a_name_leaves_the_name_to_say_who(nlp):
    doc = nlp("Russian President Vladimir Putin met the Ukrainian delegation.")
    assert [m.kind for m in doc._.tw_mentions if m.kind == "title"] == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Trump said the deal would wait until he sees the Russian leader in person.", "vladimir-putin"),
    ("Zelensky landed in Berlin. The Ukrainian leader thanked his hosts.", "volodymyr-zelensky"),
    ("Witkoff flew home after five hours with the Kremlin leader.", "vladimir-putin"),
    ("Trump spoke first. The Kremlin later said the US leader had been frank.", "donald-trump"),
    ("Merz hosted the talks. The German leader called them useful.", "friedrich-merz"),  # a chancellor leads
])
def test_a_state_s_leader_named_without_a_name_is_the_holder_of_its_top_office(extract, text, actor):
    facts = extract(text, published="2025-11-20")
    assert actor in [m.actor for m in facts.mentions if m.kind == "title"]


@pytest.mark.parametrize("text", [
    "European leaders gathered in Paris to discuss the plan.",
    "The Russian side rejected the plan on Monday.",
    "The Russian opposition leader criticised the plan from exile.",
    "The former Ukrainian president criticised the plan.",
    "No Russian leader would sign such terms, an analyst said.",
    "Russian leader Vladimir Putin welcomed the envoys.",
])
def test_other_leaders_and_sides_are_no_office_holder(extract, text):
    facts = extract(text, published="2025-11-20")
    assert [m.actor for m in facts.mentions if m.kind == "title"] == []


def test_a_known_surname_before_a_family_name_is_another_person_s_given_name(nlp):
    doc = nlp("Anton Gerashchenko, an adviser to the interior ministry, called the plan a capitulation.")
    assert [m.actor for m in doc._.tw_mentions if m.kind != "pronoun"][:1] == ["anton-gerashchenko"]


def test_a_name_after_a_person_s_title_is_a_person_whatever_ner_says(nlp):
    doc = nlp("Ukrainian lawmaker Oleksiy Goncharenko said the plan resembled Russia's demands.")
    new = doc._.tw_new_actors["oleksiy-goncharenko"]
    assert (new.kind, new.side) == ("person", "UKR")


def test_a_pronoun_in_a_phrase_before_the_subject_is_that_subject(nlp):
    doc = nlp("Kirill Dmitriev met Witkoff in Istanbul. In Ankara, where he was on a visit to Turkey, "
              "President Volodymyr Zelensky said Ukraine had not been invited.")
    assert [m.actor for m in doc._.tw_mentions if m.kind == "pronoun"] == ["volodymyr-zelensky"]


def test_a_pronoun_resolved_is_the_subject_the_next_one_points_back_to(extract):
    facts = extract("Trump said the summit could fail. If it goes well, he said, he would arrange a meeting with "
                    "Putin and Zelensky. He warned of severe consequences.")
    assert [m.actor for m in facts.mentions if m.text == "He"] == ["donald-trump"]
