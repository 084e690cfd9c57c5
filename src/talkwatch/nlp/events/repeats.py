"""An act an article reports again is one event: "US and Russian officials are
due to meet in Miami on Saturday. ... Dmitriev is set to meet with Witkoff and
Kushner" is one planned meeting, with every participant and the place of both.

Two events are one when they are of one kind, between the same sides, with the
same status, and nothing they say apart disagrees (place, date words, the
people they name). The first report stays the evidence; the later one adds
what it knows. A later "the talks", undated, is the talks last reported, when
it names no other side or only who hosted them ("The talks were hosted by the
UAE"); "the talks" that continue or end are the talks last reported, whatever day.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .argactors import ActorMap

STATUS_RANK = {"planned": 0, "ongoing": 1, "occurred": 2}
# Verbs that tell more of talks already under way: "the talks continued on Monday".
GOING_ON = {"continue", "resume", "end", "conclude", "wrap", "drag", "stretch", "last", "break", "stall"}
from ..mentions import EventRecord, text_of


def merge_repeats(records: list[EventRecord], actors: ActorMap) -> list[EventRecord]:
    """The records with later reports of an act folded into the first."""
    out: list[EventRecord] = []
    alone: list[EventRecord] = []  # reports of no party that tell of nothing before
    for record in records:
        partyless = not (record.source or record.target)
        for n, earlier in enumerate(out):
            if not partyless and _same_act(earlier, record, actors):
                out[n] = _fold(earlier, record)
                break
        else:
            last = next((n for n in range(len(out) - 1, -1, -1) if out[n].kind == record.kind), None)
            noun = _noun(record, actors)
            going_on = _going_on(noun)
            if last is not None and (going_on or not partyless) and _refers_back(record, noun, out[last], actors):
                # "The talks are over": an update on the talks advances their status
                status = max(out[last].status, record.status, key=lambda s: STATUS_RANK.get(s, -1)) \
                    if going_on else out[last].status
                out[last] = replace(out[last], location=out[last].location or record.location, status=status,
                                    date_span=out[last].date_span or (record.date_span if going_on else None))
            elif partyless:
                alone.append(record)  # not what later reports may tell more of
            else:
                out.append(record)
    return sorted(out + alone, key=lambda r: (r.sent_start, r.trigger_start))


def _noun(record: EventRecord, actors: ActorMap) -> Token | None:
    """The word that carries the report: its trigger's root."""
    span = actors.doc.char_span(record.trigger_start, record.trigger_start + len(record.trigger),
                                alignment_mode="expand")
    return span.root if span is not None else None


def _refers_back(record: EventRecord, noun: Token | None, earlier: EventRecord, actors: ActorMap) -> bool:
    """"The talks were hosted by the UAE": "the talks", undated and placed nowhere else, are the
    talks last reported (whoever hosted them is no side of them). `noun`: the record's `_noun`."""
    if _going_on(noun):  # of the same sides, if it names two: "the negotiations between X and Y ended"
        sides = _sides(record, actors)  # one may be the host's: "the talks, hosted by Merz, continued"
        return earlier.status != "hypothetical" and (len(sides) < 2 or sides <= _sides(earlier, actors)) and not (
            record.location and earlier.location and record.location != earlier.location)
    if noun is not None and noun.pos_ == "VERB":  # "the talks were hosted by ...": what was hosted
        noun = next((c for c in noun.children if c.dep_ == "nsubjpass"), None)
    elif not _sides(record, actors) <= _sides(earlier, actors):
        return False  # "the Geneva meeting between the Americans and Ukrainians" names other talks
    if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if record.date_span is not None or record.status == "hypothetical" or earlier.status == "hypothetical":
        return False
    return not (record.location and earlier.location and record.location != earlier.location)


def _going_on(noun: Token | None) -> bool:
    """"The talks, hosted by Merz, continued on Monday": the talks told of before, on another of their
    days, whoever hosted them."""
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "nsubj":
        return False
    verb = noun.head  # "continued", "ended", or "are over"
    told = verb.lemma_ in GOING_ON or verb.lemma_ == "be" and any(c.lower_ == "over" for c in verb.children)
    return told and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _sides(record: EventRecord, actors: ActorMap) -> frozenset[str]:
    return frozenset(actors.side(a) or a for a in record.actors)


def _date_words(record: EventRecord, actors: ActorMap) -> str | None:
    if record.date_span is None:
        return None
    text = text_of(actors.doc)[record.date_span[0]: record.date_span[1]].lower()
    return " ".join(w for w in text.split() if w not in ("on", "in", "at", "the", "this", "'s", "\u2019s"))


def _same_act(a: EventRecord, b: EventRecord, actors: ActorMap) -> bool:
    if a.kind != b.kind or a.status != b.status or _sides(a, actors) != _sides(b, actors):
        return False
    if a.sent_start == b.sent_start:
        return False  # one sentence's acts are told apart by its parse (acts.py), not by their sides
    people_a, people_b = ({x for x in r.actors if actors.is_person(x)} for r in (a, b))
    if people_a and people_b and not people_a & people_b:
        return False  # "Rubio and Lavrov are to meet next week" is not Trump's summit with Putin
    if a.location and b.location and a.location != b.location:
        return False
    da, db = _date_words(a, actors), _date_words(b, actors)
    return not (da and db and da.strip("'s\u2019") != db.strip("'s\u2019"))


def _fold(first: EventRecord, later: EventRecord) -> EventRecord:
    extra = tuple(a for a in later.actors if a not in first.actors)
    return replace(first, actors=first.actors + extra, location=first.location or later.location,
                   date_span=first.date_span or later.date_span, today=first.today or later.today,
                   confidence=max(first.confidence, later.confidence))
