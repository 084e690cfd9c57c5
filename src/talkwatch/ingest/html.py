"""HTML pages and HTML fragments (feed content, JSON records holding markup).

trafilatura finds the article among the page's boilerplate and reads its
metadata (title, date, author, site name).
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura

from ..errors import InputError
from ..models import Article
from .credits import canonical_outlet, strip_credits
from .paragraphs import join_paragraphs, split_paragraphs
from .published import parse_published

MIN_ARTICLE_CHARS = 80  # shorter than a two-sentence news brief: a page without an article


def _explicit_new_year(html: str, date: str) -> bool:
    """True when the page itself states 1 January of that year, not just a copyright year."""
    year = date[:4]
    forms = (f"{year}-01-01", f"{year}/01/01", f"January 1, {year}", f"1 January {year}", f"Jan 1, {year}", f"01.01.{year}")
    return any(form in html for form in forms)


def _paragraphs(text: str) -> list[str]:
    # trafilatura writes one line per block element (paragraph, heading, list item).
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def html_to_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment, e.g. a feed entry's content."""
    if not re.search(r"<[a-zA-Z][^>]*>", fragment):
        return split_paragraphs(fragment)
    text = trafilatura.extract(f"<html><body><article>{fragment}</article></body></html>",
                               favor_recall=True, include_comments=False, include_tables=False, deduplicate=False)
    if text:
        return _paragraphs(text)
    try:
        root = lxml.html.fromstring(fragment)
    except (lxml.etree.ParserError, ValueError):
        return []
    for block in root.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br", "div"):
        block.tail = "\n" + (block.tail or "")
    return _paragraphs(root.text_content())


def read_html(html: str, where: str, *, url: str | None = None) -> Article:
    """An Article from a whole HTML page."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, deduplicate=False)
    text = (doc.text or "") if doc is not None else ""
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        raise InputError(where, "no article text found in the page")
    paragraphs = _paragraphs(text)
    if doc.title and paragraphs and " ".join(doc.title.split()) == paragraphs[0]:
        paragraphs.pop(0)  # the page's <h1> repeats the title: it is not part of the body
    credits = strip_credits(paragraphs)
    published = parse_published(doc.date)
    # htmldate falls back to the copyright year as 1 January: that is no publication date.
    if published and published.endswith("-01-01") and not _explicit_new_year(html, published):
        published = None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()] or credits.authors
    outlet = canonical_outlet(doc.sitename) if doc.sitename else credits.outlet
    return Article(
        text=join_paragraphs(credits.paragraphs),
        source=url or where,
        title=doc.title or None,
        outlet=outlet,
        **credits.dates(published),
        url=url or doc.url or None,
        authors=authors,
    )
