"""One merged timeline: every event of every article placed in the entry of
the real development it reports.

An event joins an entry when kind, sides, place and dates agree: its sides are
a subset (or superset) of the entry's (and, but for meetings and calls, the
sides that act share one), its place can be the entry's place
("Riyadh" and "Saudi Arabia" can, "Miami" and "Berlin" cannot), and its date
range overlaps the entry's narrowest one (a day inside a reported week or
month agrees; when either is vaguer than a day, reports naming people must
share one). An undated event needs more: a shared person, the same place,
or an article that retells the entry's (a copy or rewrite of it), and a
report within a week. A planned meeting and the same meeting held
later are one entry whose status advances; a meeting only hoped for, challenged
or conditional ("hypothetical") joins only entries of such meetings. Passing
mentions of meetings the calendar knows ("since last week's Oval Office
bust-up", mentions.py) are placed after the events, each joining the entry of
the meeting it names. Adding articles only places their new events; entries
already built stay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .mentions import is_mention
from .places import Gazetteer

# Kinds that both sides do together: who is named first says nothing.
MUTUAL_KINDS = {"meeting", "call"}
STATUS_RANK = {"hypothetical": 0, "planned": 1, "ongoing": 2, "occurred": 3}
UNDATED_WINDOW_DAYS = 7  # an undated report is of something recent
FRESH_DAYS = 2  # an undated report of an act, placed by its people alone: done this long before publication
SUMMARY_VERBS = {
    "meeting": "meets", "call": "speaks by phone with", "proposal": "makes a proposal to",
    "demand": "makes demands of",
    "agreement": "agrees with", "rejection": "rejects", "concession": "makes a concession to",
    "threat": "threatens", "accusation": "accuses", "support": "backs", "sanction": "sanctions", "aid": "aids",
    "attack": "attacks", "cooperation": "cooperates with", "retreat": "withdraws from", "protest": "protests against",
    "mobilization": "mobilises against", "coercion": "coerces",
}
# The same, when no other party is named: "Russia agrees", not "Russia agrees with".
SUMMARY_VERBS_ALONE = {
    "meeting": "holds talks", "call": "holds a phone call", "proposal": "makes a proposal",
    "demand": "makes demands", "agreement": "agrees", "rejection": "rejects a proposal",
    "concession": "makes a concession", "threat": "issues a threat", "accusation": "makes an accusation",
    "support": "voices support", "sanction": "imposes sanctions", "aid": "provides aid", "attack": "attacks",
    "cooperation": "cooperates", "retreat": "withdraws", "protest": "protests", "mobilization": "mobilises",
    "coercion": "takes coercive action",
}


def _range(event: dict[str, Any]) -> tuple[str, str] | None:
    first, last = event.get("date_first"), event.get("date_last")
    if first and last:
        return first, last
    date = event.get("date")
    if not date:
        return None
    if len(date) == 10:
        return date, date
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:])
        end = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        return f"{date}-01", end
    return f"{date}-01-01", f"{date}-12-31"


def _span_days(r: tuple[str, str]) -> int:
    return (dt.date.fromisoformat(r[1]) - dt.date.fromisoformat(r[0])).days


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _ids(event: dict[str, Any]) -> set[str]:
    return {*event.get("actors", []), *event.get("source", []), *event.get("target", [])}


@dataclass
class Entry:
    """A timeline entry while it is being built: the events merged into it."""

    id: str
    kind: str
    events: list[dict[str, Any]] = field(default_factory=list)

    def narrowest(self) -> tuple[str, str] | None:
        ranges = [r for e in self.events if (r := _range(e))]
        return min(ranges, key=_span_days) if ranges else None


@dataclass
class Context:
    """What merging needs to know beyond the events themselves."""

    side_of: Callable[[str], str | None]
    is_person: Callable[[str], bool]
    places: Gazetteer
    published: dict[str, str | None]  # article id -> publication date
    origin: dict[str, str] = field(default_factory=dict)  # article id -> the original it copies or rewrites

    def sides(self, ids: Iterable[str]) -> set[str]:
        return {s for s in (self.side_of(i) for i in ids) if s}

    def persons(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if self.is_person(i)}


def _best_place(events: list[dict[str, Any]], places: Gazetteer) -> str | None:
    """The most precise place reported; else the place of the known meeting the reports name."""
    counts = Counter(e["location"] for e in events if e.get("location")) or \
        Counter(e["place"] for e in events if e.get("place"))
    if not counts:
        return None
    return max(counts, key=lambda p: (places.specificity(p), counts[p], p))


def _near_in_time(event: dict[str, Any], entry: Entry, ctx: Context) -> bool:
    """An undated report is placed by when it was published: within a week of the entry's reports.
    Published when, nobody knows: then it can only join an entry nobody could date either."""
    mine = ctx.published.get(event["article"])
    if not mine or len(mine) < 10:
        return entry.narrowest() is None
    # A report cannot tell of a held meeting that comes after it, nor plan one already over.
    narrow = entry.narrowest()
    if narrow and event.get("status") in ("occurred", "ongoing") and narrow[0] > mine[:10]:
        return False
    if narrow and event.get("status") == "planned" and narrow[1] < mine[:10]:
        return False
    theirs = [ctx.published.get(e["article"]) for e in entry.events]
    days = [abs((dt.date.fromisoformat(mine[:10]) - dt.date.fromisoformat(t[:10])).days)
            for t in theirs if t and len(t) >= 10]
    return bool(days) and min(days) <= UNDATED_WINDOW_DAYS


def agreement(event: dict[str, Any], entry: Entry, ctx: Context) -> int | None:
    """How well an event fits an entry (higher is better); None when it does not fit."""
    if event["kind"] != entry.kind or _only_possible(event) != all(_only_possible(e) for e in entry.events):
        return None  # a meeting only challenged or hoped for is not the one held
    mine = ctx.sides(_ids(event))
    theirs = ctx.sides(i for e in entry.events for i in _ids(e))
    if not mine & theirs or not (mine <= theirs or theirs <= mine):
        return None
    if event["kind"] not in MUTUAL_KINDS:  # Zelensky's offer to Trump is not the US plan: who acts must agree
        mine_acting = ctx.sides(event.get("source") or ())
        theirs_acting = ctx.sides(i for e in entry.events for i in e.get("source") or ())
        if mine_acting and theirs_acting and not mine_acting & theirs_acting:
            return None
    place = _best_place(entry.events, ctx.places)
    if not ctx.places.compatible(event.get("location") or event.get("place"), place):
        return None
    shared_people = len(ctx.persons(_ids(event)) & ctx.persons(i for e in entry.events for i in _ids(e)))
    same_place = bool((event.get("location") or event.get("place")) and place)  # a mention's is the calendar's
    mine_range, their_range = _range(event), entry.narrowest()
    if mine_range and their_range:
        if not _overlap(mine_range, their_range):
            return None
        # Meetings only placed in a week or so, of other people: "Rubio and Lavrov meet next week" is
        # not "Trump and Putin meet within two weeks".
        if not shared_people and ctx.persons(_ids(event)) and ctx.persons(i for e in entry.events for i in _ids(e)) \
                and not (mine_range[0] == mine_range[1] and their_range[0] == their_range[1]):
            return None
        score = 2 + (mine_range == their_range)
    elif (same_place or _retold(event, entry, ctx) or shared_people and _fresh(event, their_range, ctx)) \
            and _near_in_time(event, entry, ctx):
        score = 1
    else:
        return None
    return score + shared_people + same_place + len(mine & theirs)


def _fresh(event: dict[str, Any], dated: tuple[str, str] | None, ctx: Context) -> bool:
    """An undated report of something done, tied to a dated entry by its people only, is news of the
    days just before its publication: Wednesday's call is not the one "on the flight home" that a
    report of Saturday tells of."""
    mine = ctx.published.get(event["article"])
    if dated is None or event.get("status") not in ("occurred", "ongoing") or not mine or len(mine) < 10:
        return True
    return (dt.date.fromisoformat(mine[:10]) - dt.date.fromisoformat(dated[1])).days <= FRESH_DAYS


def _retold(event: dict[str, Any], entry: Entry, ctx: Context) -> bool:
    """The event's article copies or rewrites another article of the entry: the same facts retold."""
    origin = ctx.origin.get(event["article"], event["article"])
    return any(e["article"] != event["article"] and ctx.origin.get(e["article"], e["article"]) == origin
               for e in entry.events)


