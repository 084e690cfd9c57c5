"""Cue phrases of a pack (issues, stances) found in a parsed Doc.

A cue is matched as written (LOWER) and, when it is written as lemmas, also on
the lowercased lemmas of the text, so "insist on" finds "insisted on" and
"join nato" finds "joining NATO" (spaCy keeps the case of proper nouns' lemmas,
hence the document's lowercased lemmas of nlp/words.py, matched here by their
first word: a second Doc for spaCy's matcher would cost more than the match).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..words import words_of
from ...packs.entries import Yielding

# The components that give a cue phrase its lemmas; the parser and NER are not needed.
_LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
_NOUNS = {"NOUN", "PROPN"}
_VERBS = {"VERB", "AUX"}
INVERTED = "~"  # an issue cue naming the opposite of the proposition ("~sanctions relief")
# A phrase that uses a cue's word in another sense ("!humanitarian aid"): it wins as the longer cue, then is dropped.
BLOCKED = "!"


@dataclass(frozen=True)
class CueMatch:
    """A cue found in the text: its label (issue id or stance) and token span."""

    label: str
    start: int
    end: int
    inverted: bool = False

    @property
    def key(self) -> str:
        """The label as the matcher knows it: "~" marks an inverted issue cue."""
        return INVERTED + self.label if self.inverted else self.label

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


def analyse(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """Tag and lemmatise short phrases with the model's tagging components only."""
    pipes = [nlp.get_pipe(name) for name in nlp.pipe_names if name in _LEMMA_PIPES]
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        for pipe in pipes:
            doc = pipe(doc)
        docs.append(doc)
    return docs


class CueMatcher:
    """Finds the cues of several labels; overlapping cues of one label merge, else the longest wins.

    Args:
        nlp: the pipeline whose vocabulary and tagging components are used.
        cues: label -> lowercase cue phrases; a phrase led by "~" is inverted, one led by "!" blocks
            the shorter cues it covers.
        nouns_stay_nouns: a one-word noun cue never matches a verb ("land", "landed").
    """

    def __init__(self, nlp: Language, cues: Mapping[str, Iterable[str]], *,
                 nouns_stay_nouns: bool = False) -> None:
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first lemma -> (lemmas, key)
        self.nouns_stay_nouns = nouns_stay_nouns
        self._noun_cues: set[tuple[str, str]] = set()  # (key, lemma) of one-word noun cues
        self.by_text: dict[str, str] = {}  # cue and its lemma form -> key, for `refine`
        for label, phrases in cues.items():
            self._add(nlp, label, list(phrases))

    def _add(self, nlp: Language, label: str, phrases: list[str]) -> None:
        keys: dict[str, list[str]] = {}
        for p in phrases:
            key = p[0] if p[:1] == BLOCKED else INVERTED + label if p[:1] == INVERTED else label
            text = p[1:].strip() if key != label else p
            if text:
                keys.setdefault(key, []).append(text)
        for key, texts in keys.items():
            docs = analyse(nlp, texts)
            self.lower.add(key, [nlp.make_doc(t) for t in texts])
            for text, doc in zip(texts, docs):
                lemmas = [t.lemma_.lower() for t in doc]
                self.by_text.setdefault(text, key)
                self.by_text.setdefault(" ".join(lemmas), key)
                # Only a cue written as lemmas stands for its inflections: "provided" is not "provide".
                if lemmas == [t.lower_ for t in doc]:
                    self.lemma.setdefault(lemmas[0], []).append((tuple(lemmas), key))
                    if len(doc) == 1 and doc[0].pos_ in _NOUNS:
                        self._noun_cues.add((key, lemmas[0]))

    def __call__(self, doc: Doc) -> list[CueMatch]:
        """The non-overlapping cue matches of `doc`."""
        vocab = doc.vocab.strings
        found = {(vocab[k], s, e) for k, s, e in self.lower(doc)}
        words = words_of(doc)
        lemma = words.lemma
        for s, first in enumerate(lemma):
            for lemmas, key in self.lemma.get(first, ()):
                e = s + len(lemmas)
                if tuple(lemma[s:e]) != lemmas or (key, s, e) in found:
                    continue
                if self.nouns_stay_nouns and e - s == 1 and words.pos[s] in _VERBS and (key, first) in self._noun_cues:
                    continue
                found.add((key, s, e))
        return _kept(_longest(found))

    def refine(self, doc: Doc, matches: list[CueMatch]) -> list[CueMatch]:
        """Gives a match the label of a longer cue whose other words are its head's modifier
        or its governor, with words in between: "partial" + "truce" in "a partial one-month
        truce"; "strike on" + "energy infrastructure" in "strikes on Ukraine's energy
        infrastructure"."""
        out = []
        for m in matches:
            words = " ".join(t.lemma_.lower() for t in doc[m.start: m.end])
            head = doc[m.start: m.end].root
            for start, key in (*_modifier_keys(head, m, words), *_governor_keys(head, m, words)):
                found = self.by_text.get(key)
                if found and found != m.key:
                    m = _match(found, min(start, m.start), m.end)
                    break
            out.append(m)
        return _kept(_longest({(m.key, m.start, m.end) for m in out}))


