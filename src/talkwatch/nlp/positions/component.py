"""The `talkwatch_positions` component: each party's stated stance (support,
oppose, conditional, open) toward each issue of the pack.

In every sentence that is not a heading, an issue cue ("ceasefire", "NATO
membership") takes a stance from the stance words that govern it in the parse
("insists on", "won't accept", "is open to"), combined from the innermost out
("refuses to accept" opposes) and flipped by negation ("has no objection to"
supports), and undone by a verb that governs the stance word ("lift its pause on
aid" supports aid). A condition clause ("unless Kyiv agrees ...", "provided there is
progress ...") makes the stance it qualifies conditional, and what it asks for is
supported; a condition noun carries what it names ("a halt to aid is a condition for a
truce"). A verb its subject will not do is refused ("Kyiv would not give up
Crimea" opposes); giving up what the proposition has another side give up reverses
it ("Russia will never give up Crimea" supports territorial concessions). An issue in a time phrase ("after a ceasefire") only dates
another's stance, but one that what a holder asks for must come before
("withdraw before any truce") is conditional on that. The holder is the actor the
stance word's subject, possessor or agent names, else whoever reports it
("Moscow says ..."), unless the stance word has a subject that names no party ("some
partners did not support it," he said); it must belong to a side. A question, a supposition or a
time clause states no stance, and an issue that only places something is none (scope.py). A
proposal's terms are its proposer's ("the draft would have Ukraine never join NATO"), a commentator's
forecast is no one's ("analysts said Russia would reject it"), and a side that would take by force what
another is to give up supports that it be given up ("Russian forces would take more land").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..base import LexiconComponent
from ...packs import Lexicon
from .cues import CueMatch, CueMatcher, gives_up, span_root
from .holders import SUBJECTS, Holders, obliged
from .scope import asked, discussed, only_how, places, required_of, restriction, talked_over
from ..mentions import PositionRecord
from ..paragraphs import is_heading_span
from .stance import (FLIP, Condition, Predicate, Step, TalkFrames, asked_words, attach, chain, compose,
                     first_asked, make_condition, make_predicate, named_clause, named_condition, only_talked_about,
                     negated, obligations, phrase_words, qualified_verb, refusals, undo, undoing_word)
from ..tense import governing_verb, is_reference_point
from ..words import sentences_of

DEFAULT_MAX_HOPS = 2
# "Zelensky rejects this idea": a stance word whose object points back to the previous sentence.
_POINTERS = {"this", "that", "these", "those", "such", "it", "them"}
_OBJECTS = ("dobj", "nsubjpass", "attr")
# What a stance word asks for: "demands [a settlement]", "insists [on a settlement]", "wants [Kyiv to leave]".
_ASKED = ("dobj", "ccomp", "xcomp", "prep")
# Pronouns for a party the speaker is not: "they did not support it".
_OTHERS = {"they", "he", "she"}
# "would take more land", "threatened to seize": what a side means to do, not what it did.
_WILL = {"will", "would", "wo", "'ll", "could", "shall"}
_INTENT = {"threaten", "vow", "pledge", "promise", "intend", "plan", "warn", "aim", "seek", "want", "try"}


@dataclass(frozen=True)
class _Hit:
    """An issue to read a stance for: an issue cue, or a word that points back to one."""

    issue: str
    inverted: bool
    root: Token
    tokens: frozenset[int]


class PositionReader(LexiconComponent):
    """Sets `doc._.tw_positions` to the PositionRecords of the document.

    Args:
        nlp: the pipeline, whose tagging components lemmatise the cues.
        name: the component's name.
        max_hops: how many verbs that are not stance words may stand between a
            stance word and the issue it governs.
    """

    def __init__(self, nlp: Language, name: str, *, max_hops: int = DEFAULT_MAX_HOPS) -> None:
        self.nlp = nlp
        self.name = name
        self.max_hops = max_hops
        self.issues: CueMatcher | None = None
        self.stances: CueMatcher | None = None

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        """Builds the cue matchers from the lexicon's issues and stance cues."""
        issues = {i.id: i.cues for i in lexicon.issues.values()}
        self.issues = CueMatcher(self.nlp, issues, nouns_stay_nouns=True)
        self.stances = CueMatcher(self.nlp, {s.stance: s.cues for s in lexicon.stances.values()})

    def __call__(self, doc: Doc) -> Doc:
        self.ready()
        assert self.issues is not None and self.stances is not None and self.lexicon is not None
        issues = self.issues.refine(doc, self.issues(doc))
        if not issues:
            doc._.tw_positions = ()
            return doc
        stances = self.stances(doc)
        holders = Holders(doc, self.lexicon)
        out: list[PositionRecord] = []
        previous: list[CueMatch] = []
        for sent in sentences_of(doc):
            if is_heading_span(sent):
                continue
            mine = [m for m in issues if sent.start <= m.start < sent.end]
            if mine or previous:
                # An issue's words are never stance words: "a halt to the war" is no "halt".
                taken = {i for m in mine for i in range(m.start, m.end)}
                cues = [m for m in stances if sent.start <= m.start < sent.end
                        and taken.isdisjoint(range(m.start, m.end))]
                out += _SentenceReader(sent, cues, holders, self.lexicon, self.max_hops).read(mine, previous)
            previous = mine
        doc._.tw_positions = tuple(out)
        return doc


