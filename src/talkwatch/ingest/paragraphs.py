"""Paragraph structure of a body text: the shape every reader hands to the store.

Stored text has one paragraph per block, blocks separated by a blank line.
Headings ("Why Zelensky can't and won't give up Crimea") stay paragraphs of
their own so that later stages can tell them from sentences; hard-wrapped
lines are joined back into their paragraph.
"""

from __future__ import annotations

import re

PARAGRAPH_SEPARATOR = "\n\n"
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u200a\u202f]+")
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)]\u2026")
HEADING_MAX_WORDS = 16


def is_heading(line: str) -> bool:
    """A short line without final punctuation, e.g. a crosshead inside an article."""
    line = line.strip()
    if not line or line.endswith(_TERMINAL) or line.endswith(","):
        return False
    words = line.split()
    return len(words) <= HEADING_MAX_WORDS and (line[0].isupper() or line[0].isdigit())


def _is_hard_wrapped(lines: list[str], text_width: int | None = None) -> bool:
    """Lines of a block were wrapped at a fixed width (an e-mail, a text dump),
    rather than each being a paragraph of its own (text copied from a web page).

    Three lines or more show their width themselves; a block of two lines needs
    the width the rest of the text was wrapped at (`text_width`), and a first line
    that was broken there because the next word did not fit.
    """
    if len(lines) < 2 or (len(lines) == 2 and not text_width):
        return False
    widths = [len(line) for line in lines[:-1]]
    if len(lines) == 2:
        width = text_width
        if widths[0] + 1 + len(lines[1].split()[0]) <= width:
            return False  # the next word would have fitted: a heading or a short line of its own
    else:
        width = max(widths)
    return width <= 100 and all(0.6 * width <= w <= width for w in widths)


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a text was hard-wrapped at, from its blocks of three lines or more; None if it was not."""
    widths = [max(len(line) for line in lines[:-1]) for lines in blocks if _is_hard_wrapped(lines)]
    return max(widths) if widths else None


def _lines_to_paragraphs(lines: list[str], text_width: int | None = None) -> list[str]:
    if _is_hard_wrapped(lines, text_width):
        return [" ".join(lines)]
    paragraphs: list[str] = []
    for line in lines:
        # A line cut mid-sentence continues in the next one ("... on military\naid and ...");
        # a line that reads like a heading does too when the next one starts in lower case.
        if paragraphs and paragraphs[-1][-1:].isalnum() and line[:1].islower():
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text, whitespace tidied, empty ones dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = []
    for block in _BLANK_LINE.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        blocks.append([line for line in lines if line])
    width = _wrap_width(blocks)
    return [p for lines in blocks for p in _lines_to_paragraphs(lines, width)]


def join_paragraphs(paragraphs: list[str]) -> str:
    return PARAGRAPH_SEPARATOR.join(p for p in paragraphs if p)
