"""Across articles: near copies, rewrites and stories (duplicates.py,
stories.py), and the merged timeline (timeline.py).

`link_store` reads every stored article, links them, writes `duplicate_of`,
`rewrite_of` and `story` back, and places new events in the timeline; it is
cheap enough (linear, no parse) to run after every ingest.
"""

from __future__ import annotations

from dataclasses import dataclass

from typing import Any

from ..packs import Lexicon, load_lexicon
from ..store import Store
from .duplicates import LinkItem, Links, find_links
from .places import gazetteer
from .stories import find_stories
from .timeline import Context, Entry, entry_row, place_events

__all__ = ["LinkItem", "LinkReport", "Links", "find_links", "find_stories", "link_store"]


@dataclass
class LinkReport:
    duplicates: int
    rewrites: int
    stories: int
    entries: int = 0


def link_store(store: Store, lexicon: Lexicon | None = None) -> LinkReport:
    """Link every stored article, save the links, and bring the timeline up to date."""
    lexicon = lexicon or load_lexicon()
    rows = store.articles()
    order = {r["id"]: n for n, r in enumerate(sorted(rows, key=lambda r: (r["ingested_at"], r["id"])))}
    items = [LinkItem(r["id"], r["text"], r["published"], r["outlet"], order[r["id"]]) for r in rows]
    outlets = [o.name for o in lexicon.outlets.values()] + [a for o in lexicon.outlets.values()
                                                             for a in o.aliases if len(a) > 3]
    links = find_links(items, outlets)
    stories = find_stories(items, links)
    store.save_links(links.duplicate_of, links.rewrite_of, stories)
    origin = {**{k: v for k, v in links.rewrite_of.items()}, **links.duplicate_of}
    entries = update_timeline(store, lexicon, {r["id"]: r["published"] for r in rows}, origin)
    return LinkReport(len(links.duplicate_of), len(links.rewrite_of), len(set(stories.values())), entries)


def update_timeline(store: Store, lexicon: Lexicon, published: dict[str, Any], origin: dict[str, str]) -> int:
    """Place events not yet in the timeline, drop events that are gone, and rewrite
    only the entries that changed. Returns the number of entries."""
    actors = {a["id"]: a for a in store.actors(with_mentions=False)}
    ctx = Context(
        side_of=lambda i: actors[i]["country"] if i in actors else lexicon.side_of(i),
        is_person=lambda i: (actors[i]["kind"] if i in actors else "") == "person",
        places=gazetteer(lexicon), published=published)
    events = {e["id"]: e for e in store.events()}
    kinds, placed = store.timeline_state()
    entries = {i: Entry(i, k) for i, k in kinds.items()}
    unplaced = {e for e in placed if e not in events}
    touched = {placed[e] for e in unplaced}
    for event_id, entry_id in placed.items():
        if event_id in events and entry_id in entries:
            entries[entry_id].events.append(events[event_id])
    new = [e for i, e in events.items() if i not in placed]
    touched |= place_events(entries, new, ctx)

    def name_of(i: str) -> str:
        return actors[i]["name"] if i in actors else i

    def origin_of(article: str) -> str:
        while article in origin:  # a copy's story is its original's
            article = origin[article]
        return article

    rows = [entry_row(entries[i], ctx, name_of, origin_of) for i in touched if entries[i].events]
    removed = {i for i in touched if not entries[i].events}
    new_places = {e["id"]: entry.id for entry in entries.values() for e in entry.events if e["id"] not in placed}
    store.save_timeline(rows, removed, new_places, unplaced)
    return len([e for e in entries.values() if e.events])