def _only_possible(event: dict[str, Any]) -> bool:
    return event.get("status") == "hypothetical"


def _precision_order(event: dict[str, Any]) -> tuple[int, str]:
    r = _range(event)
    return (_span_days(r) if r else 10_000, event["id"])


def place_events(entries: dict[str, Entry], events: list[dict[str, Any]], ctx: Context) -> set[str]:
    """Put each event in the entry it fits best, or a new one; returns the ids of entries touched."""
    by_kind: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries.values():
        by_kind[entry.kind].append(entry)
    touched = set()
    # Precise reports first: vague ones then find them. Passing mentions of known meetings last: they
    # join what the reports describe.
    for event in sorted(events, key=lambda e: (is_mention(e), *_precision_order(e))):
        scored = [(s, e) for e in by_kind[event["kind"]] if (s := agreement(event, e, ctx)) is not None]
        if not scored and is_mention(event):
            # The calendar's place may be one the gazetteer cannot relate to the report's ("Anchorage",
            # "Alaska"): an article that names the meeting and reports one that fits all else is telling
            # of the same meeting.
            unplaced = {**event, "place": None}
            scored = [(s, e) for e in by_kind[event["kind"]] if any(o["article"] == event["article"] for o in e.events)
                      and (s := agreement(unplaced, e, ctx)) is not None]
        if scored:
            entry = max(scored, key=lambda pair: (pair[0], pair[1].id))[1]
        else:
            entry = Entry("tl-" + hashlib.sha256(event["id"].encode()).hexdigest()[:16], event["kind"])
            entries[entry.id] = entry
            by_kind[entry.kind].append(entry)
        entry.events.append(event)
        touched.add(entry.id)
    return touched


