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
from .governors import CARRIERS
from ..tense import TERMS, mandative
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
                 "figures", "statistics", "album", "book", "film", "text", "version", "draft", "press", "lecture",
                 "memorandum", "paper", "terms", "documents", "proposals", "notes", "photograph", "photographs",
                 "images", "pictures", "photos", "videos"}
# What one phones someone to do: "called Zelensky to brief him on the talks".
CALLED_TO = {"brief", "discuss", "congratulate", "thank", "inform", "update", "express", "convey", "offer",
             "talk", "speak", "tell", "wish", "condole", "apologise", "apologize", "explain", "reassure"}
# What an ultimatum gives besides "until": "gave Russia 50 days to reach a deal", "set a deadline".
TIME_UNITS = {"day", "week", "month", "hour", "deadline"}
# What is struck when a deal is: "any deal struck behind its back" is no attack.
DEALS = {"deal", "agreement", "bargain", "accord", "compromise", "pact", "truce"}
# Armed forces: what is pulled out of a place is withdrawn.
FORCES = {"force", "forces", "troop", "troops", "army", "soldier", "unit", "contingent", "personnel", "garrison"}
# What is shot down that is no proposal.
AIRCRAFT = {"drone", "missile", "plane", "jet", "aircraft", "helicopter", "rocket", "balloon", "uav", "fighter",
            "bomber", "airliner"}
# Verbs that call a report untrue when they take a clause: "denied that talks had taken place".
DENYING = {"deny", "dismiss", "refute", "reject"}
# What is denied when a report is called untrue: "denied reports that ...".
REPORTS = {"report", "claim", "allegation", "suggestion", "rumour", "rumor", "speculation", "account", "story"}
PROTEST_INTRANSITIVE = {"demonstrate", "march", "rally", "riot"}
# Nouns for the people who act, not the act: an event only when they are not said to do something else.
AGENT_NOUNS = {"protester", "protestor", "demonstrator", "rioter"}
# Words that make a strike a stoppage of work.
LABOUR = {"general", "hunger", "labour", "labor", "national", "nationwide", "open-ended", "indefinite", "worker",
          "union", "rail", "transport", "teacher", "miner", "doctor", "warning", "day", "24-hour", "48-hour"}
# What blocks roads without protesting.
NATURE = {"storm", "snow", "snowfall", "flood", "flooding", "landslide", "mudslide", "rain", "avalanche", "ice",
          "blizzard", "hurricane", "typhoon", "cyclone", "wind", "fire", "wildfire", "fog", "debris", "accident",
          "crash", "rockfall", "earthquake"}
# Who strikes by stopping work.
STRIKERS = {"worker", "union", "teacher", "miner", "doctor", "nurse", "employee", "staff", "docker", "driver",
            "pilot", "farmer", "labourer", "laborer", "trucker", "railworker", "workforce"}
# Reciprocal verbs need two parties ("Russia and the US negotiated a deal"), unless their object names
# one ("discussed Ukraine with Putin"): "the EU is discussing its defence" is no meeting.
RECIPROCAL = {"talk", "discuss", "negotiate", "confer", "sign", "trade", "partner", "cooperate", "collaborate",
              "coordinate", "consult", "speak", "reconvene"}
# Contacts that news leaves unspecified: a call, unless a place is named ("spoke with Putin in Moscow").
CONTACTS = {"speak", "conversation"}
VISITING = {"receive", "host", "visit"}
CALL_NOUN_PREPS = {"with", "between"}
CALL_COMPOUNDS = {"phone", "telephone", "video", "conference", "zoom"}
# What is arrested or seized when no one is: "arrested the decline", "seized the initiative".
PROCESSES = {"growth", "decline", "spread", "fall", "slide", "slump", "drop", "rise", "progress", "trend",
             "deterioration", "momentum", "initiative", "opportunity", "chance", "moment", "imagination",
             "attention", "headline", "spotlight", "mood"}
