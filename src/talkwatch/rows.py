"""One article's events, quotes and positions as rows of the export format:
dates resolved, sentences attached, ids that stay the same when the same text
is read again."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Doc

from .nlp.mentions import EventRecord, PositionRecord, QuoteRecord, text_of
from .nlp.dates.pubdate import DateRecord


def _date(span: tuple[int, int] | None, dates: dict[int, DateRecord]) -> tuple[str | None, str | None]:
    """(ISO date, the words it came from) for the date expression starting at span[0]."""
    record = _record(span, dates)
    if record is None:
        return None, None
    return (record.resolved.value if record.resolved else None), record.text


def _record(span: tuple[int, int] | None, dates: dict[int, DateRecord]) -> DateRecord | None:
    return dates.get(span[0]) if span is not None else None


_PERIOD_START = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)


def _dating(span: tuple[int, int] | None, text: str) -> tuple[int, int] | None:
    """The span, unless it opens a period ("since 2022", "from 2014"): that says how long, not when.
    A possessive still dates its noun: in "since last week's encounter" it is the encounter's date."""
    if span is None or text[span[0]:span[1]].rstrip().endswith(("'s", "\u2019s")):
        return span
    return None if _PERIOD_START.search(text[max(0, span[0] - 12): span[0]]) else span


def _shift(date: str | None, days: int) -> str | None:
    """A day's date moved by `days`; a month or a year is kept (a day off does not change it much)."""
    if date is None or len(date) != 10:
        return date
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _publication_day(published: str | None) -> str | None:
    return published if published and len(published) == 10 else None


def event_row(article: str, e: EventRecord, doc: Doc, dates: dict[int, DateRecord],
              published: str | None) -> dict[str, Any]:
    span = _dating(e.date_span, text_of(doc))
    date, date_text = _date(span, dates)
    record = _record(span, dates)
    first, last = (record.resolved.first, record.resolved.last) if record and record.resolved else (date, date)
    if date is None and date_text is None and e.today:
        date = first = last = _publication_day(published)  # "today", or a present-tense report
    if e.date_shift:
        date, first, last = (_shift(d, e.date_shift) for d in (date, first, last))
    return {
        "id": f"{article}-e{e.trigger_start}-{e.kind}", "article": article, "kind": e.kind, "plover": e.plover,
        "actors": list(e.actors), "source": list(e.source), "target": list(e.target), "location": e.location,
        "date": date, "date_text": date_text, "date_first": first, "date_last": last, "status": e.status,
        "sentence": text_of(doc)[e.sent_start:e.sent_end], "start": e.sent_start, "end": e.sent_end,
        "confidence": round(e.confidence, 3),
    }


BACKGROUND_DAYS = 365


def _background(row: dict[str, Any], published: str | None) -> bool:
    """An act that ended over a year before the article ("Russia annexed Crimea in 2014", "the full-scale
    invasion in 2022") is the story's background, not news of the talks it reports."""
    last = row["date_last"] or row["date"]
    if not last or not published or len(published) < 10:
        return False
    end = _period_end(last)
    return (dt.date.fromisoformat(published) - end).days > BACKGROUND_DAYS


def _period_end(date: str) -> dt.date:
    """The last day of "2022", "2022-02" or "2022-02-24"."""
    if len(date) == 4:
        return dt.date(int(date), 12, 31)
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:])
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date.fromisoformat(date[:10])


def quote_row(article: str, q: QuoteRecord) -> dict[str, Any]:
    return {"id": f"{article}-q{q.start}", "article": article, "speaker": q.speaker, "speaker_text": q.speaker_text,
            "text": q.text, "start": q.start, "end": q.end, "direct": q.direct}


def position_row(article: str, p: PositionRecord, doc: Doc, dates: dict[int, DateRecord],
                 published: str | None) -> dict[str, Any]:
    date, _ = _date(_dating(p.date_span, text_of(doc)), dates)
    return {
        "id": f"{article}-p{p.sent_start}-{p.actor}-{p.issue}", "article": article, "actor": p.actor,
        "issue": p.issue, "stance": p.stance, "condition": p.condition,
        # A stance is stated when it is reported, unless the sentence dates it.
        "date": date or _publication_day(published) or published,
        "sentence": text_of(doc)[p.sent_start:p.sent_end], "start": p.sent_start, "end": p.sent_end,
    }


def article_rows(article: str, doc: Doc, dates: list[DateRecord],
                 published: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(events, quotes, positions) of one parsed article."""
    by_start = {d.start: d for d in dates}
    events = [row for row in (event_row(article, e, doc, by_start, published) for e in doc._.tw_events)
              if not _background(row, published)]
    quotes = [quote_row(article, q) for q in doc._.tw_quotes]
    positions = [position_row(article, p, doc, by_start, published) for p in doc._.tw_positions]
    # Ids must be unique per store: the same act read twice in one sentence is one row.
    return (list({r["id"]: r for r in events}.values()), list({r["id"]: r for r in quotes}.values()),
            list({r["id"]: r for r in positions}.values()))
