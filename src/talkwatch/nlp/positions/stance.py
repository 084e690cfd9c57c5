"""Stance words in a sentence and how they combine: what a stance cue governs, its
negation, the chain of stance words above an issue ("refuses to accept a ceasefire"
opposes it), and the conditions that make a stance conditional ("unless Kyiv agrees")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .cues import CueMatch, span_root
from .scope import asked_clause, supposed, timed
from ..tense import OBLIGING, RELATIVE_PREPS, governing_verb

# What negation does to a stance: "has no objection to" supports, "is not open to" opposes.
FLIP = {"support": "oppose", "oppose": "support", "open": "oppose", "conditional": "support"}
# Leaving a clause through these edges leaves the stance's scope: "Russia opposed X,
# rejecting Y" does not oppose Y twice, and "To halt hostilities, Russia insists on X"
# is no stance on halting hostilities.
STOP_EDGES = {"advcl", "parataxis", "conj", "csubj"}
# Verbs whose subject a stance noun can be: "the goal is to", "Moscow's demands include".
COPULAS = {"be", "remain", "seem", "appear", "include", "involve", "mean"}
# Clause-ending punctuation: a condition runs from its marker to the first of these.
_CLAUSE_END = {",", ";", ":", "\u2014", "\u2013", ".", "!", "?", "(", ")"}
# "even if", "as if": no condition; "asked if": a question.
_NOT_CONDITIONAL = {"even", "as", "what"}
_CONTRAST = {"but", "rather"}
# "will not", "would not": a will refused, where the verb is no stance word ("would not give up").
_WILL = {"will", "would", "wo", "shall", "'ll", "'d"}
_BUT = {"less", "short", "but", "other", "else", "more", "except"}
_THINGS = {"it", "this", "that", "these", "those", "which", "what"}
_RELATIVES = {"that", "which", "who"}
# Prepositions of a phrase that dates or orders what it hangs on: "after a ceasefire", "until a
# peace deal", "prior to a truce"; an issue named there is no object of a stance.
TIME_PREPS = RELATIVE_PREPS | {"during", "till", "pending", "upon", "throughout"}
# Those that put what they hang on first: "withdraw before any ceasefire" asks for the withdrawal first.
_FIRST = {"before", "prior", "ahead"}
_DEFINITE = {"the", "this", "that"}
# "provided", "unless", "on condition that" name what the holder asks for; a bare "if" may
# name a threat's trigger ("sanctions if Moscow refused a ceasefire").
_WEAK = {"if"}
# "did not reject it outright": a refusal denied only in full leaves the door open.
_WHOLLY = {"outright", "entirely", "completely", "altogether", "fully", "wholly", "totally", "flatly"}
# "consider whether to accept a truce": a question weighed, no judgment.
_ASKING = {"whether", "if"}


@dataclass(eq=False)
class Predicate:
    """A stance cue in place: the word it hangs on (`anchor`) and its polarity."""

    stance: str
    cue: CueMatch
    root: Token
    anchor: Token
    negated: bool = False
    condition: Condition | None = None

    @property
    def value(self) -> str:
        return FLIP[self.stance] if self.negated else self.stance

    def tokens(self) -> set[int]:
        return set(range(self.cue.start, self.cue.end)) | {self.anchor.i}


@dataclass(eq=False)
class Condition:
    """A condition clause: "unless Kyiv agrees not to ...", "provided there is progress ..."."""

    doc: Doc
    marker: CueMatch
    start: int  # token offsets of the clause, without its marker
    end: int
    text: str
    weak: bool = False  # opened by a bare "if": it need not be what the holder wants
    predicate: Predicate | None = None

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass(frozen=True)
class TalkFrames:
    """stances.yml's `hypothetical` and `talk_about` words, from every pack."""

    hypothetical: frozenset[str]
    talk_about: frozenset[str]


