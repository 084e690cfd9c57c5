"""Merging events into timeline entries, on event rows made for these tests."""

from __future__ import annotations

import pytest

from talkwatch.link.places import gazetteer
from talkwatch.link.timeline import Context, Entry, entry_row, place_events
from talkwatch.packs import load_lexicon

SIDES = {"steve-witkoff": "USA", "vladimir-putin": "RUS", "rustem-umerov": "UKR", "USA": "USA", "RUS": "RUS",
         "UKR": "UKR", "marco-rubio": "USA"}
NAMES = {"steve-witkoff": "Steve Witkoff", "vladimir-putin": "Vladimir Putin", "rustem-umerov": "Rustem Umerov"}


@pytest.fixture
def ctx() -> Context:
    published = {"a1": "2025-04-25", "a2": "2025-04-26", "a3": "2025-04-20", "a4": "2025-05-20", "a5": "2025-04-27"}
    return Context(side_of=SIDES.get, is_person=lambda i: i in NAMES or i == "marco-rubio",
                   places=gazetteer(load_lexicon()), published=published)


def event(eid, article, kind="meeting", actors=("steve-witkoff", "vladimir-putin"), date=None, first=None,
          last=None, location=None, status="occurred"):
    return {"id": eid, "article": article, "kind": kind, "actors": list(actors), "source": list(actors[:1]),
            "target": list(actors[1:]), "date": date, "date_first": first or date, "date_last": last or date,
            "location": location, "status": status}


def timeline(ctx, events):
    entries: dict[str, Entry] = {}
    place_events(entries, events, ctx)
    return entries


@pytest.mark.issue(5)
def test_same_meeting_from_two_reports_is_one_entry(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-25", location="Moscow"),
                             event("e2", "a2", date="2025-04-25", location="the Kremlin")])
    assert len(entries) == 1


@pytest.mark.issue(5)
def test_planned_then_held_meeting_is_one_entry_whose_status_advances(ctx):
    planned = event("e1", "a3", date="2025-04-21", first="2025-04-21", last="2025-04-27", location="Moscow",
                    status="planned")
    held = event("e2", "a1", date="2025-04-25", location="Moscow")
    entries = timeline(ctx, [planned, held])
    (entry,) = entries.values()
    row = entry_row(entry, ctx, lambda i: NAMES.get(i, i), lambda a: a)
    assert (row["status"], row["date"]) == ("occurred", "2025-04-25")


@pytest.mark.issue(5)
def test_passing_mention_with_a_month_joins_the_dated_entry(ctx):
    dated = event("e1", "a1", date="2025-04-25", location="Moscow")
    passing = event("e2", "a4", date="2025-04", first="2025-04-01", last="2025-04-30", location="Russia")
    assert len(timeline(ctx, [dated, passing])) == 1


def test_meetings_in_two_cities_stay_apart(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-25", location="Moscow"),
                             event("e2", "a2", date="2025-04-25", location="Miami")])
    assert len(entries) == 2


def test_meetings_on_different_days_stay_apart(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-11"), event("e2", "a2", date="2025-04-25")])
    assert len(entries) == 2


def test_meetings_of_other_sides_stay_apart(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-25"),
                             event("e2", "a2", date="2025-04-25", actors=("marco-rubio", "rustem-umerov"))])
    assert len(entries) == 2


def test_undated_report_needs_a_shared_person_or_place(ctx):
    dated = event("e1", "a1", date="2025-04-25", location="Moscow")
    undated_same_people = event("e2", "a5", actors=("steve-witkoff", "vladimir-putin"))
    undated_only_sides = event("e3", "a5", actors=("USA", "RUS"))
    entries = timeline(ctx, [dated, undated_same_people, undated_only_sides])
    assert sorted(len(e.events) for e in entries.values()) == [1, 2]