# What is lent that is no money: "lent weight to the idea", "lent a hand".
LENT_QUALITIES = {"weight", "credence", "credibility", "legitimacy", "voice", "hand", "ear", "name", "colour",
                  "color", "force", "urgency", "momentum", "impetus", "substance", "strength"}
# Verbs that accuse only when what they claim is a hostile act: "claimed that Kyiv had attacked".
CLAIMS = {"claim"}
CLAIMED_KINDS = {"attack", "coercion", "sanction", "threat", "mobilization", "protest"}
# Verbs that demand only of someone: "requires Kyiv to withdraw", not "required more time".
NEEDS = {"require"}
# What a party can call unacceptable and so reject: acts put forward, and the words for their terms.
PUT_FORWARD_KINDS = {"proposal", "demand", "agreement", "concession", "threat"}
TERMS_JUDGED = {"idea", "terms", "term", "condition", "conditions", "offer", "text", "draft", "version", "clause",
                "provision", "demand", "ultimatum", "proposal", "plan", "deal", "framework", "document"}
# Words of not knowing: what they leave open is asked about, not reported.
UNKNOWING = {"clear", "unclear", "know", "known", "unknown", "certain", "uncertain", "sure", "wonder", "ask",
             "question", "say"}
# How hard an act would be: "found it hard to accept".
DIFFICULTY = {"hard", "difficult", "tough", "easy", "painful", "awkward"}
AID_VERBS_NEEDING_RECIPIENT = {"supply", "deliver", "provide", "donate", "send", "ship", "grant", "lend", "loan"}


def sense_of(trigger: Trigger, doc: Doc) -> Trigger | None:
    """The trigger with the kind its context gives it, or None when this is another sense."""
    head = doc[trigger.head]
    word = trigger.lemma if trigger.form != "phrase" else key_of(head)
    if trigger.form == "verb":
        return _verb_sense(trigger, head, word)
    if trigger.form == "noun":
        return _noun_sense(trigger, head, word)
    if trigger.kind == "protest" and _done_by_nature(head):
        return None  # "the storm blocked roads"
    if trigger.kind in ("concession", "aid") and head.pos_ == "VERB" and _says_something(head):
        return None  # "handed over a memorandum", "gave back the draft"
    if trigger.kind == "rejection" and word == "let" and any(c.dep_ == "prt" for c in head.children):
        return None  # "did not let up": a refusal to stop, not to permit
    if trigger.kind == "sanction" and head.pos_ == "VERB" and any(
            key_of(o) in FORCES for o in head.children if o.dep_ == "dobj"):
        return replace(trigger, kind="retreat")  # "pull its forces out of Donetsk": a withdrawal, not a cut
    if trigger.lemma == "shoot down" and any(key_of(t) in AIRCRAFT for o in head.children if o.dep_ == "dobj"
                                             for t in o.subtree):
        return replace(trigger, kind="attack")  # "shot down most of the drones": fire, not a rejection
    return trigger


