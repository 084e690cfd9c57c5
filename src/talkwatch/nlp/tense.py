"""Past, present or future: the time a clause places its event in, read from
the verb that governs a span (its auxiliaries, modals and "due to" frames)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .dates.resolve import FUTURE, PAST, PRESENT

FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# "is due to meet", "are set to hold", "plans to visit": the event is still ahead.
FUTURE_FRAMES = {"due", "set", "expected", "scheduled", "slated", "poised", "plan", "plans", "planned",
                 "planning", "going", "intend", "intends", "hope", "hopes", "aim", "aims", "prepare",
                 "prepares", "preparing"}


# Verbs that report speech: "will" in what they report in the past becomes "would".
REPORTING = {"say", "tell", "announce", "state", "declare", "claim", "add", "note", "write", "report", "confirm",
             "indicate", "signal", "reiterate", "stress", "insist", "warn", "post", "suggest", "question", "ask"}


# Modals of obligation: a clause with one says what is to be done ("shall" too, in a mandative clause).
OBLIGING = {"must", "should", "ought"}

# What would have effects if it were adopted: its "would" is conditional, not "will" in the past.
TERMS = {"plan", "deal", "agreement", "proposal", "draft", "framework", "document", "text", "accord", "treaty",
         "memorandum", "package", "settlement", "measure", "move", "step", "law", "bill", "resolution"}

# Words that make a date a reference point, not the time of the clause: "since the spring of 2022",
# "one day after talks", "ahead of the summit".
RELATIVE_PREPS = {"after", "before", "since", "ahead", "until", "following", "prior"}


def is_reference_point(date_root: Token) -> bool:
    """A date phrase that hangs on "since", "after", "before" ..., up to its verb: "met for the first
    time since the spring of 2022"."""
    for token in (date_root, *date_root.ancestors):
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "prep" and token.lower_ in RELATIVE_PREPS:
            return True
    return False


def governing_verb(token: Token) -> Token:
    """The nearest verb or auxiliary at or above a token in the parse."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and seen < 12:
        token = token.head
        seen += 1
    return token


def reported_future(aux: Token) -> bool:
    """"Peskov said Putin would meet Witkoff": "will" put into the past of the verb reporting it."""
    if aux.lower_.replace("\u2019", "'") not in ("would", "'d"):
        return False
    verb = clause = aux.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said X and that he would call Y"
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in TERMS for c in verb.children):
        return False  # "the plan would require Kyiv to cede land, sources said": if it were adopted
    reporter = clause.head
    return clause.dep_ == "ccomp" and reporter.lemma_ in REPORTING and reporter.tag_ in ("VBD", "VBN")


def _verb_tense(verb: Token) -> str:
    children = list(verb.children)
    aux = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX or a.lower_ == "'ll" or reported_future(a) for a in aux):
        return FUTURE
    # "talks that are due to begin", "he plans to travel": look at the frame above an infinitive.
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        frame = verb.head
        if frame.lower_ in FUTURE_FRAMES or frame.lemma_ in FUTURE_FRAMES:
            return FUTURE if frame.tag_ not in ("VBD",) or frame.lower_ == "planned" else PAST
        if frame.i != verb.i:
            return _verb_tense(governing_verb(frame))
    if verb.lower_ in FUTURE_FRAMES and verb.tag_ != "VBD":
        return FUTURE
    tags = {verb.tag_} | {a.tag_ for a in aux}
    if tags & {"VBD"} or any(a.lower_ in ("has", "have", "had", "'ve") for a in aux):
        return PAST
    if verb.tag_ == "VBN" and not aux:
        return PAST
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'re", "'s", "am") for a in aux):
        return FUTURE  # "are meeting on Friday": the progressive of an arrangement
    if verb.tag_ == "VBG" and any(a.lower_ in ("was", "were") for a in aux):
        return PAST
    return PRESENT


def tense_of(span: Span) -> str:
    """The tense of the clause a span (a date expression, an event trigger) sits in."""
    root = span.root
    head = root.head
    # "ahead of Saturday's funeral": the prepositional frame outranks the main verb.
    chain = [root, head, head.head]
    if any(t.lower_ in ("ahead", "before", "until") for t in chain) and root.i > 0:
        return FUTURE
    if any(t.lower_ in ("since", "after", "ago") for t in chain):
        return PAST
    return _verb_tense(governing_verb(root))


def mandative(clause: Token) -> bool:
    """A clause that says what must be done: "that Kyiv withdraw", "sanctions be lifted", "Russia
    must/should/has to stop"; not a statement of fact ("preparations had not stopped")."""
    aux = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OBLIGING | {"shall"} for a in aux) or any(a.lower_ == "be" and a.tag_ == "VB" for a in aux):
        return True
    if clause.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in clause.children):
        return True  # "has to withdraw", "would need to accept"
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    bare = clause.tag_ == "VB" and not aux
    # "insisted that Ukrainian forces leave": a present after a past is no report of fact
    shifted = clause.tag_ == "VBP" and not aux and clause.head.tag_ == "VBD"
    return bare or shifted or (clause.tag_ == "VBP" and subject is not None and subject.tag_ in ("NN", "NNP"))
