"""One event per act: how the triggers of one sentence relate.

Two triggers of one kind, one below the other with no verb between, are one act
("held talks at a meeting", "a barrage of drone attacks killed six", "talks in
Berlin, where they met"). A trigger in another's complement is what that act
says, asks, offers or rejects, not an act of its own ("accused Kyiv of attacks",
"urged them to meet"), unless it is a proposal or demand that names who made it
("rejected the Franco-British plan"). An offer of a concession is a concession
("offered to halt attacks"), and a threat of force is the threat ("could take
it by force"). A condition a party sets is a demand ("a ceasefire is not
possible unless Kyiv agrees ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .argactors import ActorMap
from .arguments import Arguments, acting_tokens, is_passive, subject_tokens
from .triggers import Trigger, key_of
from ..words import words_of

CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr", "oprd", "nsubjpass", "dative",
                "compound", "amod", "nmod", "appos", "npadvmod", "agent"}
OFFERS = {"offer", "propose", "proposal"}
# Acts whose content may be an act of its own when it names its author: "rejected Russia's proposal".
PUT_FORWARD = {"proposal", "demand", "threat", "concession"}
ANSWERS = {"rejection", "agreement", "support"}
# Prepositions of circumstance: what hangs on them is beside an act, not its content ("despite its offer").
ADJUNCT_PREPS = {"despite", "after", "before", "during", "amid", "since", "following", "as", "because", "ahead",
                 "besides", "unlike", "while", "until", "throughout", "notwithstanding"}
CONDITIONS = {"if", "unless", "whether", "provided", "providing", "once"}
# "A ceasefire is not possible unless Kyiv stops ...", "the deal takes effect only after sanctions are
# lifted": the condition a speaker sets is a demand.
CONDITION_MARKS = {"unless", "after", "when", "once", "if"}
# "Russia said Sudan must return it": an obligation a speaker puts on another party is a demand.
OBLIGATION = {"must", "should"}
MANNER_THREATS = {"by force", "by military means", "use force"}
SAYING = {"say", "tell", "announce", "state", "declare", "claim", "add", "note", "write", "signal", "indicate",
          "reiterate", "repeat", "stress", "insist", "warn", "post", "confirm", "suggest"}
# Kinds a speaker performs by saying them: who says "Russia could take it by force" threatens.
SPEECH_ACTS = {"threat", "demand", "proposal", "rejection", "accusation", "support"}


@dataclass
class Candidate:
    """A trigger being read: its arguments, and what became of it."""

    trigger: Trigger
    args: Arguments
    kind: str
    key: int  # the token the act hangs on: the trigger's head, or the verb a "by force" modifies
    status: str = "occurred"
    dropped: bool = False
    offered: bool = False  # put forward as an offer or promise of the source's own act
    answered: bool = False  # what another act of the sentence answers ("rejected calls by Belarus")


def relate(doc: Doc, candidates: list[Candidate]) -> None:
    """Merge, absorb and drop candidates of one sentence so that each act is left once."""
    by_key: dict[int, Candidate] = {}
    for c in (c for c in candidates if not c.dropped):
        other = by_key.get(c.key)
        if other is None:
            by_key[c.key] = c
            continue
        # Two acts on one word: a threat of force takes the place of the act it modifies.
        keep, lose = (c, other) if c.trigger.lemma in MANNER_THREATS else (other, c)
        lose.dropped = True
        by_key[c.key] = keep
    # "completed the exchange, each side handing over 303 soldiers": a light verb stands for its noun's act
    by_light = {c.args.governor.i: c for c in by_key.values() if c.args.relation == "light" and c.args.governor
                is not None and c.args.governor.i not in by_key}
    for c in sorted(candidates, key=lambda c: -_depth(doc[c.key])):
        if not c.dropped:
            _relate(doc, c, {**by_light, **by_key})
    calls = [c for c in candidates if c.kind == "call" and not c.dropped]
    for c in candidates:  # "X called Y and they discussed Z": one call; not "spoke to Y and will fly to meet him"
        if c.kind == "meeting" and not c.dropped and not c.args.location and any(
                _actors(c) <= _actors(call) and call.status == c.status for call in calls):
            c.dropped = True
    meetings = [c for c in candidates if c.kind == "meeting" and not c.dropped]
    for c in meetings:  # "met Putin in Moscow ..., and the two men had discussed X": one meeting
        if not c.args.location and _actors(c) and any(
                m is not c and not m.dropped and _actors(c) <= _actors(m) and m.status == c.status
                and (m.args.location or m.key < c.key) for m in meetings):
            c.dropped = True


def _actors(c: Candidate) -> set[str]:
    return set(c.args.source) | set(c.args.target) | set(c.args.others)


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _outer(doc: Doc, inner: Candidate, by_key: dict[int, Candidate]) -> tuple[Candidate | None, list[Token]]:
    """The nearest act above `inner` in the parse, and the words on the way (inner's head first)."""
    path = [doc[inner.key]]
    token = path[0]
    while token.head.i != token.i:
        token = token.head
        outer = by_key.get(token.i)
        if outer is not None and outer is not inner and not outer.dropped and token.i not in inner.trigger.tokens:
            return outer, path
        path.append(token)
    return None, path


def _relate(doc: Doc, inner: Candidate, by_key: dict[int, Candidate]) -> None:
    outer, path = _outer(doc, inner, by_key)
    if outer is None:
        return
    deps = {t.dep_ for t in path}
    between = path[1:]
    if outer.kind == inner.kind and not any(_clause_verb(t) for t in between) and (
            _compatible(outer, inner) or [t.lower_ for t in between] == ["as"]):
        _merge(doc, outer, inner)  # "demands the region as a condition for peace" is one demand
    elif _under(inner, path) and doc[inner.key].pos_ in ("NOUN", "PROPN") and _actors(inner):
        # "would give up land annexed by Russia under a US proposal": what the proposal says.
        for token in doc[inner.key].ancestors:
            if token.i in by_key and by_key[token.i].kind not in ("rejection", "support", "accusation"):
                by_key[token.i].dropped = True
    elif (deps <= CONTENT_DEPS and not any(t.lower_ in ADJUNCT_PREPS for t in between)
          and not _setting(inner, between)) or _conditional(path):
        if key_of(doc[outer.trigger.head]) in OFFERS and inner.kind == "concession":
            outer.kind = "concession"
            inner.dropped = True
        elif inner.args.own_source and inner.kind in PUT_FORWARD and doc[inner.key].pos_ in ("NOUN", "PROPN"):
            inner.answered = outer.kind in ANSWERS
            if inner.answered and not outer.args.target:
                # "rejected calls by Belarus": the answer goes to whoever put the thing forward
                outer.args.target = [a for a in inner.args.source if a not in outer.args.source]
        else:
            inner.dropped = True  # what the outer act says, asks or rejects
            if not outer.args.target and deps & {"xcomp", "ccomp"}:
                # "threatened to strike Kyiv", "agreed to send aid to Ukraine": whom the content concerns
                outer.args.target = [a for a in inner.args.target if a not in outer.args.source]


def _setting(inner: Candidate, between: list[Token]) -> bool:
    """"accepted the plan at the talks in Jeddah": talks an act is done at are where it was done."""
    return inner.kind in ("meeting", "call") and bool(between) and between[0].lower_ in ("at", "during")


def _clause_verb(token: Token) -> bool:
    """A verb that makes a clause of its own between two triggers; a participle that goes on about
    the same act ("held talks, marking their first meeting") does not."""
    if token.pos_ != "VERB":
        return False
    elaborates = token.tag_ == "VBG" and token.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return not elaborates


def _under(inner: Candidate, path: list[Token]) -> bool:
    return inner.kind in ("proposal", "agreement") and len(path) > 1 and path[1].lower_ == "under"


def _conditional(path: list[Token]) -> bool:
    """The inner act is the condition of the outer one: "... by force if Kyiv refuses"."""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in t.children)
               for t in path)