def _verb_sense(trigger: Trigger, verb: Token, word: str) -> Trigger | None:
    if verb.dep_ == "amod" and verb.tag_ == "VBN":
        return None  # "returned the seized vessels", "the annexed regions": a description, no report
    first = verb.head if verb.dep_ == "conj" else verb
    if trigger.kind == "support" and verb.tag_ == "VBN" and first.dep_ == "acl" and first.tag_ == "VBN":
        return None  # "a force led by Europeans and backed by the US": what the force would be
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    if trigger.kind == "call" and word == "call":
        return _phone_call(trigger, verb, deps)
    if word in ("decline", "refuse") and any(c.dep_ == "xcomp" and _speaking(c) for c in children):
        return None  # "declined to comment"
    if word == "give" and not _ultimatum(verb, children):
        return None  # "gave a speech", "gave Kyiv weapons"
    if word in DENYING and ("ccomp" in deps or any(key_of(c) in REPORTS for c in children if c.dep_ == "dobj")):
        return None  # "denied that Putin had agreed", "denied reports that ...": a report called untrue
    if word == "insist" and "ccomp" in deps and not any(mandative(c) for c in children if c.dep_ == "ccomp"):
        return None  # "insisted preparations had not stopped" asserts; "insisted that Kyiv withdraw" demands
    if word == "ask" and _asks_a_question(children, deps):
        return None
    if word == "seek" and "xcomp" in deps and "dobj" not in deps:
        return None  # "seeking to deepen ties" is an aim, not a request
    if word in ("press", "push") and "prt" in deps:
        return None  # "pressed ahead", "pushed back"
    if word == "strike" and verb.dep_ in ("acl", "relcl") and key_of(verb.head) in DEALS:
        return None  # "any deal struck behind its back": the deal is the act
    if word == "strike" and any(c.dep_ == "prt" and c.lower_ in ("out", "off", "through", "down") for c in children):
        return None  # "struck out two provisions", "struck down the law": deleting, not attacking
    if trigger.kind == "attack" and word == "strike" and "dobj" not in deps and _workers_strike(verb):
        return replace(trigger, kind="protest")  # "dock workers struck for higher pay"
    if word in PROTEST_INTRANSITIVE and "dobj" in deps:
        return None  # "demonstrated its resolve", "rallied support"
    if trigger.kind in ("concession", "aid") and _says_something(verb):
        return None  # "released a statement", "sent a message"
    if word == "meet" and deps & {"auxpass", "nsubjpass"}:
        return None  # "was met with criticism"
    objects = {key_of(c) for c in children if c.dep_ in ("dobj", "nsubjpass")}
    if word in ("arrest", "seize") and objects & PROCESSES:
        return None  # "a cold snap arrested the growth", "seized the initiative"
    if word == "lend" and objects & LENT_QUALITIES:
        return None  # "lent weight to the plan"
    if word in ("pause", "stop") and not deps & {"dobj", "xcomp", "prep", "nsubjpass", "ccomp"}:
        return None  # "Umerov said, pausing": a pause in speech, no halt of anything
    if word == "surrender" and "dobj" in deps:
        return None  # "surrendered its gains": giving something up; "surrendered their weapons" is a phrase
    return trigger


def _noun_sense(trigger: Trigger, noun: Token, word: str) -> Trigger | None:
    children = list(noun.children)
    if word == "call":  # a demand ("a call for talks") unless it is one on the phone ("a call with Putin")
        phoned = any(c.dep_ == "prep" and c.lower_ in CALL_NOUN_PREPS for c in children) \
            or any(c.dep_ == "compound" and c.lower_ in CALL_COMPOUNDS for c in children)
        return replace(trigger, kind="call") if phoned else trigger
    if trigger.kind == "attack" and word == "strike" and _labour(noun):
        return replace(trigger, kind="protest")
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") \
            and key_of(noun.head) not in CARRIERS | {"round", "package"}:
        return None  # "release date", "talks venue": the noun is a modifier of another
    if word == "release" and any(c.dep_ == "compound" and c.lower_ == "press" for c in children):
        return None  # "a press release"
    if word in AGENT_NOUNS and _does_something_else(noun):
        return None  # "demonstrators launched missiles": what they did is the event
    return trigger


def _does_something_else(noun: Token) -> bool:
    """The people a noun names are the subject of a verb with an object of its own."""
    governor = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and governor.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "xcomp", "ccomp") for c in governor.children)


def _speaking(verb: Token) -> bool:
    """"to comment", "to provide specifics", "to discuss it": saying, not doing."""
    if key_of(verb) not in SPEECH:
        return False
    args = [c for c in verb.children if c.dep_ not in ("aux", "neg", "advmod", "punct")]
    return all(key_of(a) in COMMUNICATION or a.pos_ == "PRON" or a.lower_ in ("matter", "issue") for a in args)


