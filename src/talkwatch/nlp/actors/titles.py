"""Side and role from the words around a name: "Ukraine's top negotiator Rustem
Umerov", "NATO chief Mark Rutte", "Kirill Dmitriev, Russia's head of its
sovereign wealth fund"; and the office a state's name before a title word names
where no name follows ("the Ukrainian president", "the Russian leader")."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span, Token

from ...packs import Lexicon

TITLE_MAX_TOKENS = 10
_TITLE_POS = {"ADJ", "NOUN", "PROPN", "NUM"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_LEADING = {"a", "an", "the", "its", "his", "her", "their", "whose"}
# Offices a state has one holder of: "the Ukrainian president" is whoever was president then.
OFFICES = {"president": ("president",), "chancellor": ("chancellor",), "premier": ("prime minister",),
           "minister": ("prime minister",),
           # "The Russian leader", "the Kremlin leader": who leads the state, one the article named
           # before, else a chancellor where there is one (Germany's president does not lead it), else
           # the president.
           "leader": ("chancellor", "president", "prime minister"),
           # Posts several may hold at once: the one the article named before, or the only holder.
           "envoy": ("envoy",), "negotiator": ("negotiator",), "spokesman": ("spokesman", "spokesperson"),
           "spokeswoman": ("spokeswoman", "spokesperson"), "spokesperson": ("spokesperson", "spokesman")}
NOT_THE_HOLDER = {"former", "ex", "vice", "deputy", "acting", "late", "first"}  # "first deputy prime minister"
# Words that make an office no one in particular's: "a Russian leader", "the then Ukrainian president".
_NO_ONE = NOT_THE_HOLDER | {"a", "an", "any", "no", "every", "each", "another", "then", "next", "future"}


def _in_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _left_title(ent: Span) -> Span | None:
    doc, i = ent.doc, ent.start - 1
    while i >= ent.sent.start and ent.start - i <= TITLE_MAX_TOKENS:
        token = doc[i]
        if _in_person(token) or not (token.pos_ in _TITLE_POS or token.text in _POSSESSIVE):
            break
        i -= 1
    return doc[i + 1: ent.start] if i + 1 < ent.start else None


def _appositive(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            tokens = [t for t in child.subtree if t.i > ent.end]
            if tokens and len(tokens) <= TITLE_MAX_TOKENS and not any(_in_person(t) for t in tokens):
                span = doc[tokens[0].i: tokens[-1].i + 1]
                while len(span) and span[-1].is_punct:
                    span = span[:-1]
                return span if len(span) else None
    return None


def _side(span: Span, lexicon: Lexicon) -> tuple[str | None, int]:
    """The side named in a title, and the token index after the possessor ("Russia's")."""
    for token in span:
        for form in (token.text, token.ent_id_):
            for term in lexicon.by_form.get(form, ()):
                if term.actor in lexicon.states:
                    after = token.i + 1
                    if after < span.end and span.doc[after].text in _POSSESSIVE:
                        return lexicon.states[term.actor].code, after + 1
                    return lexicon.states[term.actor].code, span.start
        if token.ent_id_ in lexicon.states:
            return lexicon.states[token.ent_id_].code, span.start
    return None, span.start


def _role(span: Span, start: int) -> str | None:
    words = [t.text for t in span.doc[start: span.end]]
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    role = " ".join(words).replace(" 's", "'s").replace(" \u2019s", "\u2019s").strip(" ,")
    return role or None


def title_of(ent: Span, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """(side code, role text) the words around a person's name give, either possibly None."""
    side = role = None
    for title in (_left_title(ent), _appositive(ent)):
        if title is None:
            continue
        found, start = _side(title, lexicon)
        side = side or found
        role = role or _role(title, start)
    return side, role


def office_named(ent: Span) -> tuple[str, ...] | None:
    """The offices a state's name before a title word names, in the order to look for a holder
    ("Russia's foreign minister": "foreign minister"), or None when the words name no present holder:
    a name follows ("Russian President Vladimir Putin"), many ("European leaders"), one no longer or not
    yet in office ("the former Ukrainian president"), or another kind of leader ("the Russian opposition
    leader")."""
    # "the Kremlin leader": the article belongs to the title word, so "Kremlin" is what names the state.
    root = (ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent).root
    head = root.head
    if root.dep_ not in ("amod", "compound", "poss", "nmod") or head.i < ent.end or head.lower_ not in OFFICES \
            or "PERSON" in (head.ent_type_, head.head.ent_type_) or any(c.ent_type_ == "PERSON" for c in head.children):
        return None
    modifiers = [c for c in head.children if c.i < head.i and not ent.start <= c.i < ent.end]
    if any(c.lower_ in _NO_ONE for c in modifiers):
        return None
    kinds = [c.lower_ for c in modifiers if c.dep_ in ("compound", "amod", "nmod") and c.i > root.i]
    if head.lower_ == "leader":
        return None if kinds else OFFICES["leader"]
    if head.lower_ == "minister" and kinds:
        return (f"{kinds[0]} minister",)
    return OFFICES[head.lower_]


def _holders(office: str, side: str, lexicon: Lexicon, date: str | None) -> list[str]:
    pattern = re.compile(rf"\b{office}\b")
    return [p.id for p in lexicon.people.values() if p.side == side and any(
        pattern.search(r.title.lower()) and not NOT_THE_HOLDER & set(r.title.lower().replace("-", " ").split())
        and r.holds_on(date) for r in p.roles)]


def office_holder(offices: tuple[str, ...], side: str, lexicon: Lexicon, date: str | None,
                  named: Collection[str]) -> str | None:
    """The person of the packs who held one of `offices` of a state on `date`: the one the article named
    before (`named`) if it named one, else the only holder of the first office that has any (the world
    leaders of the core pack carry no dates, so several may)."""
    holders = [_holders(office, side, lexicon, date) for office in offices]
    before = {h for found in holders for h in found if h in named}
    if len(before) == 1:
        return before.pop()
    first = next((found for found in holders if found), [])
    return first[0] if len(first) == 1 else None