def _compatible(a: Candidate, b: Candidate) -> bool:
    """One act unless they name different actors or places ("Russia hit Kharkiv and Ukraine hit
    Belgorod"), one is an act of the calendar named by no trigger, or one is only possible ("talks
    with Trump on guarantees and a possible meeting with Putin")."""
    if a.args.source and b.args.source and not set(a.args.source) & set(b.args.source):
        return False
    if "name" in (a.trigger.form, b.trigger.form):
        return False  # "talks since the Oval Office bust-up": the calendar's act is one of its own
    if (a.status == "hypothetical") != (b.status == "hypothetical"):
        return False
    return not (a.args.location and b.args.location and a.args.location != b.args.location)


def _merge(doc: Doc, outer: Candidate, inner: Candidate) -> None:
    a, b = outer.args, inner.args
    a.source = a.source + [x for x in b.source if x not in a.source and x not in a.target]
    a.target = list(dict.fromkeys(x for x in a.target + b.target if x not in a.source))
    a.others = [x for x in dict.fromkeys(a.others + b.others) if x not in a.source and x not in a.target]
    a.location, a.place_state = (a.location, a.place_state) if a.location else (b.location, b.place_state)
    a.own_source = a.own_source or b.own_source
    a.tokens |= b.tokens
    a.date = a.date or b.date
    # A verb's tense says more than a noun's: "Friday's talks in Berlin, where they met".
    if doc[inner.key].pos_ == "VERB" and doc[outer.key].pos_ != "VERB":
        outer.status = inner.status
    inner.dropped = True


# conditions and speakers