def only_talked_about(issue: Token, frames: TalkFrames) -> bool:
    """True when the issue is hypothetical in what a word of talking governs: "its vision of [a
    possible future ceasefire]", "discuss [a potential truce]", "the terms of [an eventual
    deal]"; to back setting it out or discussing it is to be open to it, not to back it."""
    if not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in frames.hypothetical
               for c in issue.children):
        return False
    if issue.dep_ == "pobj":
        prep = issue.head
        governor = prep.head
        words = {governor.lemma_.lower(), f"{governor.lemma_.lower()} {prep.lower_}"}
    elif issue.dep_ in ("dobj", "nsubjpass"):
        words = {issue.head.lemma_.lower()}
    else:
        return False
    return not words.isdisjoint(frames.talk_about)


def compose(outer: str, inner: str) -> str:
    """The stance toward an issue of a stance word that governs another stance word."""
    if outer == "support":
        return inner
    if outer == "oppose":
        return "support" if inner == "oppose" else "oppose"
    return outer  # open, and conditional ("conditions for ...")


def negated(token: Token, cue_tokens: set[int]) -> bool:
    """True when a negation that is not part of a cue modifies `token`."""
    return any(c.i not in cue_tokens and (c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"))
               for c in token.children)


def make_predicate(sent: Span, match: CueMatch, cue_tokens: set[int], judging: frozenset[str]) -> Predicate | None:
    """The stance word a stance cue makes, or None for a cue that only modifies another."""
    root = span_root(sent.doc, match)
    anchor = root
    if root.dep_ in ("neg", "advmod", "amod") and not match.covers(root.head.i):
        anchor = root.head  # "never": the verb it modifies; "the rejected plan": the noun
        if anchor.i in cue_tokens and root.dep_ != "amod":
            return None  # "never accept": a negation of "accept", counted there
    elif root.dep_ in ("acomp", "attr", "oprd") or (root.dep_ in ("nsubj", "prep")
                                                     and root.head.lemma_ in COPULAS):
        anchor = root.head  # "Russia is open to", "a ceasefire is not possible", "the goal is to"
    if judges(root, judging):
        return None  # "would consider any movement of warships a violation"
    own = set(range(match.start, match.end))
    is_negated = negated(root, own) or (anchor.i != root.i and negated(anchor, own))
    if match.label == "oppose" and is_negated and any(c.dep_ == "advmod" and c.lower_ in _WHOLLY
                                                      for t in (root, anchor) for c in t.children):
        return Predicate("open", match, root, anchor)  # "did not reject the truce outright": not a yes
    return Predicate(match.label, match, root, anchor, is_negated)


def judges(verb: Token, judging: frozenset[str]) -> bool:
    """True when a judging verb (stances.yml's `judging`) says what its object is: "consider X a
    violation" (the parser may hang the complement on a noun of the object's clause, or read
    the two as a clause: "consider [X to be a sham]", "consider [X a breach]"), "consider X as a
    threat", "consider it unacceptable"; not "consider a truce", nor "consider whether to accept
    a truce"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in judging:
        return False
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ == "as"):
            return True
        if c.dep_ == "ccomp" and not any(m.dep_ == "mark" and m.lower_ in _ASKING for m in c.children):
            return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1:
        return True  # "consider [any movement of warships] [a violation]": two objects, the second says what
    if objects and any(c.dep_ == "conj" for c in objects[0].children) \
            and not any(c.dep_ == "cc" for c in objects[0].children):
        return True  # "consider [any attack on its ports] [a breach]" read as two conjuncts with no "and"
    obj = objects[0] if objects else None
    if obj is None:
        return False
    # "consider [any strike a breach]": an object with a subject of its own is a clause.
    return any(c.dep_ == "nsubj" for c in obj.children) \
        or any(_bare_appos(t, obj, verb) for t in verb.subtree)


def _bare_appos(t: Token, obj: Token, verb: Token) -> bool:
    """An apposition after the object with no comma before it, in the verb's own clause: a
    complement the parser read as one ("consider any movement outside the Black Sea a violation")."""
    if t.dep_ != "appos" or t.i <= obj.i or t.left_edge.i == 0:
        return False
    if t.doc[t.left_edge.i - 1].text in _CLAUSE_END:
        return False  # "consider Trump's offer, a 30-day truce": the offer itself
    clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause.i == verb.i


def refusals(sent: Span, taken: set[int], agents: set[int],
             names: Callable[[Token], bool] = lambda t: False) -> list[Predicate]:
    """The verbs an agent says they will not do, as stance words that oppose like "never":
    "Ukraine would not give up the Donbas", "we will not surrender our land"; not a forecast
    about a thing ("the truce will not hold"), nor a verb that is a stance word itself.

    Args:
        sent: the sentence.
        taken: the tokens of its stance cues.
        agents: the tokens that name actors.
        names: whether a pronoun names an actor ("Italy said [it] would not send soldiers").
    """
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken:
            continue
        children = list(verb.children)
        # "would sign nothing that hands Russia land": an object that is nothing refuses; not "nothing less than".
        neg = next((c for c in children if c.i not in taken and (c.dep_ == "neg" or (
            c.dep_ == "dobj" and c.lower_ == "nothing" and not any(k.lower_ in _BUT for k in c.children)))), None)
        will = any(c.dep_ == "aux" and c.lower_ in _WILL for c in children)
        # A conjunct with no subject of its own shares its head's: "Kyiv was ready to talk but would
        # not give up X".
        subjects = [c for c in children if c.dep_ == "nsubj"] or \
            ([c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" else [])
        agent = any(c.i in agents or (c.pos_ == "PRON" and (c.lower_ not in _THINGS or names(c))) for c in subjects)
        if neg is not None and will and agent:
            out.append(Predicate("oppose", CueMatch("oppose", neg.i, neg.i + 1), neg, verb))
    return out


def obligations(sent: Span, taken: set[int]) -> list[Predicate]:
    """The verbs a clause says must be done, as stance words that support like "want": "Ukraine
    should give up Crimea, Trump said" (Trump's stance, not Ukraine's: see `obliged`), "Russia
    must not keep Crimea"; not a verb that is a stance word itself."""
    out = []
    for verb in sent:
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in OBLIGING), None)
        if verb.pos_ == "VERB" and verb.i not in taken and modal is not None:
            out.append(Predicate("support", CueMatch("support", modal.i, modal.i + 1), modal, verb,
                                 negated(verb, taken)))
    return out


