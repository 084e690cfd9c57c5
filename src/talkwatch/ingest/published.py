"""Publication dates from metadata: front matter, HTML meta tags, feed entries, JSON fields."""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

import dateparser

_PARTIAL = re.compile(r"^\d{4}(?:-\d{2})?$")  # "2025" or "2025-03": keep the precision given
_DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}


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