def _summary(kind: str, events: list[dict[str, Any]], ctx: Context, name_of: Callable[[str], str],
             place: str | None) -> str:
    ids = [i for e in events for i in [*e.get("source", []), *e.get("actors", []), *e.get("target", [])]]
    ordered = list(dict.fromkeys(ids))
    people = [i for i in ordered if ctx.is_person(i)]
    # People by name, and the sides none of them speaks for: "United States meets Grigory Karasin".
    sides = {ctx.side_of(i) for i in people}
    named = [i for i in ordered if i in people or (ctx.side_of(i) or i) not in sides] if people else ordered
    acting = [i for e in events for i in e.get("source", [])]
    # "Russia" that Putin, named too, speaks for: Putin acts.
    sources = [i for i in acting if i in named] or [p for p in people if ctx.side_of(p) in ctx.sides(acting)]
    # Who met is whoever is named; who attacked is only who the reports say did ("a car bomb killed X").
    first = sources[0] if sources else (named[0] if named and kind in MUTUAL_KINDS else None)
    others = [i for i in named if i != first]
    if kind not in MUTUAL_KINDS:  # a threat is aimed at its targets, not at who reported it
        parties = {i for e in events for i in [*e.get("source", []), *e.get("target", [])]}
        others = [i for i in others if i in parties]
    # Who acts together on the same side of a one-way act: "United Kingdom and France make a proposal".
    together = [i for i in dict.fromkeys(sources) if i != first] if kind not in MUTUAL_KINDS else []
    others = [i for i in others if i not in together]
    subject = _names([name_of(i) for i in [first, *together]]) if first else "Someone"
    if others:
        verb = SUMMARY_VERBS.get(kind, kind)
        text = f"{subject} {_plural(verb) if together else verb} " + _names([name_of(i) for i in others])
    else:
        verb = SUMMARY_VERBS_ALONE.get(kind, kind)
        text = f"{subject} {_plural(verb) if together else verb}"
    return text + (f" in {place}" if place else "")


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _plural(verb: str) -> str:
    """"makes a proposal" -> "make a proposal", for more than one who acts."""
    word, _, rest = verb.partition(" ")
    word = word[:-2] if word.endswith(("shes", "ches", "xes", "sses", "zes")) else word[:-1]
    return f"{word} {rest}".rstrip()


def entry_row(entry: Entry, ctx: Context, name_of: Callable[[str], str],
              origin_of: Callable[[str], str]) -> dict[str, Any]:
    """An entry as the export lists it (spec/EXPORT.md TimelineEntry, plus what conflicts)."""
    events = entry.events
    narrow = entry.narrowest()
    days = Counter(e["date"] for e in events if (r := _range(e)) and r[0] == r[1])
    date = max(days, key=lambda d: (days[d], d)) if days else \
        next((e["date"] for e in sorted(events, key=_precision_order) if e.get("date")), None)
    place = _best_place(events, ctx.places)
    articles = list(dict.fromkeys(e["article"] for e in events))
    status = max((e["status"] for e in events), key=lambda s: STATUS_RANK.get(s, -1))
    actors = list(dict.fromkeys(i for e in events for i in _ids(e)))
    return {
        "id": entry.id, "date": date, "kind": entry.kind, "actors": actors, "location": place, "status": status,
        "summary": _summary(entry.kind, events, ctx, name_of, place),
        "events": [e["id"] for e in events if not is_mention(e)], "articles": articles,
        "calendar": next((e["calendar"] for e in events if is_mention(e)), None),
        "date_first": narrow[0] if narrow else None, "date_last": narrow[1] if narrow else None,
        "dates_reported": sorted(days) if len(days) > 1 else [],
        "locations_reported": sorted({e["location"] for e in events if e.get("location")})
        if len({e["location"] for e in events if e.get("location")}) > 1 else [],
        "independent_sources": len({origin_of(a) for a in articles}),
    }
