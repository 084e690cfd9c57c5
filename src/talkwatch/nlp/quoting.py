"""Where quotation marks enclose text: pronouns inside a quote belong to its speaker's world."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"\n]*\"|\u00ab[^\u00bb]*\u00bb")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) character ranges of the text inside quotation marks, marks included."""
    return [m.span() for m in _QUOTED.finditer(text)]


def inside(ranges: list[tuple[int, int]], offset: int) -> bool:
    return any(start < offset < end for start, end in ranges)