def condition_demands(doc: Doc, sent: Span, candidates: list[Candidate], actors: ActorMap) -> list[Candidate]:
    """"Moscow says a ceasefire will not be possible unless Kyiv agrees ...": a demand by the
    speaker on the subject of the condition, when the main clause is no act of its own."""
    out = []
    keys = {c.key for c in candidates if not c.dropped}
    lower = words_of(doc).lower
    for mark in (doc[i] for i in range(sent.start, sent.end) if lower[i] in CONDITION_MARKS):
        if mark.dep_ != "mark" or mark.head.dep_ != "advcl" or not _sets_condition(mark):
            continue
        condition, main = mark.head, mark.head.head
        if main.i in keys:
            continue
        speaker = _speaker(main)
        source = actors.actors_in(acting_tokens(speaker) if speaker is not None else subject_tokens(main))
        target = [a for a in actors.actors_in(subject_tokens(condition)) if a not in source]
        if not source or target and {actors.side(a) or a for a in target} <= {actors.side(a) or a for a in source}:
            continue  # "Moscow would comment only after it did": a party sets itself no condition
        if not target and not is_passive(condition):
            continue  # "only once a truce is in place" asks nothing of anyone; "after sanctions are lifted" does
        for c in candidates:  # what the condition asks for is its content
            if condition.i == c.key or condition in doc[c.key].ancestors:
                c.dropped = True
        trigger = Trigger("demand", mark.i, (mark.i,), "condition", mark.lower_)
        args = Arguments(source=source, target=target, clause=speaker or main, relation="own")
        out.append(Candidate(trigger, args, "demand", mark.i))
    return out


def _sets_condition(mark: Token) -> bool:
    """"unless", or "only after/when/once/if": a condition, not a time."""
    return mark.lower_ == "unless" or any(c.dep_ == "advmod" and c.lower_ == "only"
                                          for c in (*mark.head.children, *mark.children))


def obligation_demands(doc: Doc, sent: Span, candidates: list[Candidate], actors: ActorMap) -> list[Candidate]:
    """"Russia said Sudan must return the helicopter": what a speaker says another party must do is
    the speaker's demand on that party; the act it names is its content, not an event."""
    out = []
    lower = words_of(doc).lower
    for modal in (doc[i] for i in range(sent.start, sent.end) if lower[i] in OBLIGATION):
        clause = modal.head
        if modal.dep_ != "aux" or clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in clause.children):
            continue
        speaker = _speaker(clause)
        if speaker is None or any(c.key == speaker.i and c.kind == "demand" and not c.dropped for c in candidates):
            continue  # "insisted that Ukraine must withdraw": the insisting is the demand
        source = actors.actors_in(acting_tokens(speaker))
        target = [a for a in actors.actors_in(subject_tokens(clause)) if a not in source]
        if not source or not target:
            continue
        for c in candidates:
            if clause.i == c.key or clause in doc[c.key].ancestors:
                c.dropped = True
        trigger = Trigger("demand", modal.i, (modal.i,), "obligation", modal.lower_)
        args = Arguments(source=source, target=target, clause=speaker, relation="own")
        out.append(Candidate(trigger, args, "demand", modal.i))
    return out


def _speaker(verb: Token) -> Token | None:
    """The reporting verb a clause is the content of: "Putin said (that) ..."."""
    current, seen = verb, 0
    while current.dep_ in ("ccomp", "acomp", "xcomp", "conj", "advcl") and seen < 4:
        current, seen = current.head, seen + 1
        if current.pos_ == "VERB" and key_of(current) in SAYING:
            return current
    return None


def stated_demands(candidates: list[Candidate], actors: ActorMap) -> None:
    """"“The withdrawal of Ukrainian forces is an important condition,” Peskov said": a demand of
    whoever says it, on whoever is to do the act the copula's subject names (which is not done)."""
    for c in candidates:
        if c.dropped or c.args.relation != "stated" or c.args.governor is None:
            continue
        copula = c.args.governor
        asked = {t.i for s in copula.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
        for other in candidates:
            if other is not c and not other.dropped and other.key in asked:
                other.dropped = True
                c.args.target = [a for a in other.args.source if a not in c.args.source]
        speaker = _speaker(copula)
        if speaker is not None and not c.args.source:
            c.args.source = actors.actors_in(acting_tokens(speaker))
        if c.status == "hypothetical" and not any(ch.dep_ == "neg" for ch in copula.children):
            c.status = "occurred"  # "X must be the key condition": the modal is the demand's, which is made


def add_speakers(doc: Doc, candidates: list[Candidate], actors: ActorMap) -> None:
    """Who says a threat, demand or proposal takes part in it: "Putin said Russia could ..."."""
    for c in candidates:
        judged = c.trigger.lemma.startswith("be ")  # "the plan was unacceptable": whoever says so rejects it
        if c.dropped or c.kind not in SPEECH_ACTS or c.args.clause is None or not (_actors(c) or judged):
            continue
        speaker = _speaker(c.args.clause)
        if speaker is None:
            continue
        said_by = [a for a in actors.actors_in(acting_tokens(speaker)) if a not in c.args.source + c.args.target]
        if judged and not c.args.source:
            c.args.source = said_by
        else:
            c.args.others = list(dict.fromkeys(c.args.others + said_by))
