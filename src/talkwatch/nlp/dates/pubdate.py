"""When an article was published, if its metadata does not say, and every date
expression of the article resolved against that date.

Inference works from what the text pins down: a weekday with a date
("Tuesday, March 11") fixes the year; a named dated event bounds the
publication date by how it is referred to ("last week's Oval Office bust-up":
the week after it; "Saturday's funeral of Pope Francis": within six days of
it). Within those bounds the day chosen is the one that puts the article's
bare weekdays ("late on Friday") and anchors closest to it, earliest first.
A dateline's month and day ("LONDON, Nov 24 --") are kept, its year taken from
the text's evidence (dateline.py). Nothing pinned down, nothing inferred.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...packs import Lexicon
from .resolve import FUTURE, PAST, WEEKDAYS, Resolved, normalise, resolve, weekday_date
from .component import Anchor, DateSpan
from .dateline import dateline_date

WINDOW_DAYS = 6  # a bare weekday names a day within a week of the writing
AFTER_EVENT_CHARS = 30  # "the Alaska summit with Trump in August": how far a date may follow a named event


@dataclass(frozen=True)
class DateRecord:
    """A date expression of an article and what it resolved to (None: unresolved)."""

    start: int
    end: int
    text: str
    tense: str
    resolved: Resolved | None


def _iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def anchor_bounds(anchor: Anchor, day: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The publication dates consistent with how the text points at an event held on `day`."""
    ref = anchor.reference
    week = dt.timedelta(days=7)
    if ref in WEEKDAYS:
        if WEEKDAYS[ref] != day.weekday():
            return None, None  # "Friday's talks in Berlin" and a Sunday in the calendar: another event
        return day - dt.timedelta(days=WINDOW_DAYS), day + dt.timedelta(days=WINDOW_DAYS)
    if ref == "last week":
        return _monday(day) + week, _monday(day) + week + dt.timedelta(days=6)
    if ref == "this week":
        return _monday(day), _monday(day) + dt.timedelta(days=6)
    if ref == "next week":
        return _monday(day) - week, _monday(day) - dt.timedelta(days=1)
    if ref in ("yesterday", "today", "tomorrow"):
        shift = {"yesterday": 1, "today": 0, "tomorrow": -1}[ref]
        return day + dt.timedelta(days=shift), day + dt.timedelta(days=shift)
    if ref in ("last month", "this month"):
        year, month = (day.year, day.month) if ref == "this month" else divmod(day.year * 12 + day.month, 12)
        if ref == "last month":
            month += 1
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        return first, last
    if anchor.tense == PAST:
        return day, None
    if anchor.tense == FUTURE:
        return None, day
    return None, None