def test_conflicting_days_are_kept_visible(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-25", location="Moscow"),
                             event("e2", "a2", date="2025-04-25", location="Moscow"),
                             event("e3", "a5", date="2025-04-24", first="2025-04-20", last="2025-04-26")])
    rows = [entry_row(e, ctx, lambda i: NAMES.get(i, i), lambda a: a) for e in entries.values()]
    merged = max(rows, key=lambda r: len(r["events"]))
    assert merged["date"] == "2025-04-25"


def test_summary_names_people_and_place(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-25", location="Moscow")])
    row = entry_row(next(iter(entries.values())), ctx, lambda i: NAMES.get(i, i), lambda a: a)
    assert row["summary"] == "Steve Witkoff meets Vladimir Putin in Moscow"


def test_copies_are_not_independent_sources(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-25"), event("e2", "a2", date="2025-04-25")])
    row = entry_row(next(iter(entries.values())), ctx, lambda i: i, lambda a: {"a2": "a1"}.get(a, a))
    assert row["independent_sources"] == 1


def test_new_events_join_entries_already_built(ctx):
    entries = timeline(ctx, [event("e1", "a1", date="2025-04-25", location="Moscow")])
    before = set(entries)
    touched = place_events(entries, [event("e2", "a2", date="2025-04-25", location="Moscow")], ctx)
    assert set(entries) == before and touched == before


def test_undated_report_of_an_undated_article_stays_apart_from_dated_entries(ctx):
    dated = event("e1", "a1", date="2025-02", first="2025-02-01", last="2025-02-28", location="Saudi Arabia")
    unknown_when = event("e2", "no-date", location="Alaska")  # an article whose date nobody knows
    assert len(timeline(ctx, [dated, unknown_when])) == 2


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Riyadh", "Saudi Arabia", True),
    ("the Kremlin", "Moscow", True),
    ("Alaska", "Saudi Arabia", False),  # a place the lexicon cannot put in that country
    ("Miami", "Berlin", False),
    ("France", "Germany", False),
    (None, "Berlin", True),
])
def test_places_that_can_be_the_same(a, b, same):
    assert gazetteer(load_lexicon()).compatible(a, b) is same


def test_undated_report_of_a_held_meeting_does_not_join_a_later_entry(ctx):
    later = event("e1", "a4", date="2025-05-16", location="Istanbul")  # a4 is published 2025-05-20
    held_before_publication = event("e2", "a1", actors=("steve-witkoff", "vladimir-putin"))  # a1: 2025-04-25
    assert len(timeline(ctx, [later, held_before_publication])) == 2


def test_a_meeting_only_hoped_for_stays_apart_from_the_one_held(ctx):
    held = event("e1", "a1", date="2025-04-25", location="Moscow")
    hoped = event("e2", "a2", actors=("steve-witkoff", "vladimir-putin", "volodymyr-zelensky"), status="hypothetical")
    entries = timeline(ctx, [held, hoped])
    assert sorted(len(e.events) for e in entries.values()) == [1, 1]


def test_proposals_made_by_different_sides_stay_apart(ctx):
    # Ukraine's offer to Witkoff and the US plan put to Ukraine: the same sides, not the same act
    offer = event("e1", "a1", kind="proposal", actors=("UKR", "steve-witkoff"), date="2025-04-25")
    plan = event("e2", "a2", kind="proposal", actors=("USA", "UKR"), date="2025-04-25")
    assert len(timeline(ctx, [offer, plan])) == 2
    again = event("e3", "a5", kind="proposal", actors=("steve-witkoff", "rustem-umerov"), date="2025-04-25")
    assert len(timeline(ctx, [plan, again])) == 1  # the US plan, reported again


def test_summary_of_a_proposal_to_a_party(ctx):
    entries = timeline(ctx, [event("e1", "a1", kind="proposal", actors=("vladimir-putin", "steve-witkoff"),
                                   date="2025-04-25")])
    (entry,) = entries.values()
    assert entry_row(entry, ctx, lambda i: NAMES.get(i, i), lambda a: a)["summary"] == \
        "Vladimir Putin makes a proposal to Steve Witkoff"


