"""Indirect speech: the clause a speech verb reports ("Peskov said Thursday that
Moscow was preparing for talks") and the clause an "according to X" attributes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..mentions import text_of
from .attribution import Attribution, Speaker
from ..paragraphs import is_heading_span
from .speech import phrase_text
from ..words import words_of

MIN_WORDS = 3  # "he said so" reports nothing worth keeping
CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
TRAILING = ".,;:!?\u2014\u2013- \n"


@dataclass(frozen=True)
class Reported:
    """A reported clause with its speaker; `verb` is the index of the token that reports it."""

    start: int
    end: int
    speaker: Speaker
    verb: int


def reported_clauses(doc: Doc, where: Attribution, framing: AbstractSet[int] = frozenset()) -> list[Reported]:
    """Every clause of indirect speech, outermost only: in "Peskov said Putin told Trump
    that ...", Putin's words are part of what Peskov said.

    Args:
        doc: the parsed article.
        where: the document's quotes and mentions.
        framing: indices of verbs that already attribute a direct quote ("Trump said it had
            been a “good day”", "“...,” he said"): their words are that quote, not indirect speech.

    Returns:
        The reported clauses, trimmed of "that" and final punctuation.
    """
    words = words_of(doc)
    reporting = where.verbs.reporting
    verbs = (doc[i] for i, lemma in enumerate(words.lemma) if lemma in reporting and i not in framing)
    according = (doc[i] for i, lower in enumerate(words.lower) if lower == "according")
    candidates = [*(_complement(v, where) for v in verbs), *_according_to(doc, according, where)]
    found = [r for r in candidates if r is not None and not is_heading_span(doc[r.verb: r.verb + 1])]
    return [r for r in found if not any(o is not r and o.start <= doc[r.verb].idx < o.end for o in found)]


def _reported_clause(verb: Token) -> Token | None:
    """The clause after the verb ("Kosachev said [any deal would ...]"); one before it only when no
    colon or semicolon ends it ("Talks will go on, Peskov said"): "Russians were blunt: X said ..."
    introduces X."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in clauses if c.i > verb.i]
    if after:
        return after[0]
    before = [c for c in clauses if not any(t.text in (":", ";") for t in verb.doc[c.i: verb.i])]
    return before[0] if before else None


def _complement(verb: Token, where: Attribution) -> Reported | None:
    """The clause a speech verb reports ("said [that] Moscow was preparing for talks")."""
    if not where.verbs.reports_clause(verb) or where.quoted(verb):
        return None
    clause = _reported_clause(verb)
    # "did not say that ..." reports nothing.
    if clause is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
        return None  # "children it says were taken": a relative clause, not a report
    speaker = where.speaker_of(verb)
    if speaker.text is None:
        return None  # "it was announced that ...": no one is named
    tokens = list(clause.subtree)
    while len(tokens) > 1 and _lead_in(tokens[0]):
        tokens = tokens[1:]
    return _clause(verb.doc, where, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), speaker, verb)


def _according_to(doc: Doc, tokens: Iterable[Token], where: Attribution) -> Iterator[Reported | None]:
    """"X, according to Y." and "According to Y, X.": Y said X (`tokens`: the document's "according")."""
    for token in tokens:
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
        if source is None or where.quoted(token):
            continue
        sent = token.sent
        phrase_end = max(t.i for t in source.subtree) + 1
        if token.i > sent.start and doc[token.i - 1].text == ",":
            start, end = sent.start_char, doc[token.i - 1].idx  # the clause before ", according to"
        elif token.i == sent.start and phrase_end < sent.end and doc[phrase_end].text == ",":
            start, end = doc[phrase_end].idx + 1, sent.end_char  # the clause after "According to Y,"
        else:
            continue
        yield _clause(doc, where, start, end, _source(doc, where, source), token)


def _source(doc: Doc, where: Attribution, token: Token) -> Speaker:
    """Who "according to" names. "to the Kremlin" reads like a destination, so the
    actor pass may have taken the seat of power for a place: it speaks for its state."""
    mention = where.mention_for(token)
    if mention is not None:
        return Speaker(mention.actor, " ".join(mention.text.split()))
    place = next((p for p in doc._.tw_places if p.start <= token.idx < p.end and p.state), None)
    if place is not None:
        return Speaker(place.state, " ".join(place.text.split()))
    return Speaker(None, phrase_text(token))


def _clause(doc: Doc, where: Attribution, start: int, end: int, speaker: Speaker,
            verb: Token) -> Reported | None:
    """The clause trimmed of spaces and final punctuation; None when it is too short
    to report anything or is all inside quotation marks."""
    text = text_of(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    if end <= start or len(text[start:end].split()) < MIN_WORDS:
        return None
    if where.in_quote(start) and where.in_quote(end - 1):
        return None
    return Reported(start, end, speaker, verb.i)


def _lead_in(token: Token) -> bool:
    """"that" (a mark, or misparsed as an object) and punctuation before a reported clause."""
    return token.dep_ == "mark" or token.is_punct or (token.lower_ == "that" and token.dep_ != "nsubj")
