"""When, and whether: an event's status (occurred, ongoing, planned,
hypothetical) from tense, aspect and modality, and the date expression that
dates it.

Hypothetical first, since it overrides tense: negation ("did not meet", "no
talks"), modals ("would", "could"), conditions ("if", "unless"), wishes and
proposals ("wants to meet", "urged them to meet"), dispositions ("willing to
talk") and possibilities ("the possibility of talks"). Then planned ("will",
"due to", "set to", "plan to", "ahead of talks", a future date), ongoing ("has
begun", "are holding", "under way"), else occurred.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from ..dates.clauses import describes_noun, same_time
from ..dates.component import DateSpan
from ..dates.resolve import FUTURE
from ..tense import REPORTING, is_reference_point, mandative, reported_future

MODALS = {"would", "could", "might", "may", "should", "can", "must", "'d", "ca"}  # "ca" of "can't"
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
CONDITIONS = {"if", "unless", "whether", "provided", "providing", "lest", "once"}
MODAL_ADJ = {"possible", "impossible", "likely", "unlikely", "conceivable", "necessary", "needed", "premature"}
ONLY_THEN = {"after", "when", "once", "if"}  # "only after the sides reach agreements": a condition
NEGATIONS = {"not", "n't", "never"}
# Frames whose complement is wished for, asked for or offered, not done: "wants to meet".
WISH_FRAMES = {"want", "hope", "wish", "seek", "try", "aim", "propose", "suggest", "offer", "urge", "ask", "demand",
               "call", "insist", "threaten", "consider", "push", "press", "need", "refuse", "decline", "reject",
               "willing", "ready", "open", "prepared", "able", "eager", "keen", "close", "likely", "unlikely",
               "possible", "impossible", "necessary", "pressure", "encourage", "invite", "favour", "favor",
               "require",
               # what is opposed or barred is not done: "bars the president from ceding land"
               "oppose", "bar", "forbid", "prohibit", "prevent", "resist", "avoid",
               # what is denied is not known to be done: "denied that Putin had agreed to meet"
               "deny",
               # what was tried and not done: "failed to agree on a ceasefire"
               "fail"}
# Adjective frames that are also verbs of no wish: "opened the talks", "closed the meeting".
VERB_NOT_FRAME = {"open", "close"}
# Frames whose complement is arranged: "due to meet", "agreed to hold a summit".
PLAN_FRAMES = {"due", "set", "expected", "scheduled", "slated", "poised", "plan", "intend", "prepare", "going",
               "agree", "decide", "promise", "pledge", "vow", "arrange", "schedule", "expect",
               # what one is told to do is yet to be done: "instructed Witkoff to meet Putin"
               "instruct", "order", "direct", "task", "authorize", "authorise", "mandate", "commission"}
ORDERING = {"instruct", "order", "direct", "task", "authorize", "authorise", "mandate", "commission"}
POSSIBILITY_NOUNS = {"possibility", "prospect", "chance", "idea", "hope", "likelihood", "option", "prospects",
                     "scenario", "question", "need", "bid", "effort", "attempt", "challenge", "invitation", "dare",
                     "readiness", "willingness", "intention", "desire", "wish"}
HYPOTHETICAL_ADJ = {"possible", "potential", "proposed", "hypothetical", "eventual", "prospective", "would-be",
                    "likely", "any"}
PLANNED_ADJ = {"upcoming", "planned", "forthcoming", "scheduled", "expected", "future", "next", "coming",
               "impending", "anticipated"}
AHEAD = {"ahead", "before", "until", "pending", "prior"}
PAST_PREPS = {"since", "after", "following"}
ONGOING = {"underway", "ongoing", "continuing"}
BEGIN = {"begin", "start", "continue", "resume", "open", "kick", "enter"}
# Verbs of travel: when and where one travels is when and where the act one travels for happens
# ("flew to Riyadh on Monday to meet Witkoff").
MOTION_VERBS = {"travel", "fly", "go", "come", "head", "arrive", "return", "journey", "rush", "drive"}
TODAY = {"today", "tonight", "this morning", "this afternoon", "this evening", "now", "earlier today"}
PRESENT_AUX = {"is", "are", "'re", "'s", "am"}


def _plain(token: Token) -> str:
    """Lowercase, with typographic apostrophes made plain ("n’t" is "n't")."""
    return token.lower_.replace("\u2019", "'")


def _conditional(mark: Token) -> bool:
    """"if", "unless", "only after", "only when", and "until" after a "not": a clause that states a
    condition."""
    if mark.lemma_.lower() in CONDITIONS:
        return True
    if mark.lower_ in ("until", "till") and any(c.dep_ == "neg" for c in mark.head.head.children):
        return True  # "sanctions will not be lifted until Russia withdraws": a condition
    return _only_then(mark)


def _only_then(word: Token) -> bool:
    """"only after", "only when": "only" on the clause or, as the model often hangs it, on the word."""
    return word.lower_ in ONLY_THEN and any(c.dep_ == "advmod" and c.lower_ == "only"
                                            for c in (*word.head.children, *word.children))


def _coordinated(clause: Token) -> list[Token]:
    """The verbs a clause is coordinated with when it has no subject or auxiliary of its own: in
    "Russia would seize the city and attack the port", "attack" shares "would"; a finite verb
    ("would stand by Kyiv and rejected limits") shares nothing."""
    out, current = [], clause
    while current.dep_ == "conj" and current.head.i != current.i and current.tag_ in ("VB", "VBN") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in current.children):
        current = current.head
        out.append(current)
    return out


def _path(token: Token) -> list[Token]:
    """The token and its ancestors up to the root of its sentence."""
    return [token, *token.ancestors]


def _children(tokens: Iterable[Token], deps: set[str]) -> list[Token]:
    return [c for t in tokens for c in t.children if c.dep_ in deps]


def _local(trigger: Token, clause: Token) -> list[Token]:
    """The trigger, the clause verb and the words between them in the parse."""
    path = _path(trigger)
    return path[: path.index(clause) + 1] if clause in path else [trigger, clause]


def _above(clause: Token) -> list[Token]:
    """Words the clause depends on as a complement ("want" in "want to meet"), up to a finite clause."""
    out, current = [], clause
    if current.dep_ == "conj" and current.head.dep_ == "xcomp":
        current = current.head  # "required Ukraine to cede land and give up its bid": both required
    while current.dep_ in ("xcomp", "acomp", "pcomp", "prep", "pobj", "acl", "ccomp", "advcl", "amod", "dobj") \
            and current.head.i != current.i:
        current = current.head
        out.append(current)
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("xcomp", "acomp", "ccomp", "advcl", "acl"):
            break
    return out


def is_hypothetical(trigger: Token, clause: Token, framed: bool = True, conditioned: bool = True) -> bool:
    local = _local(trigger, clause)
    if any(_plain(c) in NEGATIONS for c in _children(local, {"neg"})):
        return True
    if any(c.lower_ in ("no", "neither") for c in _children([trigger], {"det"})):
        return True
    if any(c.lower_ in HYPOTHETICAL_ADJ for c in _children([trigger], {"amod", "det"})):
        return True
    above = _above(clause) if framed else []
    told = [clause.head] if clause.dep_ == "ccomp" and _reports(clause.head) else []
    if any(_plain(c) in NEGATIONS for c in _children([t for t in above if _frame(t)] + told, {"neg"})):
        return True  # "was not planning to fight", "does not want to meet", "did not confirm that he had"
    if any(c.lower_ in ("no", "neither") for c in _children([t for t in above if t.pos_ == "NOUN"], {"det"})):
        return True  # "there were no plans for Putin to meet Zelensky"
    verbs = [t for t in local + above + _coordinated(clause) if t.pos_ in ("VERB", "AUX")]
    if any(_plain(a) in MODALS and not reported_future(a) for a in _children(verbs, {"aux", "auxpass"})):
        return True
    if any(_conditional(c) for c in _children(_path(clause), {"mark"})):
        return True
    if any(c.lower_ in MODAL_ADJ for c in _children([clause], {"acomp"})):
        return True  # "a meeting was possible", "a deal is unlikely"
    if conditioned and any(_conditional(c) for c in _children(_children([clause], {"advcl"}), {"mark"})):
        return True
    if conditioned and any(_only_then(c) for c in _children(_children([clause], {"advcl"}), {"advmod"})):
        return True  # "would meet them only when a deal is final": "when" hung as an adverb
    # A frame verb the model took for an auxiliary: "most Ukrainians oppose/aux giving up land".
    # A setting's clause is not its frame: "offered guarantees during talks" offers no talks.
    above = _framing(clause, above) + (local[1:] if framed else local[1:-1]) + _children([clause], {"aux"})
    if any(_wish_frame(t) for t in above if t.i != trigger.i):
        return True
    # "the possibility of talks", "hopes for a deal": the noun phrase the trigger hangs in.
    phrase_above = []
    for t in _path(trigger)[1:]:
        if t.pos_ in ("VERB", "AUX"):
            break
        phrase_above.append(t)
    return any(t.lemma_.lower() in POSSIBILITY_NOUNS and t.pos_ == "NOUN" for t in above + phrase_above
               if t.i != trigger.i)


def _framing(clause: Token, above: list[Token]) -> list[Token]:
    """The words above a clause that can frame it: not those above a participle of circumstance
    ("rejected the demand, calling it unacceptable": the calling is not what is rejected)."""
    if clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in clause.children):
        return []
    return above


def _wish_frame(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in VERB_NOT_FRAME:
        return False
    if lemma == "call" and token.pos_ == "VERB" and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon") or c.dep_ == "xcomp" for c in token.children):
        return False  # "calling the terms unacceptable" names, "called for a truce" asks
    if lemma == "insist" and any(c.dep_ == "ccomp" and not mandative(c) for c in token.children):
        return False  # "insists that the talks are going well" states, wishes nothing
    return lemma in WISH_FRAMES or token.lower_ in WISH_FRAMES


def _frame(token: Token) -> bool:
    return _wish_frame(token) or _plan_frame(token)


def _plan_frame(token: Token) -> bool:
    """"due to", "set to", "going to": "talks were going well" is no plan."""
    if token.lower_ == "going" or token.lemma_.lower() in ORDERING:
        return any(c.dep_ == "xcomp" for c in token.children)  # "ordered a pause" pauses; "ordered X to" plans
    return token.lemma_.lower() in PLAN_FRAMES or token.lower_ in PLAN_FRAMES


def is_planned(trigger: Token, clause: Token, date: DateSpan | None, framed: bool = True,
               setting: bool = False) -> bool:
    local = _local(trigger, clause)
    if any(t.lower_ in PAST_PREPS for t in local[1:]):
        return False  # "their first talks since last week's encounter"
    above = _above(clause) if framed else []
    verbs = [t for t in local + _coordinated(clause) if t.pos_ in ("VERB", "AUX")] + above
    if any(_plain(a) in FUTURE_AUX or reported_future(a) for a in _children(verbs, {"aux", "auxpass"})):
        return True
    if any(_plan_frame(t) for t in above + (local[1:-1] if setting else local[1:])):
        return True  # not a setting's clause: "at that meeting they agreed to trade prisoners"
    if any(c.lower_ in PLANNED_ADJ for c in _children([trigger], {"amod"})):
        return True
    if any(t.lower_ in AHEAD for t in local[1:]):
        return True
    if date is not None and date.tense == FUTURE and not (_today(date) and _progressive(clause)):
        return True  # "are meeting tomorrow"; "are meeting today" is under way
    return _progressive(clause) and date is not None and date.tense != "past" and not _today(date)


def _today(date: DateSpan | None) -> bool:
    return date is not None and " ".join(date.text.lower().split()) in TODAY


def _progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(a.lower_ in PRESENT_AUX for a in _children([verb], {"aux"}))


def _present(verb: Token) -> bool:
    aux = [a.lower_ for a in _children([verb], {"aux"})]
    return verb.tag_ in ("VBZ", "VBP") or any(a in ("has", "have", "'ve") for a in aux) or _progressive(verb)


def is_ongoing(trigger: Token, clause: Token, date: DateSpan | None) -> bool:
    if (date is None or _today(date)) and _progressive(clause) and clause.lemma_ not in ("say", "tell"):
        return True  # "are holding talks", "is hosting Witkoff today"
    if clause.lemma_.lower() in BEGIN and _present(clause):
        return True
    words = [c.lower_ for c in _children([clause, trigger], {"acomp", "advmod", "attr", "prep", "amod"})]
    if any(w in ONGOING for w in words):
        return True
    objects = [g.lower_ for c in _children([clause], {"prep"}) if c.lower_ in ("under", "in") for g in c.children]
    return "way" in objects or "progress" in objects


def status_of(trigger: Token, clause: Token, date: DateSpan | None, framed: bool = True,
              conditioned: bool = True, setting: bool = False) -> str:
    """occurred, ongoing, planned or hypothetical (see the module docstring). `framed` False
    leaves out the frames above the clause: "agreed to make concessions at the summit" does
    not make the summit planned. `conditioned` False: the clause's "if" is what the act says
    ("threatened more sanctions if Moscow refuses" is a threat made). `setting`: the trigger is where
    its clause's act was done ("at that meeting they agreed to ..."), which its clause does not plan."""
    if is_hypothetical(trigger, clause, framed, conditioned):
        return "hypothetical"
    if is_planned(trigger, clause, date, framed, setting):
        return "planned"
    if is_ongoing(trigger, clause, date):
        return "ongoing"
    return "occurred"


