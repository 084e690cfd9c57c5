"""What two articles are compared by: their content words, word shingles,
direct quotes, and the outlets they say they took the story from."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from ..models import normalise_text

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[0-9]+")
# Every quoted span, short ones too, so a short quote's closing mark never opens the next one.
_QUOTE = re.compile(r"[\u201c\"]([^\u201d\"]*)[\u201d\"]")
MIN_QUOTE_CHARS = 20
SHINGLE_WORDS = 5
# "according to Bloomberg", "as first reported by Reuters", "citing TASS" (name after);
# "Bloomberg reported", "TASS news agency reported", "Axios's report" (name before).
_SOURCE_AFTER = re.compile(r"\b(?:according\s+to|reported\s+by|cited\s+by|citing|via)\s+(?:the\s+)?", re.I)
_SOURCE_BEFORE = re.compile(r"(?:\s+news\s+agency)?(?:['\u2019]s\s+(?:report|reporting|story)|\s+(?:first\s+)?"
                            r"(?:reported|reports|said\s+in\s+a\s+report|revealed))\b", re.I)
NAME_MAX_WORDS = 4


def words(text: str) -> list[str]:
    """Lowercase word tokens of a text, in order."""
    return _WORD.findall(normalise_text(text))


def content_words(text: str) -> set[str]:
    """The words that carry content: no stop words, no one- or two-letter tokens."""
    return {w for w in words(text) if len(w) > 2 and w not in STOP_WORDS}


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Overlapping runs of `size` words: near copies share almost all of them, rewrites few."""
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)}
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def quotes(text: str) -> set[str]:
    """Normalised direct quotes of at least 20 characters: the words two reports may share."""
    return {normalise_text(q) for q in _QUOTE.findall(text) if len(q) >= MIN_QUOTE_CHARS}


class Attributions:
    """Finds the outlets a text names as the source of its story.

    It looks for the attribution phrases first and only then at the few words
    beside each, so the cost does not grow with the number of outlets known."""

    def __init__(self, outlets: Iterable[str]) -> None:
        self.canonical = {o.casefold(): o for o in outlets if o}

    def _name(self, words: list[str]) -> str | None:
        for size in range(min(NAME_MAX_WORDS, len(words)), 0, -1):
            name = self.canonical.get(" ".join(words[:size]).casefold().strip(".,;:"))
            if name:
                return name
        return None

    def find(self, text: str) -> set[str]:
        found = set()
        for match in _SOURCE_AFTER.finditer(text):
            name = self._name(text[match.end(): match.end() + 80].split())
            if name:
                found.add(name)
        for match in _SOURCE_BEFORE.finditer(text):
            before = text[max(0, match.start() - 80): match.start()].split()[-NAME_MAX_WORDS:]
            for start in range(len(before)):
                name = self.canonical.get(" ".join(before[start:]).casefold())
                if name:
                    found.add(name)
                    break
        return found


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