def undo(sent: Span, predicates: list[Predicate], taken: set[int], words: frozenset[str]) -> list[Predicate]:
    """The stance words with those an undo word governs replaced by the two as one stance word
    of the reverse stance: "lift its pause on aid" supports aid, "withdraw its support for X"
    opposes X; "lift restrictions on aid" takes none ("restrictions" is no stance word). One
    word, because the parser may hang what the noun governs on the verb ("lifted the ban [on
    missiles]").

    Args:
        sent: the sentence.
        predicates: its stance words.
        taken: the tokens of its stance cues.
        words: the lexicon's undo words (stances.yml's `undo:`), as lemmas.
    """
    out = []
    for p in predicates:
        word = undoing_word(p.root, words) if p.root.pos_ in ("NOUN", "PROPN") else None
        if word is None or word.i in taken or not sent.start <= word.i < sent.end:
            out.append(p)
            continue
        start, end = min(word.i, p.cue.start), max(word.i + 1, p.cue.end)
        out.append(Predicate(FLIP[p.value], CueMatch(FLIP[p.value], start, end), word, word, negated(word, taken)))
    return out


def undoing_word(noun: Token, words: frozenset[str]) -> Token | None:
    """The undo word whose object `noun` is: "lift [the pause]", "the lifting of [the ban]", "wants
    [sanctions] lifted", "a reduction in [aid]"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the lifting of the freeze"
    elif noun.dep_ == "pobj" and head.lower_ in ("in", "to", "on") and head.head.pos_ == "NOUN":
        head = head.head  # "any reduction in military aid", "cuts to aid"
    elif noun.dep_ not in ("dobj", "nsubjpass") and not (noun.dep_ == "nsubj" and head.tag_ == "VBN"):
        return None
    return head if head.i != noun.i and head.lemma_.lower() in words else None


def named_condition(p: Predicate) -> Token | None:
    """The head of what a condition noun names as the condition: "[a halt to aid] was a condition
    for a truce", "the condition for a truce is [that Kyiv withdraws]", "its conditions include [an
    end to aid]", "named [an end to arms deliveries] as a precondition"; None for a noun that names none ("Russia's conditions")."""
    root, anchor = p.root, p.anchor
    if p.stance != "conditional" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    if anchor.i != root.i and anchor.lemma_ in COPULAS:
        deps = ("nsubj",) if root.dep_ == "attr" else ("attr", "ccomp", "acomp", "dobj")
        return next((c for c in anchor.children if c.dep_ in deps and c.i != root.i), None)
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.pos_ == "VERB":
        return next((c for c in root.head.head.children if c.dep_ == "dobj"), None)
    return None


