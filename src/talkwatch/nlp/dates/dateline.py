"""The year of a publication date known only by its month and day ("LONDON, Nov 24 --"):
the one the article's own evidence points to, not merely the latest by the clock.

Evidence is what the text dates on its own: named events of the pack's calendar and
expressions with a year ("March 11, 2025", "in 2024"). Reported in the past, each
falls shortly before the writing; announced, shortly after. The year that most of them
fit, and fewest contradict, wins; then the year nearest the prior (the dates of the
store's other articles); then the year guessed before.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ...packs import Lexicon
from .component import Anchor, DateSpan
from .resolve import FUTURE, PAST, resolve

YEARS_BACK = 10  # how far back a dateline without a year may be
RECENT = dt.timedelta(days=365)  # news tells of what happened within about a year
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _bounds(text: str, end: bool) -> dt.date:
    """The first or last day of an ISO date at any precision."""
    year, month, day = (list(map(int, text.split("-"))) + [0, 0])[:3]
    if end:
        month = month or 12
        return dt.date(year, month, day or calendar.monthrange(year, month)[1])
    return dt.date(year, month or 1, day or 1)


def evidence(spans: list[DateSpan], anchors: list[Anchor],
             lexicon: Lexicon) -> list[tuple[dt.date, dt.date, str]]:
    """(first day, last day, tense) of each thing the text dates without a publication date."""
    out = []
    for anchor in anchors:
        event = lexicon.calendar.get(anchor.event)
        if event is not None:
            out.append((_bounds(event.start, False), _bounds(event.end, True), anchor.tense))
    for span in spans:
        if not _YEAR.search(span.text):  # "on Sunday" says nothing of the year
            continue
        found = resolve(span.text, None, span.tense)
        if found is not None:
            out.append((dt.date.fromisoformat(found.first), dt.date.fromisoformat(found.last), span.tense))
    return out


def _fit(day: dt.date, first: dt.date, last: dt.date, tense: str) -> int:
    """1 when a text written on `day` would date a thing so, -1 when it could not, else 0."""
    if tense == FUTURE:
        return -1 if day > last else int(first - RECENT <= day)
    if day < first and tense == PAST:
        return -1  # reported as done before it was
    return int(first <= day <= last + RECENT)


def dateline_date(guess: str, spans: list[DateSpan], anchors: list[Anchor], lexicon: Lexicon,
                  prior_year: int | None, today: dt.date | None = None) -> str:
    """`guess` (a month and day whose year was guessed) in the year the evidence points to."""
    known = dt.date.fromisoformat(guess)
    today = today or dt.date.today()
    candidates = []
    for year in range(today.year - YEARS_BACK, today.year + 1):
        try:
            day = dt.date(year, known.month, known.day)
        except ValueError:  # 29 February
            continue
        if day <= today or day == known:
            candidates.append(day)
    found = evidence(spans, anchors, lexicon)

    def rank(day: dt.date) -> tuple[int, int, bool, int]:
        fits = sum(_fit(day, first, last, tense) for first, last, tense in found)
        near = -abs(day.year - prior_year) if prior_year else 0
        return fits, near, day == known, day.toordinal()

    return max(candidates, key=rank).isoformat()
