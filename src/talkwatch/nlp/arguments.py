"""Who, to whom and where: the arguments of an event trigger, read from the
dependency parse.

A verb's subject is its source (the agent "by X" when it is passive), its
object and its "with"/"to"/"on"/"against" phrases the target, "between A and B"
its participants, and "in"/"at" places its location. A noun trigger carries
its own: "Russia's proposal", "the Franco-British plan", "US-proposed",
"talks between A and B", "a proposal by X", "a visit to Russia"; and it takes
the subject of a verb that only carries it ("held talks", "imposed
sanctions", "prepared for talks") as its source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..packs import Lexicon
from .argactors import ActorMap, phrase
from .datefinder import DateSpan
from .triggers import Trigger, key_of

SUBJECTS = {"nsubj", "csubj"}
VERB_TARGET_PREPS = {"with", "to", "on", "upon", "against", "at", "toward", "towards", "into"}
NOUN_TARGET_PREPS = {"with", "to", "on", "upon", "against", "toward", "towards", "for", "at", "into"}
NOUN_SOURCE_PREPS = {"by", "from"}
LOCATIVE = {"in", "at", "inside", "near", "outside"}
# Verbs that only carry a noun event: the subject of "held talks" or "imposed sanctions" is its source.
LIGHT_VERBS = {
    "hold", "have", "begin", "start", "open", "conduct", "resume", "continue", "attend", "join", "launch", "make",
    "carry", "stage", "reach", "give", "put", "present", "submit", "table", "unveil", "draft", "voice", "issue",
    "impose", "announce", "outline", "mount", "wage", "unleash", "step", "intensify", "escalate", "file", "level",
    "bring", "lodge", "express", "pledge", "extend", "set", "lay", "complete", "finish", "wrap", "schedule", "plan",
    "arrange", "organise", "organize", "prepare", "enter", "engage", "get", "do", "pursue", "renew", "repeat",
    "reiterate", "maintain", "keep", "introduce", "adopt", "expand", "tighten", "broaden", "order", "authorize",
    "authorise", "deliver", "provide", "send", "offer", "propose", "float", "pay", "undertake", "initiate", "chair",
    "co-chair", "lead", "head", "convene", "declare",
}
# Verbs whose object event does not happen: "cancelled the summit", "abandoned its support".
ENDING_VERBS = {"abandon", "drop", "scrap", "cancel", "revoke", "postpone", "delay", "shelve", "ditch", "derail",
                "stall", "lose", "forgo", "refuse"}
# Verbs whose subject event is placed and dated by them: "talks began in Jeddah on Tuesday".
ASPECT_VERBS = {"begin", "start", "open", "continue", "resume", "end", "conclude", "close", "take", "be", "happen",
                "occur", "last", "go", "get", "wrap", "finish", "kick", "follow", "come", "proceed"}
# Prepositions by which the subject of a clause takes part in a meeting: "X arrived for talks with Y".
MEETING_FRAMES = {"in", "at", "during", "after", "ahead", "before", "for", "following", "since", "into", "on"}
# Kinds whose "of" phrase names who acts ("the withdrawal of Russian troops", "the visit of Putin").
OF_SOURCE = {"retreat", "mobilization", "protest", "meeting", "call"}
CLIMB = {"xcomp", "conj", "advcl", "acomp", "pcomp", "prep"}
# Verbs whose object is what is talked about, not who with.
TOPICAL_VERBS = {"discuss", "negotiate", "talk", "confer"}
_DISPOSITION_POS = {"ADJ"}


@dataclass
class Arguments:
    """What the parse says about one trigger."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # participants neither source nor target
    location: str | None = None
    place_state: str | None = None  # the state the location is in, when known
    clause: Token | None = None  # the verb whose tense and modality time the event
    governor: Token | None = None  # for a noun: the word it hangs on
    relation: str = "own"  # own, light, frame, subject, content, adjective, ended, verbal, other
    own_source: bool = False  # the trigger's own words name who acts ("Russia's proposal")
    tokens: set[int] = field(default_factory=set)  # argument tokens
    date: DateSpan | None = None  # set by the status reader


