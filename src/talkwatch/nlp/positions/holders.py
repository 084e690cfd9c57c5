"""Who holds a stance: the actor that the subject, possessor or agent of a stance
word names ("Moscow's demands", "Ukrainian officials reject", "proposed by Paris"),
else the one who reports it ("Moscow says a ceasefire will not be possible"),
resolved through the actor mentions of `doc._.tw_mentions` ("the two leaders",
"both sides" as the event reader resolves them). An act of force
("Russian shelling") holds none, nor does a noun the parser put in a clause's place."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...packs import Lexicon
from ..events.argactors import PAIR_HEADS, ActorMap
from ..quotes.speech import speech_verbs
from ..tense import OBLIGING
from ..words import mention_tokens

SUBJECTS = ("nsubj",)
# Words of a noun phrase that can name who it belongs to: "Kremlin negotiators",
# "Ukrainian officials", "Russia's conditions", "the Trump administration".
_OWNER_DEPS = ("compound", "amod", "poss", "nmod")
_AGENT_PREPS = ("by", "from")  # "a proposal by Paris", "demands from Moscow"
_ADJ_PREPS = ("to", "for")  # "unacceptable to Moscow"
_IT = ("it", "its")
_RELATIVE = ("that", "which", "who", "whom")
_PRONOUNS = {"he", "she", "they", "we", "i", "you", "it"}  # a speaker the quotes reader did not resolve
# "Ukraine should give up Crimea, Trump said": what a clause says its subject must do (tense.OBLIGING)
# is the speaker's wish, not the subject's.
# A noun the parser put in a clause's place ("said that [Russian shelling] ... had continued")
# is what is reported, not its owner's stance.
_CLAUSE_SLOTS = ("ccomp", "xcomp", "advcl", "csubj")


class Holders:
    """Resolves the holder of a stance word in one Doc.

    Args:
        doc: the parsed article, after the actors component.
        lexicon: gives each actor's side.
    """

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.new = doc._.tw_new_actors or {}
        self.by_token: dict[int, str] = {}
        for m, first, last in mention_tokens(doc):
            self.by_token.update((i, m.actor) for i in range(first, last + 1))
        self.speakers = set(self.by_token)  # tokens that name an actor
        self._actors: ActorMap | None = None  # built when a pair ("both sides") needs it
        # Acts of force ("Russian shelling", "drone strikes") take no stance, whoever does them.
        attack = lexicon.triggers.get("attack")
        self.acts = frozenset(attack.nouns) if attack is not None else frozenset()
        # Verbs of speech, and those of them that reject what they report ("deny").
        self.reporting = speech_verbs().reporting
        rejection = lexicon.triggers.get("rejection")
        self.denials = self.reporting & frozenset(rejection.verbs if rejection is not None else ())
        # "the draft would have Ukraine ...", "under the plan, Kyiv would ...": a proposal's terms.
        self.proposals = frozenset(w for kind in ("proposal", "agreement") if (k := lexicon.triggers.get(kind))
                                   for w in k.nouns)
        meeting = lexicon.triggers.get("meeting")  # "talks", "negotiations": what they are on is a topic
        self.talks = frozenset(meeting.nouns) if meeting is not None else frozenset()

    def side(self, actor: str) -> str | None:
        """The side an actor speaks for, or None (outlets, people of no known side)."""
        side = self.lexicon.side_of(actor)
        if side is None and actor in self.new:
            side = self.new[actor].side
        return side

    def with_side(self, actors: list[str]) -> list[str]:
        return [a for a in dict.fromkeys(actors) if self.side(a)]

    # noun phrases

    def named_by(self, token: Token) -> list[str]:
        """The actors a noun phrase headed by `token` names, its conjuncts included."""
        out = self._owner(token)
        for conj in token.conjuncts:
            out += self._owner(conj)
        return list(dict.fromkeys(out))

    def _owner(self, token: Token) -> list[str]:
        if token.i in self.by_token:
            return [self.by_token[token.i]]
        if token.lower_ in PAIR_HEADS:  # "the two leaders", "both sides": read as the event reader reads them
            found = self._actor_map().pair(token)
            if found:
                return found
        if token.lower_ in _IT:
            found = self._state_before(token)
            return [found] if found else []
        if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
            return self.named_by(token.head.head)
        # "American and Ukrainian officials": every conjunct of a modifier names an owner.
        words = [w for c in token.children if c.dep_ in _OWNER_DEPS for w in (c, *c.conjuncts)]
        owners = [self.by_token[w.i] for w in words if w.i in self.by_token]
        owners += [a for c in token.children if c.dep_ == "poss" and c.lower_ in _IT for a in self._owner(c)]
        return owners

    def _actor_map(self) -> ActorMap:
        if self._actors is None:
            self._actors = ActorMap(self.doc, self.lexicon)
        return self._actors

    def _state_before(self, token: Token) -> str | None:
        """What "it"/"its" stands for: the nearest state or body that is a subject in this
        sentence before it, else the first one of the previous sentence, the main clause's
        (the actors component resolves only personal pronouns)."""
        sent = token.sent
        here = list(reversed([t for t in sent if t.i < token.i]))
        before = list(self.doc[sent.start - 1].sent) if sent.start > 0 else []
        for scope in (here, before):
            for t in scope:
                actor = self.by_token.get(t.i)
                if actor and actor in self.lexicon.states and t.dep_ in ("nsubj", "nsubjpass"):
                    return actor
        return None

    # stance words

    def subject_of(self, verb: Token) -> list[str]:
        """The actors the subject of a verb names; a conjunct or an infinitive without a
        subject of its own shares its head's ("Russia refuses to accept")."""
        seen = 0
        while seen < 4:
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            if subjects:
                return [a for s in subjects if s.lemma_.lower() not in self.acts for a in self.named_by(s)]
            doer = _charged(verb)
            if doer is not None:
                return self.named_by(doer)
            if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
                return []
            verb, seen = verb.head, seen + 1
        return []

    def explicit(self, root: Token, anchor: Token) -> list[str]:
        """The holder the stance word's own phrase names: subject, possessor, agent."""
        if root.pos_ in ("NOUN", "PROPN") and root.i == anchor.i:
            # "Moscow's demands", "Kremlin conditions", "a plan by Paris"
            return self._owner(root) + self._objects_of(root, _AGENT_PREPS)
        # A participle modifying the anchor has its own subject: "Trump abandoned US support".
        found = self.subject_of(root) if root.i != anchor.i and root.pos_ == "VERB" and not obliged(root) \
            else []
        found = found or (self.subject_of(anchor) if not obliged(anchor) else [])
        if not found and anchor.pos_ in ("NOUN", "PROPN"):
            found = self._owner(anchor)
        if any(c.dep_ == "agent" for c in anchor.children):
            found += self._objects_of(anchor, ("by",))  # "a truce welcomed by Kyiv"
        if not found and root.pos_ == "ADJ":
            found = self._objects_of(root, _ADJ_PREPS)  # "unacceptable to Moscow"
        return found

    def proposer(self, anchor: Token) -> list[str] | None:
        """Who proposes the terms a stance word states, when its clause is what a proposal would have
        done ("[the US draft] would have Ukraine never join NATO", "[under the plan], Kyiv would give
        up Donbas"): the proposal's owner or agent, [] when it names none; None when it is no term."""
        for t in (anchor, *anchor.ancestors):
            if t.pos_ not in ("VERB", "AUX"):
                continue
            nouns = [c for c in t.children if c.dep_ == "nsubj" and t.i != anchor.i]
            nouns += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "under"
                      for o in c.children if o.dep_ == "pobj"]
            for noun in nouns:
                if noun.lemma_.lower() in self.proposals:
                    # "the plan drafted by Witkoff"
                    drafted = [a for c in noun.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"
                               for o in g.children if o.dep_ == "pobj" for a in self.named_by(o)]
                    return self._owner(noun) + self._objects_of(noun, _AGENT_PREPS) + drafted
        return None

    def doers(self, noun: Token) -> list[str]:
        """Who does what a noun of action names: "Russia's withdrawal", "the withdrawal of
        Russian troops", "a pullout by Moscow"."""
        return self._owner(noun) + self._objects_of(noun, ("of", "by"))

    def _objects_of(self, token: Token, preps: tuple[str, ...]) -> list[str]:
        """The actors named by the objects of `token`'s prepositions `preps`."""
        objects = [o for p in token.children if p.lower_ in preps for o in p.children if o.dep_ == "pobj"]
        return [a for o in objects for a in self.named_by(o)]

    def reporter(self, token: Token, besides: set[str | None] | None = None) -> list[str]:
        """The first actor up the parse who says or holds what `token` belongs to:
        "Moscow says a ceasefire will not be possible", "Zelensky said pressure is needed".
        An outlet or a party of no side ends the search: it reports, it does not hold.
        Actors all of the sides `besides` are passed over: the holder of what is reported."""
        t = token
        while t.head.i != t.i:
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                found = self.subject_of(t)
            elif t.pos_ == "NOUN" and t.dep_ not in _CLAUSE_SLOTS:
                found = self._owner(t)
            else:
                found = []
            if found and not (besides is not None and {self.side(a) for a in found} <= besides):
                return self.with_side(found)
        according = [c for c in token.sent.root.children if c.lower_ == "according"]
        return self.with_side([a for c in according for a in self._objects_of(c, ("to",))])

    def unnamed_speaker_at(self, offset: int) -> bool:
        """True inside a direct quote of someone who names no actor ("said one analyst"): their view
        of a party, not the party's stated stance."""
        return any(q.direct and q.start <= offset < q.end and q.speaker is None and q.speaker_text
                   and q.speaker_text.lower() not in _PRONOUNS for q in self.doc._.tw_quotes)

    def speaker_at(self, offset: int) -> list[str]:
        """The speaker of the direct quote around a character offset, if the quotes reader found one."""
        for quote in self.doc._.tw_quotes:
            if quote.direct and quote.start <= offset < quote.end and quote.speaker:
                return self.with_side([quote.speaker])
        return []


def _charged(verb: Token) -> Token | None:
    """Whom a verb charges with, or credits for, the act a gerund names: "accused [Putin] of
    rejecting", "blamed [Moscow] for blocking", "[Russia] was accused of stalling"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def obliged(verb: Token) -> bool:
    """True for a verb that a modal says must be done: "Ukraine [should] give up", "Kyiv [must] accept"."""
    return any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in verb.children)
