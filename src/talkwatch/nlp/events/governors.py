"""How a noun trigger hangs on its sentence, which decides whose act it is and
whether it is reported at all:

    light      carried by a verb that only carries it: "held talks", "imposed sanctions"
    frame      the setting of its clause's subject: "arrived for talks", "marched in protest"
    subject    subject of its clause: "talks began in Jeddah"
    casualty   what the subject of its clause suffered: "two civilians died in Russian strikes"
    received   object of a verb of receiving, its giver the source: "got a loan from the IMF"
    content    object or content of another trigger: "rejected the plan"
    adjective  under an adjective: "close to a deal" (a disposition, no act)
    ended      object of a verb that ends it: "cancelled the summit", "abandoned its support"
    lifted     a sanction or coercion ended: "cancelled the restrictions" (a concession)
    stated     a demand the copula's subject is: "the withdrawal of its forces is a condition"
    verbal     a verb the tagger took for a noun: "the US and Ukraine plan to meet"
    other      object of some other word: "a supporter of Russia's invasion" (a reference)
    own        nothing above it (a heading-like sentence)
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tense import REPORTING
from .triggers import Trigger, forms_of, key_of

# Verbs that only carry a noun event: the subject of "held talks" or "imposed sanctions" is its source.
LIGHT_VERBS = {
    "hold", "have", "begin", "start", "open", "conduct", "resume", "continue", "attend", "join", "launch", "make",
    "carry", "stage", "reach", "give", "put", "present", "submit", "table", "unveil", "draft", "voice", "issue",
    "impose", "announce", "outline", "mount", "wage", "unleash", "step", "intensify", "escalate", "file", "level",
    "bring", "lodge", "express", "pledge", "extend", "set", "lay", "complete", "finish", "wrap", "schedule", "plan",
    "arrange", "organise", "organize", "prepare", "enter", "engage", "get", "do", "pursue", "renew", "repeat",
    "reiterate", "maintain", "keep", "introduce", "adopt", "expand", "tighten", "broaden", "order", "authorize",
    "authorise", "deliver", "provide", "send", "offer", "propose", "float", "pay", "undertake", "initiate", "chair",
    "co-chair", "lead", "head", "convene", "declare", "deepen", "strengthen", "boost", "enhance", "improve",
    "accelerate", "speed", "increase", "perform", "commit", "grant", "end",
    # verbs of writing a plan: "drew up a counter-proposal", "hammered out a framework"
    "draw", "craft", "devise", "formulate", "write", "develop", "hammer", "sketch", "forge", "produce",
}
# Verbs whose subject is given what their object names, by whom their "from" names: "Moldova got a loan
# from the IMF", "Russia received the American proposal".
RECEIVING = {"receive", "get", "obtain", "secure", "win", "gain"}
# Verbs that put a meeting on the calendar, not hold it: "announced a summit", "arranged talks between X and Y".
ARRANGING = {"announce", "schedule", "arrange", "plan", "propose", "set", "offer", "organise", "organize"}
# Generic nouns an event noun names the act of: "a mediation effort", "a relief operation".
CARRIERS = {"effort", "mission", "bid", "drive", "campaign", "operation", "process", "action", "attempt",
            "programme", "program", "initiative", "move", "exercise", "activity"}
# Verbs whose object event does not happen: "cancelled the summit", "abandoned its support".
ENDING_VERBS = {"abandon", "drop", "scrap", "cancel", "revoke", "postpone", "delay", "shelve", "ditch", "derail",
                "stall", "lose", "forgo", "refuse"}
# Phrasal verbs of cancelling or delaying: "called off the summit".
ENDING_PHRASAL = {"call": {"off"}, "put": {"off"}, "push": {"back"}, "break": {"off"}}
# Phrasal verbs of leaving what their "from"/"of" names: "walk away from its mediation", "pulled out of talks".
LEAVING = {"walk": {"away", "out"}, "pull": {"out", "back"}, "back": {"out", "away"}, "step": {"away", "back"},
           "bow": {"out"}, "drop": {"out"}, "opt": {"out"}}
# Verbs whose subject event is placed and dated by them: "talks began in Jeddah on Tuesday".
ASPECT_VERBS = {"begin", "start", "open", "continue", "resume", "end", "conclude", "close", "take", "be", "happen",
                "occur", "last", "go", "get", "wrap", "finish", "kick", "follow", "come", "proceed"}
# Prepositions by which the subject of a clause takes part in an event: "X arrived for talks with Y".
FRAMES = {"in", "at", "during", "after", "ahead", "before", "for", "following", "since", "into", "on", "prior"}
# Verbs whose "on"/"about" phrase is what is spoken of: "brief Moscow on the talks", "comment on the summit".
SPEAKING = {"brief", "comment", "report", "inform", "update", "speak", "write", "testify", "remark", "elaborate",
            "tell", "ask", "question", "respond", "react", "reflect", "debrief", "lecture", "joke", "muse"}
# Prepositions of the occasion an act is done on: "offered guarantees during talks", "signed it at the summit".
SETTINGS = {"during", "at", "in", "on"}
# Kinds whose subject takes part in them from a frame: "arrived for talks", "marched in protest".
FRAMED_KINDS = {"meeting", "call", "protest"}
# Verbs whose subject suffers the attack their "in" phrase names: "two civilians died in Russian strikes".
CASUALTY_VERBS = {"die", "kill", "wound", "injure", "hurt", "perish", "maim", "come"}
CASUALTY_PREPS = {"in", "during", "by", "under"}  # "the town came under heavy shelling"
# Verbs whose prepositional object is what their subject takes part in: "preparing for talks".
TAKING_PART = {"prepare", "plan", "push", "press", "negotiate", "participate", "engage", "involve", "resort"}
QUANTITIES = {"dollar", "euro", "pound", "ton", "tonne", "million", "billion", "thousand", "hundred", "dozen",
              "worth", "amount", "number", "lot", "series", "wave", "batch", "kind", "sort", "type", "round", "piece",
              "package", "raft", "set", "slate", "tranche",
              # one picked out of several: "launched one of its biggest attacks", "some of the strikes"
              "one", "some", "several", "many", "most", "each", "any", "all", "both",
              # spans of time an act fills: "a day of talks", "hours of negotiations", "a night of shelling"
              "minute", "hour", "day", "night", "week", "month", "year", "weekend", "morning", "evening"}


def is_light(verb: Token) -> bool:
    return any(f in LIGHT_VERBS for f in forms_of(verb))


def governor_of(trigger: Trigger, noun: Token, triggers: dict[int, Trigger]) -> tuple[Token | None, str]:
    """The word a noun trigger hangs on, and how (see the module docstring)."""
    current = noun
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ == "compound" and key_of(current.head) in CARRIERS:
        current = current.head  # "launched a mediation effort" hangs as "launched a mediation" would
    head, preps = _climb(current)
    if head is None:
        return None, "own"
    if not preps and head.pos_ == "VERB" and key_of(head) in RECEIVING and _dep_below(head, noun) == "dobj":
        return head, "received"
    if head.i in triggers and head.i != noun.i:
        same = triggers[head.i].kind == trigger.kind
        if not same and head.pos_ == "VERB" and trigger.kind in FRAMED_KINDS and preps and preps[-1] in SETTINGS:
            return head, "frame"  # "offered guarantees during talks in Berlin": the talks are where, not what
        return head, "light" if same and head.pos_ == "VERB" else "content"
    if _verbal(noun):
        return None, "verbal"
    if any(c.dep_ == "amod" and key_of(c) in ENDING_VERBS for c in noun.children):
        return None, "ended"  # "abandoned support", "cancelled talks"
    if head.pos_ == "ADJ" and preps:
        return head, "adjective"
    if trigger.kind == "attack" and preps and preps[-1] in CASUALTY_PREPS and head.pos_ == "VERB" \
            and key_of(head) in CASUALTY_VERBS:
        return head, "casualty"
    framed = bool(preps) and trigger.kind in FRAMED_KINDS and preps[-1] in FRAMES and not (
        preps[-1] in ("on", "about") and key_of(head) in SPEAKING)  # "brief it on the talks": a topic
    if framed and head.pos_ == "VERB" and key_of(head) in REPORTING:
        return head, "other"  # "before the summit, Trump wrote ...": a time of the writing, no part in it
    if head.pos_ in ("NOUN", "PROPN") and framed:
        verb = _verb_above(head)  # "made compromises at the summit with Trump"
        return (verb, "frame") if verb is not None else (head, "other")
    if head.pos_ == "ADV" and head.dep_ in ("prt", "advmod") and _left(head.head, preps):
        return head.head, "ended"  # "walk away from its mediation", the "from" hung on "away"
    if head.pos_ not in ("VERB", "AUX"):
        return head, "other"
    if any(f in ENDING_VERBS for f in forms_of(head)) or _left(head, preps) or _called_off(head):
        # "cancelled the restrictions" lifts them; "cancelled the summit" ends it.
        return head, "lifted" if trigger.kind in ("sanction", "coercion") else "ended"
    dep = _dep_below(head, noun)
    if not preps and dep == "attr" and head.lemma_ == "be" and trigger.kind == "demand":
        return head, "stated"  # "the withdrawal of Ukrainian forces is an important condition"
    if not preps and dep in ("dobj", "nsubjpass", "attr", "oprd") and is_light(head):
        return head, "light"
    if dep in ("nsubj", "nsubjpass"):
        return head, "subject"
    if framed or (preps and key_of(head) in TAKING_PART):
        return head, "frame"
    return head, "other"


def _called_off(verb: Token) -> bool:
    """"called off the summit", "put off the talks": a phrasal verb of cancelling or delaying."""
    particles = ENDING_PHRASAL.get(key_of(verb), ())
    return any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _left(verb: Token, preps: list[str]) -> bool:
    """"could walk away from its mediation", "pulled out of the talks": the act is left, not done."""
    particles = LEAVING.get(verb.lemma_.lower())
    return bool(particles) and bool(preps) and preps[-1] in ("from", "of") and any(
        c.lower_ in particles and c.dep_ in ("prt", "advmod") for c in verb.children)


def _climb(token: Token) -> tuple[Token | None, list[str]]:
    """The word above a noun phrase, through prepositions and measures ("dollars of aid",
    "ahead of talks"), and the prepositions on the way."""
    preps: list[str] = []
    current = token
    while True:
        head = current.head
        if head.i == current.i:
            return None, preps
        if current.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative"):
            preps.append(head.lower_)
            current = head
        elif preps and preps[-1] == "of" and current.dep_ in ("prep",) and _quantity(head):
            preps.pop()  # "$5 million of aid", "a wave of strikes": the event heads the phrase
            current = head
        elif preps and head.lower_ in ("ahead", "prior") and head.pos_ in ("ADV", "ADJ"):
            preps.append(head.lower_)
            current = head
        else:
            return head, preps


def _dep_below(head: Token, noun: Token) -> str:
    """The dependency by which the phrase of `noun` hangs on `head`."""
    current = noun
    while current.head.i != head.i and current.head.i != current.i:
        current = current.head
    return current.dep_


def _quantity(noun: Token) -> bool:
    """A measure of what follows it: "$5 million of aid", "a wave of strikes", "dozens of drones"."""
    return noun.pos_ in ("NOUN", "NUM", "SYM") and (
        key_of(noun) in QUANTITIES or noun.lower_.rstrip("s") in QUANTITIES
        or any(c.dep_ in ("nummod", "quantmod") for c in noun.children))


def _verbal(noun: Token) -> bool:
    """A verb the tagger took for a noun: it has a subject, or coordinated parties before it and
    an infinitive after it ("the US and Ukraine plan to meet")."""
    if any(c.dep_ == "nsubj" for c in noun.children):
        return True
    coordinated = any(c.dep_ in ("nmod", "compound", "amod") and any(g.dep_ == "conj" for g in c.children)
                      for c in noun.children)
    infinitive = any(c.dep_ in ("acl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                     for c in noun.children)
    return coordinated and infinitive and noun.tag_ in ("NN", "VB", "VBP")


def _verb_above(token: Token) -> Token | None:
    """The verb a noun phrase is an argument of, a few steps up."""
    for _ in range(3):
        if token.dep_ not in ("dobj", "pobj", "conj", "prep", "attr", "nsubjpass") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
