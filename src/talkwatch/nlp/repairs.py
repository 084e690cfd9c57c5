"""The `talkwatch_repairs` component: mends six systematic errors of the small
English model before anything reads the parse.

After an adjective, the model often takes an event noun in -ing for a verb:
"came under heavy Russian shelling" comes out with "Russian" as the object of
"under" and "shelling" as a clause of its own, so nothing says whose shelling it
was. When the -ing word is a noun of the pack's event lexicon and has no subject
or object of its own, it is made the noun of the phrase, in the place the
phrase had, and the adjectives before it its modifiers.

After a name, the model often takes a past-tense verb for an adjective of the
noun that follows: "Trump paused military aid" comes out as one noun phrase
("Trump/nmod paused/amod military/amod aid"), with no verb and no subject. When
the adjective is a verb of the pack's event lexicon and the word before it
names an actor, the phrase is re-hung as a clause: the name becomes the verb's
subject and the noun its object. Only lexicon verbs are repaired, so "the
Kremlin's stated aims" or "Russia-backed forces" stay as they are.

A plural event noun that is also a verb in -s is sometimes tagged as the verb
where it is a subject: "that talks in Geneva had produced a draft". A subject
with no subject, object or auxiliary of its own is made the noun it is.

The other way round, a verb of intent after a noun phrase is sometimes tagged
as the phrase's noun: "The US special envoy plans to meet Putin" comes out as
one noun phrase ("envoy/compound plans/ROOT") with "to meet" hung on it. When
such a root (or reported clause) has an infinitive of its own, it is made the
verb and the noun before it its subject ("plan" only after a plural: "the US
plan to end the war" is a plan).

A noun phrase set off from its verb by a comma phrase ("had called off, for
now, the summit") is sometimes coordinated with the verb. With no "and" between
and no object of its own, the verb takes it as its object.

A time or place phrase just after a speech verb is often hung on the clause
reported after it: in "Trump said on Thursday he would meet Putin", "on
Thursday" comes out as the meeting's date. A phrase of the reported clause that
stands before the clause's subject (and before its "that") is the speech verb's.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..packs import Lexicon
from .base import LexiconComponent
from .events.triggers import forms_of

NAME_LABELS = {"PERSON", "GPE", "ORG", "NORP"}
# What only a verb has: "were shelling the town", "Russia kept shelling".
CLAUSE_DEPS = {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg"}
MODIFIER_TAGS = {"JJ", "JJR", "JJS", "NN", "NNP"}
NAME_DEPS = {"nmod", "compound", "amod", "npadvmod"}
# Where a noun phrase can stand that a clause can stand too; elsewhere the repaired clause is coordinated.
# Verbs of intent whose -s form the model may take for a plural noun: "the envoy plans to meet".
INTENT_VERBS = {"plan", "hope", "aim", "vow", "pledge", "seek", "want", "need", "intend", "threaten", "promise",
                "offer", "expect", "refuse", "try", "wish", "prepare", "push", "move", "look"}
ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl",
         "dative", "oprd", "npadvmod"}


class ParseRepairer(LexiconComponent):
    """Mends the small model's systematic parse errors (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.verbs: frozenset[str] = frozenset()

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        self.verbs = frozenset(v for t in lexicon.triggers.values() for v in t.verbs if " " not in v)
        self.gerunds = frozenset(n for t in lexicon.triggers.values() for n in t.nouns if n.endswith("ing"))
        self.plurals = {n + "s": n for t in lexicon.triggers.values() for n in t.nouns if " " not in n}

    def __call__(self, doc: Doc) -> Doc:
        self.ready()
        strings = doc.vocab.strings
        amod, tags = strings["amod"], {strings["JJ"], strings["VBN"]}
        vbg, jj, nn = strings["VBG"], strings["JJ"], strings["NN"]
        vbz, subjects = strings["VBZ"], {strings["nsubj"], strings["nsubjpass"]}
        nns, ccomp, prep = strings["NNS"], strings["ccomp"], strings["prep"]
        clauses = {strings["ROOT"], ccomp}
        conj = strings["conj"]
        # Arrays first: a Token object for every word of every article costs more than the check.
        rows = doc.to_array([TAG, DEP]).tolist()
        heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets to the head, signed
        for i, (tag, dep) in enumerate(rows):
            if tag == vbg and _after_adjective(rows, i, jj, nn):
                token = doc[i]
                if token.lower_ in self.gerunds and not any(c.dep_ in CLAUSE_DEPS for c in token.children):
                    _as_noun(token)
                continue
            if dep == prep:
                if heads[i] > 0 and rows[i + heads[i]][1] == ccomp:  # hung on a reported clause after it
                    _to_speech_verb(doc[i])
                continue
            if tag in (nns, nn) and dep in clauses:
                _as_intent_verb(doc[i])
                continue
            if tag in (nns, nn) and dep == conj and heads[i] < 0:
                _as_object(doc[i])
                continue
            if tag == vbz and dep in subjects:
                token = doc[i]
                if token.lower_ in self.plurals and not any(c.dep_ in CLAUSE_DEPS for c in token.children):
                    token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", self.plurals[token.lower_]
                continue
            if dep != amod or tag not in tags:
                continue
            token = doc[i]
            if token.lower_.endswith("ed"):
                lemma = next((f for f in forms_of(token) if f in self.verbs), None)
                name = _name_before(token) if lemma else None
                if lemma and name is not None:
                    _rehang(token, lemma, name)
        return doc


