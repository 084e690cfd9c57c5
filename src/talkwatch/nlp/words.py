"""A parsed document's words as plain lists, read once from its arrays and kept
on the Doc for every component after the parse.

The components scan every word of every article for the few that matter (a
trigger, a speech verb); a spaCy Token object made for each word costs more
than the check itself, and so does walking `doc.sents` anew in each component.
Built after the parse is final (`talkwatch_repairs` runs first); the mentions'
tokens once the actors component has run.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span

from .mentions import Mention

# Lemmas of contractions written with a typographic apostrophe, which the model's lemmatizer
# leaves as they are (it makes "not" of "n't" but not of "n’t"); "’s" and "’d" depend on context.
TYPOGRAPHIC_LEMMAS = {"n\u2019t": "not", "\u2019re": "be", "\u2019m": "be", "\u2019ll": "will", "\u2019ve": "have"}


@dataclass(frozen=True)
class Words:
    """Lowercase lemmas, lowercase words, coarse tags and character offsets, by token index."""

    lemma: list[str]
    lower: list[str]
    pos: list[str]
    idx: list[int]

    def matches(self, i: int, word: str) -> bool:
        return self.lemma[i] == word or self.lower[i] == word


def words_of(doc: Doc) -> Words:
    words = doc.user_data.get("tw_words")
    if words is None:
        words = doc.user_data["tw_words"] = _read(doc)
    return words


def sentences_of(doc: Doc) -> list[Span]:
    sents = doc.user_data.get("tw_sents")
    if sents is None:
        sents = doc.user_data["tw_sents"] = list(doc.sents)
    return sents


def _read(doc: Doc) -> Words:
    if not len(doc):
        return Words([], [], [], [])
    strings = doc.vocab.strings
    # Each distinct string is looked up once; the lists are then built from its index.
    unique, inverse = numpy.unique(doc.to_array([LEMMA, LOWER, POS]), return_inverse=True)
    names = [strings[int(h)] for h in unique]
    # Lemmas as the lexicon writes them: the model lemmatizes "n't" to "not" but leaves "n’t".
    lowered = [TYPOGRAPHIC_LEMMAS.get(n.lower(), n.lower()) for n in names]
    lemma, lower, pos = inverse.reshape(len(doc), 3).T.tolist()
    return Words([lowered[i] for i in lemma], [names[i] for i in lower], [names[i] for i in pos],
                 doc.to_array(IDX).tolist())


def mention_tokens(doc: Doc) -> list[tuple[Mention, int, int]]:
    """Each mention of `doc._.tw_mentions` with its first and last token, found once per document
    (by offsets, not by building a Span per mention)."""
    found = doc.user_data.get("tw_mention_tokens")
    if found is None:
        starts = words_of(doc).idx
        found = []
        for m in doc._.tw_mentions:
            first = bisect_right(starts, m.start) - 1
            last = bisect_left(starts, m.end) - 1
            if first >= 0 and last >= first:
                found.append((m, first, last))
        doc.user_data["tw_mention_tokens"] = found
    return found
