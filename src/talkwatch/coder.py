"""The sentence coder: short texts in, PLOVER events with actor codes out, on
the same pipeline as articles (`doc._.tw_events`).

    >>> from talkwatch.coder import code_records
    >>> next(code_records([{"id": "1", "text": "Rubio met Lavrov in Riyadh."}]))
    {'id': '1', 'events': [{'plover': 'CONSULT', 'kind': 'meeting', 'source': ['USA'], 'target': ['RUS']}]}

Actors are coded as event data sets code them: a country by its ISO 3166-1
alpha-3 code, a person by the side they act for, an intergovernmental body
(EU, NATO, UN, OSCE ...) as IGO, a non-governmental one as NGO. A political or
armed group that belongs to one country (the `country` of its organizations.yml
entry) is coded as that country, as CAMEO codes domestic groups by their
country (Hamas: PSE, Hezbollah: LBN, the Taliban: AFG), and so is a person who
acts for it; a transnational group (al-Qaeda, Islamic State) has no country and
is left out, as are news outlets and people of unknown side. An event
between parties that act together with no target ("A and B agreed") is coded
in both directions, A→B and B→A, as CAMEO and PLOVER code reciprocal events.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from .errors import InputError
from .nlp.mentions import EventRecord, NewActor, make_doc
from .link.places import fold, gazetteer
from .packs import Lexicon
from .packs.entries import State

DEFAULT_BATCH_SIZE = 64
# Kinds where parties act together: with no target, each is the other's counterpart.
RECIPROCAL_KINDS = {"meeting", "call", "agreement", "cooperation"}
# PLOVER (after CAMEO 03, "express intent to cooperate") codes a cooperative act that is only
# offered, promised or announced for later as AGREE: "will provide aid", "offered to withdraw".
INTENDED_AS_AGREE = {"AID", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"}
# Meetings are CONSULT even when planned ("will meet in Geneva"); only an offer to meet is AGREE.
OFFERED_AS_AGREE = INTENDED_AS_AGREE | {"CONSULT", "REQUEST"}
# CAMEO 13 ("threaten": to reduce relations, impose sanctions or curfews, protest, use force) codes
# a hostile act that is only announced for later as THREATEN: "will boycott", "plans to impose".
THREAT_STATUSES = {"planned", "hypothetical"}
ANNOUNCED_AS_THREAT = {"SANCTION", "COERCE", "ASSAULT", "PROTEST"}
# Clauses that modify another act ("blocked roads demanding X", "a plan that aims to tighten
# sanctions", "threatened to strike unless Y"): their acts are coded only when the main clause has none.
SUBORDINATE_CLAUSES = {"advcl", "relcl", "acl"}
# Components the coder does not need: skipped for speed.
UNUSED_COMPONENTS = ("talkwatch_quotes", "talkwatch_positions")


class ActorCoder:
    """Maps actor ids to event-data codes (see the module docstring)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.places = gazetteer(lexicon)
        self.by_side: dict[str, str] = {}
        for state in lexicon.states.values():
            code = self._state_code(state)
            if state.kind == "country":
                self.by_side[state.code] = state.code
            elif code:
                self.by_side.setdefault(state.code, code)

    @staticmethod
    def _state_code(state: State) -> str | None:
        """A country's own code; IGO or NGO for a body; a group's country, if it has one."""
        if state.kind == "country":
            return state.code
        return state.body.upper() if state.body else state.country

    def code(self, actor: str, new: dict[str, NewActor]) -> str | None:
        state = self.lexicon.states.get(actor)
        if state is not None:
            return self._state_code(state)
        if actor in self.lexicon.people:
            side = self.lexicon.people[actor].side
        else:
            side = new[actor].side if actor in new else None
        return self.by_side.get(side) if side else None

    def codes(self, actors: Iterable[str], new: dict[str, NewActor]) -> list[str]:
        return list(dict.fromkeys(c for c in (self.code(a, new) for a in actors) if c))

    def plover_type(self, e: EventRecord, denied: bool = False) -> str | None:
        """The PLOVER type of an event as event data code it: the type its trigger has in the
        packs' plover.yml, else its kind's; an intention to cooperate, planned or only sought
        ("seeking to deepen a partnership"), is AGREE (INTENDED_AS_AGREE), unless it is denied
        ("did not send weapons")."""
        plover = self.lexicon.plover_of(e.kind, e.lemma, e.plover)
        if e.offered and plover in OFFERED_AS_AGREE:
            return "AGREE"
        if (e.status == "planned" or (e.status == "hypothetical" and not denied)) and plover in INTENDED_AS_AGREE:
            return "AGREE"
        if e.status in THREAT_STATUSES and plover in ANNOUNCED_AS_THREAT and not denied:
            return "THREATEN"
        return plover

    def place_code(self, place: str | None) -> str | None:
        """The country of a place name ("Beirut" -> LBN), when the lexicon knows it."""
        return self.places.country_of.get(fold(place)) if place else None