class _SentenceReader:
    """The positions of one sentence."""

    def __init__(self, sent: Span, cues: list[CueMatch], holders: Holders, lexicon: Lexicon,
                 max_hops: int) -> None:
        self.sent = sent
        self.holders = holders
        self.lexicon = lexicon
        self.max_hops = max_hops
        # A question states no stance: "Will Moscow accept a truce?"
        cues = [m for m in cues if not asked(sent, m.start)]
        cue_tokens = self.cue_tokens = {i for m in cues for i in range(m.start, m.end)}
        self.predicates: list[Predicate] = []
        self.conditions: list[Condition] = []
        for m in cues:
            if m.label == "conditional" and span_root(sent.doc, m).pos_ not in ("NOUN", "PROPN"):
                condition = make_condition(sent, m)
                if condition is not None:
                    self.conditions.append(condition)
            elif (p := make_predicate(sent, m, cue_tokens, lexicon.stance_words["judging"])) is not None:
                self.predicates.append(p)
        anchors = {p.anchor.i for p in self.predicates}
        self.predicates += [p for p in refusals(sent, cue_tokens | anchors, holders.speakers,
                                                     lambda t: bool(holders.named_by(t)))
                            + obligations(sent, cue_tokens | anchors) if not asked(sent, p.anchor.i)]
        self.predicates = undo(sent, self.predicates, cue_tokens, lexicon.stance_words["undo"])
        # "denied that ...", "did not say that ...": what the clause says is no one's stance.
        self.unsaid = frozenset(t.i for t in sent if t.pos_ == "VERB" and t.i not in cue_tokens and (
            t.lemma_.lower() in holders.denials
            or (t.lemma_.lower() in holders.reporting and negated(t, set()))))
        self.talk = TalkFrames(lexicon.stance_words["hypothetical"], lexicon.stance_words["talk_about"])
        for condition in self.conditions:
            attach(condition, self.predicates)
        # After attaching: a clause hangs on the stance it qualifies, not on a named condition.
        self.conditions += [c for p in self.predicates if (c := named_clause(p)) is not None]
        self.reached: set[Predicate] = set()
        self.issue_tokens: set[int] = set()
        self.records: dict[tuple[str, str, str], PositionRecord] = {}

    def read(self, issues: list[CueMatch], previous: list[CueMatch]) -> list[PositionRecord]:
        doc = self.sent.doc
        hits = [_Hit(m.label, m.inverted, span_root(doc, m), frozenset(range(m.start, m.end)))
                for m in issues]
        self.issue_tokens = {i for h in hits for i in h.tokens}
        for hit in hits:
            if not self._nested(hit, hits) and (hit.inverted or not places(hit.root, self.cue_tokens,
                                                                          self.holders.acts)):
                self._read_hit(hit)
        for hit in self._pointers(previous):
            self._read_hit(hit)
        return list(self.records.values())

    def _nested(self, hit: _Hit, hits: list[_Hit]) -> bool:
        """True when the issue only describes another cue of the same issue above it, which
        carries the stance: "a halt to strikes [targeting energy infrastructure]"."""
        stance_words = {i for p in self.predicates for i in p.tokens()}
        others = {i for h in hits if h is not hit and h.issue == hit.issue for i in h.tokens}
        for t in hit.root.ancestors:
            if t.i in stance_words:
                return False
            if t.i in others:
                return True
        return False

    def _map(self, within: Condition | None) -> dict[int, list[Predicate]]:
        """Token -> predicates, keeping to one condition clause or to what lies outside them all."""
        out: dict[int, list[Predicate]] = {}
        for p in self.predicates:
            if self._condition_at(p.cue.start) is within:
                for i in p.tokens():
                    out.setdefault(i, []).append(p)
        return out

    def _condition_at(self, i: int) -> Condition | None:
        return next((c for c in self.conditions if c.covers(i)), None)

    def _read_hit(self, hit: _Hit) -> None:
        within = self._condition_at(min(hit.tokens))
        steps = chain(hit.root, self._map(within), set(hit.tokens), within, self.max_hops,
                      self.holders.speakers, self.unsaid)
        self.reached.update(s.predicate for s in steps if s.predicate is not None)
        reversed_ = self._given_up_by_another(hit) or self._undone(hit)
        base = "oppose" if hit.inverted != reversed_ else "support"
        if within is not None:
            if within.weak:
                return  # "sanctions if Moscow refused a ceasefire": a threat, not a wish
            # What a condition asks for, its holder supports: "provided there is progress toward peace".
            stance = base
            for step in steps:
                stance = compose(step.predicate.value, stance) if step.predicate else FLIP[stance]
            self._emit(self._condition_holders(within), hit.issue, stance, None, hit.root)
            return
        groups = self._groups(steps, base)
        for actors, stance, preds in groups:
            condition = next((p.condition for p in preds if p.condition is not None), None)
            # "would accept a truce only with security guarantees", "any truce must address the root causes"
            talk = discussed(hit.root, self.talk.talk_about)
            if talk is not None and only_how(talk):
                continue  # "agreed that territorial issues can only be discussed with Ukraine present"
            only = restriction(hit.root, [t for p in preds for t in (p.root, p.anchor)]) \
                or required_of(hit.root)
            if condition is not None:
                stance = "conditional"
            elif stance in ("support", "open") and only is not None:
                stance = "conditional"
            elif stance == "support" and (talk is not None or only_talked_about(hit.root, self.talk)
                                          or talked_over(hit.root, self.holders.talks)):
                stance = "open"  # "set out its vision of a possible truce", "proposed talks on a truce"
            text = condition.text if condition else only if only is not None and stance == "conditional" \
                else _named_condition(preds) if stance == "conditional" else None
            self._emit(actors, hit.issue, stance, text, preds[-1].root)
        if not groups and not self._asked_first(hit, within) and not self._threatened(hit):
            self._implicit(hit)

    def _given_up_by_another(self, hit: _Hit) -> bool:
        """True when the issue is given up by a side other than the one that gives it up in the
        proposition: "Russia will never [give up] Crimea", "a Russian [withdrawal] from Donbas";
        the words up to the issue's verb are searched."""
        issue = self.lexicon.issues.get(hit.issue)
        yielding = issue.yielding if issue is not None else None
        if yielding is None:
            return False
        for t in (hit.root, *hit.root.ancestors):
            if gives_up(yielding, t):
                doers = self.holders.subject_of(t) if t.pos_ in ("VERB", "AUX") else self.holders.doers(t)
                sides = {self.holders.side(a) for a in doers} - {None}
                return bool(sides) and yielding.cedes not in sides
            if t.pos_ in ("VERB", "AUX"):
                break
        # "Kyiv vowed to retake its land": the side that gives it up taking it back.
        taken = self._taken(hit)
        return taken is not None and yielding.cedes in taken[1]

    def _taken(self, hit: _Hit) -> tuple[Token, set[str], list[str]] | None:
        """(the verb, the sides of its doers, the doers) when a side takes by force what an issue's
        proposition has another give up (stances.yml's `seizing`): "Russian forces would take more land"."""
        issue = self.lexicon.issues.get(hit.issue)
        if issue is None or issue.yielding is None:
            return None
        verb = next((t for t in (hit.root, *hit.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not _seizes(verb, self.lexicon.stance_words["seizing"]):
            return None
        doers = self.holders.subject_of(verb) or self.holders.reporter(verb)
        sides = {self.holders.side(a) for a in doers} - {None}
        return (verb, sides, doers) if sides else None

    def _threatened(self, hit: _Hit) -> bool:
        """A side that would take by force what another is to give up supports that it be given up (the
        side that gives it up, taking it back, opposes), whatever condition it sets: "if Kyiv refused,
        Russian forces would take more land", "threatened to seize more land"; not a report that it
        took some ("Russian forces captured two villages")."""
        issue = self.lexicon.issues.get(hit.issue)
        taken = self._taken(hit)
        if taken is None or issue is None or issue.yielding is None:
            return False
        verb = taken[0]
        clause = [verb] + ([verb.head] if verb.dep_ in ("conj", "xcomp") else [])
        if not any(c.dep_ == "aux" and c.lower_ in _WILL for t in clause for c in t.children) \
                and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENT):
            return False
        # "Kyiv vowed to retake its land": the side that gives it up taking it back opposes.
        stance = "oppose" if issue.yielding.cedes in taken[1] else "support"
        self._emit(taken[2], hit.issue, stance, None, verb)
        return True

    def _undone(self, hit: _Hit) -> bool:
        """True when an undo word that is no stance word takes the issue away: "end military aid",
        "wants sanctions lifted"; not an issue's own word for giving it up ("withdraw from Donbas")."""
        word = undoing_word(hit.root, self.lexicon.stance_words["undo"])
        issue = self.lexicon.issues.get(hit.issue)
        yielding = issue.yielding if issue is not None else None
        return word is not None and word.i not in self.cue_tokens | hit.tokens \
            and not (yielding is not None and gives_up(yielding, word))

    def _asked_first(self, hit: _Hit, within: Condition | None) -> bool:
        """What a holder asks for before the issue makes their stance on it conditional on
        that: "Moscow insists that Ukraine must withdraw from Donbas before any ceasefire"."""
        found = first_asked(hit.root)
        if found is None:
            return False
        part, word = found
        steps = chain(word, self._map(within), set(), within, self.max_hops, self.holders.speakers,
                      self.unsaid)
        # On the stance word itself, what it asks for is its object: "demands X before any truce".
        asked = next((c for c in word.children if c.dep_ in _ASKED and c.i != part.i), word) \
            if any(s.predicate and s.predicate.root.i == word.i for s in steps) else word
        if asked.dep_ == "prep":
            asked = next((c for c in asked.children if c.dep_ == "pobj"), asked)
        condition = asked_words(asked, part)
        emitted = False
        for actors, stance, preds in self._groups(steps, "support"):
            if stance == "support" and condition:
                self._emit(actors, hit.issue, "conditional", condition, preds[-1].root)
                emitted = True
        return emitted

    def _groups(self, steps: list[Step], base: str) -> list[tuple[list[str], str, list[Predicate]]]:
        """Stance words from the innermost out, each run of them with one holder: in "Putin
        brushed aside Trump's bid for a halt to the war" Trump supports it, Putin opposes it."""
        out = []
        actors: list[str] | None = None
        stance, preds, owned = base, [], False
        evaluations = []
        for n, step in enumerate(steps):
            p = step.predicate
            if p is None:
                stance = FLIP[stance]
                continue
            if _judges(p) and preds:
                evaluations.append((self._evaluator(p, actors), compose(p.value, stance), [p]))
                continue
            if _judges(p) and any(s.predicate for s in steps[n + 1:]):
                continue  # "rejected the unacceptable idea of X": the verb says it already
            # "NATO membership [for Ukraine] was impossible": the issue names no holder of its own.
            own = [] if self._about_itself(p) else self.holders.explicit(p.root, p.anchor)
            # "the draft would have Ukraine never join NATO": the proposal's terms, its proposer's stance.
            terms = self.holders.proposer(p.anchor)
            own = terms if terms is not None else own
            # Only a noun's owner holds a stance inside another's ("Ukraine accepted the US
            # proposal"); the subject of a demanded clause is who is asked ("Russia demanded
            # that Ukraine abandon ...").
            if owned and preds and self._sides(own) != self._sides(actors or []):
                out.append((actors or [], stance, preds))
                preds, actors, owned = [], None, False
            if own:
                actors, owned = own, _holds_own(p)
            elif terms is not None:
                actors, owned = [], True  # a proposal that names no proposer: no one's stance
            stance = compose(p.value, stance)
            preds.append(p)
        if preds:
            top = preds[-1]
            if actors is None:
                # "partners did not support this," he said: a party he does not name holds it, not he.
                actors = [] if any(self._unnamed_subject(p) for p in preds) else \
                    self.holders.reporter(top.anchor) or self.holders.speaker_at(top.root.idx)
            out.append((actors, stance, preds))
        return out + evaluations

    def _about_itself(self, p: Predicate) -> bool:
        """True when the subject of a stance verb or copula is the issue or another stance word, whose
        owner holds that one: "a truce is impossible", "Russia's demand for X was unacceptable"."""
        own = self.issue_tokens | {i for q in self.predicates if q is not p for i in q.tokens()}
        return any(c.dep_ in SUBJECTS and c.i in own for t in (p.root, p.anchor) for c in t.children)

    def _unnamed_subject(self, p: Predicate) -> bool:
        """True when a stance verb or copula has a subject of its own that names no actor and is
        not the issue, a stance word, nor a first-person or impersonal pronoun: "some partners did
        not support it", "officials were ready to discuss it"."""
        # Not a verb that must be done: "any deal must include X", he said (his wish, see `obliged`).
        verbs = {t.i: t for t in (p.root, p.anchor) if t.pos_ in ("VERB", "AUX") and not obliged(t)}
        subjects = [c for v in verbs.values() for c in v.children if c.dep_ in SUBJECTS]
        # "a truce is not possible", "the goal is to", "a halt to aid is the condition", "the proposal
        # for X was unacceptable"
        own = self.issue_tokens | {i for q in self.predicates for i in q.tokens()} \
            | {n.i for n in [named_condition(p)] if n is not None}
        return any(s.i not in own and not self.holders.named_by(s)
                   and (s.pos_ in ("NOUN", "PROPN") or s.lower_ in _OTHERS) for s in subjects)

    def _evaluator(self, p: Predicate, noun_holders: list[str] | None) -> list[str]:
        """Who judges a stance noun with an adjective: the first one above it who does not hold
        the noun ("a source said Moscow had made unacceptable demands": the source)."""
        noun_holders = noun_holders or self.holders.reporter(p.anchor)
        return self.holders.reporter(p.anchor, besides=self._sides(noun_holders))

    def _sides(self, actors: list[str]) -> set[str | None]:
        return {self.holders.side(a) for a in actors}

    def _condition_holders(self, condition: Condition) -> list[str]:
        p = condition.predicate
        if p is not None:
            return self.holders.explicit(p.root, p.anchor) or self.holders.reporter(p.anchor) \
                or self.holders.speaker_at(p.root.idx)
        return self._clause_holders(qualified_verb(condition))

    def _clause_holders(self, token: Token) -> list[str]:
        verb = governing_verb(token)
        return self.holders.subject_of(verb) or self.holders.reporter(verb) \
            or self.holders.speaker_at(token.idx)

    def _implicit(self, hit: _Hit) -> None:
        """A condition on the clause of an issue no stance word governs: "Kyiv could hold
        elections if ..."."""
        for condition in self.conditions:
            verb = qualified_verb(condition)
            if condition.predicate is None and verb.i in {t.i for t in (hit.root, *hit.root.ancestors)}:
                self._emit(self._clause_holders(hit.root), hit.issue, "conditional", condition.text, hit.root)
                return

    def _pointers(self, previous: list[CueMatch]) -> list[_Hit]:
        """Issues of the previous sentence that an unused stance word points back to."""
        if not previous:
            return []
        out = []
        for p in self.predicates:
            if p in self.reached or self._condition_at(p.cue.start) is not None:
                continue
            pointer = next((o for o in _objects(p.root) if _points_back(o)), None)
            if pointer is not None:
                out += [_Hit(m.label, m.inverted, pointer, frozenset({pointer.i})) for m in previous]
        return list({h.issue: h for h in reversed(out)}.values())

    def _emit(self, actors: list[str], issue: str, stance: str, condition: str | None, near: Token) -> None:
        """Records the position of each holder that belongs to a side, once per sentence."""
        if self.holders.unnamed_speaker_at(near.idx) or self._commented(near):
            return
        for actor in self.holders.with_side(actors):
            key = (actor, issue, stance)
            if key not in self.records:
                self.records[key] = PositionRecord(
                    actor, issue, stance, self.sent.start_char, self.sent.end_char,
                    condition, self._date(near))

    def _commented(self, near: Token) -> bool:
        """True when a commentator (stances.yml's `commentators`) says or holds the clause of the stance
        word: "Analysts said Russia would reject any ceasefire" is their forecast, no party's stance."""
        words = self.lexicon.stance_words["commentators"]
        for t in (near, *near.ancestors):
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")] if t.pos_ in ("VERB", "AUX") \
                else [c for c in t.children if c.dep_ == "poss"]
            subjects += [o for c in t.children if c.lower_ == "according"
                         for p in c.children for o in p.children if o.dep_ == "pobj"]
            if any(_commentator(s, words) for s in subjects):
                return True
        root = near.sent.root
        return any(_commentator(o, words) for c in root.children if c.lower_ == "according"
                   for p in c.children for o in p.children if o.dep_ == "pobj")

    def _date(self, near: Token) -> tuple[int, int] | None:
        """The date expression of the stance word's clause or of a clause above it ("Zelensky
        said on Friday that ..."), nearest to it; not one of another clause ("territory
        seized since 2014") nor a reference point ("met for the first time since 2022")."""
        sent, doc = self.sent, self.sent.doc
        above = {t.i for t in (near, *near.ancestors)}
        dates = []
        for d in doc._.tw_dates:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if sent.start_char <= d.start < sent.end_char and span is not None \
                    and governing_verb(span.root).i in above and not is_reference_point(span.root):
                dates.append(d)
        if not dates:
            return None
        best = min(dates, key=lambda d: abs(d.start - near.idx))
        return best.start, best.end


def _seizes(verb: Token, words: frozenset[str]) -> bool:
    """True for a word of `seizing`, alone or with its particle: "seize", "take back"."""
    lemma = verb.lemma_.lower()
    return lemma in words or any(f"{lemma} {c.lower_}" in words for c in verb.children if c.dep_ == "prt")


def _commentator(noun: Token, words: frozenset[str]) -> bool:
    """"analysts", "a Moscow-based analyst", "think tank": a noun of the `commentators` words."""
    lemma = noun.lemma_.lower()
    compounds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    return lemma in words or any(f"{c} {lemma}" in words for c in compounds)


def _objects(token: Token) -> list[Token]:
    direct = [c for c in token.children if c.dep_ in _OBJECTS]
    return direct + [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _points_back(token: Token) -> bool:
    """"this", "it", "this idea", "such a plan"."""
    return token.lower_ in _POINTERS or any(c.dep_ == "det" and c.lower_ in _POINTERS for c in token.children)


def _named_condition(preds: list[Predicate]) -> str | None:
    """The words of what a condition noun among the stance words names as the condition."""
    named = next((n for p in preds if (n := named_condition(p)) is not None), None)
    return phrase_words(named) if named is not None else None


def _judges(p: Predicate) -> bool:
    """An adjective on a noun ("unacceptable demands") judges the noun beside any stance word
    that governs it, rather than taking a stance inside it."""
    return p.root.dep_ == "amod" and p.root.pos_ == "ADJ"


def _holds_own(p: Predicate) -> bool:
    """True when the holder the stance word names holds it whatever governs it: a noun's
    owner ("Trump's bid"), a passive's agent ("proposed by Paris"), the subject of a clause
    on a noun ("the truce Kyiv endorsed"); not the subject of a demanded clause."""
    return p.root.pos_ in ("NOUN", "PROPN") or p.anchor.dep_ in ("relcl", "acl") \
        or any(c.dep_ == "agent" for c in p.anchor.children)
