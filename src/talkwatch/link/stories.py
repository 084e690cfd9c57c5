"""Stories: articles about the same development, close in time, clustered.

Two articles are one story when they share enough content words and were
published within a few days of each other (or one is a copy or rewrite of the
other); stories are the connected groups of that relation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .duplicates import LinkItem, Links, _days_apart

STORY_OVERLAP = 0.28  # reports of one development share ~0.3 of their content words, others < 0.25
STORY_WINDOW_DAYS = 3


class _Groups:
    """Union-find over article ids."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_stories(items: Sequence[LinkItem], links: Links) -> dict[str, str]:
    """article id -> story id ("story-" + the id of its earliest article)."""
    by_id = {i.id: i for i in items}
    groups = _Groups(by_id)
    for copy, original in [*links.duplicate_of.items(), *links.rewrite_of.items()]:
        groups.join(copy, original)
    for a, b, overlap in links.pairs:
        apart = _days_apart(by_id[a], by_id[b])
        if overlap >= STORY_OVERLAP and (apart is None or apart <= STORY_WINDOW_DAYS):
            groups.join(a, b)
    members: dict[str, list[LinkItem]] = {}
    for item in items:
        members.setdefault(groups.find(item.id), []).append(item)
    story = {}
    for group in members.values():
        first = min(group, key=lambda i: (i.published or "9999", i.order))
        for item in group:
            story[item.id] = f"story-{first.id}"
    return story
