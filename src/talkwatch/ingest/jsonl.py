"""JSON Lines dumps: one article a line.

Keys vary between tools; the first present of each group is used:
text `text`/`content`/`body`, title `title`/`headline`, URL `url`/`link`,
outlet `outlet`/`source`/`publisher`, date `published`/`date`/`published_at`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..models import Article
from .credits import canonical_outlet, strip_credits
from .html import html_to_paragraphs
from .paragraphs import join_paragraphs, split_paragraphs
from .published import parse_published

TEXT_KEYS = ("text", "content", "body", "article", "maintext")
_URL = re.compile(r"^https?://", re.I)


def _first(record: dict[str, Any], *keys: str) -> Any:
    return next((record[k] for k in keys if record.get(k) not in (None, "")), None)


def read_record(record: dict[str, Any], where: str, line: int) -> Article:
    body = _first(record, *TEXT_KEYS)
    if not isinstance(body, str) or not body.strip():
        raise InputError(where, f"record has no text (expected one of {', '.join(TEXT_KEYS)})", line=line)
    paragraphs = html_to_paragraphs(body) if body.lstrip().startswith("<") else split_paragraphs(body)
    credits = strip_credits(paragraphs)
    if not credits.paragraphs:
        raise InputError(where, "record has no text besides credit lines", line=line)
    url = _first(record, "url", "link", "canonical_url")
    outlet = _first(record, "outlet", "publisher", "site_name", "source_name", "source")
    if isinstance(outlet, dict):  # e.g. {"source": {"name": "BBC"}}
        outlet = outlet.get("name") or outlet.get("title")
    if isinstance(outlet, str) and _URL.match(outlet):
        url, outlet = url or outlet, None
    date_raw = _first(record, "published", "date", "published_at", "pubdate", "date_publish")
    published = parse_published(date_raw)
    if date_raw is not None and published is None:
        raise InputError(where, f"record's date is not a date: {date_raw!r}", line=line)
    authors = _first(record, "authors", "author", "byline")
    return Article(
        text=join_paragraphs(credits.paragraphs),
        source=str(url) if url else where,
        title=str(_first(record, "title", "headline") or "") or credits.title,
        outlet=canonical_outlet(str(outlet)) if outlet else credits.outlet,
        **credits.dates(published),
        url=str(url) if url else None,
        authors=[str(a) for a in authors] if isinstance(authors, list) else ([str(authors)] if authors else credits.authors),
    )


def read_jsonl(text: str, where: str) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines text, and an error for each line that holds none."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"malformed JSON ({err.msg} at column {err.colno})", line=number)
            continue
        if not isinstance(record, dict):
            yield InputError(where, f"expected a JSON object, got {type(record).__name__}", line=number)
            continue
        try:
            yield read_record(record, where, number)
        except InputError as err:
            yield err
