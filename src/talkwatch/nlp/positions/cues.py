"""Cue phrases of a pack (issues, stances) found in a parsed Doc.

A cue is matched as written (LOWER) and, when it is written as lemmas, also on
the lowercased lemmas of the text, so "insist on" finds "insisted on" and
"join nato" finds "joining NATO" (spaCy keeps the case of proper nouns' lemmas,
hence a lowercased lemma view of the Doc).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.language import Language
from spacy.attrs import LEMMA, ORTH, SPACY
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

# The components that give a cue phrase its lemmas; the parser and NER are not needed.
_LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
_NOUNS = {"NOUN", "PROPN"}
_VERBS = {"VERB", "AUX"}
INVERTED = "~"  # an issue cue naming the opposite of the proposition ("~sanctions relief")


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


def lemma_view(doc: Doc) -> Doc:
    """A copy of `doc`'s words whose lemmas are lowercased, for the LEMMA matcher."""
    strings = doc.vocab.strings
    # Arrays, not Token objects: this runs on every article.
    orth, lemma = zip(*doc.to_array([ORTH, LEMMA]).tolist()) if len(doc) else ((), ())
    lower = {h: strings[h].lower() for h in set(lemma)}
    return Doc(doc.vocab, words=[strings[h] for h in orth], spaces=doc.to_array(SPACY).astype(bool).tolist(),
               lemmas=[lower[h] for h in lemma])


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
        cues: label -> lowercase cue phrases; a phrase led by "~" is inverted.
        nouns_stay_nouns: a one-word noun cue never matches a verb ("land", "landed").
    """

    def __init__(self, nlp: Language, cues: Mapping[str, Iterable[str]], *,
                 nouns_stay_nouns: bool = False) -> None:
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.nouns_stay_nouns = nouns_stay_nouns
        self._noun_cues: set[tuple[str, str]] = set()  # (key, lemma) of one-word noun cues
        self.by_text: dict[str, str] = {}  # cue and its lemma form -> key, for `refine`
        for label, phrases in cues.items():
            self._add(nlp, label, list(phrases))

    def _add(self, nlp: Language, label: str, phrases: list[str]) -> None:
        for inverted in (False, True):
            key = INVERTED + label if inverted else label
            texts = [p[1:].strip() if inverted else p for p in phrases if p.startswith(INVERTED) == inverted]
            texts = [t for t in texts if t]
            if not texts:
                continue
            docs = analyse(nlp, texts)
            self.lower.add(key, [nlp.make_doc(t) for t in texts])
            lemma_patterns = []
            for text, doc in zip(texts, docs):
                lemmas = [t.lemma_.lower() for t in doc]
                self.by_text.setdefault(text, key)
                self.by_text.setdefault(" ".join(lemmas), key)
                # Only a cue written as lemmas stands for its inflections: "provided" is not "provide".
                if lemmas == [t.lower_ for t in doc]:
                    lemma_patterns.append(Doc(nlp.vocab, words=lemmas, lemmas=lemmas))
                    if len(doc) == 1 and doc[0].pos_ in _NOUNS:
                        self._noun_cues.add((key, lemmas[0]))
            if lemma_patterns:
                self.lemma.add(key, lemma_patterns)

    def __call__(self, doc: Doc, lemmas: Doc) -> list[CueMatch]:
        """The non-overlapping cue matches of `doc` (`lemmas` is its `lemma_view`)."""
        vocab = doc.vocab.strings
        found = {(vocab[k], s, e) for k, s, e in self.lower(doc)}
        for k, s, e in self.lemma(lemmas):
            key = vocab[k]
            if (key, s, e) in found:
                continue
            if self.nouns_stay_nouns and e - s == 1 and doc[s].pos_ in _VERBS \
                    and (key, lemmas[s].lemma_) in self._noun_cues:
                continue
            found.add((key, s, e))
        return _longest(found)

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
        return _longest({(m.key, m.start, m.end) for m in out})


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
