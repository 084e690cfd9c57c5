"""Side and role from the words around a name: "Ukraine's top negotiator Rustem
Umerov", "NATO chief Mark Rutte", "Kirill Dmitriev, Russia's head of its
sovereign wealth fund"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...packs import Lexicon

TITLE_MAX_TOKENS = 10
_TITLE_POS = {"ADJ", "NOUN", "PROPN", "NUM"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_LEADING = {"a", "an", "the", "its", "his", "her", "their", "whose"}


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