def _weekday_date_bounds(spans: list[DateSpan], prior_year: int | None) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(low, high, date) for each "Tuesday, March 11": the weekday fixes the year."""
    out = []
    for span in spans:
        words = normalise(span.text).replace(",", " ").split()
        if not words or words[0] not in WEEKDAYS or len(words) < 3:
            continue
        found = resolve(span.text, None, span.tense, prior_year=prior_year)
        if found is None or found.precision != "day":
            continue
        day = _iso(found.value)
        window = dt.timedelta(days=WINDOW_DAYS)
        low, high = (day - window, day) if span.tense == FUTURE else (day, day + window) if span.tense == PAST \
            else (day - window, day + window)
        out.append((low, high, day))
    return out


def infer_published(spans: list[DateSpan], anchors: list[Anchor], lexicon: Lexicon,
                    prior_year: int | None, guess: str | None = None) -> str | None:
    """The publication date the text implies, or None when it does not pin one down. When the
    named events in the future tense contradict the rest, they are left out: "would lift the pause
    on intelligence sharing" looks ahead to the lifting, not to the pause. `guess`: a date whose
    month and day are known but whose year was guessed (a dateline's, "Nov 24"); the text's
    evidence picks its year, and its day is kept when the text allows it."""
    found = _inferred(spans, anchors, lexicon, prior_year, guess)
    ahead = [a for a in anchors if a.tense == FUTURE]
    if found is None and ahead:
        found = _inferred(spans, [a for a in anchors if a.tense != FUTURE], lexicon, prior_year, guess)
    if found is None and guess and len(guess) == 10:
        return dateline_date(guess, spans, anchors, lexicon, prior_year)
    return found


def _inferred(spans: list[DateSpan], anchors: list[Anchor], lexicon: Lexicon,
              prior_year: int | None, guess: str | None = None) -> str | None:
    lows: list[dt.date] = []
    highs: list[dt.date] = []
    points: list[dt.date] = []  # dates the writing should sit close to
    for low, high, day in _weekday_date_bounds(spans, prior_year):
        lows.append(low)
        highs.append(high)
        points.append(day)
    for anchor in anchors:
        event = lexicon.calendar.get(anchor.event)
        if event is None or (prior_year and abs(int(event.start[:4]) - prior_year) > 30):
            continue
        day = _iso(event.start) if len(event.start) == 10 else None
        if day is None:
            continue
        low, high = anchor_bounds(anchor, day)
        if low:
            lows.append(low)
        if high:
            highs.append(high)
        if anchor.reference in WEEKDAYS:
            points.append(day)
    if not lows or not highs:
        return None
    low, high = max(lows), min(highs)
    if low > high or (high - low).days > 31:
        return None
    # Bare weekdays ("late on Friday"), not the ones that lead an anchor ("Saturday's funeral"): those count above.
    anchor_starts = [a.start for a in anchors if a.reference in WEEKDAYS]
    weekdays = []
    for s in spans:
        words = normalise(s.text).split()
        if 0 < len(words) <= 2 and words[-1] in WEEKDAYS and not any(0 <= a - s.end <= 4 for a in anchor_starts):
            weekdays.append((WEEKDAYS[words[-1]], s.tense))

    def cost(day: dt.date) -> int:
        near = sum(abs((day - p).days) for p in points)
        return near + sum(abs((day - weekday_date(wd, day, tense)).days) for wd, tense in weekdays)

    candidates = [low + dt.timedelta(days=k) for k in range((high - low).days + 1)]
    known = guess[5:] if guess and len(guess) == 10 else None  # a dateline's month and day, when in bounds
    return min(candidates, key=lambda d: (d.isoformat()[5:] != known, cost(d), d)).isoformat()


def resolve_dates(spans: list[DateSpan], anchors: list[Anchor], lexicon: Lexicon, published: str | None,
                  prior_year: int | None = None, text: str | None = None) -> list[DateRecord]:
    """Every date expression resolved against the publication date; an expression
    inside a reference to a dated event ("Saturday's" funeral) takes that event's date, and so does
    one just after it that the publication date cannot resolve (`text`: the article's, to see
    that no sentence ends between them)."""
    ref = _iso(published) if published and len(published) == 10 else None
    anchored = {}
    for anchor in anchors:
        event = lexicon.calendar.get(anchor.event)
        if event is not None and len(event.start) == 10 and anchor.reference \
                and (anchor.reference not in WEEKDAYS or WEEKDAYS[anchor.reference] == _iso(event.start).weekday()):
            anchored[anchor.start] = event
    out = []
    for span in spans:
        event = next((e for start, e in anchored.items() if 0 <= start - span.end <= 4), None)
        if event is not None:
            day = _iso(event.start)
            out.append(DateRecord(span.start, span.end, span.text, span.tense,
                                  Resolved(day.isoformat(), "day", event.start, event.end)))
            continue
        found = resolve(span.text, ref, span.tense, prior_year=prior_year)
        out.append(DateRecord(span.start, span.end, span.text, span.tense,
                              found or _named_event_date(span, anchors, lexicon, text)))
    return out


def _named_event_date(span: DateSpan, anchors: list[Anchor], lexicon: Lexicon, text: str | None) -> Resolved | None:
    """"the Alaska summit with Trump in August", in an article whose date is unknown: a month or day
    just after a named event, that the event's date falls in, is the event's date."""
    for anchor in anchors:
        event = lexicon.calendar.get(anchor.event)
        gap = span.start - anchor.end
        if event is None or len(event.start) != 10 or not 0 <= gap <= AFTER_EVENT_CHARS:
            continue
        if text is not None and any(mark in text[anchor.end: span.start] for mark in ".;:!?"):
            continue
        day = _iso(event.start)
        within = resolve(span.text, day, span.tense)
        if within is not None and within.first <= event.start <= within.last:
            return Resolved(day.isoformat(), "day", event.start, event.end)
    return None