class ArgumentReader:
    """Reads the arguments of the triggers of one document."""

    def __init__(self, doc: Doc, lexicon: Lexicon, actors: ActorMap, triggers: dict[int, Trigger]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.actors = actors
        self.triggers = triggers  # head token -> trigger
        self.place_label: dict[int, str] = {}
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC"):
                for token in ent:
                    self.place_label[token.i] = ent.label_
        for place in doc._.tw_places:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            for token in span or ():
                self.place_label.setdefault(token.i, "GPE")
        self.last_state: str | None = None
        self.date_tokens = {t.i for d in doc._.tw_dates
                            for t in (doc.char_span(d.start, d.end, alignment_mode="expand") or ())}

    def read(self, trigger: Trigger) -> Arguments:
        head = self.doc[trigger.head]
        if head.pos_ in ("VERB", "AUX") or (trigger.form == "phrase" and head.pos_ == "ADP"):
            args = self._verb(trigger, head if head.pos_ != "ADP" else head.head)
        else:
            args = self._noun(trigger, head)
        args.target = [a for a in args.target if a not in args.source]
        args.others = [a for a in args.others if a not in args.source and a not in args.target]
        return args

    # verbs

    def _verb(self, trigger: Trigger, verb: Token) -> Arguments:
        args = Arguments(clause=verb)
        passive = is_passive(verb)
        words = [verb] + [self.doc[i] for i in trigger.tokens if i != verb.i]
        if passive:
            source = acting_tokens(verb)
            target = [t for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass") for t in phrase(c)]
        else:
            source = self._subject(verb)
            # A reciprocal verb's object is its topic: "discussed US guarantees" is not with the US.
            objects = () if key_of(verb) in TOPICAL_VERBS else ("dobj", "dative", "iobj")
            target = [t for c in verb.children if c.dep_ in objects for t in phrase(c)]
            if not target:  # "Trump called Putin": a name the tagger took for a complement
                target = [t for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" for t in phrase(c)]
        target += self._prep_phrases(_attached(words), VERB_TARGET_PREPS)
        args.others = self.actors.actors_in(self._prep_phrases(_attached(words), {"between"}))
        args.source = self.actors.actors_in(source)
        args.target = self.actors.actors_in(target)
        args.tokens = {t.i for t in source + target}
        self.last_state = None
        args.location = self._location(_attached(_with_objects(words))) or self._where(verb)
        args.place_state = self.last_state if args.location else None
        return args

    def _subject(self, verb: Token) -> list[Token]:
        """The nearest subject phrase that names an actor ("and urged them" takes the subject of
        the verb it is joined to even when the parse puts a nearer one first)."""
        candidates = list(subject_candidates(verb))
        return next((c for c in candidates if self.actors.actors_in(c)), candidates[0] if candidates else [])

    def _prep_phrases(self, words: list[Token], preps: set[str]) -> list[Token]:
        """Tokens of the objects of these prepositions below `words`; an "at" place is a location."""
        out: list[Token] = []
        for word in words:
            for prep in word.children:
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in preps:
                    continue
                for obj in (g for g in prep.children if g.dep_ in ("pobj", "pcomp")):
                    tokens = phrase(obj)
                    if prep.lower_ == "at" and self._place_of(tokens) and not self.actors.actors_in(tokens):
                        continue  # "at the Kremlin" is where, not whom
                    out += tokens
        return out

    # nouns

    def _noun(self, trigger: Trigger, noun: Token) -> Arguments:
        args = Arguments(clause=noun)
        kind = trigger.kind
        source: list[Token] = []
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod", "npadvmod")
                                        and not self._is_place(child) and child.i not in self.triggers):
                source += phrase(child) + [t for t in child.subtree if t.dep_ == "npadvmod"]
            elif child.dep_ == "acl" and any(g.dep_ == "agent" for g in child.children):
                source += [t for g in child.children if g.dep_ == "agent" for p in g.children for t in phrase(p)]
        source += self._prep_phrases([noun], NOUN_SOURCE_PREPS)
        of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.i not in self.triggers]  # "a barrage of attacks" is one act
        of_phrase = [t for g in of_objects for t in phrase(g)]
        target = self._prep_phrases(_attached([noun]), NOUN_TARGET_PREPS)
        (source if kind in OF_SOURCE else target).extend(of_phrase)
        args.own_source = bool(self.actors.actors_in(source))
        args.others = self.actors.actors_in(self._prep_phrases(_attached([noun]), {"between"}))
        words = [noun]
        for child in noun.children:  # "the visit he made to Russia", "the talks they held with Y"
            if child.dep_ == "relcl" and child.lemma_ in LIGHT_VERBS:
                source += acting_tokens(child)
                target += self._prep_phrases([child], VERB_TARGET_PREPS)
        governor, relation = self._governor(trigger, noun)
        args.governor, args.relation = governor, relation
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            args.clause = governor
            if relation in ("light", "frame"):
                if relation == "light" or not (args.own_source or args.others):
                    source += acting_tokens(governor)
                target += self._prep_phrases([governor], {"with", "to"} if kind in ("meeting", "call")
                                             else VERB_TARGET_PREPS)
                words.append(governor)
            elif relation == "subject" and governor.lemma_ in ASPECT_VERBS:
                words.append(governor)
        if not args.others and len(words) > 1:  # "discussions last month in Riyadh between X and Y"
            args.others = self.actors.actors_in(self._prep_phrases(_attached(words[1:]), {"between"}))
        args.source = self.actors.actors_in(source)
        args.target = self.actors.actors_in(target)
        args.tokens = {t.i for t in source + target}
        self.last_state = None
        args.location = self._location(_attached(words)) or self._compound_place(noun)
        args.place_state = self.last_state if args.location else None
        return args

    def _governor(self, trigger: Trigger, noun: Token) -> tuple[Token | None, str]:
        """The word a noun trigger hangs on, and how: carried by a light verb ("held talks"),
        framed ("arrived for talks"), subject ("talks began"), content of another trigger
        ("rejected the plan"), under an adjective ("close to a deal"), or ended ("cancelled the summit")."""
        current = noun
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
        dep, head = current.dep_, current.head
        preps: list[str] = []
        while dep == "pobj" and head.dep_ in ("prep", "agent", "dative"):
            preps.append(head.lower_)
            current, dep, head = head, head.dep_, head.head
            if head.pos_ in ("ADV", "ADJ") and head.dep_ in ("advmod", "prep") and head.lower_ in ("ahead", "prior"):
                preps.append(head.lower_)
                current, dep, head = head, head.dep_, head.head
        if head.i == current.i:
            return None, "own"
        if head.i in self.triggers and head.i != noun.i:
            same = self.triggers[head.i].kind == trigger.kind
            return head, "light" if same and head.pos_ == "VERB" else "content"
        if _verbal(noun):
            return None, "verbal"
        if any(c.dep_ == "amod" and key_of(c) in ENDING_VERBS for c in noun.children):
            return None, "ended"  # "abandoned support", "cancelled talks"
        if head.pos_ in _DISPOSITION_POS and preps:
            return head, "adjective"
        if head.pos_ in ("NOUN", "PROPN") and preps and trigger.kind in ("meeting", "call") \
                and preps[-1] in MEETING_FRAMES:
            verb = _verb_above(head)  # "made compromises at the summit with Trump"
            return (verb, "frame") if verb is not None else (head, "other")
        if head.pos_ not in ("VERB", "AUX"):
            return head, "other"
        if key_of(head) in ENDING_VERBS:
            return head, "ended"
        if not preps and dep in ("dobj", "nsubjpass", "attr", "oprd") and key_of(head) in LIGHT_VERBS:
            return head, "light"
        if dep in ("nsubj", "nsubjpass"):
            return head, "subject"
        if preps and trigger.kind in ("meeting", "call") and preps[-1] in MEETING_FRAMES | {"ahead", "prior"}:
            return head, "frame"
        if preps and key_of(head) in ("prepare", "plan", "push", "press", "negotiate", "participate"):
            return head, "frame"
        return head, "other"

    # places

    def _is_place(self, token: Token) -> bool:
        return token.i in self.place_label and token.i not in self.actors.by_token

    def _place_of(self, tokens: list[Token]) -> str | None:
        """The place these tokens name, the most specific first: a city or country before a
        region, a region before a building ("at the Ritz Carlton in Riyadh" is Riyadh)."""
        ranked = sorted((("GPE", "LOC", "FAC").index(self.place_label[t.i]), t.i) for t in tokens
                        if t.i in self.place_label and t.i not in self.date_tokens)
        if not ranked:
            return None
        first = ranked[0][1]
        start = end = first
        while start - 1 in self.place_label and self.place_label[start - 1] == self.place_label[first]:
            start -= 1
        while end + 1 in self.place_label and self.place_label[end + 1] == self.place_label[first]:
            end += 1
        self.last_state = self._state_at(start, end)
        return self._city(self.doc[start: end + 1].text)

    def _state_at(self, start: int, end: int) -> str | None:
        """The state a place name belongs to: a country named, or the state of a known place."""
        if start in self.actors.by_token and self.actors.by_token[start] in self.lexicon.states:
            return self.actors.by_token[start]
        first, last = self.doc[start].idx, self.doc[end].idx + len(self.doc[end])
        return next((p.state for p in self.doc._.tw_places if p.start <= first and last <= p.end + 1), None)

    def _city(self, text: str) -> str:
        """A seat of power stands for its capital: "the Kremlin" is in Moscow."""
        text = text[4:] if text.lower().startswith("the ") else text
        for form in (text, "the " + text):
            for term in self.lexicon.by_form.get(form, ()):
                state = self.lexicon.states.get(term.actor)
                if term.kind == "metonym" and state is not None and state.capital:
                    return state.capital
        return text

    def _location(self, words: list[Token]) -> str | None:
        for word in words:
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
                    objs = [g for g in prep.children if g.dep_ == "pobj" and g.i not in self.triggers]
                    for obj in objs:
                        place = self._place_of(list(obj.subtree))
                        if place:
                            return place
        return None

    def _where(self, verb: Token) -> str | None:
        """"talks in Berlin, where X met Y": the place the relative clause hangs on."""
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            return self._place_of([verb.head])
        return None

    def _compound_place(self, noun: Token) -> str | None:
        """"the Alaska summit", "the Riyadh talks"."""
        words = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and self._is_place(c)]
        return self._place_of([t for w in words for t in w.subtree]) if words else None


