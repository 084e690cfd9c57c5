"""Places named as where something happens, and the state a town of places.yml gives them
(`doc._.tw_places`, read through `extract_facts`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("sentence", "place", "state"), [
    ("Three people were hurt in Odesa, the mayor said.", "Odesa", "UKR"),
    ("The two delegations will meet in Jeddah next week.", "Jeddah", "SAU"),
    ("Air raid sirens sounded across Kharkiv on Sunday morning.", "Kharkiv", "UKR"),
])
def test_town_as_location_has_its_state(extract, sentence, place, state):
    assert (place, state) in [(p.text, p.state) for p in extract(sentence).places]


def test_town_as_location_is_no_actor(extract):
    facts = extract("The two delegations will meet in Jeddah next week.")
    assert [m.text for m in facts.mentions if "Jeddah" in m.text] == []


@pytest.mark.parametrize(("sentence", "town"), [
    ("Russian drones struck Odesa overnight, injuring three people.", "Odesa"),  # tagged a person
    ("A missile hit Kherson early on Tuesday.", "Kherson"),
])
def test_town_the_model_misreads_is_a_place_where_only_a_place_can_be(extract, sentence, town):
    assert (town, "UKR") in [(p.text, p.state) for p in extract(sentence).places]


def test_person_asked_is_no_town(extract):
    facts = extract("Reporters asked Jackson about the deal.")
    assert [p.text for p in facts.places] == []


@pytest.mark.parametrize(("sentence", "town", "state"), [
    # the small model reads no name here; the russia_ukraine pack's recognised towns are places
    ("Russia intensified the shelling of Pokrovsk and Kostiantynivka.", "Kostiantynivka", "UKR"),
    ("Ukrainian forces withdrew from Sudzha in March.", "Sudzha", "RUS"),
])
def test_recognised_town_is_a_place_where_the_model_reads_no_name(extract, sentence, town, state):
    assert (town, state) in [(p.text, p.state) for p in extract(sentence).places]
