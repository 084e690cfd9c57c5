"""Plain text and Markdown articles.

Recognised on top of the body: YAML front matter (`title`, `outlet`, `published`,
`url`, `author`), the ` date YYYY-MM-DD` marker that some collected texts carry
at the start of their first line, and the credit lines in `credits`.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import InputError
from ..models import Article
from .credits import canonical_outlet, strip_credits
from .paragraphs import join_paragraphs, split_paragraphs
from .published import parse_published

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_DATE_MARKER = re.compile(r"\A\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b[ \t]*")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Emphasis markers: "**" and "__" anywhere, a single "*" or "_" opening (before a word)
# or closing (after one), so that "_both_" loses both of its markers.
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w))")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")


def _front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match["yaml"]) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the opening ---
        raise InputError(where, f"front matter is not valid YAML ({getattr(err, 'problem', err)})", line=line)
    if not isinstance(meta, dict):
        raise InputError(where, "front matter is not a mapping of keys to values", line=2)
    return {str(k).lower(): v for k, v in meta.items()}, text[match.end():]


def _strip_markdown(paragraph: str) -> str:
    paragraph = _MD_HEADING.sub(r"\1", paragraph)
    paragraph = _MD_QUOTE.sub("", paragraph)
    paragraph = _MD_BULLET.sub("", paragraph)
    paragraph = _MD_LINK.sub(r"\1", paragraph)
    return _MD_EMPHASIS.sub("", paragraph).strip()


def _first(meta: dict[str, Any], *keys: str) -> Any:
    return next((meta[k] for k in keys if meta.get(k) not in (None, "")), None)


def _authors(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [a.strip() for a in re.split(r";|\band\b", str(value)) if a.strip()]


def read_text(text: str, where: str, *, markdown: bool = False) -> Article:
    """An Article from the text of a .txt or .md file."""
    meta, body = _front_matter(text.lstrip("\ufeff"), where)
    marker = _DATE_MARKER.match(body)
    if marker:
        body = body[marker.end():]
    paragraphs = split_paragraphs(body)
    title = _first(meta, "title")
    if markdown:
        if paragraphs and paragraphs[0].startswith("# "):
            heading = _strip_markdown(paragraphs.pop(0))
            title = title or heading
        paragraphs = [p for p in (_strip_markdown(p) for p in paragraphs) if p]
    credits = strip_credits(paragraphs)
    if not credits.paragraphs:
        raise InputError(where, "no article text (only metadata or credit lines)")
    outlet = _first(meta, "outlet", "source", "publisher", "site_name")
    published_raw = _first(meta, "published", "date", "pubdate", "published_at")
    published = parse_published(published_raw)
    if published_raw is not None and published is None:
        raise InputError(where, f"front matter 'published' is not a date: {published_raw!r}")
    return Article(
        text=join_paragraphs(credits.paragraphs),
        source=where,
        title=str(title) if title is not None else credits.title,
        outlet=canonical_outlet(str(outlet)) if outlet else credits.outlet,
        **credits.dates(published or (marker["date"] if marker else None)),
        url=_first(meta, "url", "link"),
        authors=_authors(_first(meta, "author", "authors")) or credits.authors,
    )
