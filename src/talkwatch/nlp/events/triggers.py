"""Trigger words of the pack's event lexicon (`triggers.yml`) found in a parsed
sentence: verbs by lemma, nouns by lemma, and multi-word phrases.

Phrases are matched on lemmas in order, contiguous or with a few words between
when the parse joins them ("ruled it out", "launched dozens of missiles"); a
phrase that ends in a preposition must be contiguous ("called for", not "called
Putin for the first time"). The longest phrase claims its words first, so "call
for" is a demand and never a phone call, and "strike a deal" an agreement and
never an attack. A spaCy Matcher cannot check the parse between the words of a
gapped phrase, which is why this is a small matcher of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...packs.entries import TriggerSet
from ..words import Words

MODIFIER_DEPS = {"compound", "nmod", "amod", "conj"}
MAX_GAP = 6  # words allowed between two words of a phrase ("ordered a 30-hour Easter ceasefire")
_GAP_BREAKERS = {"PUNCT", "CCONJ", "SCONJ"}
_GAP_MARKS = {"-", '"', "\u201c", "\u201d"}  # "was "completely unconstructive"": quoted words go on the phrase


@dataclass(frozen=True)
class Trigger:
    """Where a sentence signals an event of one kind."""

    kind: str
    head: int  # index of the token that carries the event (a phrase's syntactic head)
    tokens: tuple[int, ...]  # every token of the trigger
    form: str  # verb, noun, phrase, or name (an act of the calendar named by no trigger)
    lemma: str  # the lexicon entry that matched


def key_of(token: Token) -> str:
    """The form a lexicon entry is compared with: the lowercase lemma."""
    return token.lemma_.lower()


_ENDINGS = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
            ("d", ""))


def forms(lemma: str, lower: str) -> list[str]:
    """The lemma, then the word itself with regular endings taken off: the small model's lemmatizer
    makes "stag" of "staged", and a lexicon entry should still match."""
    out = [lemma, lower]
    for ending, repl in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            out.append(lower[: -len(ending)] + repl)
    return list(dict.fromkeys(out))


def forms_of(token: Token) -> list[str]:
    return forms(key_of(token), token.lower_)


class TriggerIndex:
    """The triggers of a lexicon, indexed for matching; built once in `initialize`."""

    def __init__(self, sets: Mapping[str, TriggerSet], split: Callable[[str], list[str]]) -> None:
        """Index trigger sets; `split` cuts an entry into the words the tokenizer makes of it."""
        self.verbs: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        self.plover: dict[str, str | None] = {kind: t.plover for kind, t in sets.items()}
        phrases: dict[tuple[str, ...], str] = {}
        for kind, t in sets.items():
            for table, entries in ((self.verbs, t.verbs), (self.nouns, t.nouns)):
                for entry in entries:
                    words = tuple(w.lower() for w in split(entry))
                    if len(words) > 1:  # "air strike" listed as a noun is a phrase
                        phrases.setdefault(words, kind)
                    else:
                        table.setdefault(entry, kind)  # the first kind in the file wins
            for entry in t.phrases:
                phrases.setdefault(tuple(w.lower() for w in split(entry)), kind)
        # Longest first, so "pull out of" claims its words before "pull out".
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, kind in sorted(phrases.items(), key=lambda item: -len(item[0])):
            self.by_first.setdefault(words[0], []).append((words, kind))

    def find(self, sent: Span, words: Words) -> list[Trigger]:
        """Every trigger of a sentence, phrases first; a token belongs to one trigger at most."""
        claimed: set[int] = set()
        found = list(self._phrases(sent, words, claimed))
        for i in range(sent.start, sent.end):
            if i in claimed:
                continue
            pos = words.pos[i]
            if pos == "VERB":
                entry = next((f for f in forms(words.lemma[i], words.lower[i]) if f in self.verbs), None)
                if entry:
                    found.append(Trigger(self.verbs[entry], i, (i,), "verb", entry))
            elif pos in ("NOUN", "PROPN"):
                entry = next((f for f in (words.lemma[i], words.lower[i]) if f in self.nouns), None)
                if entry:
                    found.append(Trigger(self.nouns[entry], i, (i,), "noun", entry))
        return sorted(found, key=lambda t: t.head)

    def _phrases(self, sent: Span, words: Words, claimed: set[int]) -> Iterable[Trigger]:
        """Phrase matches, the longest first, then contiguous before gapped ("held phone talks" is a
        phone call, not "hold talks"), then in text order; each token goes to one phrase."""
        doc = sent.doc
        matches = []
        for i in range(sent.start, sent.end):
            key, lower = words.lemma[i], words.lower[i]
            candidates = self.by_first.get(key, []) + (self.by_first.get(lower, []) if lower != key else [])
            for entry, kind in candidates:
                tokens = _match_phrase(sent, words, i, entry)
                if tokens is not None:
                    gaps = tokens[-1] - tokens[0] + 1 - len(tokens)
                    matches.append((-len(tokens), gaps, tokens[0], tokens, entry, kind))
        for _, _, _, tokens, entry, kind in sorted(matches):
            if claimed.intersection(tokens):
                continue
            last = doc[tokens[-1]]
            if last.dep_ in ("compound", "nmod") and last.head.i not in tokens and self.nouns.get(
                    words.lemma[last.head.i]) == kind:
                continue  # "launched drone and missile attacks on cities": the attacks, with their target
            claimed.update(tokens)
            yield Trigger(kind, _phrase_head(doc, tokens), tokens, "phrase", " ".join(entry))


def _match_phrase(sent: Span, words: Words, start: int, entry: tuple[str, ...]) -> tuple[int, ...] | None:
    found = [start]
    for word in entry[1:]:
        nxt = found[-1] + 1
        limit = min(nxt + MAX_GAP + 1, sent.end)
        k = next((k for k in range(nxt, limit) if words.matches(k, word)), None)
        if k is None:
            return None
        if k > nxt and not _gap_allowed(sent.doc, found, k, last=word == entry[-1]):
            return None
        found.append(k)
    last = sent.doc[found[-1]]
    if last.dep_ == "det" and last.head.i not in found:
        return None  # "said no to the plan", not "said no dates had been set"
    return tuple(found)


def _gap_allowed(doc: Doc, found: list[int], k: int, *, last: bool) -> bool:
    """Words between two words of a phrase are allowed when the parse joins them."""
    gap = doc[found[-1] + 1: k]
    if any(t.pos_ in _GAP_BREAKERS and t.text not in _GAP_MARKS for t in gap):
        return False
    token = doc[k]
    if last and (token.pos_ == "ADP" and token.dep_ != "prt" or token.pos_ == "DET") \
            and not all(t.pos_ == "ADV" for t in gap):
        return False  # "called for", "said no" only with adverbs between: not "said it would have no effect"
    # The later word hangs below an earlier one ("launched dozens of missiles", "put troops on alert").
    return any(doc[i] in token.ancestors for i in found) or any(token in doc[i].ancestors for i in found)


def _phrase_head(doc, tokens: tuple[int, ...]) -> int:
    inside = set(tokens)
    # "drone and missile attacks": the noun the others modify, not a modifier coordinated outside
    heads = [i for i in tokens if (doc[i].head.i not in inside or doc[i].head.i == i) and doc[i].dep_ not in MODIFIER_DEPS
             and doc[i].pos_ not in ("ADP", "PART", "DET", "PUNCT")]
    if heads:
        return heads[0]
    for i in tokens:
        if doc[i].head.i not in inside or doc[i].head.i == i:
            if doc[i].pos_ not in ("ADP", "PART", "DET", "PUNCT") or len(tokens) == 1:
                return i
    return tokens[0]
