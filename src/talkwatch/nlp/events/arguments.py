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

from ...packs import Lexicon
from .argactors import ActorMap, phrase
from ..dates.component import DateSpan
from .governors import ARRANGING, ASPECT_VERBS, governor_of, is_light
from .places import Location, PlaceReader
from .status import MOTION_VERBS, REPORTING
from .triggers import Trigger, key_of

SUBJECTS = {"nsubj", "csubj"}
VERB_TARGET_PREPS = {"with", "to", "on", "upon", "against", "at", "toward", "towards", "into"}
NOUN_TARGET_PREPS = {"with", "to", "on", "upon", "against", "toward", "towards", "for", "at", "into"}
NOUN_SOURCE_PREPS = {"by", "from"}
# Kinds whose "from" names the party left or given up to: "withdrew from Lebanon".
LEFT = {"retreat": {"from"}}
# Kinds aimed at a place as at its state: "shelled Kharkiv", "strikes on Gaza City".
PLACE_TARGET_KINDS = {"attack", "coercion"}
# Prepositions of a verb's object that name whom the act is aimed at: "threatened action against X".
OBJECT_TARGET_PREPS = {"against", "on", "upon", "at", "to", "toward", "towards", "into"}
# Kinds whose "of" phrase names who acts ("the withdrawal of Russian troops", "the visit of Putin").
OF_SOURCE = {"retreat", "mobilization", "protest", "meeting", "call"}
# Participles that after "be" describe their subject's stance: "is opposed to", "is committed to".
ADJECTIVAL_PARTICIPLES = {"oppose", "commit", "dedicate", "determine", "resolve", "devote", "inclined"}
# Kinds that answer something another party said or did: their target made it.
ANSWERING_KINDS = {"rejection", "agreement", "support", "accusation"}
# Kinds whose verb may take a clause about someone: "alleged that France ...", "warned that Russia ...".
ADDRESSED_KINDS = {"accusation", "demand", "threat", "proposal", "support", "rejection"}
# Subjects that stand for a noun elsewhere: a clause with one of these has no subject of its own.
RELATIVE_WORDS = {"who", "which", "that", "whom", "whose", "what"}
# Marks of the condition a threat puts to its target: "... if Kyiv rejects the plan".
THREAT_CONDITIONS = {"if", "unless"}
# Acts done with words: what their object names is not where they happen.
VERBAL_KINDS = {"rejection", "support", "accusation", "demand", "proposal", "threat", "agreement"}
# Verbs whose object is what is talked about, not who with.
TOPICAL_VERBS = {"discuss", "negotiate", "talk", "confer"}
# Where a subject with no actor of its own is placed: "a court in Guyana", "students throughout Indonesia".
PLACED_IN = {"in", "of", "throughout", "across", "from", "inside"}
DESTINATION_PREPS = {"to", "in", "into", "at"}
# Kinds whose object is what is sent or moved: its owner, named in it, is no target.
SENDING_KINDS = {"aid", "mobilization", "retreat"}
# Verbs whose agent puts a meeting of others forward: "a meeting between X and Y, floated by Z".
BROKERING = ARRANGING | {"float", "suggest", "broker", "mediate", "host", "urge", "seek", "push"}
CLIMB = {"xcomp", "conj", "advcl", "acomp", "pcomp", "prep"}
# What parties put their words in: what such a text does, its author does.
MESSAGES = {"statement", "letter", "communique", "declaration", "resolution", "message", "memo", "memorandum",
            "document", "text", "note", "post", "appeal", "op-ed", "article", "report", "video", "address"}


