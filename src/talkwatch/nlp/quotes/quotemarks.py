"""Where quotation marks enclose words: straight, curly and angle marks, and the
news convention for a quote that runs on over paragraphs (the paragraph ends
with the quote still open, the next one reopens it with a mark)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Opening mark -> the mark that closes it. Single quotes are left out: an
# apostrophe and a closing single quote are the same character.
PAIRS = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb", '"': '"'}
CLOSING = set(PAIRS.values())
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Marked:
    """Quoted words: offsets without the marks, and how the quote sits in its paragraph."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the paragraph ends first
    paragraph: int  # index of the paragraph
    continues: bool = False  # reopens a quote the previous paragraph left open


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; stored articles separate them with a blank line."""
    spans, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def find_marked(text: str) -> list[Marked]:
    """Every stretch of quoted words in the text, in order.

    A quote left open at the end of a paragraph ends there (the writer continues
    it in the next paragraph, or forgot the closing mark); the next paragraph's
    quote is flagged `continues` when that paragraph opens with a mark.

    Args:
        text: the article text, paragraphs separated by blank lines.

    Returns:
        One Marked per quote, its paragraph an index into `paragraph_spans(text)`.
    """
    found: list[Marked] = []
    left_open = False
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        quotes = _in_paragraph(text, p_start, p_end, number)
        if quotes and left_open and quotes[0].open_at == p_start:
            quotes[0] = replace(quotes[0], continues=True)
        left_open = bool(quotes) and quotes[-1].close_at is None
        found += quotes
    return found


def _in_paragraph(text: str, p_start: int, p_end: int, number: int) -> list[Marked]:
    out: list[Marked] = []
    open_at: int | None = None
    closer = ""
    for i in range(p_start, p_end):
        ch = text[i]
        if open_at is not None and ch == closer:
            out += _trimmed(text, open_at, i, i, number)
            open_at = None
        elif ch in PAIRS and (open_at is None or ch != '"'):
            # A second curly opening before any closing: the first mark was stray.
            open_at, closer = i, PAIRS[ch]
    if open_at is not None:
        out += _trimmed(text, open_at, p_end, None, number)
    return out


def _trimmed(text: str, open_at: int, end: int, close_at: int | None, number: int) -> list[Marked]:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return []
    return [Marked(start, end, open_at, close_at, number)]