def _modifier_keys(head: Token, m: CueMatch, words: str) -> list[tuple[int, str]]:
    """(start, words) of the match led by a modifier of its head: "partial truce"."""
    mods = [c for c in head.children if c.i < m.start and c.dep_ in ("amod", "compound", "nmod")]
    return [(m.start, f"{form} {words}") for c in mods for form in (c.lower_, c.lemma_.lower())]


def _governor_keys(head: Token, m: CueMatch, words: str) -> list[tuple[int, str]]:
    """(start, words) of the match led by the word that governs it: "strike on energy
    infrastructure", "target energy infrastructure"."""
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.head.i:
        governor = head.head.head
        return [(governor.i, f"{governor.lemma_.lower()} {head.head.lower_} {words}")]
    if head.dep_ == "dobj" and head.head.i < m.start:
        return [(head.head.i, f"{head.head.lemma_.lower()} {words}")]
    return []


def _kept(matches: list[CueMatch]) -> list[CueMatch]:
    return [m for m in matches if m.label != BLOCKED]


def _match(key: str, start: int, end: int) -> CueMatch:
    return CueMatch(key.lstrip(INVERTED), start, end, key.startswith(INVERTED))


def _longest(found: set[tuple[str, int, int]]) -> list[CueMatch]:
    """Overlapping cues of one label merge, the leftmost one's polarity winning ("halt to
    strikes" + "strikes on energy facilities"); across labels the longest wins."""
    merged: list[tuple[str, int, int]] = []
    for key, s, e in sorted(found, key=lambda f: (f[1], f[1] - f[2])):
        last = merged[-1] if merged else None
        if last is not None and last[0].lstrip(INVERTED) == key.lstrip(INVERTED) and s < last[2]:
            merged[-1] = (last[0], last[1], max(e, last[2]))
        else:
            merged.append((key, s, e))
    taken: set[int] = set()
    out = []
    for key, s, e in sorted(merged, key=lambda f: (f[1] - f[2], f[1], f[0])):
        if taken.isdisjoint(range(s, e)):
            taken.update(range(s, e))
            out.append(_match(key, s, e))
    return sorted(out, key=lambda m: m.start)


def span_root(doc: Doc, match: CueMatch) -> Token:
    """The syntactic head of a match."""
    return doc[match.start: match.end].root


def gives_up(yielding: Yielding, token: Token) -> bool:
    """True when `token` is one of an issue's words for giving up: "withdrew", "gave up", "withdrawal"."""
    lemma = token.lemma_.lower()
    # Its particle, or the word after it, which the parser may read as a preposition ("pull out of").
    after = [token.nbor()] if token.i + 1 < len(token.doc) else []
    particles = {f"{lemma} {c.lower_}" for c in (*after, *token.children) if c.dep_ in ("prt", "prep")}
    return lemma in yielding.words or not particles.isdisjoint(yielding.words)
