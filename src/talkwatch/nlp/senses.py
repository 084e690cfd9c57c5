"""Senses of trigger words that only the parse tells apart: a phone call and
"called him a liar", a demand and "a call with Putin", "declined to comment",
"released a statement", "was met with criticism", "sought to deepen ties".

`sense_of` runs on a trigger alone; `fits` on a trigger with its arguments.
Both answer in generic English terms, not for any particular text.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .arguments import Arguments
from .triggers import Trigger, key_of

# "declined to comment", "refused to say": a refusal to speak is no rejection.
SPEECH = {"comment", "say", "elaborate", "provide", "give", "specify", "confirm", "disclose", "reveal", "identify",
          "name", "answer", "respond", "discuss", "speculate", "detail", "explain", "reply", "talk", "speak"}
# Things released, sent or delivered that are words, not prisoners or aid.
COMMUNICATION = {"statement", "report", "video", "footage", "photo", "image", "picture", "document", "detail",
                 "data", "figure", "information", "list", "recording", "transcript", "message", "letter", "signal",
                 "note", "speech", "specific", "specifics", "communique", "readout", "memo", "remark", "verdict",
                 "ruling", "result", "update", "response", "reply", "answer", "comment", "invitation", "greeting",
                 "condolence", "congratulation", "address", "appeal", "warning", "plan", "proposal", "details",
                 "figures", "statistics", "album", "book", "film", "text", "version", "draft", "press", "lecture"}
PROTEST_INTRANSITIVE = {"demonstrate", "march", "rally", "riot"}
# Reciprocal verbs need two parties ("Russia and the US negotiated a deal"), unless their object names
# one ("discussed Ukraine with Putin"): "the EU is discussing its defence" is no meeting.
RECIPROCAL = {"talk", "discuss", "negotiate", "confer", "sign", "trade", "partner", "cooperate", "collaborate",
              "coordinate"}
VISITING = {"receive", "host", "visit"}
CALL_NOUN_PREPS = {"with", "between"}
CALL_COMPOUNDS = {"phone", "telephone", "video", "conference", "zoom"}
AID_VERBS_NEEDING_RECIPIENT = {"supply", "deliver", "provide", "donate", "send", "ship", "grant"}


def sense_of(trigger: Trigger, doc: Doc) -> Trigger | None:
    """The trigger with the kind its context gives it, or None when this is another sense."""
    head = doc[trigger.head]
    lemma = key_of(head)
    children = list(head.children)
    deps = {c.dep_ for c in children}
    if trigger.form == "verb" and trigger.kind == "call" and lemma == "call":
        return _phone_call(trigger, head, deps)
    if trigger.form == "noun" and lemma == "call":
        if any(c.dep_ == "prep" and c.lower_ in CALL_NOUN_PREPS for c in children) \
                or any(c.dep_ == "compound" and c.lower_ in CALL_COMPOUNDS for c in children):
            return replace(trigger, kind="call")
        return trigger
    if lemma in ("decline", "refuse") and any(c.dep_ == "xcomp" and key_of(c) in SPEECH for c in children):
        return None
    if lemma == "ask" and trigger.form == "verb" and _asks_a_question(children, deps):
        return None
    if lemma == "seek" and "xcomp" in deps and "dobj" not in deps:
        return None  # "seeking to deepen ties" is an aim, not a request
    if lemma in ("press", "push") and "prt" in deps:
        return None  # "pressed ahead", "pushed back"
    if lemma in PROTEST_INTRANSITIVE and trigger.form == "verb" and "dobj" in deps:
        return None  # "demonstrated its resolve", "rallied support"
    if trigger.form == "verb" and trigger.kind in ("concession", "aid") and _says_something(head):
        return None
    if lemma == "meet" and any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return None  # "was met with criticism"
    if trigger.form == "noun" and head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") \
            and key_of(head.head) not in ("round", "package"):
        return None  # "release date", "talks venue": the noun is a modifier of another
    if lemma == "release" and any(c.dep_ == "compound" and c.lower_ == "press" for c in children):
        return None
    return trigger


def _phone_call(trigger: Trigger, head: Token, deps: set[str]) -> Trigger | None:
    """"Trump called Putin" is a call; "called him a liar", "so-called", "was called" are not."""
    if head.dep_ == "amod" or "auxpass" in deps or "ccomp" in deps or "xcomp" in deps:
        return None
    if "dobj" in deps and ("oprd" in deps or "attr" in deps or "acomp" in deps):
        return None
    return trigger


def _asks_a_question(children: list[Token], deps: set[str]) -> bool:
    """"asked if ...", "he asked": a question, not a request ("asked them to", "asked for aid")."""
    if any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for c in children if c.dep_ == "ccomp" for g in c.children):
        return True
    asks_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
    return not (deps & {"dobj", "xcomp", "dative"} or asks_for)


def _says_something(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(key_of(o) in COMMUNICATION or o.lower_ in COMMUNICATION for o in objects)


def fits(trigger: Trigger, args: Arguments, doc: Doc, triggers: dict[int, Trigger]) -> bool:
    """Checks that need the arguments: two parties for reciprocal verbs, a recipient for aid."""
    head = doc[trigger.head]
    lemma = key_of(head)
    parties = set(args.source) | set(args.target) | set(args.others)
    objects = [c for c in head.children if c.dep_ == "dobj"]
    same_kind_object = any(o.i in triggers and triggers[o.i].kind == trigger.kind for o in objects)
    if trigger.form == "verb" and lemma in RECIPROCAL and len(parties) < 2 and not same_kind_object:
        if not args.target:
            return False
    if trigger.form == "verb" and lemma in VISITING and objects and not args.target and not same_kind_object \
            and not args.location:
        return False  # "received aid", "hosted a dinner"
    if trigger.form == "verb" and lemma in AID_VERBS_NEEDING_RECIPIENT and not args.target and not same_kind_object:
        return False
    return True
