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
from .mentions import mention_rows
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
    before = _origins(rows, {r["id"]: r["rewrite_of"] for r in rows if r["rewrite_of"]},
                      {r["id"]: r["duplicate_of"] for r in rows if r["duplicate_of"]})
    after = _origins(rows, links.rewrite_of, links.duplicate_of)
    relinked = {a for a in after if after[a] != before[a]}
    entries = update_timeline(store, lexicon, rows, after, relinked)
    return LinkReport(len(links.duplicate_of), len(links.rewrite_of), len(set(stories.values())), entries)


def _origins(rows: list[dict[str, Any]], rewrite_of: dict[str, str], duplicate_of: dict[str, str]) -> dict[str, str]:
    """article id -> the original it was copied or rewritten from, followed to the first (itself if none)."""
    link = {**rewrite_of, **duplicate_of}
    out = {}
    for row in rows:
        article, seen = row["id"], set()
        while article in link and article not in seen:  # a copy's story is its original's
            seen.add(article)
            article = link[article]
        out[row["id"]] = article
    return out


def update_timeline(store: Store, lexicon: Lexicon, articles: list[dict[str, Any]], origin: dict[str, str],
                    relinked: set[str] = frozenset()) -> int:
    """Place events (and passing mentions of known meetings) not yet in the timeline, drop
    those that are gone, and rewrite only the entries that changed, or whose articles' copy
    and rewrite links changed (`relinked`: their independent sources are counted again).
    `origin`: article id -> its original. Returns the number of entries."""
    actors = {a["id"]: a for a in store.actors(with_mentions=False)}
    ctx = Context(
        side_of=lambda i: actors[i]["country"] if i in actors else lexicon.side_of(i),
        is_person=lambda i: (actors[i]["kind"] if i in actors else "") == "person",
        places=gazetteer(lexicon), published={r["id"]: r["published"] for r in articles}, origin=origin)
    events = {e["id"]: e for e in [*store.events(), *mention_rows(articles, lexicon, actors.__contains__)]}
    kinds, placed = store.timeline_state()
    entries = {i: Entry(i, k) for i, k in kinds.items()}
    unplaced = {e for e in placed if e not in events}
    touched = {placed[e] for e in unplaced}
    for event_id, entry_id in placed.items():
        if event_id in events and entry_id in entries:
            entries[entry_id].events.append(events[event_id])
    new = [e for i, e in events.items() if i not in placed]
    touched |= place_events(entries, new, ctx)
    touched |= {entry.id for entry in entries.values() if any(e["article"] in relinked for e in entry.events)}

    def name_of(i: str) -> str:
        return actors[i]["name"] if i in actors else i

    rows = [entry_row(entries[i], ctx, name_of, lambda a: origin.get(a, a)) for i in touched if entries[i].events]
    removed = {i for i in touched if not entries[i].events}
    new_places = {e["id"]: entry.id for entry in entries.values() for e in entry.events if e["id"] not in placed}
    store.save_timeline(rows, removed, new_places, unplaced)
    return len([e for e in entries.values() if e.events])