def phrase_words(head: Token) -> str:
    """The words of the phrase `head` heads, without a clause's "that"; an object named "as" a
    condition runs up to the "as", whatever the parser hung on the verb ("set a halt [to
    mobilisation] as a condition")."""
    span = _phrase(head)
    return span.text.strip(" ,;:\u2014\u2013") if span is not None else ""


def _phrase(head: Token) -> Span | None:
    words = [t for t in head.subtree if not (t.dep_ == "mark" and t.head.i == head.i)]
    if not words:
        return None
    end = words[-1].i + 1
    if head.dep_ == "dobj":
        end = next((c.i for c in head.head.children if c.i > head.i and c.lower_ == "as"), end)
    return head.doc[words[0].i: end]


def named_clause(p: Predicate) -> Condition | None:
    """What a condition noun names, as a condition clause of its holder: what it asks for, they
    support ("the condition for a truce is [an end to aid]" opposes aid, "[Kyiv's withdrawal from
    Donbas] is a condition" supports the concession), as in "unless the West stops aid"."""
    named = named_condition(p)
    span = _phrase(named) if named is not None else None
    if span is None or not span.text.strip():
        return None
    return Condition(span.doc, p.cue, span.start, span.end, phrase_words(named), predicate=p)


def make_condition(sent: Span, match: CueMatch) -> Condition | None:
    """The clause a conditional marker opens, in the article's words; None when the
    marker opens no condition ("even if", "asked if")."""
    doc = sent.doc
    root = span_root(doc, match)
    before = doc[match.start - 1] if match.start > sent.start else None
    if before is not None and before.lower_ in _NOT_CONDITIONAL:
        return None
    if match.end - match.start == 1 and root.dep_ == "mark" and root.head.dep_ in ("ccomp", "csubj", "dobj"):
        return None  # "asked if Moscow is planning": whether, not if
    end = match.end
    while end < sent.end and doc[end].text not in _CLAUSE_END:
        end += 1
    clause = doc[match.end: end]
    text = clause.text.strip().strip("\"\u201c\u201d").strip()
    weak = doc[match.start: match.end].text.lower() in _WEAK
    return Condition(doc, match, match.end, end, text, weak) if text else None


def qualified_verb(condition: Condition) -> Token:
    """The verb of the clause a condition qualifies: "[a ceasefire will not be possible] unless ..."."""
    verb = governing_verb(span_root(condition.doc, condition.marker))
    return governing_verb(verb.head) if condition.covers(verb.i) else verb


