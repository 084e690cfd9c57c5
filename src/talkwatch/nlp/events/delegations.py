"""Members of a delegation named in a sentence of their own, joined to the
meeting they attend: "The Russian delegation at the talks includes X and Y",
"Ukraine's team was headed by Z"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .argactors import ActorMap, phrase
from ..mentions import EventRecord
from ..words import Words

GROUPS = {"delegation", "team", "contingent", "entourage", "side"}
MEMBERSHIP = {"include", "comprise", "consist", "feature", "involve", "be"}
LEADING = {"lead", "head", "chair"}  # "the delegation was led by X": X is a member
MEETINGS = {"meeting", "call"}


def add_delegations(doc: Doc, words: Words, records: list[EventRecord], actors: ActorMap) -> list[EventRecord]:
    """The records, with the members of a delegation added to the nearest earlier meeting of its side."""
    if not any(r.kind in MEETINGS for r in records):
        return records
    for i, lemma in enumerate(words.lemma):
        if lemma not in GROUPS:
            continue
        token = doc[i]
        verb = token.head
        if token.dep_ == "nsubj" and verb.lemma_ in MEMBERSHIP:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
            objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        elif token.dep_ == "nsubjpass" and verb.lemma_ in LEADING:
            objects = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        sides = {actors.side(a) for a in actors.actors_in(phrase(token))} - {None}
        members = [a for o in objects for a in actors.actors_in(phrase(o)) if actors.is_person(a)]
        members = [m for m in members if not sides or actors.side(m) in sides | {None}]
        if not sides or not members:
            continue
        earlier = [n for n, r in enumerate(records) if r.kind in MEETINGS and r.sent_start <= token.idx
                   and sides & {actors.side(a) for a in r.actors}]
        if earlier:
            n = earlier[-1]
            records[n] = replace(records[n], actors=tuple(dict.fromkeys(records[n].actors + tuple(members))))
    return records
