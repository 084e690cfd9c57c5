"""Events dated by their distance from another: "The meeting comes one day
after talks between Kellogg and Umerov" dates the talks one day before the
meeting; "Rubio met Lavrov two days after the Riyadh summit" dates the meeting
two days after the summit.

The phrase is "N day(s)/week(s) after|before B" hanging on A (a clause whose
subject is an event, or an event noun). When one of A and B is dated and the
other is not, the undated one takes the other's date (its date expression, or
the publication day) with a shift in days (`EventRecord.date_shift`). A
definite event noun with no event of its own ("The meeting") names the nearest
earlier dated event of its kind in the article.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..mentions import EventRecord
from ..words import Words

DIRECTIONS = {"after": 1, "before": -1}
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


def date_by_intervals(doc: Doc, words: Words, records: list[EventRecord],
                      nouns: Mapping[str, str]) -> list[EventRecord]:
    """The records, dated by intervals where the text gives one; `nouns`: event nouns and their kinds,
    to know what "the meeting" (no event of its own when it names no actor) refers to."""
    if not records:
        return records
    by_start = {r.trigger_start: n for n, r in enumerate(records)}
    for i, lower in enumerate(words.lower):
        if lower not in DIRECTIONS:
            continue
        found = _interval(doc[i])
        if found is None:
            continue
        days, a_token, b_token = found
        a, b = (_record_at(t, records, by_start, nouns) for t in (a_token, b_token))
        if a is None or b is None or a == b:
            continue
        if not _dated(records[b]) and _dated(records[a]):
            records[b] = _shifted(records[b], records[a], -days)
        elif not _dated(records[a]) and _dated(records[b]):
            records[a] = _shifted(records[a], records[b], days)
    return records


def _shifted(record: EventRecord, by: EventRecord, days: int) -> EventRecord:
    return replace(record, date_span=by.date_span, today=by.today, date_shift=by.date_shift + days)


def _dated(record: EventRecord) -> bool:
    """Dated by words of its own, or by the publication day ("has begun")."""
    return record.date_span is not None or record.today


def _interval(prep: Token) -> tuple[int, Token, Token] | None:
    """(days from B to A, A, B) for "A ... N days after|before B"."""
    b = next((c for c in prep.children if c.dep_ == "pobj"), None)
    unit = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lower_ in UNITS), None)
    if b is None or unit is None:
        return None
    count = next((NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                  for c in unit.children if c.dep_ in ("nummod", "det")), None)
    if not count:
        return None
    return count * UNITS[unit.lower_] * DIRECTIONS[prep.lower_], prep.head, b


def _record_at(token: Token, records: list[EventRecord], by_start: dict[int, int],
               nouns: Mapping[str, str]) -> int | None:
    """The record whose trigger is `token` (or, for a verb that is none, its subject's); else, for a
    definite event noun ("the meeting"), the nearest earlier dated record of its kind."""
    if token.idx in by_start:
        return by_start[token.idx]
    if token.pos_ in ("VERB", "AUX"):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return _record_at(subject, records, by_start, nouns) if subject is not None else None
    kind = nouns.get(token.lemma_.lower())
    if kind is None or not any(c.lower_ in ("the", "this", "that") for c in token.children):
        return None
    earlier = [k for k, r in enumerate(records) if r.kind == kind and r.trigger_start < token.idx and _dated(r)]
    return earlier[-1] if earlier else None