def attach(condition: Condition, predicates: list[Predicate]) -> None:
    """Hangs a condition on the stance it qualifies: the first stance word at or above the
    clause it qualifies, else the nearest one before it in the sentence, else the first after."""
    outside = [p for p in predicates if not condition.covers(p.cue.start)]
    verb = qualified_verb(condition)
    above = [p for t in (verb, *verb.ancestors) for p in outside if t.i in p.tokens()]
    before = [p for p in outside if p.cue.start < condition.marker.start]
    after = [p for p in outside if p.cue.start >= condition.end]
    chosen = next(iter(above + before[::-1] + after), None)
    if chosen is not None and chosen.condition is None:
        chosen.condition = condition
        condition.predicate = chosen


@dataclass
class Step:
    """One link of the chain from an issue up to the stance words that govern it."""

    predicate: Predicate | None = None  # None: a negation between them


def chain(start: Token, by_token: dict[int, list[Predicate]], skip: set[int], limit: Condition | None,
          max_hops: int, speakers: set[int], unsaid: frozenset[int] = frozenset()) -> list[Step]:
    """The negations and stance words above `start`, innermost first.

    Args:
        start: the issue's head word.
        by_token: token index -> the predicates whose cue or anchor it is.
        skip: tokens of the issue cue, never counted as clauses to cross.
        limit: the condition clause the issue sits in, whose bounds the walk keeps to.
        max_hops: how many verbs that are not stance words the walk may cross.
        speakers: tokens that name actors; a verb whose subject is one ends the walk once a
            stance word is found ("Kyiv said it was ready to accept X": what is above "said"
            is someone else's business).
        unsaid: verbs whose clause is not said, but denied or left unsaid ("denied that Putin
            had rejected X", "did not say it opposed X"): a walk through one finds no stance.
    """
    cue_tokens = {i for preds in by_token.values() for p in preds for i in p.tokens()}
    steps: list[Step] = []
    hops = 0
    t = last = start
    path = {start.i}
    while True:
        if asked_clause(t):
            # "did not say whether he would accept X": asked, not said; but weighing it is openness
            # ("is considering whether to accept X").
            return [Step(p) for p in by_token.get(t.head.i, ()) if p.value == "open"][:1]
        if supposed(t) or timed(t):
            return []
        found = _stance_words_at(t, last, by_token, {s.predicate for s in steps})
        steps += [Step(p) for p in found]
        if not found and t.i not in cue_tokens and negated(t, cue_tokens):
            steps.append(Step())
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.dep_ in STOP_EDGES
                               and not _shared_conjunct(t, cue_tokens) and not _gerund_object(t, cue_tokens)) \
                or _is_when_clause(t) \
                or time_prep(t) is not None:
            break
        if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in _CONTRAST for c in t.head.children):
            steps.append(Step())  # "not a truce but a lasting peace": the contrast undoes the negation
        last, t = t, t.head
        path.add(t.i)
        if limit is not None and not limit.covers(t.i):
            break
        if t.i in unsaid and (last.dep_ == "ccomp" or any(c.dep_ in ("acl", "ccomp") and c.i in path
                                                          for c in last.children)):
            return []
        if t.pos_ in ("VERB", "AUX") and t.i not in skip and t.i not in cue_tokens:
            if steps and any(c.dep_ == "nsubj" and c.i in speakers for c in t.children):
                break
            hops += 1
            if hops > max_hops:
                break
    # A negation above the outermost stance word is no part of the stance: "it comes as no
    # surprise that Russia objects to X" still opposes X.
    while steps and steps[-1].predicate is None:
        steps.pop()
    return steps


