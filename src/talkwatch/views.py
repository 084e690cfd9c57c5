"""Queries behind the views: events, quotes and positions filtered by actor,
side, kind, issue, status and date, and the sides × issues position matrix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .store import Store


@dataclass(frozen=True)
class Filters:
    """What a view asks for; None means any."""

    actor: str | None = None  # an actor id, name or alias (case-insensitive)
    side: str | None = None  # a side code: RUS, UKR, USA, EU, NATO, ...
    kind: str | None = None
    issue: str | None = None
    status: str | None = None
    since: str | None = None  # ISO date at any precision, inclusive
    until: str | None = None


class ActorIndex:
    """Sides and names of the store's actors, for filtering and display."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows = {r["id"]: r for r in rows}

    def side(self, actor_id: str | None) -> str | None:
        row = self.rows.get(actor_id or "")
        return row["country"] if row else None

    def name(self, actor_id: str | None) -> str:
        row = self.rows.get(actor_id or "")
        return row["name"] if row else (actor_id or "")

    def matching(self, query: str) -> set[str]:
        """Ids of actors whose id, name or an alias contains the query."""
        q = query.casefold()
        return {i for i, r in self.rows.items()
                if q in i.casefold() or q in r["name"].casefold() or any(q in a.casefold() for a in r["aliases"])}


def _actor_ids(row: dict[str, Any]) -> set[str]:
    ids = {*row.get("actors", []), *row.get("source", []), *row.get("target", [])}
    ids.update(x for x in (row.get("actor"), row.get("speaker")) if x)
    return ids


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not date:
        return False
    # Compare at the shorter precision: "2025-03" is within since="2025-03-10".
    return (since is None or date >= since[: len(date)]) and (until is None or date[: len(until)] <= until)


def select(rows: Iterable[dict[str, Any]], filters: Filters, actors: ActorIndex) -> list[dict[str, Any]]:
    """The rows that pass every filter given."""
    wanted = actors.matching(filters.actor) if filters.actor else None
    out = []
    for row in rows:
        ids = _actor_ids(row)
        if wanted is not None and not ids & wanted:
            continue
        if filters.side and filters.side.upper() not in {str(actors.side(i) or "").upper() for i in ids}:
            continue
        if filters.kind and row.get("kind") != filters.kind:
            continue
        if filters.issue and row.get("issue") != filters.issue:
            continue
        if filters.status and row.get("status") != filters.status:
            continue
        if not _in_range(row.get("date"), filters.since, filters.until):
            continue
        out.append(row)
    return out


def timeline(store: Store, filters: Filters) -> tuple[list[dict[str, Any]], ActorIndex]:
    """Timeline entries that pass the filters, oldest first."""
    actors = ActorIndex(store.actors(with_mentions=False))
    return select(store.timeline(), filters, actors), actors


def stories(store: Store) -> list[dict[str, Any]]:
    """Stories with their articles (earliest first), the biggest and latest first."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for article in store.articles():
        if article["story"]:
            groups.setdefault(article["story"], []).append(article)
    out = [{"id": sid, "first": members[0]["published"], "articles": [
        {k: a[k] for k in ("id", "published", "outlet", "title", "source", "duplicate_of", "rewrite_of")}
        for a in members]} for sid, members in groups.items()]
    return sorted(out, key=lambda s: (-len(s["articles"]), s["first"] or ""), reverse=False)


def timeline_markdown(rows: list[dict[str, Any]]) -> str:
    """The timeline as a Markdown list, one line an entry."""
    lines = ["# Timeline", ""]
    for r in rows:
        sources = f"{r['independent_sources']} independent source" + ("s" if r["independent_sources"] != 1 else "")
        extra = []
        if r.get("dates_reported"):
            extra.append("dates reported: " + ", ".join(r["dates_reported"]))
        if r.get("locations_reported"):
            extra.append("places reported: " + ", ".join(r["locations_reported"]))
        note = f" ({'; '.join(extra)})" if extra else ""
        lines.append(f"- **{r['date'] or 'undated'}** {r['summary']} [{r['status']}; {sources}]{note}")
    return "\n".join(lines) + "\n"


def query(store: Store, what: str, filters: Filters) -> tuple[list[dict[str, Any]], ActorIndex]:
    """Filtered events, quotes or positions of a store, and the actor index to show them with."""
    actors = ActorIndex(store.actors(with_mentions=False))
    rows = {"events": store.events, "quotes": store.quotes, "positions": store.positions}[what]()
    if what == "quotes":
        dates = {a["id"]: a["published"] for a in store.articles()}
        for row in rows:
            row["date"] = dates.get(row["article"])
    return select(rows, filters, actors), actors


def position_matrix(positions: list[dict[str, Any]], actors: ActorIndex) -> dict[str, dict[str, dict[str, Any]]]:
    """side -> issue -> the latest position stated (by date; undated ones count as oldest)."""
    matrix: dict[str, dict[str, dict[str, Any]]] = {}
    for row in sorted(positions, key=lambda r: (r.get("date") or "", r["id"])):
        side = actors.side(row["actor"])
        if side:
            matrix.setdefault(side, {})[row["issue"]] = row
    return matrix
