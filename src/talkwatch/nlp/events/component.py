"""The `talkwatch_events` component: meetings, calls, proposals, demands,
rejections, agreements, concessions, threats, accusations and the rest of
ONTOLOGY.md, read from the dependency parse around the pack's trigger words.

Per sentence: triggers (triggers.py) in the sense their context gives them
(senses.py), each with its arguments (arguments.py: who and whom, with
argactors.py; where, places.py; how a noun hangs on its clause, governors.py);
its status and date (status.py) and the kinds its frame decides (here: "will
not accept" is a rejection, "willing to talk" an offer); then one event per act
(acts.py). Per document: delegation members join their meeting
(delegations.py), an act named as an event of the pack's calendar takes the
calendar's place, and an act reported again in a later sentence is one event
(repeats.py). Only events with an actor are kept.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..base import LexiconComponent
from ...packs import Lexicon
from .acts import (MANNER_THREATS, OBLIGATION, SPEECH_ACTS, Candidate, add_speakers,
                   condition_demands, obligation_demands, relate, stated_demands)
from .argactors import ActorMap, phrase
from .arguments import THREAT_CONDITIONS, ArgumentReader, Arguments, subject_tokens
from ..dates.component import DateSpan
from .delegations import add_delegations
from .governors import ARRANGING, SETTINGS
from .intervals import date_by_intervals
from ..mentions import EventRecord
from ..paragraphs import is_heading_span
from .repeats import merge_repeats
from .senses import CONTACTS, fits, kind_with, sense_of
from .status import date_of, is_today, status_of
from .triggers import Trigger, TriggerIndex, key_of
from ..tense import RELATIVE_PREPS
from ..words import Words, sentences_of, words_of

INTENT_ADJ = {"willing", "ready", "open", "prepared", "eager", "keen"}
VOWS = {"vow", "swear", "pledge", "promise"}
OFFERING = {"offer", "agree", "commit", "undertake", "volunteer"}
WANTS = {"want", "wish"}
REFUSING_AUX = {"will", "would", "wo", "'ll", "shall"}
# Kinds whose refusal is a rejection: "would not provide support", "will not meet him".
COOPERATIVE = {"aid", "support", "agreement", "cooperation", "concession", "meeting", "call"}
# Verbs that halt what they govern: "stop hitting energy sites" halts attacks.
STOPPING = {"stop", "halt", "cease", "end", "suspend", "pause", "refrain", "quit"}
# Kinds that harm their target: intending or vowing them threatens.
HARMFUL = {"attack", "coercion", "sanction", "mobilization"}
# A noun event that is only the object of some other word ("a supporter of Russia's invasion",
# "US policy on the war") is a reference, not a report; meetings and calls keep their frames.
REFERENCED_KINDS_KEPT = {"meeting", "call"}
# Kinds that may be aimed at the doer's own state: "Russian police detained Russian activists".
OWN_SIDE_KINDS = {"coercion", "attack", "protest", "mobilization", "meeting", "call"}
# Kinds whose report with no party named may tell more of one told before: "the talks are over".
REFERRING_KINDS = {"meeting", "call"}
# The calendar's kinds of contact (packs' calendar.yml) as event kinds.
CALENDAR_KINDS = {"meeting": "meeting", "talks": "meeting", "summit": "meeting", "conference": "meeting",
                  "call": "call"}
# A plan exists once put forward: "other aspects of the American-proposed plan" reports it.
AUTHORED_KINDS_KEPT = {"proposal"}
# Refusals that need an object the talks are about: "we don't need a truce", not "doesn't want to comment".
NEEDLESS = {"not need", "not want"}
# What makes a meeting one nobody wants: "I don't want to have a wasted meeting" refuses no meeting.
DISPARAGING = {"wasted", "waste", "pointless", "useless", "meaningless", "fruitless", "bad", "sham", "empty",
               "premature"}
# Words that make a demand with no trigger of the lexicon: "unless Kyiv agrees", "only after sanctions are
# lifted", "Sudan must return".
DEMAND_WORDS = {"unless", "only"} | OBLIGATION


class EventReader(LexiconComponent):
    """Sets `doc._.tw_events` to the EventRecords of the document."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self.index: TriggerIndex | None = None
        # Articles keep only the acts of named parties; the sentence coder asks for the rest too.
        self.keep_partyless = False

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        tokenizer = (nlp or self.nlp).tokenizer
        self.index = TriggerIndex(lexicon.triggers, lambda text: [t.text for t in tokenizer(text)])

    def __call__(self, doc: Doc) -> Doc:
        self.ready()
        doc._.tw_events = tuple(self.read(doc))
        return doc

    def read(self, doc: Doc) -> list[EventRecord]:
        """The events of a parsed document, in text order."""
        actors = ActorMap(doc, self.lexicon)
        reader = ArgumentReader(doc, self.lexicon, actors)
        words = words_of(doc)
        records: list[EventRecord] = []
        for sent in sentences_of(doc):
            if is_heading_span(sent):
                continue
            records += [r for c in self._acts(doc, sent, words, actors, reader)
                        if (r := self._record(doc, sent, c, actors))]
        # Acts of no named party are kept this far only to tell of one before ("the talks are over").
        partyless = [r for r in records if not (r.source or r.target)]
        records = [r for r in records if r.source or r.target]
        records = date_by_intervals(doc, words, add_delegations(doc, words, records, actors), self.index.nouns)
        records = sorted(self._placed_by_name(doc, records) + partyless, key=lambda r: (r.sent_start, r.trigger_start))
        merged = merge_repeats(records, actors)
        return merged if self.keep_partyless else [r for r in merged if r.source or r.target]

    def _spoken_with(self, word: Token, actors: ActorMap) -> bool:
        """Whether "spoke"/"a conversation" is with a person or a state the words name themselves:
        "spoke with Putin", "Trump and Putin spoke", not "spoke to Ukrainian soldiers"."""
        heads = [g for c in word.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                 for g in c.children if g.dep_ == "pobj"]
        if not heads:  # "Trump and Putin spoke": the subject names both
            heads = [s for c in word.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
            if len(heads) < 2:
                return False
        named = [actors.by_token.get(t.i) for h in heads for t in (h, *h.conjuncts)]
        return any(a is not None and (actors.is_person(a) or self._country(a)) for a in named)

    def _country(self, actor: str) -> bool:
        state = self.lexicon.states.get(actor)
        return state is not None and state.kind == "country"

    def _named_acts(self, doc: Doc, sent: Span, triggers: list[Trigger]) -> list[Trigger]:
        """"since Trump's Oval Office bust-up with Zelensky": a meeting of the pack's calendar named by
        words that are no trigger ("bust-up", "showdown") is that meeting."""
        found = []
        for anchor in doc._.tw_anchors:
            if not sent.start_char <= anchor.start < sent.end_char:
                continue
            event = self.lexicon.calendar.get(anchor.event)
            kind = CALENDAR_KINDS.get(event.kind or "") if event is not None else None
            span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
            if kind is None or span is None:
                continue
            if any(span.start <= t.head < span.end for t in triggers):
                continue
            found.append(Trigger(kind, span.root.i, tuple(range(span.start, span.end)), "name", span.root.lemma_))
        return found

    def _placed_by_name(self, doc: Doc, records: list[EventRecord]) -> list[EventRecord]:
        """"last week's Oval Office encounter": an act named as an event of the pack's calendar took
        place where the calendar says, when the sentence does not say."""
        out = []
        for r in records:
            anchor = None if r.location else next(
                (a for a in doc._.tw_anchors if a.start <= r.trigger_start < a.end), None)
            event = self.lexicon.calendar.get(anchor.event) if anchor is not None else None
            out.append(replace(r, location=event.place) if event is not None and event.place else r)
        return out

    def _acts(self, doc: Doc, sent: Span, words: Words, actors: ActorMap, reader: ArgumentReader) -> list[Candidate]:
        """The acts of one sentence, each once."""
        triggers = [t for t in (sense_of(t, doc) for t in self.index.find(sent, words)) if t is not None]
        triggers += self._named_acts(doc, sent, triggers)
        if not triggers and not DEMAND_WORDS.intersection(words.lower[sent.start: sent.end]):
            return []
        by_head = {t.head: t for t in triggers}
        reader.sentence(by_head)
        candidates = []
        for trigger in triggers:
            args = reader.read(trigger)
            offer = _intent(doc[trigger.head])  # "willing to discuss a truce" needs no partner
            if not _reported(trigger.kind, args) or not (offer or fits(trigger, args, doc, by_head)):
                continue
            if trigger.lemma in NEEDLESS and not self._names_an_issue_or_act(doc[trigger.head], by_head):
                continue  # "we don't need a truce" refuses it; "does not need more time" refuses nothing
            if trigger.kind in ("meeting", "call") and _the_writers(doc[trigger.head], actors):
                continue  # "We spoke to him by phone the next morning": the reporter's interview
            if _forgone(doc[trigger.head]):
                continue  # "ended the summit without announcing a truce", "talks ended without a deal"
            if trigger.lemma in CONTACTS and not self._spoken_with(doc[trigger.head], actors):
                continue  # "spoke to the European Parliament", "spoke to Ukrainian soldiers": no contact of parties
            head = doc[trigger.head]
            key = head.head.i if head.pos_ == "ADP" else head.i  # "by force" hangs on its verb
            # "cancelled restrictions" lifts them; "spoke with Putin in Moscow" is a meeting
            kind = "concession" if args.relation == "lifted" else kind_with(trigger, args)
            candidates.append(Candidate(trigger, args, kind, key))
        dates = [d for d in doc._.tw_dates if sent.start_char <= d.start < sent.end_char]
        keys = {c.key for c in candidates}
        commentators = self.lexicon.stance_words.get("commentators", frozenset())
        for c in candidates:
            _time(doc, c, dates, keys - {c.key})
            _frame(doc[c.key], c, actors)
            # "analysts said Russia would reject any ceasefire": a forecast, no party's act
            c.dropped = c.dropped or _commentators_own(doc[c.key], commentators) or (
                c.status in ("planned", "hypothetical") and _forecast(doc[c.key], commentators))
        relate(doc, candidates)
        stated_demands(candidates, actors)
        _warnings(doc, candidates, actors)
        _drop_denied_refusals(doc, candidates)
        candidates += condition_demands(doc, sent, candidates, actors)
        candidates += obligation_demands(doc, sent, candidates, actors)
        add_speakers(doc, candidates, actors)
        return [c for c in candidates if not c.dropped]

    def _names_an_issue_or_act(self, verb: Token, triggers: dict[int, Trigger]) -> bool:
        """The object of a verb names an issue of the packs ("a truce") or an act ("new talks")."""
        objects = [t for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp") for t in c.subtree]
        # "don't want a wasted meeting" refuses a kind of meeting, not the meeting
        if any(t.i in triggers and not any(key_of(a) in DISPARAGING for a in t.children if a.dep_ == "amod")
               for t in objects):
            return True
        text = " " + " ".join(t.lower_ for t in objects) + " "
        return any(f" {cue} " in text for issue in self.lexicon.issues.values() for cue in issue.cues)

    def _record(self, doc: Doc, sent: Span, c: Candidate, actors: ActorMap) -> EventRecord | None:
        args = c.args
        source, target, others = list(args.source), list(args.target), list(args.others)
        if not source and others:  # "talks between A and B": all of them act
            source, others = others, []
        if c.kind == "attack" and not target and args.place_state \
                and args.place_state not in {actors.side(a) for a in source}:
            target = [args.place_state]  # "drone attacks killed six in Ukraine"
        if c.kind not in OWN_SIDE_KINDS:  # "Trump paused US aid": no state sanctions itself
            own = {actors.side(a) for a in source} - {None}
            target = [a for a in target if actors.is_person(a) or actors.side(a) not in own]
        if not source and not target and not (self.keep_partyless or c.kind in REFERRING_KINDS):
            return None
        tokens = sorted(c.trigger.tokens)
        words = doc[tokens[0]: tokens[-1] + 1]
        parties = (1 if source else 0) + (1 if target or len(source) > 1 else 0)
        confidence = 0.45 + 0.2 * parties + (0.1 if c.status != "hypothetical" else 0)
        relative = _relative(doc[c.key], args.clause)
        return EventRecord(
            kind=c.kind, plover=self.index.plover.get(c.kind), source=tuple(source), target=tuple(target),
            actors=tuple(dict.fromkeys(source + target + others)), status=c.status, sent_start=sent.start_char,
            sent_end=sent.end_char, trigger=words.text if len(tokens) > 1 else doc[c.trigger.head].text,
            trigger_start=words.start_char, location=args.location,
            date_span=(args.date.start, args.date.end) if args.date else None,
            today=not relative and is_today(args.date, c.status, sent.root), confidence=round(min(confidence, 0.95), 2),
            offered=c.offered, lemma=c.trigger.lemma, answered=c.answered, domestic=args.domestic and not target)


def _time(doc: Doc, c: Candidate, dates: list[DateSpan], others: set[int]) -> None:
    """The status and date of a candidate."""
    head = doc[c.key]
    # A noun that is another act's object or content is timed by its own words only, and the
    # setting of a clause ("at the summit") by the clause, not by what frames it.
    clause = head if c.args.relation in ("other", "content") else c.args.clause or head
    if c.args.relation == "other" and head.dep_ == "attr" and head.head.lemma_ == "be":
        clause = head.head  # "the next step should be a meeting": timed by its copula
    announced = c.kind in ("meeting", "call") and c.args.relation == "light" and c.args.governor is not None \
        and key_of(c.args.governor) in ARRANGING
    if announced:
        clause = head  # "announced the Budapest meeting last week": the announcement's date is not the meeting's
    c.args.date = date_of(doc, c.trigger.tokens, clause, c.args.governor, dates, others, said=c.kind in SPEECH_ACTS)
    # A threat or demand made by its own verb states its condition: "threatened X if Moscow refuses".
    conditioned = not (c.kind in ("threat", "demand") and head.pos_ == "VERB" and clause == head)
    setting = c.args.relation == "frame" and head.dep_ == "pobj" and head.head.lower_ in SETTINGS
    c.status = status_of(head, clause, c.args.date, framed=c.args.relation not in ("frame", "content", "other"),
                         conditioned=conditioned, setting=setting)
    if announced:
        phrase_span = (min(t.idx for t in head.subtree), max(t.idx + len(t) for t in head.subtree))
        if c.args.date is not None and not phrase_span[0] <= c.args.date.start < phrase_span[1]:
            c.args.date = None  # "announced ... last week": when it was announced
        c.status = "planned" if c.status == "occurred" else c.status


def _frame(head: Token, c: Candidate, actors: ActorMap) -> None:
    """The kinds only the frame of a trigger decides: a threat of force that was carried out is no
    threat, "will not accept" is a rejection, "willing to discuss" an offer, "vowed to strike" a
    threat, "wants Putin to withdraw" a request to Putin, "to halt hostilities" an aim."""
    if c.kind in HARMFUL and head.dep_ == "xcomp" and head.head.lemma_ in STOPPING:
        c.kind = "concession"  # "willing to stop hitting energy sites": a halt offered, no threat
    if c.trigger.lemma in MANNER_THREATS and c.status not in ("hypothetical", "planned"):
        c.dropped = True
    elif _refused(c, head) or (c.kind == "rejection" and c.trigger.lemma.split()[0] in ("not", "never")):
        c.kind, c.status = "rejection", "occurred"  # "will not accept", "would never allow": refused now
    elif _intent(head) and c.kind not in ("rejection", "threat", "demand"):
        c.offered = c.kind not in HARMFUL
        # "ready to accept the truce" accepts it; "willing to discuss a truce" offers talks
        c.kind = "threat" if c.kind in HARMFUL else c.kind if c.kind in ("concession", "agreement") else "proposal"
        c.status = "occurred"  # the offer or threat is made
    elif _vowed(head) and c.kind in HARMFUL:
        c.kind, c.status = "threat", "occurred"
    elif _vowed(head) or _offered(head):
        c.offered = c.kind not in ("rejection", "threat", "demand", "accusation")
    elif _wanted_of_another(head):
        wanter = [t for s in head.head.children if s.dep_ == "nsubj" for t in phrase(s)]
        c.kind, c.status = "demand", "occurred"
        c.args.source, c.args.target = actors.actors_in(wanter), list(c.args.source)
    elif _purpose(head) and c.kind != "protest":  # "marched to protest" protests
        c.dropped = c.kind not in ("meeting", "call")  # "flew to Riyadh to meet him" is planned,
        c.status = "occurred" if _perfect(head.head) else "planned"  # "had flown there to meet him" done


def _drop_denied_refusals(doc: Doc, candidates: list[Candidate]) -> None:
    """"Does not object to", "did not rule out talks", "no objection": no refusal, and what it would
    refuse is no act either (the positions reader keeps the stance)."""
    for c in candidates:
        denials = [ch for ch in doc[c.key].children if ch.i not in c.trigger.tokens and (
            ch.dep_ == "neg" or ch.dep_ == "det" and ch.lower_ in ("no", "neither"))]
        if c.trigger.kind == "rejection" and denials:
            c.dropped = True


def _warnings(doc: Doc, candidates: list[Candidate], actors: ActorMap) -> None:
    """"Putin warned that Russia would strike Kyiv" threatens Kyiv; a warning of one's own refusal
    only ("would not accept the plan") is that rejection; "Zelensky warned that Ukraine faced hard
    times", or that the other side would attack, or "against getting ahead of events", threatens no
    one. A warning addressed to a party ("warned Russia against escalation") is a threat to it."""
    for c in candidates:
        head = doc[c.key]
        if c.dropped or c.kind != "threat" or key_of(head) != "warn" or any(ch.dep_ == "dobj" for ch in head.children):
            continue
        clauses = [ch for ch in head.children if ch.dep_ == "ccomp"]
        if not clauses:
            against = [t for ch in head.children if ch.dep_ == "prep" and ch.lower_ == "against" for t in ch.subtree]
            if against and not any(o is not c and o.kind in HARMFUL and doc[o.key] in against for o in candidates):
                c.dropped = True  # "warned against getting ahead of events": advice, no threat
            continue
        warner = {actors.side(a) or a for a in c.args.source}
        own = [o for o in candidates if o is not c and o.kind in HARMFUL | {"rejection"} and any(
            doc[o.key] in clause.subtree for clause in clauses)
            and (not o.args.source or warner & {actors.side(a) or a for a in o.args.source})]
        if not own:
            c.dropped = True
            continue
        if all(o.kind == "rejection" for o in own):
            c.dropped = True  # "warned that Russia would not accept ultimatums": the refusal is the act
            for o in own:
                o.dropped = False
            continue
        c.args.target = [a for o in own for a in o.args.target if (actors.side(a) or a) not in warner] or [
            a for a in c.args.target if (actors.side(a) or a) not in warner] or [
            a for a in _conditioned(clauses, actors) if (actors.side(a) or a) not in warner]
        for o in own:
            o.dropped = o.dropped or o.kind in HARMFUL  # what the threat says ("would take more land")


def _conditioned(clauses: list[Token], actors: ActorMap) -> list[str]:
    """Whom a warning's "if" clause is about: "warned that if Kyiv refused, Russia would ..."."""
    marks = [m for clause in clauses for t in clause.subtree if t.dep_ == "advcl"
             for m in t.children if m.dep_ == "mark" and m.lower_ in THREAT_CONDITIONS]
    return [a for m in marks for a in actors.actors_in(subject_tokens(m.head))]


def _forecast(token: Token, commentators: frozenset[str]) -> bool:
    """What commentators (stances.yml) say, expect or fear: a verb above the act has one as subject (a
    forecast when the act is yet to be; "critics say Russia started the war" reports a fact)."""
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and key_of(subject) in commentators:
            return True
    return False


def _commentators_own(verb: Token, commentators: frozenset[str]) -> bool:
    """"Economists have warned that ...": what commentators do themselves is no party's act."""
    return any(c.dep_ == "nsubj" and key_of(c) in commentators for c in verb.children)


def _the_writers(verb: Token, actors: ActorMap) -> bool:
    """"We"/"I" as the subject outside any attributed quote: the writer, no party."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") and c.i not in actors.by_token for c in verb.children)


def _forgone(token: Token) -> bool:
    """An act done "without": in the phrase "without" heads, up to the first verb above it."""
    for t in (token, *token.ancestors):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "without":
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _reported(kind: str, args: Arguments) -> bool:
    """Whether a trigger reports an act, by how it hangs on its sentence (see arguments.py)."""
    if args.relation in ("adjective", "ended", "verbal"):
        return False  # "close to a deal", "cancelled the summit", a verb tagged as a noun
    return args.relation != "other" or kind in REFERENCED_KINDS_KEPT or (
        kind in AUTHORED_KINDS_KEPT and args.own_source)


def _relative(token: Token, clause: Token | None) -> bool:
    """"one day after talks", "ahead of the summit": dated relative to something else."""
    for t in [token, *token.ancestors]:
        if t.lower_ in RELATIVE_PREPS and t.pos_ in ("ADP", "ADV", "SCONJ"):
            return True
        if clause is not None and t.i == clause.i:
            break
    return False


def _refused(c: Candidate, head: Token) -> bool:
    """"did not agree", "does not support", "will not accept", "would not provide support": a refusal."""
    negated = any(ch.dep_ == "neg" for ch in head.children)
    if not negated:
        return False
    if c.kind == "agreement" and key_of(head) in ("accept", "agree", "approve") or c.kind == "support":
        return True  # "did not agree", "does not recognise", "did not back"
    future = any(ch.dep_ == "aux" and ch.lower_.replace("\u2019", "'") in REFUSING_AUX for ch in head.children)
    return future and c.kind in COOPERATIVE


def _intent(head: Token) -> bool:
    """"willing to discuss", "open to negotiating", "ready to halt"."""
    token, seen = head, 0
    while token.dep_ in ("xcomp", "pcomp", "prep") and seen < 3:
        token, seen = token.head, seen + 1
        if token.pos_ == "ADJ" and token.lower_ in INTENT_ADJ:
            return True
    return False


def _offered(head: Token) -> bool:
    """"offered to hand over", "promised to continue aid": the act the source puts forward as its own."""
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in OFFERING


def _vowed(head: Token) -> bool:
    """"vowed to retaliate", "swore to fight on", "wants to attack"."""
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in VOWS | WANTS and not _wanted_of_another(head)


def _wanted_of_another(head: Token) -> bool:
    return head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in WANTS and any(
        c.dep_ in ("dobj", "nsubj") and c.i < head.i for c in [*head.head.children, *head.children]
        if c.head.i != head.head.i or c.dep_ == "dobj")


def _perfect(verb: Token) -> bool:
    """"had travelled": a past before the past, over by the time of writing."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) and verb.tag_ == "VBN"


def _purpose(head: Token) -> bool:
    """An infinitive of purpose: "to halt hostilities, ...", "in order to ..."."""
    return head.pos_ == "VERB" and head.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
