"""Passing mentions of known dated meetings ("since Trump's Oval Office bust-up
with Zelensky last week", "at the Alaska summit"), read from article texts with
the pack's calendar, as timeline rows of their own.

A mention names a meeting or call the calendar knows, so it brings that
meeting's date, place and participants; the timeline places it like an event,
after the events read from the texts, so the article that only mentions the
meeting in passing becomes one of the sources of that meeting's entry.
A mention is kept only when the way the text points at it agrees with the
article's date ("last week's" summit in an article of the week after it,
"Friday's talks" on a Friday, nothing named months before it was held).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..packs import Lexicon
from ..packs.entries import DatedEvent
from ..nlp.dates.resolve import WEEKDAYS
from ..nlp.dates.component import ANCHOR_REFERENCE, Anchor
from ..nlp.dates.pubdate import anchor_bounds

# Calendar kinds that are timeline meetings or calls; the others (attacks, decrees, funerals) are not.
TIMELINE_KINDS = {"meeting": "meeting", "summit": "meeting", "talks": "meeting", "conference": "meeting",
                  "call": "call"}
_TOKEN = re.compile(r"\w+(?:[-'\u2019]\w+)*")
ADJECTIVES_SKIPPED = 2  # "last week's tense Oval Office encounter": the reference is before the adjectives
AHEAD_DAYS = 31  # a meeting is named at most about a month before it is held


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _fold(word: str) -> str:
    return word.casefold().replace("\u2019", "'")


@dataclass(frozen=True)
class Mention:
    article: str
    event: DatedEvent
    kind: str  # the timeline kind: meeting or call
    reference: str | None  # "last week", "friday", ... as the dates component reads it


class CalendarNames:
    """Finds the calendar's meetings and calls named in a text, in one pass over its words."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], DatedEvent]]] = {}
        for event in lexicon.calendar.values():
            if TIMELINE_KINDS.get(event.kind or "") is None or len(event.start) != 10:
                continue
            for name in event.names:
                words = tuple(_fold(m.group()) for m in _tokens(name))
                if words:
                    self.by_first.setdefault(words[0], []).append((words, event))
        for names in self.by_first.values():
            names.sort(key=lambda pair: -len(pair[0]))  # the longest name wins

    def find(self, article: str, text: str) -> list[Mention]:
        tokens = _tokens(text)
        words = [_fold(t.group()) for t in tokens]
        found: dict[str, Mention] = {}
        i = 0
        while i < len(words):
            match = next(((name, event) for name, event in self.by_first.get(words[i], ())
                          if tuple(words[i:i + len(name)]) == name), None)
            if match is None:
                i += 1
                continue
            name, event = match
            if event.id not in found:
                found[event.id] = Mention(article, event, TIMELINE_KINDS[event.kind or ""],
                                          _reference(words[max(0, i - 2 - ADJECTIVES_SKIPPED):i]))
            i += len(name)
        return list(found.values())


def _reference(before: list[str]) -> str | None:
    """The words just before a name that say when it was ("last week's", "Friday's"),
    past up to two lowercase adjectives or articles."""
    for skipped in range(ADJECTIVES_SKIPPED + 1):
        end = len(before) - skipped
        if end < 0 or skipped and not before[end].isalpha():
            break  # a name that opens the text has nothing before it
        for width in (2, 1):
            if end - width < 0:
                continue
            match = ANCHOR_REFERENCE.match(" ".join(before[end - width:end]))
            if match:
                if match["mod"]:
                    return f"{match['mod'].lower()} {match['unit'].lower()}"
                return (match["weekday"] or match["day"]).lower()
    return None


def consistent(mention: Mention, published: str | None) -> bool:
    """Whether the article, published then, can be naming that meeting."""
    day = dt.date.fromisoformat(mention.event.start)
    if mention.reference in WEEKDAYS and WEEKDAYS[mention.reference] != day.weekday():
        return False  # "Friday's talks in Berlin", and the calendar's Berlin talks were on a Sunday
    if not published or len(published) < 10:
        return True
    pub = dt.date.fromisoformat(published[:10])
    if mention.reference:
        low, high = anchor_bounds(Anchor(0, 0, "", mention.event.id, mention.reference, ""), day)
        if (low and pub < low) or (high and pub > high):
            return False
    return (day - pub).days <= AHEAD_DAYS


def mention_rows(articles: Iterable[dict[str, Any]], lexicon: Lexicon,
                 known: Callable[[str], bool]) -> list[dict[str, Any]]:
    """Event-like rows (the timeline's input) for the calendar meetings the articles name.

    `articles`: dicts with id, text and published; `known`: whether an actor id is in the store
    (participants the store does not know are left out, so every actor of an entry is exported)."""
    finder = _finder(lexicon)
    rows = []
    for article in articles:
        for mention in finder.find(article["id"], article["text"] or ""):
            participants = [p for p in mention.event.participants if known(p)]
            if not participants or not consistent(mention, article.get("published")):
                continue
            rows.append(_row(mention, participants, article.get("published")))
    return rows


def _row(mention: Mention, participants: list[str], published: str | None) -> dict[str, Any]:
    event = mention.event
    ahead = bool(published and len(published) >= 10 and event.start > published[:10]) or \
        (not published and mention.reference in ("next week", "tomorrow"))
    return {
        "id": "cal-" + hashlib.sha256(f"{mention.article}:{event.id}".encode()).hexdigest()[:16],
        "article": mention.article, "kind": mention.kind, "calendar": event.id,
        "date": event.start if event.start == event.end else None,
        "date_first": event.start, "date_last": event.end,
        "location": None, "place": event.place,  # the calendar's place: a hint, see timeline._best_place
        "status": "planned" if ahead else "occurred",
        "actors": participants, "source": [], "target": [],
    }


@lru_cache(maxsize=4)
def _finder(lexicon: Lexicon) -> CalendarNames:
    return CalendarNames(lexicon)


def is_mention(event: dict[str, Any]) -> bool:
    return "calendar" in event
