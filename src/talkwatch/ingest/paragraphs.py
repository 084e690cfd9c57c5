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


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines of a block were wrapped at a fixed width (an e-mail, a text dump),
    rather than each being a paragraph of its own (text copied from a web page)."""
    if len(lines) < 3:
        return False
    widths = [len(line) for line in lines[:-1]]
    width = max(widths)
    return width <= 100 and all(w >= 0.6 * width for w in widths)


def _lines_to_paragraphs(lines: list[str]) -> list[str]:
    if _is_hard_wrapped(lines):
        return [" ".join(lines)]
    paragraphs: list[str] = []
    for line in lines:
        # A line cut mid-sentence continues in the next one ("... where the\nTrump administration").
        if paragraphs and not is_heading(paragraphs[-1]) and paragraphs[-1][-1:].isalnum() and line[:1].islower():
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text, whitespace tidied, empty ones dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraphs.extend(_lines_to_paragraphs([line for line in lines if line]))
    return paragraphs


def join_paragraphs(paragraphs: list[str]) -> str:
    return PARAGRAPH_SEPARATOR.join(p for p in paragraphs if p)
