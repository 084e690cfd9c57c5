"""Which date expression of a sentence dates which act (`events.status.date_of`): a date in a clause
describing another noun is not the act's; a clause of the same time ("as he opened talks") and a verb
conjoined without a subject of its own ("agreed on Tuesday ... but turned down") share the date."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _dated(facts, kind: str):
    return [(e["date"], e["date_text"]) for e in facts.events if e["kind"] == kind]


def test_date_of_a_clause_describing_the_object_is_not_the_acts(extract):
    facts = extract("The Russian foreign minister threatened to quit the talks over any draft that "
                    "contradicts the terms settled in Istanbul in 2022.")
    assert _dated(facts, "threat") == [(None, None)]


def test_date_of_a_clause_describing_another_act_dates_that_act_only(extract):
    facts = extract("Russia rejected the peace plan drafted by Witkoff and Dmitriev in Miami in February.")
    assert (_dated(facts, "rejection"), _dated(facts, "proposal")) == ([(None, None)], [("2025-02", "February")])


def test_date_of_a_clause_describing_the_act_itself_is_kept(extract):
    facts = extract("The talks between Witkoff and Umerov held in Geneva on Sunday were productive, Rubio said.")
    assert _dated(facts, "meeting") == [("2025-03-16", "Sunday")]


def test_act_in_an_as_clause_shares_the_date_of_the_saying(extract):
    facts = extract("Keir Starmer said on Thursday that Britain would stand by Kyiv, as he opened talks "
                    "with Volodymyr Zelensky in London.")
    assert _dated(facts, "meeting") == [("2025-03-13", "Thursday")]


def test_verb_conjoined_without_subject_shares_the_date(extract):
    facts = extract("Zelensky agreed on Thursday to a prisoner exchange but rejected the Russian demand for "
                    "a troop withdrawal, during a call with Donald Trump.")
    assert (_dated(facts, "rejection"), _dated(facts, "call")) == ([("2025-03-13", "Thursday")],) * 2


def test_clause_with_a_subject_of_its_own_keeps_apart(extract):
    facts = extract("Trump spoke with Putin on Monday and Zelensky will meet him in Washington.")
    assert sorted(_dated(facts, "meeting"), key=str) == [("2025-03-17", "Monday"), (None, None)]
