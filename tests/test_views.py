"""The filters and the position matrix behind `talkwatch events/quotes/positions`."""

from __future__ import annotations

import pytest

from talkwatch.views import ActorIndex, Filters, position_matrix, select

ACTORS = ActorIndex([
    {"id": "vladimir-putin", "name": "Vladimir Putin", "country": "RUS", "aliases": ["Putin"]},
    {"id": "steve-witkoff", "name": "Steve Witkoff", "country": "USA", "aliases": ["Witcoff"]},
    {"id": "UKR", "name": "Ukraine", "country": "UKR", "aliases": ["Kyiv"]},
])
EVENTS = [
    {"id": "a", "kind": "meeting", "status": "occurred", "date": "2025-04-25", "actors": ["vladimir-putin", "steve-witkoff"],
     "source": ["steve-witkoff"], "target": ["vladimir-putin"]},
    {"id": "b", "kind": "call", "status": "occurred", "date": "2025-03", "actors": ["vladimir-putin"], "source": [],
     "target": []},
    {"id": "c", "kind": "meeting", "status": "planned", "date": None, "actors": ["UKR"], "source": ["UKR"], "target": []},
]


def ids(rows):
    return [r["id"] for r in rows]


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), ["a", "b", "c"]),
    (Filters(kind="meeting"), ["a", "c"]),
    (Filters(status="planned"), ["c"]),
    (Filters(side="usa"), ["a"]),
    (Filters(actor="witcoff"), ["a"]),
    (Filters(actor="Kyiv"), ["c"]),
    (Filters(since="2025-04"), ["a"]),
    (Filters(until="2025-03-31"), ["b"]),
    (Filters(since="2025-03-10", until="2025-03-20"), ["b"]),
])
def test_event_filters(filters, expected):
    assert ids(select(EVENTS, filters, ACTORS)) == expected


def test_undated_rows_drop_out_of_a_date_range():
    assert "c" not in ids(select(EVENTS, Filters(since="2000"), ACTORS))


def test_matrix_keeps_the_latest_stance_per_side_and_issue():
    positions = [
        {"id": "1", "actor": "vladimir-putin", "issue": "ceasefire", "stance": "oppose", "date": "2025-03-08"},
        {"id": "2", "actor": "vladimir-putin", "issue": "ceasefire", "stance": "conditional", "date": "2025-03-18"},
        {"id": "3", "actor": "UKR", "issue": "ceasefire", "stance": "support", "date": None},
    ]
    matrix = position_matrix(positions, ACTORS)
    assert matrix["RUS"]["ceasefire"]["stance"] == "conditional"
    assert matrix["UKR"]["ceasefire"]["stance"] == "support"


def test_matrix_leaves_out_holders_without_a_side():
    positions = [{"id": "1", "actor": "someone-unknown", "issue": "elections", "stance": "support", "date": None}]
    assert position_matrix(positions, ACTORS) == {}