@dataclass
class Arguments:
    """What the parse says about one trigger."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # participants neither source nor target
    location: str | None = None
    place_state: str | None = None  # the state the location is in, when known
    domestic: bool = False  # the target phrase names the source's own party
    clause: Token | None = None  # the verb whose tense and modality time the event
    governor: Token | None = None  # for a noun: the word it hangs on
    relation: str = "own"  # own, light, frame, subject, casualty, received, content, adjective, ended, lifted, verbal, other
    own_source: bool = False  # the trigger's own words name who acts ("Russia's proposal")
    tokens: set[int] = field(default_factory=set)  # argument tokens
    date: DateSpan | None = None  # set by the status reader


class ArgumentReader:
    """Reads the arguments of the triggers of one document."""

    def __init__(self, doc: Doc, lexicon: Lexicon, actors: ActorMap) -> None:
        self.doc = doc
        self.actors = actors
        self.triggers: dict[int, Trigger] = {}  # head token -> trigger, of the sentence being read
        self.places = PlaceReader(doc, lexicon, actors)

    def sentence(self, triggers: dict[int, Trigger]) -> ArgumentReader:
        """Read the triggers of the next sentence."""
        self.triggers = triggers
        return self

    def read(self, trigger: Trigger) -> Arguments:
        head = self.doc[trigger.head]
        if head.pos_ in ("VERB", "AUX") or (trigger.form == "phrase" and head.pos_ == "ADP"):
            args = self._verb(trigger, head if head.pos_ != "ADP" else head.head)
        else:
            args = self._noun(trigger, head)
        # "Georgian demonstrators fired at the Georgian government": one party in the record, a
        # domestic dyad in event data (the sentence coder codes it GEO -> GEO).
        args.domestic = any(a in args.source for a in args.target)
        args.target = [a for a in args.target if a not in args.source]
        args.others = [a for a in args.others if a not in args.source and a not in args.target]
        return args

    # verbs

    def _verb(self, trigger: Trigger, verb: Token) -> Arguments:
        args = Arguments(clause=verb)
        passive = is_passive(verb) and not _adjectival(verb)
        words = [verb] + [self.doc[i] for i in trigger.tokens if i != verb.i]
        if passive or _passive_participle(verb):
            source = acting_tokens(verb)
            # What "was discussed" is the topic, not a party: "American proposals could be discussed".
            target = [t for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass") for t in phrase(c)
                      if key_of(verb) not in TOPICAL_VERBS]
            if verb.dep_ == "acl":  # "ten soldiers killed in the strike": the noun is the patient
                target += phrase(verb.head)
        else:
            source = self._subject(verb)
            # A reciprocal verb's object is its topic: "discussed US guarantees" is not with the US.
            objects = () if key_of(verb) in TOPICAL_VERBS else ("dobj", "dative", "iobj")
            target = [t for c in verb.children if c.dep_ in objects for t in phrase(c)]
            if not target:  # "Trump called Putin": a name the tagger took for a complement
                target = [t for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" for t in phrase(c)]
        target += self._prep_phrases(_attached(words), VERB_TARGET_PREPS | LEFT.get(trigger.kind, set()))
        # "signed an agreement with the EU": the partner of the act named by the object;
        # "threatened action against Russia", "sent weapons to Kyiv": whom the object is aimed at.
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        target += self._prep_phrases([o for o in objects if o.i in self.triggers], {"with", "between"})
        target += self._prep_phrases(objects, OBJECT_TARGET_PREPS)
        if trigger.kind in ADDRESSED_KINDS and not self.actors.actors_in(target):
            # "alleged that France was aware", "warned that Russia would": whom the words are about.
            target += [t for c in verb.children if c.dep_ == "ccomp" for t in subject_tokens(c)]
        if trigger.kind in ANSWERING_KINDS and not self.actors.actors_in(target):
            # "rejected calls by Belarus", "welcomed Reagan's statement", "opposed to French
            # mediation": a response is aimed at whoever made what it answers.
            answered = objects + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                                  for g in c.children if g.dep_ == "pobj"]
            target += [t for o in answered if o.i not in self.triggers for t in self._authors(o)]
        if trigger.kind in ADDRESSED_KINDS and not self.actors.actors_in(target):
            # "threatened to break relations with Russia": whom the act it names is aimed at.
            for act in (c for c in verb.children if c.dep_ == "xcomp" and c.i not in self.triggers):
                acted_on = [c for c in act.children if c.dep_ in ("dobj", "dative")]
                target += [t for c in acted_on for t in phrase(c)]
                target += self._prep_phrases([act, *acted_on], VERB_TARGET_PREPS)
        if trigger.kind == "threat" and not self.actors.actors_in(target):
            # "threatened to seize more land if Kyiv rejected the plan": whom the condition is put to
            for clause in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
                target += [t for c in clause.children if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in THREAT_CONDITIONS for m in c.children) for t in subject_tokens(c)]
        args.others = self.actors.actors_in(self._prep_phrases(_attached(words), {"between"}))
        args.source = self._phrase_actors(source)
        args.target = self.actors.actors_in(target) or self._struck_place(trigger.kind, target)
        if trigger.kind in SENDING_KINDS:  # "Trump sent American troops": his own, not a recipient
            own = {self.actors.side(a) for a in args.source if self.actors.is_person(a)} - {None}
            args.target = [a for a in args.target if self.actors.side(a) not in own]
        args.tokens = {t.i for t in source + target}
        # Where a meeting or strike took place may hang on its object ("met Putin in Moscow", "killed
        # six in Kharkiv"); the object of words is elsewhere ("will not accept troops in Ukraine").
        placed = words if trigger.kind in VERBAL_KINDS else _with_objects(words)
        _locate(args, self.places.location(_attached(placed), set(self.triggers)) or self.places.where(verb)
                or self._destination(verb) or self._struck(trigger.kind, verb) or self.places.there(verb)
                or self._among_parties(trigger.kind, verb))
        return args

    def _among_parties(self, kind: str, head: Token) -> Location | None:
        """"talks with Rubio, Witkoff and Kushner in Hallandale Beach", "a meeting of the coalition in
        Paris": the model hangs a meeting's place on the last party named."""
        if kind not in ("meeting", "call"):
            return None
        return self.places.nested(head, set(self.triggers))

    def _struck(self, kind: str, verb: Token) -> Location | None:
        """"Russia struck Kyiv overnight": a place attacked is where the attack was."""
        if kind not in PLACE_TARGET_KINDS:
            return None
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in phrase(c)]
        found = self.places.place_of(objects) if objects else None
        state = self.places.lexicon.states.get(found[1]) if found and found[1] else None
        return None if state is not None and found[0] in (state.name, *state.aliases) else found  # not "Russia"

    def _destination(self, verb: Token) -> Location | None:
        """"flew to Riyadh to meet Witkoff": a meeting one travels for is where one travels to."""
        motion = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or motion.lemma_ not in MOTION_VERBS:
            return None
        for prep in motion.children:
            if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS:
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    found = self.places.place_of(obj.subtree)
                    if found:
                        return found
        return None

    def _subject(self, verb: Token) -> list[Token]:
        """The nearest subject phrase that names an actor ("and urged them" takes the subject of
        the verb it is joined to even when the parse puts a nearer one first)."""
        candidates = list(subject_candidates(verb))
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children) and candidates \
                and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in verb.children):
            return candidates[0]  # "flew in after a car bomb killed X": the clause's own subject acts
        return next((c for c in candidates if self.actors.actors_in(c)), candidates[0] if candidates else [])

    def _phrase_actors(self, tokens: list[Token]) -> list[str]:
        """The actors of an argument phrase; failing any, the state it is placed in ("a court in
        Guyana", "police in Kenya")."""
        found = self.actors.actors_in(tokens)
        if found or not tokens or tokens[0].i in self.triggers:
            return found
        places = [g for c in tokens[0].children if c.dep_ == "prep" and c.lower_ in PLACED_IN
                  for g in c.children if g.dep_ == "pobj"]
        found_place = self.places.place_of(t for p in places for t in p.subtree)
        return [found_place[1]] if found_place and found_place[1] else []

    def _authors(self, noun: Token) -> list[Token]:
        """Who a thing said or done belongs to: "Belarus's call", "a Senegalese plan", "calls by X",
        "an offer from Kabul"."""
        out = [t for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
               and not self.places.is_place(c) for t in phrase(c)]
        return out + self._prep_phrases([noun], NOUN_SOURCE_PREPS)

    def _prep_phrases(self, words: list[Token], preps: set[str]) -> list[Token]:
        """Tokens of the objects of these prepositions below `words`; an "at" place is a location."""
        out: list[Token] = []
        for word in words:
            for prep in word.children:
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in preps:
                    continue
                for obj in (g for g in prep.children if g.dep_ in ("pobj", "pcomp")):
                    tokens = phrase(obj)
                    if prep.lower_ == "at" and self.places.place_of(list(obj.subtree)) and (
                            not self.actors.actors_in(tokens) or obj.i not in self.actors.by_token):
                        continue  # "at the Kremlin", "at the US mission in Geneva" are where, not whom
                    out += tokens
        return out

    # nouns

    def _noun(self, trigger: Trigger, noun: Token) -> Arguments:
        args = Arguments(clause=noun)
        kind = trigger.kind
        source: list[Token] = []
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod", "npadvmod")
                                        and not self.places.is_place(child) and child.i not in self.triggers):
                source += phrase(child) + [t for t in child.subtree if t.dep_ == "npadvmod"]
            elif child.dep_ == "amod" and child.tag_ == "VBN":
                # "the American-proposed plan", "a US-brokered deal": the participle's modifier acts.
                source += [t for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod") for t in phrase(g)]
            elif child.dep_ == "acl" and any(g.dep_ == "agent" for g in child.children):
                agents = [t for g in child.children if g.dep_ == "agent" for p in g.children for t in phrase(p)]
                if not (kind in ("meeting", "call") and key_of(child) in BROKERING and _has_prep(noun, "between")):
                    source += agents  # not "a meeting between X and Y, floated by Z": Z is not in it
        source += self._prep_phrases([noun], NOUN_SOURCE_PREPS - LEFT.get(kind, set()))
        of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.i not in self.triggers]  # "a barrage of attacks" is one act
        of_phrase = [t for g in of_objects for t in phrase(g)]
        target = self._prep_phrases(_attached([noun]), NOUN_TARGET_PREPS | LEFT.get(kind, set()))
        (source if kind in OF_SOURCE else target).extend(of_phrase)
        args.own_source = bool(self.actors.actors_in(source))
        args.others = self.actors.actors_in(self._prep_phrases(_attached([noun]), {"between"}))
        words = [noun]
        for child in noun.children:  # "the visit he made to Russia", "the talks they held with Y"
            if child.dep_ == "relcl" and is_light(child):
                source += acting_tokens(child)
                target += self._prep_phrases([child], VERB_TARGET_PREPS)
            elif child.dep_ == "acl" and child.tag_ == "VBN" and is_light(child):
                words.append(child)  # "the first talks in three years, held in Istanbul": where they were
        governor, relation = governor_of(trigger, noun, self.triggers)
        args.governor, args.relation = governor, relation
        # "arranging a meeting between Putin and Zelensky": who arranges it is not in it
        arranged = governor is not None and kind in ("meeting", "call") and bool(args.others) \
            and key_of(governor) in ARRANGING
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            args.clause = governor
            if relation in ("light", "frame", "lifted"):
                if (relation in ("light", "lifted") or not (args.own_source or args.others)) and not arranged:
                    source += acting_tokens(governor)
                target += self._prep_phrases([governor], {"with", "to"} if kind in ("meeting", "call")
                                             else VERB_TARGET_PREPS)
                if relation == "frame" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into"):
                    # "engaged Filipino peacekeepers in a firefight"; not "hosted X after his call with Y"
                    target += [t for c in governor.children if c.dep_ == "dobj" and c.i not in self.triggers
                               for t in phrase(c)]
                words.append(governor)
            elif relation == "received":  # "Moldova got a loan from the IMF": the IMF gave it to Moldova
                if not args.own_source:
                    source += self._prep_phrases([governor], {"from"})
                target += acting_tokens(governor)
                words.append(governor)
            elif relation == "subject" and governor.lemma_ in ASPECT_VERBS:
                words.append(governor)
            elif relation == "other" and kind in ("meeting", "call") and _summing_up(noun):
                words.append(governor)  # "spent three hours with Putin in Moscow, his fourth meeting with him"
            elif relation == "casualty":  # "two civilians died in Russian strikes on Kharkiv"
                target += [t for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") for t in phrase(c)]
                words.append(governor)
        if not args.others and len(words) > 1:  # "discussions last month in Riyadh between X and Y"
            args.others = self.actors.actors_in(self._prep_phrases(_attached(words[1:]), {"between"}))
        if kind in ("meeting", "call") and not (args.others or self.actors.actors_in(source + target)):
            source += self._joint_reporters(noun)
        args.source = self.actors.actors_in(source)
        if not args.source and governor is not None and relation in ("light", "lifted") and not arranged:
            args.source = self._phrase_actors(acting_tokens(governor))  # "students in Jakarta staged protests"
        args.target = self.actors.actors_in(target) or self._struck_place(kind, target)
        args.tokens = {t.i for t in source + target}
        _locate(args, self.places.location(_attached(words), set(self.triggers)) or self.places.compound(noun)
                or self._among_parties(kind, noun))
        return args

    def _joint_reporters(self, noun: Token) -> list[Token]:
        """"US and Ukrainian officials said talks in Geneva had produced a draft": talks that
        several parties report together, naming no one, are their own talks."""
        current = noun
        while current.dep_ not in ("ccomp", "ROOT") and current.head.i != current.i:
            current = current.head
        if current.dep_ != "ccomp" or current.head.lemma_ not in REPORTING:
            return []
        speakers = [t for c in current.head.children if c.dep_ == "nsubj" for t in phrase(c)]
        # several sides: "Driscoll's spokesman, Jeff Tolbert" is one side speaking of its own talks
        sides = {self.actors.side(a) for a in self.actors.actors_in(speakers)} - {None}
        return speakers if len(sides) >= 2 else []

    def _struck_place(self, kind: str, target: list[Token]) -> list[str]:
        """The state of a place an attack is aimed at ("strikes on Kharkiv"), when its target
        names no actor."""
        if kind not in PLACE_TARGET_KINDS or not target:
            return []
        found = self.places.place_of(target)
        return [found[1]] if found and found[1] else []


def _passive_participle(verb: Token) -> bool:
    """"soldiers killed in the strike": a participle after its noun, the noun its patient. With an
    object of its own ("attacks killed six", "Trump called Putin") it is a finite verb the parser
    hung on the noun before it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "oprd") for c in verb.children)


def _adjectival(verb: Token) -> bool:
    """"Israel is opposed to ...", "Kyiv is committed to ...": a state of the subject, not a passive."""
    return key_of(verb) in ADJECTIVAL_PARTICIPLES and not any(c.dep_ == "agent" for c in verb.children)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def acting_tokens(verb: Token) -> list[Token]:
    """Who acts in a verb's clause: the agent of a passive verb, else its subject."""
    if is_passive(verb) or _passive_participle(verb):
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
        deps = SUBJECTS if current.i == verb.i and not _adjectival(verb) else SUBJECTS | {"nsubjpass"}
        for subject in (c for c in current.children if c.dep_ in deps):
            yield phrase(subject)
        if current.dep_ == "xcomp":
            for obj in (c for c in current.head.children if c.dep_ == "dobj" and current.head.pos_ == "VERB"):
                yield phrase(obj)
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.lower_ in ("in", "by"):
            # "rewarding Russia's aggression in starting the invasion": the owner of the act the
            # gerund describes acts in it.
            owners = [p for o in current.head.head.children if o.dep_ == "dobj"
                      for p in o.children if p.dep_ == "poss"]
            for owner in owners:
                yield phrase(owner)
        if current.dep_ == "acl" and not is_passive(current) and not _passive_participle(current):
            # "forces attacking the city", and "Trump called Putin" when the tagger took the name
            # for the head of a noun phrase: the noun is the subject.
            yield phrase(current.head)
            message = current.head
            if current.tag_ == "VBG" and key_of(message) in MESSAGES and message.dep_ == "dobj":
                # "issued a joint statement proposing a force": who issued it proposes
                yield from ([t for t in phrase(s)] for s in message.head.children if s.dep_ == "nsubj")
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return
        current = current.head


def _summing_up(noun: Token) -> bool:
    """A noun set off by a comma after its clause's other object, which it sums up: "spent three hours
    with Putin on Friday, his fourth meeting this year"."""
    return noun.dep_ == "dobj" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," \
        and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)


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
    """The words, their objects and "with" partners: "met Putin in Moscow", "killed six in Kharkiv"
    have their place wherever the parse hung it; the topic of "discussed a truce in Ukraine" has none."""
    objects = [c for w in words if key_of(w) not in TOPICAL_VERBS for c in w.children if c.dep_ == "dobj"]
    # "met with partners in the US": the partner phrase carries the place as often as the verb does.
    # "discussed the plan with Dmitriev in Miami": a topic the partner was hung on has the verb's
    # phrases too, not only "discussed the truce in Ukraine".
    topics = [c for w in words for c in w.children if c.dep_ == "dobj" and _has_prep(c, "with")]
    partners = [g for w in words + topics for p in w.children if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children if g.dep_ == "pobj"]
    return words + objects + topics + partners


def _has_prep(word: Token, prep: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == prep for c in word.children)


def _locate(args: Arguments, found: Location | None) -> None:
    if found:
        args.location, args.place_state = found