def reported_acts(doc: Doc) -> list[EventRecord]:
    """The events a sentence coder reports: in each sentence the acts of its main clauses, or when
    it has none, those of its subordinate clauses (SUBORDINATE_CLAUSES). Event data code the act a
    sentence reports, not what that act answers: "rejected calls by Belarus for aid" is one REJECT,
    though the article's record keeps Belarus's call too."""
    by_sentence: dict[int, list[tuple[int, EventRecord]]] = {}
    for e in doc._.tw_events:
        if not e.answered:
            rank = _subordinate(doc, e) + (0 if e.actors else 2)
            by_sentence.setdefault(e.sent_start, []).append((rank, e))
    out: list[EventRecord] = []
    for acts in by_sentence.values():
        best = min(rank for rank, _ in acts)
        out += [e for rank, e in acts if rank == best]
    return out


def _denied(doc: Doc, e: EventRecord) -> bool:
    """"did not send weapons", "has not provided aid": the trigger, or the verb it is the object of,
    is negated."""
    token = _trigger_token(doc, e)
    return token is not None and any(c.dep_ == "neg" for t in (token, token.head) for c in t.children)


def _subordinate(doc: Doc, e: EventRecord) -> bool:
    token = _trigger_token(doc, e)
    return token is not None and any(t.dep_ in SUBORDINATE_CLAUSES for t in (token, *token.ancestors))


def _trigger_token(doc: Doc, e: EventRecord) -> Token | None:
    """The first token of an event's trigger."""
    span = doc.char_span(e.trigger_start, e.trigger_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def coded_events(events: Iterable[EventRecord], coder: ActorCoder, new: dict[str, NewActor],
                 missing: str | None = None, denied: Collection[int] = ()) -> list[dict[str, Any]]:
    """The events of one text as {plover, kind, source, target} with codes. An event whose actors
    have no code (a person of unknown side, an armed group) is kept with empty lists, or with
    `[missing]` when a code is given for that (PETRARCH writes "---"): the type is still known.
    `denied`: the trigger offsets of events the text says did not happen."""
    out: list[dict[str, Any]] = []
    for e in events:
        source, target = coder.codes(e.source, new), coder.codes(e.target, new)
        if e.domestic and not target:
            target = list(source)  # CAMEO codes a domestic act with the country on both sides
        where = coder.place_code(e.location)
        reciprocal = e.kind in RECIPROCAL_KINDS and len(source) > 1
        if not target and where and where not in source and e.kind not in RECIPROCAL_KINDS - {"meeting"} \
                and not reciprocal:
            # Event-data convention (CAMEO, PLOVER): an act done in another country targets it,
            # as "a visit to Beirut" does Lebanon; parties that meet there are each other's targets.
            target = [where]
        if reciprocal and not target:
            out += [_event(e, coder, [a], [b], e.trigger_start in denied) for a in source for b in source if a != b]
        else:
            out.append(_event(e, coder, source or _none(missing), target or _none(missing), e.trigger_start in denied))
    return out


def _none(missing: str | None) -> list[str]:
    return [missing] if missing else []


def _event(e: EventRecord, coder: ActorCoder, source: list[str], target: list[str], denied: bool) -> dict[str, Any]:
    return {"plover": coder.plover_type(e, denied), "kind": e.kind, "source": source, "target": target}


def code_records(records: Iterable[dict[str, Any]], nlp: Language | None = None, *,
                 batch_size: int = DEFAULT_BATCH_SIZE, missing: str | None = None) -> Iterator[dict[str, Any]]:
    """Code records {"id", "text", "date"?}: yields {"id", "events": [...]} for each, in order.
    `missing`: the code written for a party an event lacks or cannot code (default: none)."""
    nlp = nlp or _default_nlp()
    coder = ActorCoder(_lexicon_of(nlp))
    disable = [name for name in UNUSED_COMPONENTS if name in nlp.pipe_names]
    pairs = ((make_doc(nlp, str(r.get("text") or "")), r) for r in records)
    reader = nlp.get_pipe("talkwatch_events") if "talkwatch_events" in nlp.pipe_names else None
    # A sentence's act is coded even when the parties it names have no code ("Police dispersed
    # the crowd"): its type is still data. Articles keep only acts of named parties.
    if reader is not None:
        reader.keep_partyless = True
    try:
        for doc, record in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, disable=disable):
            acts = reported_acts(doc)
            denied = {e.trigger_start for e in acts if _denied(doc, e)}
            yield {"id": record.get("id"), "events": coded_events(acts, coder, doc._.tw_new_actors or {}, missing,
                                                                denied)}
    finally:
        if reader is not None:
            reader.keep_partyless = False