def _labour(noun: Token) -> bool:
    """A strike that is a stoppage of work: "a general strike", "workers went on strike"."""
    words = {key_of(c) for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
    return bool(words & LABOUR) or (noun.head.lemma_ in ("call", "go", "stage", "hold", "end", "join")
                                     and noun.dep_ in ("dobj", "pobj"))


def _done_by_nature(verb: Token) -> bool:
    """The subject of the verb is weather or an accident, not people: "snow blocked the roads"."""
    return any(key_of(c) in NATURE for c in verb.children if c.dep_ == "nsubj")


def _workers_strike(verb: Token) -> bool:
    """"Workers struck", "the teachers' union will strike": a subject of working people or their union."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(key_of(t) in STRIKERS for s in subjects for t in (s, *s.children) if t.dep_ != "det")


def _phone_call(trigger: Trigger, head: Token, deps: set[str]) -> Trigger | None:
    """"Trump called Putin" and "called Zelensky to brief him" are calls; "called him a liar",
    "called them to order", "so-called", "was called" are not."""
    purposes = [c for c in head.children if c.dep_ == "xcomp"]
    if any(c.lemma_ not in CALLED_TO for c in purposes):
        return None
    if head.dep_ == "amod" or "auxpass" in deps or "ccomp" in deps:
        return None
    if "dobj" in deps and ("oprd" in deps or "attr" in deps or "acomp" in deps):
        return None
    return trigger


def _ultimatum(verb: Token, children: list[Token]) -> bool:
    """"gave Kyiv until Thursday to accept the plan", "gave Russia 50 days to reach a deal": time
    given someone to do something is a demand that they do it."""
    until = any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in children)
    span = any(c.dep_ in ("dobj", "npadvmod") and c.lemma_ in TIME_UNITS for c in children)
    task = any(t.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(a.lower_ == "to" for a in t.children)
               for c in [verb, *children] for t in c.children)
    return (until or span) and task


def _asks_a_question(children: list[Token], deps: set[str]) -> bool:
    """"asked if ...", "he asked": a question, not a request ("asked them to", "asked for aid")."""
    if any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for c in children if c.dep_ == "ccomp" for g in c.children):
        return True
    if any(c.dep_ == "ccomp" and c.left_edge.tag_ in ("WP", "WDT", "WRB", "WP$") for c in children):
        return True  # "asked Vance what kind of diplomacy he meant"
    asks_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
    return not (deps & {"dobj", "xcomp", "dative"} or asks_for)


def _says_something(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)  # "photographs released by his office"
    return any(key_of(o) in COMMUNICATION or o.lower_ in COMMUNICATION for o in objects)


def fits(trigger: Trigger, args: Arguments, doc: Doc, triggers: dict[int, Trigger]) -> bool:
    """Checks that need the arguments: two parties for reciprocal verbs, a recipient for aid."""
    head = doc[trigger.head]
    lemma = key_of(head)
    parties = set(args.source) | set(args.target) | set(args.others)
    objects = [c for c in head.children if c.dep_ == "dobj"]
    # "provided 70 million dollars of aid": the object names an act of the same kind.
    same_kind_object = any(t.i in triggers and triggers[t.i].kind == trigger.kind for o in objects for t in o.subtree)
    if trigger.form == "verb" and lemma in RECIPROCAL and len(parties) < 2 and not same_kind_object:
        if not args.target:
            return False
    if trigger.form == "verb" and lemma in VISITING and objects and not args.target and not same_kind_object \
            and not args.location:
        return False  # "received aid", "hosted a dinner"
    if trigger.form == "verb" and lemma == "receive" and not args.target and not same_kind_object:
        return False  # "Kyiv would receive what the text calls guarantees": receiving whom, not what
    if trigger.form == "verb" and lemma in VISITING and any(o.i in triggers and triggers[o.i].kind != trigger.kind
                                                            for o in objects):
        return False  # "received the American proposal": what came, not who
    if trigger.form == "verb" and lemma in NEEDS and not args.target and not any(c.dep_ == "xcomp"
                                                                                  for c in head.children):
        return False  # "others required detailed discussion": a need, asked of no one
    if trigger.form == "verb" and lemma in AID_VERBS_NEEDING_RECIPIENT and not same_kind_object \
            and (not args.target or any(_led(o) for o in objects)):
        return False  # "sent a team led by X": a delegation, and X no recipient
    if trigger.kind == "rejection" and trigger.lemma.startswith("be ") and not _judges_terms(head, triggers):
        return False  # "the talks were unconstructive" judges talks; "the plan was unacceptable" rejects it
    if trigger.form == "verb" and (_asked_about(head) or _found_hard(head)):
        return False  # "unclear what Russia had agreed to", "the terms Kyiv found hardest to accept"
    if trigger.kind == "aid" and trigger.form == "verb" and objects and all(
            t.ent_type_ == "PERSON" for o in objects for t in (o, *o.conjuncts)):
        return False  # "Russia sent Lavrov and Ushakov": envoys, not aid
    if trigger.kind == "demand" and trigger.form == "verb" and _asked_by_a_text(head):
        return False  # "any deal that required it to withdraw": a term, asked by no party
    if trigger.kind == "accusation" and lemma in CLAIMS and not _claims_a_hostile_act(head, triggers):
        return False  # "claimed victory", "claimed that talks were going well"
    if trigger.lemma == "claim responsibility":  # for an attack, not "for the delay"
        claimed = [doc[i] for i in trigger.tokens if doc[i].lower_ == "responsibility"]
        return any(t.i in triggers and triggers[t.i].kind == trigger.kind for r in claimed for t in r.subtree)
    return True


def kind_with(trigger: Trigger, args: Arguments) -> str:
    """The kind a trigger's arguments settle: "spoke with Putin" is a call, "in Moscow" a meeting."""
    if trigger.lemma in CONTACTS and args.location:
        return "meeting"
    return trigger.kind


def _judges_terms(copula: Token, triggers: dict[int, Trigger]) -> bool:
    """The copula's subject is something put forward: a proposal, demand or deal, or its terms."""
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(key_of(s) in TERMS_JUDGED or s.i in triggers and triggers[s.i].kind in PUT_FORWARD_KINDS
               for s in subjects)


def _asked_by_a_text(verb: Token) -> bool:
    """"The plan requires Kyiv to withdraw", "any deal that required it to withdraw": what a text asks is
    its term, no party's demand."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or key_of(subject) not in TERMS:
        return False
    # "the US plan would require Kyiv to ...": a text with an author asks for its author
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ for c in subject.children)


def _asked_about(verb: Token) -> bool:
    """The act is what is not known: "it was unclear what Russia had agreed to", "asked which
    terms he had accepted"."""
    if verb.dep_ not in ("ccomp", "csubj", "xcomp"):
        return False
    asked = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "prep")]
    if not any(t.tag_ in ("WP", "WDT") for c in asked for t in (c, *c.children)):
        return False
    governor = verb.head
    words = [governor, *(c for c in governor.children if c.dep_ in ("acomp", "attr"))]
    return any(key_of(w) in UNKNOWING for w in words)


def _found_hard(verb: Token) -> bool:
    """"provisions that Kyiv found hardest to accept": how hard an act would be, not the act."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head  # "hard to accept", or "found [it] hardest to accept" with the adjective beside it
    words = [head, *(c for c in head.children if c.dep_ in ("acomp", "advmod", "oprd", "ccomp") and c.i < verb.i)]
    return any(w.pos_ == "ADJ" and key_of(w) in DIFFICULTY for w in words)


def _led(noun: Token) -> bool:
    """"a team led by X", "a group headed by X": people sent under someone, not supplies."""
    return any(c.dep_ == "acl" and c.lemma_ in ("lead", "head") for c in noun.children)


def _claims_a_hostile_act(verb: Token, triggers: dict[int, Trigger]) -> bool:
    """"Moscow claimed (that) Kyiv had shelled the plant": a clause of the claim reports a hostile act."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(t.i in triggers and triggers[t.i].kind in CLAIMED_KINDS for c in clauses for t in c.subtree)
