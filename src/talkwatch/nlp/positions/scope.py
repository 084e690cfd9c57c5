"""Where a stance word or an issue stands outside any stance: in a question ("Will Moscow accept a
truce?", "asked whether Kyiv would accept a truce"), a supposition ("Should Kyiv agree to a truce,
...") or a time clause ("once a truce is agreed"), or an issue that only places something ("a
ceasefire in Kherson", "drone attacks on Russian territory"); and what makes a stance conditional
beside a condition clause ("only with guarantees", "any truce must address the root causes")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .holders import obliged

_ENDS = {".", "!", "?"}
# The slots of a clause that is asked about, not said: "did not say [whether he would accept]".
_ASKED_SLOTS = {"ccomp", "dobj", "csubj", "pcomp", "xcomp", "acl", "attr", "nsubj"}
_TIME_MARKS = {"once", "after", "when", "whenever", "until", "till", "before", "since", "while"}
_COMING = {"once", "until", "till"}  # marks of what is yet to come
_MODALS = {"will", "would", "wo", "'ll", "shall", "could", "can", "may", "might", "should", "must"}
_TOPIC = {"on", "about", "over", "regarding", "concerning"}
# Prepositions that say where something is: "a ceasefire [in] Kherson", "drones [at] Kherson".
_PLACING = {"in", "at", "near", "around", "across", "inside", "outside", "along", "throughout", "within",
            "through"}
# Prepositions that place a domain in a list of them: "in the air, at sea and [on] land".
_LISTED = {"on", "by"}


def asked(sent: Span, i: int) -> bool:
    """True when the clause of token `i` ends with a question mark: "Will Moscow accept a truce?"."""
    end = next((t for t in sent[i - sent.start:] if t.text in _ENDS), None)
    return end is not None and end.text == "?"


def asked_clause(verb: Token) -> bool:
    """True for the head of a clause that asks, opened by "whether" or by an "if" that is no
    condition: "did not say [whether he would accept]", "wants to know [if Putin is ready]"."""
    if verb.dep_ not in _ASKED_SLOTS:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def supposed(verb: Token) -> bool:
    """True for the head of a condition put as an inversion, which supposes and asks for nothing:
    "[Should Kyiv agree to a truce], Russia would ...", "[Had Ukraine joined NATO], ..."."""
    first = verb.doc[verb.left_edge.i]
    return verb.dep_ in ("advcl", "ccomp") and first.dep_ == "aux" and first.head.i == verb.i \
        and first.lower_ in ("should", "had", "were") \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in verb.children)


def timed(verb: Token) -> bool:
    """True for the head of a clause that only dates another yet to come, like an issue in a time
    phrase ("after a ceasefire"): "[once a ceasefire is agreed]", "would meet Putin [after Russia
    agreed to a truce]", "[when a truce is signed]"; not a fact that dates one ("resumed aid [after
    Kyiv backed the truce]")."""
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS), None)
    if verb.dep_ != "advcl" or mark is None:
        return False
    present = any(t.tag_ in ("VBP", "VBZ") for t in (verb, *verb.children)
                  if t.dep_ in ("advcl", "aux", "auxpass"))
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children)
    return mark in _COMING or present or modal


def places(issue: Token, cue_tokens: set[int], acts: frozenset[str]) -> bool:
    """True when an issue word only says where something is or what an act of force hits: a
    place in "a ceasefire in Kherson", a domain in "in the air, at sea and on land", "drone attacks
    on Russian territory"; not "interest in a truce", nor a stance word's own "insist on"."""
    prep = issue.head
    if issue.dep_ != "pobj" or prep.i in cue_tokens:
        return False
    word = prep.lower_
    if word in _PLACING and issue.pos_ == "PROPN":
        return True
    listed = (prep.dep_ == "conj" and prep.head.pos_ == "ADP") or \
        any(c.dep_ == "conj" and c.pos_ == "ADP" for c in prep.children)
    if word in _PLACING | _LISTED and listed:
        return True
    return word in ("on", "against", "at") and prep.head.lemma_.lower() in acts


def restriction(issue: Token, words: list[Token]) -> str | None:
    """The words of a phrase "only" restricts on the issue or one of its stance `words`, a condition
    on the stance: "accept peacekeepers [only from neutral countries]", "accept a truce [only with
    security guarantees]"; not for an issue inside that phrase, which it asks for."""
    for t in (issue, *words):
        for c in t.children:
            only = next((k for k in c.children if k.dep_ == "advmod" and k.lower_ == "only"), None)
            inside = c.left_edge.i <= issue.i <= c.right_edge.i
            if c.dep_ in ("prep", "advcl") and only is not None and not inside:
                kept = [w for w in c.subtree if w.i != only.i]
                return c.doc[kept[0].i: kept[-1].i + 1].text
    return None


def talked_over(issue: Token, talks: frozenset[str]) -> bool:
    """True when the issue is the topic of talks (a meeting noun of the packs' triggers): to back
    "talks on a ceasefire" is to be open to it, not to back it."""
    prep = issue.head
    return issue.dep_ == "pobj" and prep.lower_ in _TOPIC and prep.head.lemma_.lower() in talks


def required_of(issue: Token) -> str | None:
    """What a clause says the issue must do or have, a condition on it: "any ceasefire must [address
    the root causes]", "a peace deal should [include security guarantees]"."""
    verb = issue.head  # not a passive's subject: "elections must be held" asks for the issue itself
    if issue.dep_ != "nsubj" or not obliged(verb):
        return None
    words = [t for t in verb.subtree if t.i > issue.right_edge.i and t.dep_ != "punct"
             and not (t.dep_ == "aux" and t.head.i == verb.i)]
    return verb.doc[words[0].i: words[-1].i + 1].text if words else None


def discussed(issue: Token, talk: frozenset[str]) -> Token | None:
    """The verb of talking (stances.yml's `talk_about`) the issue is the object of: "agreed that
    [territorial issues can be discussed]", "agreed to negotiate a truce"; to back that is openness."""
    if issue.dep_ in ("amod", "compound"):
        issue = issue.head  # "[territorial] issues"
    verb = issue.head
    if issue.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in talk:
        return verb
    return None


def only_how(verb: Token) -> bool:
    """True when "only" restricts how, where or with whom talking is done: "can only be discussed with
    Ukraine present" agrees on a procedure, no stance on what is discussed."""
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)