def _default_nlp() -> Language:
    from .nlp.pipeline import build_nlp

    return build_nlp()


def _lexicon_of(nlp: Language) -> Lexicon:
    """The lexicon the pipeline's event reader was initialised with."""
    if "talkwatch_events" in nlp.pipe_names:
        lexicon = getattr(nlp.get_pipe("talkwatch_events"), "lexicon", None)
        if lexicon is not None:
            return lexicon
    from .packs import load_lexicon

    return load_lexicon()


def read_records(lines: Iterable[str], where: str, on_error: Callable[[str], None]) -> Iterator[dict[str, Any]]:
    """The records of JSON Lines; a bad line is skipped and reported as "where:line: reason"."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as err:
            on_error(str(InputError(where, f"not valid JSON ({getattr(err, 'msg', err)})", line=number)))
            continue
        problem = _problem(record)
        if problem:
            on_error(str(InputError(where, problem, line=number)))
            continue
        yield record


def _problem(record: Any) -> str | None:
    if not isinstance(record, dict):
        return "expected a JSON object with 'id' and 'text'"
    if record.get("id") is None or isinstance(record["id"], (dict, list)):
        return "no 'id'"
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return "no 'text'"
    return None


def code_file(path: str | Path, out: str | Path | IO[str] | None = None, *, nlp: Language | None = None,
              errors: IO[str] | None = None, missing: str | None = None) -> int:
    """Code a JSON Lines file ("-" for standard input) into `out` (a path, a stream, or standard
    output), one {"id", "events"} line a record. Each bad line is reported on `errors` (standard
    error) as one line naming file and line, and skipped. Returns how many lines were bad.

    Raises:
        InputError: the file cannot be read.
    """
    where = str(path)
    stream = errors if errors is not None else sys.stderr
    problems: list[str] = []

    def report(message: str) -> None:
        problems.append(message)
        print(message, file=stream)

    with ExitStack() as stack:
        source = sys.stdin if where == "-" else _open_input(Path(path), stack)
        target = _open_output(out, stack)
        for coded in code_records(read_records(source, where, report), nlp, missing=missing):
            target.write(json.dumps(coded, ensure_ascii=False) + "\n")
    return len(problems)


def _open_input(path: Path, stack: ExitStack) -> IO[str]:
    try:
        return stack.enter_context(path.open(encoding="utf-8", errors="replace"))
    except OSError as err:
        raise InputError(str(path), err.strerror or "cannot be read") from None


def _open_output(out: str | Path | IO[str] | None, stack: ExitStack) -> IO[str]:
    if out is None:
        return sys.stdout
    if isinstance(out, (str, Path)):
        try:
            return stack.enter_context(Path(out).open("w", encoding="utf-8"))
        except OSError as err:
            raise InputError(str(out), err.strerror or "cannot be written") from None
    return out
