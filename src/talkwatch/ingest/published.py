"""Publication dates from metadata (front matter, HTML meta tags, feed entries, JSON fields) and
from datelines ("KYIV, Nov 23 (Reuters) -")."""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

import dateparser

from ..nlp.dates.resolve import WEEKDAYS

_PARTIAL = re.compile(r"^\d{4}(?:-\d{2})?$")  # "2025" or "2025-03": keep the precision given
_DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
# A dateline's day and month; its year, when it gives none, is chosen below.
_DATELINE_SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["day", "month"]}


def parse_published(value: Any) -> str | None:
    """An ISO date ("2025-03-24", or "2025-03" / "2025" when that is all that is known)
    from a metadata value: a date, a datetime, a struct_time, or a string in any
    common format. None when the value holds no date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    text = str(value).strip()
    if _PARTIAL.match(text):
        return text
    try:
        # The date as the publisher wrote it, in the publisher's own time zone.
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
DATELINE_YEARS = 10  # how far back a dateline without a year may be


def dateline_published(written: str, lead: str, today: dt.date | None = None) -> tuple[str, bool] | None:
    """The date of a dateline ("Nov 23", "March 11, 2025") and whether its year was inferred.
    A dateline without a year is of the latest year up to `today` whose calendar agrees best with
    the weekdays the lead names: news says "on Sunday" of the days just before it was written."""
    parsed = dateparser.parse(written, languages=["en"], settings=_DATELINE_SETTINGS)
    if parsed is None:
        return None
    if re.search(r"\b\d{4}\b", written):
        return parsed.date().isoformat(), False
    today = today or dt.date.today()
    weekdays = [WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(lead)]
    candidates = []
    for year in range(today.year, today.year - DATELINE_YEARS, -1):
        try:
            day = dt.date(year, parsed.month, parsed.day)
        except ValueError:
            continue
        if day <= today:
            candidates.append(day)
    if not candidates:
        return None
    best = min(candidates, key=lambda d: (sum((d.weekday() - w) % 7 for w in weekdays), -d.toordinal()))
    return best.isoformat(), True
