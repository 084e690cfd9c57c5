"""RSS and Atom feeds: each entry is an article, with its full content when the
feed carries it (`content:encoded`, Atom `content`), else its summary."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser

from ..errors import InputError
from ..models import Article
from .credits import canonical_outlet, known_outlet, strip_credits
from .html import html_to_paragraphs
from .paragraphs import join_paragraphs
from .published import parse_published


def _entry_body(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    summary = entry.get("summary", "")
    return max([*contents, summary], key=len)


def _entry_published(entry: Any) -> str | None:
    # The date as the feed writes it, in the publisher's time zone: feedparser's
    # parsed form is in UTC, a day early for a Kyiv story posted at 01:30.
    return (parse_published(entry.get("published") or entry.get("updated"))
            or parse_published(entry.get("published_parsed") or entry.get("updated_parsed")))


def _feed_outlet(feed: Any) -> str | None:
    title = (feed.get("title") or "").strip()
    if not title:
        return None
    # "BBC News - World", "Harbor Wire | Europe": the outlet is the first part.
    head = re.split(r"\s+[-|\u2013\u2014:]\s+", title)[0].strip()
    return known_outlet(title) or known_outlet(head) or canonical_outlet(head)


def read_feed(data: bytes, where: str) -> Iterator[Article | InputError]:
    """Articles of an RSS or Atom document, and an error for each entry without text."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise InputError(where, f"not a readable RSS or Atom feed, or a feed with no entries{reason}")
    outlet = _feed_outlet(parsed.feed)
    for number, entry in enumerate(parsed.entries, start=1):
        label = f"{where} entry {number}"
        credits = strip_credits(html_to_paragraphs(_entry_body(entry)))
        if not credits.paragraphs:
            yield InputError(label, f"entry {entry.get('title', '')!r} has no text")
            continue
        authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        entry_outlet = entry.get("source", {}).get("title")
        yield Article(
            text=join_paragraphs(credits.paragraphs),
            source=entry.get("link") or where,
            title=entry.get("title") or None,
            outlet=canonical_outlet(entry_outlet) if entry_outlet else (outlet or credits.outlet),
            **credits.dates(_entry_published(entry)),
            url=entry.get("link") or None,
            authors=authors or credits.authors,
        )
