"""Which clause's time a date expression gives, beyond the clause it hangs on: an "as"/"when"
clause shares the time of the verb it qualifies, a verb conjoined without a subject of its own
shares its first verb's, and a clause describing a noun keeps its date to itself."""

from __future__ import annotations

from spacy.tokens import Token

SAME_TIME = {"as", "when", "while", "whilst"}


def same_time(clause: Token) -> set[int]:
    """The verbs whose date is the clause's too: the one it is an "as"/"when" clause of ("said on Sunday
    ... as he opened talks"), and the one it is conjoined to without a subject or auxiliary of its own
    ("agreed on Tuesday ... but turned down a truce")."""
    out, current = set(), clause
    while current.dep_ == "conj" and not _children(current, {"nsubj", "nsubjpass", "aux", "auxpass"}):
        current = current.head
        out.add(current.i)
    marks = [m for m in _children(current, {"mark"}) if m.lower_ in SAME_TIME]
    perfect = any(a.lower_ in ("had", "has", "have") for a in _children(current, {"aux"}))
    if current.dep_ != "advcl" or not marks or perfect:  # "as talks had stalled": before
        return out
    head = current.head
    out.add(head.i)
    if marks[0].i > 0 and marks[0].nbor(-1).text == ",":  # set off by a comma: the whole sentence's time
        while head.dep_ in ("ccomp", "xcomp", "acomp", "conj"):
            head = head.head
            out.add(head.i)
    return out


def describes_noun(verb: Token, clause: Token, mine: set[int]) -> bool:
    """"would reject any version that departs from the understandings reached in August": a date in a
    clause describing another noun than the act's own dates what that clause tells of, not the act."""
    for token in [verb, *verb.ancestors]:
        if token == clause or token.is_ancestor(clause):
            return False
        # in a sentence whose root is a noun, an "acl" is the main verb the model hung on a noun before it
        # ("the first talks in three years ended on Friday"), not a clause describing that noun
        if (token.dep_ == "relcl" or token.dep_ == "acl" and token.sent.root.pos_ in ("VERB", "AUX")) \
                and token.head.i not in mine:
            return True
    return False


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]