def _verbal(noun: Token) -> bool:
    """"the US and Ukraine plan to meet": a verb the tagger took for a noun, with a subject, or
    with coordinated parties before it and an infinitive after it."""
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


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def acting_tokens(verb: Token) -> list[Token]:
    """Who acts in a verb's clause: the agent of a passive verb, else its subject."""
    if is_passive(verb):
        return [t for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for t in phrase(g)]
    return subject_tokens(verb)


def subject_tokens(verb: Token) -> list[Token]:
    """The phrase that acts in a verb's clause (see `subject_candidates`), the nearest one."""
    return next(subject_candidates(verb), [])


def subject_candidates(verb: Token) -> Iterator[list[Token]]:
    """Phrases that may act in a verb's clause, nearest first: its own subject, else the subject
    (or, for "urged X to", the object) of the verb it depends on ("agreed to meet", "willing to
    discuss", "said ... and urged")."""
    current = verb
    for _ in range(6):
        # A passive verb's own subject is its patient; a passive head's subject acts in its
        # complement ("was invited to meet").
        deps = SUBJECTS if current.i == verb.i else SUBJECTS | {"nsubjpass"}
        for subject in (c for c in current.children if c.dep_ in deps):
            yield phrase(subject)
        if current.dep_ == "xcomp":
            for obj in (c for c in current.head.children if c.dep_ == "dobj" and current.head.pos_ == "VERB"):
                yield phrase(obj)
        if current.dep_ == "acl" and not is_passive(current):
            # "forces attacking the city", and "Trump called Putin" when the tagger took the name
            # for the head of a noun phrase: the noun is the subject.
            yield phrase(current.head)
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return
        current = current.head


def _attached(words: list[Token]) -> list[Token]:
    """The words, and the objects of their place and time phrases: "talks last month in Saudi
    Arabia between X and Y" has its "between" wherever the parse hung it."""
    out = list(words)
    for word in words:
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "on", "during"):
                out += [g for g in prep.children if g.dep_ == "pobj"]
            elif prep.dep_ == "npadvmod":
                out.append(prep)
        out += [c for c in word.children if c.dep_ == "npadvmod"]
    return out


def _with_objects(words: list[Token]) -> list[Token]:
    """The words and their objects: "met Putin in Moscow", "killed six in Kharkiv" have their place
    wherever the parse hung it; the topic of "discussed a truce in Ukraine" has none."""
    return words + [c for w in words if key_of(w) not in TOPICAL_VERBS for c in w.children if c.dep_ == "dobj"]