def _shared_conjunct(verb: Token, cue_tokens: set[int]) -> bool:
    """True for a verb conjunct with no subject of its own whose head is the complement of another
    word, no stance word itself: both share what governs the head ("stops [mobilising and rearming]"),
    unlike a conjunct of the stance word ("agreed to X and rejected Y")."""
    head = verb.head
    return verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i not in cue_tokens \
        and head.dep_ in ("xcomp", "ccomp", "pcomp") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _gerund_object(verb: Token, cue_tokens: set[int]) -> bool:
    """True for a bare gerund the parser hung on a stance word as a clause, which is its object:
    "ruled out [sending troops]"; not a clause set off by a comma ("would not accept X, rejecting Y")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in cue_tokens and verb.i > verb.head.i \
        and verb.doc[verb.left_edge.i - 1].text not in _CLAUSE_END \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def time_prep(t: Token) -> Token | None:
    """The word that makes `t` open a time phrase ("after", "before", "prior" of "prior to"), or None."""
    # "following a peace deal" may parse as a clause on its noun with an object of a preposition.
    if t.dep_ != "prep" and not any(c.dep_ == "pobj" for c in t.children):
        return None
    if t.lower_ in TIME_PREPS:
        return t
    return t.head if t.lower_ in ("to", "of") and t.head.lower_ in TIME_PREPS else None


def first_asked(issue: Token) -> tuple[Token, Token] | None:
    """(the time word, the word it hangs on) when `issue` is something yet to come that the
    word must come before: "withdraw from Donbas before any ceasefire", "prior to a truce";
    not "before the ceasefire", a known one, which only dates it."""
    word = time_prep(issue.head) if issue.dep_ == "pobj" else None
    if word is None or word.lower_ not in _FIRST or _definite(issue):
        return None
    return word, word.head


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


def asked_words(word: Token, part: Token) -> str:
    """The words of `word`'s phrase beside the phrase `part` heads, in the article's words:
    "that Ukraine must withdraw from Donbas [before any ceasefire]" -> "Ukraine must withdraw
    from Donbas"."""
    left = [t for t in word.subtree if t.i < part.left_edge.i and t.dep_ != "mark"]
    right = [t for t in word.subtree if t.i > part.right_edge.i]
    words = left or right
    if not words:
        return ""
    return word.doc[words[0].i: words[-1].i + 1].text.strip(" ,;:\u2014\u2013")


def _stance_words_at(t: Token, last: Token, by_token: dict[int, list[Predicate]],
                     seen: set[Predicate | None]) -> list[Predicate]:
    """The stance words the walk meets at `t`: its own, then its modifiers' and its clauses'."""
    found = [p for i in [t.i, *_clauses_on(t)] for p in by_token.get(i, ())
             if p not in seen and not _beside(p, t, last, by_token)]
    return sorted(dict.fromkeys(found), key=lambda p: p.root.i != t.i)


def _clauses_on(noun: Token) -> list[int]:
    """Clauses on a noun govern it: "the four regions Russia wants", "a truce proposed by Paris
    and endorsed by Kyiv"."""
    # Not one the noun does: "a truce [that froze the front line]" says what the truce would do.
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")
               and not any(k.dep_ == "nsubj" and k.lower_ in _RELATIVES for k in c.children)]
    return [t.i for c in clauses for t in (c, *c.conjuncts)]


def _is_when_clause(t: Token) -> bool:
    """"on Tuesday, when Kyiv said ...": a clause that only dates or places its noun."""
    return t.dep_ == "relcl" and any(c.lower_ in ("when", "where") for c in t.children)


def _beside(p: Predicate, t: Token, last: Token, by_token: dict[int, list[Predicate]]) -> bool:
    """True when the walk reaches `p`'s copula from another stance word on it: in "the condition
    for a ceasefire was an end to military aid", "an end to" does not govern the ceasefire."""
    named = named_condition(p)
    if named is not None and named.i == last.i:
        return True  # "[the withdrawal of troops] was a condition for X": what is asked, not a stance on it
    if p.anchor.i != t.i or p.root.i == t.i or last.i == t.i or p.root.dep_ == "acomp":
        return False  # an adjective says what the subject is: "[the proposal for X] was unacceptable"
    return any(q is not p and q.anchor.i == t.i and q.root.i == last.i for q in by_token.get(last.i, ()))