# dates


def _chain(clause: Token) -> set[int]:
    """The clause verb and the frames above it ("plan" in "plan to meet next week"), or the journey
    it is the aim of."""
    out, current = {clause.i}, clause
    if current.dep_ == "advcl" and current.head.lemma_ in MOTION_VERBS:
        out.add(current.head.i)  # "flew there on Monday to meet him"
    while current.dep_ in ("xcomp", "acomp") and current.head.i != current.i:
        current = current.head
        out.add(current.i)
    return out


def _anchor(doc: Doc, date: DateSpan, stops: set[int]) -> int | None:
    """The trigger or verb a date expression hangs on."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return None
    for token in _path(span.root)[1:]:
        if token.i in stops or token.pos_ in ("VERB", "AUX"):
            return token.i
    return None


def date_of(doc: Doc, trigger_tokens: Sequence[int], clause: Token, governor: Token | None,
            dates: Sequence[DateSpan], other_triggers: set[int], *, said: bool = False) -> DateSpan | None:
    """The date expression of an event: one attached to its trigger or clause, else the only
    date of the sentence when no other event claims it. The date of a reporting verb ("Peskov
    said Thursday that ...") dates only what is done by saying it (`said`: a threat, a demand)."""
    mine = set(trigger_tokens) | _chain(clause) | ({governor.i} if governor is not None else set())
    stops = mine | other_triggers
    dates = [d for d in dates if not _deadline(doc, d)]
    anchors = [(d, _anchor(doc, d, stops)) for d in dates]
    shared = same_time(clause)  # "said on Sunday ... as he opened talks"
    # not a point it is measured from: "met on Friday for the first time since 2022 and agreed"
    attached = [d for d, a in anchors if a in mine] or [d for d, a in anchors if a in shared
                                                         and not _reference_point(doc, d)]
    if attached:
        return min(attached, key=lambda d: abs(d.start - doc[trigger_tokens[0]].idx))
    anchor = anchors[0][1] if len(dates) == 1 else None
    if anchor is not None and (doc[anchor].dep_ == "relcl" or describes_noun(doc[anchor], clause, mine)):
        return None  # "met in the Oval Office, where the tone was warmer than in February"
    relative = next((t for t in _path(clause) if t.dep_ == "relcl"), None)
    if relative is not None and len(dates) == 1 and (anchor is None or doc[anchor] not in relative.subtree):
        return None  # "Zelensky, who spoke to Trump after the summit, will fly to Washington on Monday"
    if len(dates) == 1 and anchor not in other_triggers and (said or anchor is None or not _reports(doc[anchor])):
        return dates[0]
    return None


def _reference_point(doc: Doc, date: DateSpan) -> bool:
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    return span is not None and is_reference_point(span.root)


def _deadline(doc: Doc, date: DateSpan) -> bool:
    """"gave Kyiv until Thursday", "a truce lasting till Easter": an end point, not when the act was."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("until", "till")


def _reports(verb: Token) -> bool:
    return verb.lemma_.lower() in REPORTING


def is_today(date: DateSpan | None, status: str, sentence_root: Token) -> bool:
    """Dated by publication: "today", or a present-tense report of what happened without a date."""
    if date is not None:
        return _today(date)
    return status in ("occurred", "ongoing") and _present(sentence_root)
