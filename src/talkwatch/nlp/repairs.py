"""The `talkwatch_repairs` component: mends one systematic error of the small
English model before anything reads the parse.

After a name, the model often takes a past-tense verb for an adjective of the
noun that follows: "Trump paused military aid" comes out as one noun phrase
("Trump/nmod paused/amod military/amod aid"), with no verb and no subject. When
the adjective is a verb of the pack's event lexicon and the word before it
names an actor, the phrase is re-hung as a clause: the name becomes the verb's
subject and the noun its object. Only lexicon verbs are repaired, so "the
Kremlin's stated aims" or "Russia-backed forces" stay as they are.
"""

from __future__ import annotations

from spacy.attrs import DEP, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..packs import Lexicon
from .base import LexiconComponent
from .events.triggers import forms_of

NAME_LABELS = {"PERSON", "GPE", "ORG", "NORP"}
NAME_DEPS = {"nmod", "compound", "amod", "npadvmod"}
# Where a noun phrase can stand that a clause can stand too; elsewhere the repaired clause is coordinated.
ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl",
         "dative", "oprd", "npadvmod"}


class ParseRepairer(LexiconComponent):
    """Re-hangs "NAME verbed NOUN" phrases the model read as one noun phrase."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.verbs: frozenset[str] = frozenset()

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        self.verbs = frozenset(v for t in lexicon.triggers.values() for v in t.verbs if " " not in v)

    def __call__(self, doc: Doc) -> Doc:
        self.ready()
        strings = doc.vocab.strings
        amod, tags = strings["amod"], {strings["JJ"], strings["VBN"]}
        # Arrays first: a Token object for every word of every article costs more than the check.
        for i, (tag, dep) in enumerate(doc.to_array([TAG, DEP]).tolist()):
            if dep != amod or tag not in tags:
                continue
            token = doc[i]
            if token.lower_.endswith("ed"):
                lemma = next((f for f in forms_of(token) if f in self.verbs), None)
                name = _name_before(token) if lemma else None
                if lemma and name is not None:
                    _rehang(token, lemma, name)
        return doc


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
    if root.dep_ not in NAME_DEPS and not (root.dep_ == "ROOT" and noun.head == root):
        return None
    if root.head != noun and noun.head != root:
        return None
    return root


def _rehang(verb: Token, lemma: str, name: Token) -> None:
    noun = verb.head
    # Of the name and the noun, the one the other hangs on gives the clause its place in the sentence.
    top = name if noun.head == name else noun if name.head == noun else None
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