def _as_object(noun: Token) -> None:
    """"had called off, for now, the summit with Putin": a noun the model coordinated with the verb
    before it, across a phrase set off by commas, with no "and" between, is the verb's object."""
    verb = noun.head
    if not verb.tag_.startswith("VB") or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return
    if any(c.dep_ in ("cc", "preconj") and verb.i < c.i < noun.i for c in verb.children):
        return
    if not any(c.dep_ == "det" for c in noun.children):
        return
    noun.dep_ = "dobj"


def _name_before(verb: Token) -> Token | None:
    """The head token of the name just before `verb`, when it hangs in the same noun phrase."""
    if verb.i == 0:
        return None
    last = verb.doc[verb.i - 1]
    if last.ent_type_ not in NAME_LABELS or last.ent_iob_ == "O":
        return None
    noun = verb.head
    if noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # The name's own head token: the one of its entity that hangs outside it.
    ent = next((e for e in verb.doc.ents if e.start <= last.i < e.end), None)
    if ent is None or ent.start > 0 and verb.doc[ent.start - 1].pos_ == "DET":
        return None  # "the Kremlin-backed plan" reads fine already; a determiner makes it a noun phrase
    root = ent.root
    if root.dep_ == "nsubj" and root.head == verb:
        return root  # "Trump/nsubj hosted/amod Zelensky/ROOT": the subject is right, the verb hangs wrong
    if root.dep_ not in NAME_DEPS and not (root.dep_ == "ROOT" and noun.head == root):
        return None
    if root.head != noun and noun.head != root:
        return None
    return root


def _rehang(verb: Token, lemma: str, name: Token) -> None:
    noun = verb.head
    # Of the name and the noun, the one the other hangs on gives the clause its place in the sentence.
    top = name if noun.head == name else noun if name.head in (noun, verb) else None
    if top is None:
        return
    if top.head == top or top.dep_ == "ROOT":
        head, dep = verb, "ROOT"
    elif top.dep_ in ROLES:
        head, dep = top.head, top.dep_
    elif (root := verb.sent.root).pos_ in ("VERB", "AUX") and root != top:
        # A phrase the model hung on a comma or a preposition: a clause of its own,
        # coordinated with the sentence's ("..., Trump paused aid and has suspended ...").
        head, dep = root, "conj"
    else:
        return
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", lemma
    verb.head, verb.dep_ = head, dep
    name.head, name.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def _to_speech_verb(prep: Token) -> None:
    """"said on Thursday he would meet Putin": the phrase before the reported clause's subject is
    the saying's."""
    clause = prep.head
    if clause.dep_ != "ccomp" or not clause.head.i < prep.i < clause.i:
        return
    starts = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "expl")]
    if starts and prep.i < min(starts):
        prep.head = clause.head


def _as_intent_verb(noun: Token) -> None:
    """"The US special envoy plans/ROOT to meet Putin", "The US and Ukraine plan/ROOT to meet": the
    root is a verb of intent, the noun phrase before it its subject. A bare "plan" needs a plural
    subject: "the US plan to end the war" is a plan."""
    if noun.lemma_ not in INTENT_VERBS:
        return
    infinitive = next((c for c in noun.children if c.dep_ in ("xcomp", "acl") and c.i > noun.i
                       and any(a.lower_ == "to" for a in c.children)), None)
    subject = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.right_edge.i == noun.i - 1
                    and c.pos_ in ("NOUN", "PROPN")), None)
    if infinitive is None or subject is None:
        return
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if not (noun.tag_ == "NNS" and noun.lower_.endswith("s") or noun.tag_ == "NN" and plural):
        return
    noun.pos_, noun.tag_ = "VERB", "VBZ" if noun.tag_ == "NNS" else "VBP"
    subject.head, subject.dep_ = noun, "nsubj"
    infinitive.dep_ = "xcomp"
    for word in [c for c in noun.children if c.i < subject.left_edge.i and c.dep_ != "punct"]:
        word.head = subject  # "The US special" modify the subject now


def _after_adjective(rows: list[list[int]], i: int, jj: int, nn: int) -> bool:
    """Word i follows an adjective, perhaps through nouns: "Russian shelling", "Russian artillery shelling"."""
    j = i - 1
    while j >= 0 and rows[j][0] == nn and i - j <= 3:
        j -= 1
    return j >= 0 and rows[j][0] == jj


def _as_noun(gerund: Token) -> None:
    """"under heavy Russian shelling": the -ing word heads the phrase of the words before it."""
    first = gerund.i
    while first > 0 and gerund.doc[first - 1].tag_ in MODIFIER_TAGS:
        first -= 1
    words = [gerund.doc[i] for i in range(first, gerund.i)]
    inside = {t.i for t in words} | {gerund.i}
    # The word of the phrase that hangs outside it held the phrase's place in the sentence.
    top = next((t for t in words if t.head.i not in inside and t.dep_ != "ROOT"), None)
    gerund.pos_, gerund.tag_, gerund.lemma_ = "NOUN", "NN", gerund.lower_
    if top is not None:
        if gerund in top.ancestors:
            return
        gerund.head, gerund.dep_ = top.head, top.dep_
    elif gerund.dep_ in ("pcomp", "advcl", "xcomp"):
        gerund.dep_ = "pobj" if gerund.head.pos_ == "ADP" else gerund.dep_
    for word in words:
        if word.head.i not in inside or word.head == gerund:
            word.head, word.dep_ = gerund, "amod" if word.tag_.startswith("JJ") else "compound"
