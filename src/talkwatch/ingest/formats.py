"""Which reader an input needs: by file extension first, then by its first bytes."""

from __future__ import annotations

import re
from pathlib import PurePath

TEXT, MARKDOWN, HTML, JSONL, FEED = "text", "markdown", "html", "jsonl", "feed"
EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT,
    ".md": MARKDOWN, ".markdown": MARKDOWN,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".jsonl": JSONL, ".ndjson": JSONL,
    ".rss": FEED, ".atom": FEED, ".xml": FEED,
}
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body|article)\b", re.I)


def sniff(head: bytes) -> str:
    """The format of data whose name says nothing: feed, HTML, JSON Lines, or text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if _FEED_ROOT.search(start):
        return FEED
    if _HTML_ROOT.search(start):
        return HTML
    if start.startswith(b"{"):
        return JSONL
    return TEXT


def format_of(name: str, head: bytes, content_type: str = "") -> str:
    """The format of an input named `name` (a path or URL) that starts with `head`."""
    if "html" in content_type:
        return HTML
    if any(t in content_type for t in ("rss", "atom", "rdf", "xml")):
        return FEED if _FEED_ROOT.search(head[:4096]) else HTML
    suffix = PurePath(name.split("?")[0]).suffix.lower()
    return EXTENSIONS.get(suffix) or sniff(head)