def test_meetings_placed_only_in_a_week_between_other_people_stay_apart(ctx):
    week = dict(first="2025-04-21", last="2025-04-27", status="planned")
    summit = event("e1", "a1", actors=("steve-witkoff", "vladimir-putin"), date="2025-04-21", **week)
    ministers = event("e2", "a1", actors=("marco-rubio", "RUS"), date="2025-04-21", **week)
    assert len(timeline(ctx, [summit, ministers])) == 2


def test_summary_of_a_threat_names_its_target_not_who_reported_it(ctx):
    threat = {**event("e1", "a1", kind="threat", actors=("vladimir-putin", "steve-witkoff", "rumen"),
                      date="2025-04-25"), "source": ["vladimir-putin"], "target": ["steve-witkoff"]}
    (entry,) = timeline(ctx, [threat]).values()
    assert entry_row(entry, ctx, lambda i: NAMES.get(i, i), lambda a: a)["summary"] == \
        "Vladimir Putin threatens Steve Witkoff"


def test_summary_of_an_attack_by_no_one_named_does_not_make_its_target_the_attacker(ctx):
    attack = {**event("e1", "a1", kind="attack", actors=("steve-witkoff",), date="2025-04-25"),
              "source": [], "target": ["steve-witkoff"]}
    (entry,) = timeline(ctx, [attack]).values()
    assert entry_row(entry, ctx, lambda i: NAMES.get(i, i), lambda a: a)["summary"] == \
        "Someone attacks Steve Witkoff"


def test_summary_of_a_one_way_act_done_together_names_its_doers_together(ctx):
    plan = {**event("e1", "a1", kind="proposal", actors=("steve-witkoff", "vladimir-putin"), date="2025-04-25"),
            "source": ["steve-witkoff", "vladimir-putin"], "target": []}
    (entry,) = timeline(ctx, [plan]).values()
    assert entry_row(entry, ctx, lambda i: NAMES.get(i, i), lambda a: a)["summary"] == \
        "Steve Witkoff and Vladimir Putin make a proposal"


def test_summary_of_a_state_s_act_names_the_person_named_for_it(ctx):
    rejection = {**event("e1", "a1", kind="rejection", actors=("RUS", "vladimir-putin"), date="2025-04-25"),
                 "source": ["RUS"], "target": []}
    (entry,) = timeline(ctx, [rejection]).values()
    assert entry_row(entry, ctx, lambda i: NAMES.get(i, i), lambda a: a)["summary"] == \
        "Vladimir Putin rejects a proposal"


def test_an_undated_act_retold_by_a_rewrite_joins_the_original_s(ctx):
    # a2 rewrites a1: its undated US proposal is a1's; a5, reporting on its own, is not placed there
    ctx.origin = {"a2": "a1"}
    original = event("e1", "a1", kind="proposal", actors=("USA",))
    retold = event("e2", "a2", kind="proposal", actors=("USA",))
    other = event("e3", "a5", kind="proposal", actors=("USA",))
    entries = timeline(ctx, [original, retold, other])
    assert sorted(sorted(e["id"] for e in entry.events) for entry in entries.values()) == [["e1", "e2"], ["e3"]]


def test_an_undated_act_tied_by_people_only_is_no_act_days_before_its_report(ctx):
    # a6 is published six days after the dated call: its undated call of the same two people is another
    dated = event("e1", "a1", kind="call", date="2025-04-25")
    later = event("e2", "a5", kind="call")  # published two days after: the same call, told again
    ctx.published["a6"] = "2025-05-01"
    other = event("e3", "a6", kind="call")
    entries = timeline(ctx, [dated, later, other])
    assert sorted(sorted(e["id"] for e in entry.events) for entry in entries.values()) == [["e1", "e2"], ["e3"]]
