"""Verbs of speech and who their speaker is: the subject of "said", the agent
of "was described ... by", the subject a participle shares with its clause
("..., describing the regions as ...")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...packs import PackError, read_lexicon

LEXICON_VERSION = 1
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Clauses that share their head's subject when they have none of their own.
SUBJECT_SHARING = {"advcl", "xcomp", "conj", "ccomp", "pcomp"}
MAX_INHERIT = 4
# What a speaker's noun phrase leaves out: the clauses and prepositional phrases that
# modify it, and possessors ("Trump's envoy" is not Trump).
PHRASE_BREAKS = {"relcl", "acl", "prep", "advcl", "ccomp", "punct", "poss"}


@dataclass(frozen=True)
class SpeechVerbs:
    """The lemmas of `packs/core/speech.yml`."""

    reporting: frozenset[str]
    naming: frozenset[str]
    questions: frozenset[str]

    def is_speech(self, token: Token) -> bool:
        """A verb that attributes words to its subject ("said", "described ... as")."""
        lemma = token.lemma_.lower()
        return token.pos_ == "VERB" and (lemma in self.reporting or lemma in self.naming)

    def reports_clause(self, token: Token) -> bool:
        """A verb whose complement clause is indirect speech ("said that ...", not "asked whether ...")."""
        lemma = token.lemma_.lower()
        return token.pos_ == "VERB" and lemma in self.reporting and lemma not in self.questions


@lru_cache(maxsize=1)
def speech_verbs() -> SpeechVerbs:
    """The shipped lexicon of speech verbs; PackError when it is malformed."""
    data = read_lexicon("core", "speech")
    if not isinstance(data, dict) or data.get("version") != LEXICON_VERSION:
        raise PackError(f"packs/core/speech.yml: expected 'version: {LEXICON_VERSION}'")
    lists = {}
    for key in ("reporting", "naming", "questions"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise PackError(f"packs/core/speech.yml: expected a list of verbs under '{key}:'")
        lists[key] = frozenset(w.lower() for w in words)
    return SpeechVerbs(**lists)


def is_passive(verb: Token) -> bool:
    """"was described", "described by", "When asked": the grammatical subject did not speak."""
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in children):
        return True
    # A bare participle ("When asked", "dubbed"), unless it has an active subject after all.
    return verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" or (c.dep_ == "aux" and c.lemma_ == "have")
                                          for c in children)


def agent_of(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """The "by X" of a passive verb, also where the parser hung it on the quoted words."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        agent = next((t for t in verb.subtree if t.lower_ == "by" and t.i > verb.i and not skip(t)
                      and _same_clause(t, verb)), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _same_clause(token: Token, verb: Token) -> bool:
    """No other verb between a token and the verb above it."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return node.i == verb.i


def speaker_token(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """The token that names who speaks through `verb`, or None.

    Active verbs: the subject ("Peskov said", "said Peskov"), through a relative
    pronoun to the noun it stands for ("Trump, who said"). Passive verbs: the agent
    ("described by the latter"); none for "When asked", whose speaker is not named.
    A participle or coordinated verb without a subject shares its clause's
    ("..., describing the regions as"; "was asked and replied that").

    Args:
        verb: a speech verb.
        skip: rejects tokens that cannot be the speaker (those inside quotation marks).

    Returns:
        The head token of the speaker's noun phrase, or None.
    """
    if is_passive(verb):
        agent = agent_of(verb, skip)
        return None if agent is None or skip(agent) else agent
    subjects = ("nsubj",)
    for _ in range(MAX_INHERIT):
        # The nearest, where a misparse gives a verb two subjects.
        candidates = [c for c in verb.children if c.dep_ in subjects and not skip(c)]
        subject = min(candidates, key=lambda c: abs(c.i - verb.i)) if candidates else None
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = verb.head
            return None if skip(subject) else subject
        if verb.dep_ not in SUBJECT_SHARING or verb.head.i == verb.i:
            return None
        verb = verb.head
        while skip(verb) and verb.head.i != verb.i:  # a verb of quoted words is not the writer's clause
            verb = verb.head
        subjects = ("nsubj", "nsubjpass")  # a shared subject is the clause's, passive or not
    return None


def phrase_tokens(token: Token) -> list[Token]:
    """The noun phrase a subject heads, without its clauses and prepositional tails:
    "Ukraine's top negotiator Rustem Umerov", not "people familiar with Russia's plans"."""
    out: list[Token] = []
    stack = [token]
    while stack:
        node = stack.pop()
        out.append(node)
        stack += [c for c in node.children if c.dep_ not in PHRASE_BREAKS and c.pos_ not in ("VERB", "AUX")]
    return sorted(out, key=lambda t: t.i)


def phrase_text(token: Token) -> str:
    """How the text names a speaker that is no known actor ("the press", "two people")."""
    left = token.left_edge.i
    return " ".join(token.doc[left: token.i + 1].text.split())
