"""Records that flow through the pipeline, as small dataclasses."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_SPACE = re.compile(r"\s+")
# Typographic variants that copies of one article often differ by.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise_text(text: str) -> str:
    """The form an article's id is computed from: the same words give the same id,
    whatever the whitespace, Unicode composition, case or quote style."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return _SPACE.sub(" ", text).strip()


def article_id(text: str) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One news article as read from an input, before extraction.

    `text` is the body; paragraphs are separated by a blank line, and headings
    are paragraphs of their own. `published` is an ISO date at the precision
    known ("2025-03-24", "2025-03", "2025") or None.
    """

    text: str
    source: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_inferred: bool = False
    url: str | None = None
    authors: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return article_id(self.text)
