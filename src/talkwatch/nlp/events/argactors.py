"""The actors an argument phrase of an event names, read off `doc._.tw_mentions`.

Mentions already resolve names, "he"/"she", metonyms and demonyms. What is left
here: "I" and "we" in a quote for its speaker and the speaker's state or body,
"it"/"its"/"they" for states and bodies, "the pair"/"the two" for the two
parties just named, combining forms ("Franco-British"), relative pronouns, and
titles that name someone else ("Trump's envoy Steve Witkoff" is Witkoff, not
Trump; "Russian President Vladimir Putin" is Putin).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ...packs import Lexicon
from ..words import mention_tokens

# Combining forms of country adjectives, written before a hyphen: "Franco-British", "Sino-Russian".
COMBINING = {"franco": "FRA", "anglo": "GBR", "sino": "CHN", "russo": "RUS", "indo": "IND", "italo": "ITA",
             "greco": "GRC", "turco": "TUR", "austro": "AUT", "luso": "PRT", "hispano": "ESP", "nippo": "JPN"}
STATE_PRONOUNS = {"it", "its", "itself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves"}
PAIR_HEADS = {"pair", "two", "both", "duo", "sides", "leaders", "men", "presidents", "countries", "sides'",
              "parties", "delegations", "nations", "governments"}
# "the two leaders": two people; "the two presidents": two people who have been presidents.
PERSON_PAIRS = {"leaders": None, "men": None, "women": None, "heads": None, "presidents": "president",
                "ministers": "minister"}
# "both sides", "the two countries": two different sides, whoever of them was named last.
SIDE_PAIRS = {"sides", "sides'", "parties", "countries", "nations", "delegations", "governments", "camps"}
# Titles of those who lead a state: "the leaders" named sentences before.
LEADING_TITLES = ("president", "prime minister", "chancellor", "premier", "king", "emir", "crown prince",
                  "supreme leader")
RELATIVE = {"who", "which", "that", "whom", "whose"}
FIRST_SINGULAR = {"i", "me", "my", "myself"}
FIRST_PLURAL = {"we", "us", "our", "ourselves"}
# Dependencies by which a word modifies the name it stands before ("Trump's envoy", "Russian President").
_MODIFIER = {"compound", "amod", "poss", "nmod", "npadvmod", "case", "prep", "pobj", "appos", "det", "punct"}
_SUBJECT = {"nsubj", "nsubjpass"}


class ActorMap:
    """Token-level view of a document's mentions, for reading event arguments."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.new = doc._.tw_new_actors or {}
        # Places named as where something happens ("in Saudi Arabia") are not what a pronoun points to.
        self.place_tokens = {t.i for p in doc._.tw_places
                             for t in (doc.char_span(p.start, p.end, alignment_mode="expand") or ())}
        self.by_token: dict[int, str] = {}
        self.mention_tokens: dict[int, tuple[int, int]] = {}  # token -> (first, last) token of its mention
        for m, first, last in mention_tokens(doc):
            if self.lexicon.is_outlet(m.actor):
                continue
            for i in range(first, last + 1):
                self.by_token[i] = m.actor
                self.mention_tokens[i] = (first, last)
        self._first_persons(doc)
        self._sides_named: list[tuple[int, str]] | None = None  # see _side_mentions

    def _first_persons(self, doc: Doc) -> None:
        """"“We are ready to talk,” Peskov said": in a quote, "I" is its speaker and "we" the state or
        body the speaker acts for (the speaker, when that is a state or body)."""
        for quote in getattr(doc._, "tw_quotes", ()) or ():
            if not quote.direct or quote.speaker is None:
                continue
            speaker = quote.speaker
            group = self.side(speaker) if self.is_person(speaker) else speaker
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            for token in span if span is not None else ():
                actor = speaker if token.lower_ in FIRST_SINGULAR else group if token.lower_ in FIRST_PLURAL else None
                if actor and token.i not in self.by_token:
                    self.by_token[token.i] = actor
                    self.mention_tokens[token.i] = (token.i, token.i)

    # what an actor is

    def is_person(self, actor: str) -> bool:
        return actor in self.lexicon.people or (actor in self.new and self.new[actor].kind == "person")

    def side(self, actor: str) -> str | None:
        if actor in self.new:
            return self.new[actor].side
        return self.lexicon.side_of(actor)

    def _person_token(self, token: Token) -> bool:
        """A token of a person's name, or a title noun in apposition to one ("envoy, Keith Kellogg")."""
        if token.i in self.by_token and self.is_person(self.by_token[token.i]):
            return True
        return any(c.dep_ in ("appos", "compound") and c.i in self.by_token and self.is_person(self.by_token[c.i])
                   for c in token.children) or (token.dep_ in ("appos", "compound") and token.head.i in self.by_token
                                                and self.is_person(self.by_token[token.head.i]))

    # actors of a phrase

    def actors_in(self, tokens: Iterable[Token]) -> list[str]:
        """The actors named by these tokens, in text order, each once."""
        tokens = sorted(set(tokens), key=lambda t: t.i)
        inside = {t.i for t in tokens}
        found: list[str] = []
        for token in tokens:
            for actor in self._token_actors(token, inside):
                if actor not in found:
                    found.append(actor)
        return found

    def _token_actors(self, token: Token, inside: set[int]) -> list[str]:
        actor = self.by_token.get(token.i)
        if actor is not None:
            first = self.mention_tokens[token.i][0]
            if first != token.i and first in inside:
                return []  # counted at the mention's first token
            if self._names_someone_else(token):
                return []
            return [actor]
        found = self._unnamed_actors(token)
        return [] if found and self._modifies_person(token) else found  # "Dmitriev, head of its fund"

    def _unnamed_actors(self, token: Token) -> list[str]:
        """Actors of words that are no mention: pronouns, "the pair", combining forms."""
        lower = token.lower_
        if lower in COMBINING and token.i + 1 < len(token.doc) and token.nbor().text == "-":
            code = COMBINING[lower]
            return [code] if code in self.lexicon.states else []
        if lower in STATE_PRONOUNS and token.pos_ == "PRON" and not _dummy(token):
            return self._antecedent(token, persons=False, many=False)
        if lower in GROUP_PRONOUNS and token.pos_ == "PRON":
            return self._antecedent(token, persons=True, many=True)
        if lower in PAIR_HEADS and (token.dep_ in _SUBJECT | {"dobj", "pobj"} or token.dep_ == "poss"
                                    and lower in SIDE_PAIRS):  # "talks between the two countries' delegations"
            return self.pair(token)
        if lower in RELATIVE and token.dep_ in _SUBJECT and token.head.dep_ == "relcl":
            return self.actors_in(phrase(token.head.head))
        return []

    def _names_someone_else(self, token: Token) -> bool:
        """"Trump's envoy Steve Witkoff", "Russian President Vladimir Putin": the state or person
        before a person's name or title is part of the title, not an actor of the event."""
        first, last = self.mention_tokens[token.i]
        span = self.doc[first: last + 1]
        if span.root.dep_ == "appos":
            return False  # "envoy Steve Witkoff": an apposition names its head
        if self._possessive_title(last):
            return True
        actor = self.by_token[token.i]
        if self.is_person(actor) and span.root.dep_ != "poss":
            return False  # a person is part of another's title only as "X's": "Trump's envoy"
        return self._modifies_person(span.root, first, last, actor)

    def _modifies_person(self, root: Token, first: int | None = None, last: int | None = None,
                         actor: str | None = None) -> bool:
        """Whether the words from `first` to `last` (headed by `root`) are part of the title of a
        person other than `actor`: "Russia's head of its sovereign wealth fund, Dmitriev"."""
        first = root.i if first is None else first
        last = root.i if last is None else last
        current, seen = root, 0
        while current.dep_ in _MODIFIER and current.head.i != current.i and seen < 6:
            current = current.head
            seen += 1
            if not first <= current.i <= last and self._person_token(current):
                person = self._person_of(current)
                # The state in an unknown person's title is the side they act for: keep it.
                return person != actor and (self.side(person) is not None if person else False)
        return False

    def _person_of(self, token: Token) -> str | None:
        """The person a name token or a title noun stands for."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        names = [c for c in token.children if c.dep_ in ("appos", "compound")]
        if token.dep_ in ("appos", "compound"):
            names.append(token.head)
        for other in names:
            if other.i in self.by_token and self.is_person(self.by_token[other.i]):
                return self.by_token[other.i]
        return None

    def _possessive_title(self, last: int) -> bool:
        """"Trump's son-in-law Jared Kushner", "Putin's aide Yuri Ushakov": a name, "'s", title
        words, then another person's name, whatever the parse made of it."""
        doc = self.doc
        if last + 2 >= len(doc) or doc[last + 1].lower_ not in ("'s", "\u2019s"):
            return False
        owner = self.by_token.get(last)
        for k in range(last + 2, min(last + 8, len(doc))):
            token = doc[k]
            if k in self.by_token and k - 1 > last + 1:
                return self.is_person(self.by_token[k]) and self.by_token[k] != owner
            if not (token.pos_ in ("NOUN", "ADJ") or token.text == "-" or token.lower_ in ("of", "in", "law")):
                return False
        return False

    # pronouns

    def _antecedent(self, token: Token, *, persons: bool, many: bool) -> list[str]:
        """States (and, for "they", people) a pronoun refers back to: the subject of its own
        sentence before it, else the subject of the sentence before."""
        sent = token.sent
        if many and self._unnamed_group_above(token):
            return []
        if not persons and self._continues_a_thing(token):
            return []
        for scope in (self.doc[sent.start: token.i], _previous_sentence(sent)):
            if scope is None:
                continue
            candidates = [t for t in scope if t.i in self.by_token and t.i != token.i and t.i not in self.place_tokens
                          and (persons or not self.is_person(self.by_token[t.i]))]
            candidates = [t for t in candidates if self.mention_tokens[t.i][0] == t.i]
            if many:  # "the two leaders spoke ... Trump announced that they would meet"
                pairs = [p for t in scope if _in_subject(t) and t.i != token.i and (p := self.pair(t))]
                if pairs and not any(_in_subject(t) for t in candidates):
                    return pairs[0]
            if not candidates:
                continue
            subjects = [t for t in candidates if _in_subject(t)]
            if many:  # "they": a group or several parties, never one person
                groups = [g for g in (self.actors_in(phrase(_subject_head(t))) for t in subjects)
                          if g and (len(g) > 1 or not self.is_person(g[0]))] if subjects else []
                if groups:
                    return groups[0]
                named = list(dict.fromkeys(self.by_token[t.i] for t in candidates))
                if named and (len(named) > 1 or not self.is_person(named[0])):
                    return named
                continue  # "Trump announced that they would meet": not Trump alone; further back
            # in its own sentence, the subject of a clause it is inside: "Merz said Germany would decide,
            # and Italy said it would not send soldiers" is Italy
            above = [t for t in subjects if scope.start == sent.start and _subject_head(t).head in token.ancestors]
            return [self.by_token[(above[-1:] or subjects or candidates[-1:])[0].i]]
        return []

    def _continues_a_thing(self, token: Token, depth: int = 0) -> bool:
        """"The European text would raise the cap. It drops the clause ... It also proposes ...": a
        subject "it" with no state before it in its sentence goes on with the sentence before's subject,
        which names no state."""
        if token.dep_ not in _SUBJECT or depth > 3 or any(
                t.i in self.by_token for t in token.sent if t.i < token.i):
            return False
        before = _previous_sentence(token.sent)
        subject = next((c for c in before.root.children if c.dep_ in _SUBJECT), None) if before else None
        if subject is None or any(t.i in self.by_token for t in phrase(subject)):
            return False
        if subject.lower_ in STATE_PRONOUNS and subject.pos_ == "PRON":
            return self._continues_a_thing(subject, depth + 1)
        return subject.pos_ == "NOUN"

    def _unnamed_group_above(self, token: Token) -> bool:
        """"European leaders said they were ready ...": "they" is the plural subject of a clause it
        is inside of, which names no party; not the parties of the sentence before."""
        for verb in token.ancestors:
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT and c.i < token.i), None)
            if subject is not None and subject.tag_ in ("NNS", "NNPS") and subject.i != token.i:
                return not any(t.i in self.by_token for t in subject.subtree)
        return False

    def _titled(self, actor: str, title: str) -> bool:
        """Whether a person has held a title ("president"), by the packs or the article's words."""
        person = self.lexicon.people.get(actor)
        if person is not None:
            return any(title in r.title.lower() for r in person.roles)
        role = self.new[actor].role if actor in self.new else None
        return role is not None and title in role.lower()

    def pair(self, token: Token) -> list[str]:
        """"the pair", "the two leaders", "both sides": the last two parties named before; for a
        pair of people ("the two leaders"), the last two people; [] for any other word."""
        if token.lower_ not in PAIR_HEADS or not _is_the_pair(token):
            return []
        noun = token.lower_ if token.lower_ in PERSON_PAIRS.keys() | SIDE_PAIRS else token.head.lower_
        if noun in SIDE_PAIRS:
            return self._two_sides(token)
        sent = token.sent
        scopes = [s for s in (_previous_sentence(sent), self.doc[sent.start: token.i]) if s is not None]
        if noun in PERSON_PAIRS:
            title = PERSON_PAIRS[noun]
            persons = [a for a in self.actors_in(t for s in scopes for t in s if t.i not in self.place_tokens)
                       if self.is_person(a) and (title is None or self._titled(a, title))]
            if len(persons) < 2 and noun in ("leaders", "presidents"):
                # "the leaders" named further back: the last two who lead a state
                persons = [a for a in self.actors_in(t for t in self.doc[: token.i] if t.i not in self.place_tokens)
                           if self.is_person(a) and any(self._titled(a, t) for t in LEADING_TITLES)]
            if len(persons) >= 2:
                return persons[-2:]
        for scope in reversed(scopes):
            named = self.actors_in(t for t in scope if t.i not in self.place_tokens)
            if len(named) >= 2:
                return named[-2:]
        return []

    def _two_sides(self, token: Token) -> list[str]:
        """"Both sides", "the two delegations": the two sides the article names most, the one named
        first on a tie (a lead names the parties before their hosts); never the side of whoever
        urges or addresses them ("Fidan urged both sides"): no one speaks to itself as one of two."""
        addresser: set[str | None] = set()
        if token.dep_ not in _SUBJECT:
            verb = token.head.head if token.dep_ == "pobj" else token.head
            while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT for c in verb.children):
                verb = verb.head  # "opened the talks and urged both sides": the first verb's subject
            addresser = {self._side_or_self(self.by_token[t.i]) for s in verb.children if s.dep_ in _SUBJECT
                         for t in phrase(s) if t.i in self.by_token}
        # States its own sentence names before it first ("talks with both Russia and Ukraine had gone well,
        # and the sides ..."), then the sides of the last few sentences ("the talks are over ... the two
        # sides agreed" are the sides of those talks), then the two the whole article names most.
        named_here = list(dict.fromkeys(
            side for i, side in self._side_mentions() if token.sent.start <= i < token.i and side not in addresser
            and not self.is_person(self.by_token[i])))
        if len(named_here) == 2:
            return named_here
        start = token.sent.start
        for _ in range(NEAR_SENTENCES):
            start = self.doc[start - 1].sent.start if start > 0 else start
        named: dict[str, list[int]] = {}  # side -> [mentions nearby, mentions, earliness]
        for i, side in self._side_mentions():
            if side not in addresser:
                counts = named.setdefault(side, [0, 0, -i])
                counts[0] += start <= i < token.i
                counts[1] += 1
        near = [s for s in named if named[s][0]]
        ranked = sorted(named, key=lambda s: named[s] if len(near) >= 2 else named[s][1:], reverse=True)
        return ranked[:2] if len(ranked) >= 2 else []

    def _side_mentions(self) -> list[tuple[int, str]]:
        """(first token, side) of every mention of a party, in text order: read once per document."""
        if self._sides_named is None:
            firsts = sorted({first for first, _ in self.mention_tokens.values()} - self.place_tokens)
            self._sides_named = [(i, side) for i in firsts if (side := self._side_or_self(self.by_token[i]))]
        return self._sides_named

    def _side_or_self(self, actor: str) -> str | None:
        return self.side(actor) or (None if self.is_person(actor) else actor)


def _dummy(token: Token) -> bool:
    """"it was unrealistic", "it had been a good day": an "it" that points at nothing ("it is willing
    to talk" points at a party)."""
    return token.lower_ == "it" and token.dep_ in ("nsubj", "expl") and token.head.lemma_ in ("be", "seem", "appear") \
        and not any(c.dep_ == "acomp" and c.lower_ in AGENTIVE for c in token.head.children)


NEAR_SENTENCES = 3  # sentences before "the two sides" whose parties are theirs first

# Predicates only a party can have: "it is willing to", "it is not ready for".
AGENTIVE = {"willing", "unwilling", "ready", "prepared", "open", "eager", "keen", "determined", "committed",
            "reluctant", "able", "unable", "interested", "opposed"}


def _is_the_pair(token: Token) -> bool:
    lefts = {t.lower_ for t in token.lefts}
    if token.lower_ in ("pair", "duo", "two"):
        return "the" in lefts or token.lower_ == "two" and token.dep_ in _SUBJECT
    if token.lower_ in ("leaders", "presidents", "sides", "parties") and lefts == {"the"}:
        return True  # "the leaders agreed", "the sides agreed": the two last named, or the article's two
    return "both" in lefts or token.lower_ == "both" or "two" in lefts


def _previous_sentence(sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def _in_subject(token: Token) -> bool:
    return _subject_head(token) is not None


def _subject_head(token: Token) -> Token | None:
    current, seen = token, 0
    while current.dep_ not in _SUBJECT and current.dep_ in ("compound", "flat", "appos", "conj", "amod", "poss", "cc")\
            and current.head.i != current.i and seen < 5:
        current, seen = current.head, seen + 1
    return current if current.dep_ in _SUBJECT else None


# Dependencies that leave a noun phrase: clauses and the arguments of other words.
_PHRASE_PRUNE = {"relcl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "mark", "cc", "prep", "acl", "dep",
                 "advmod", "det", "nummod", "quantmod", "attr", "dobj", "nsubj", "nsubjpass", "aux", "auxpass"}
_PHRASE_PREPS = {"of", "from"}
_LEADING_ACLS = {"lead", "head", "include", "represent", "comprise"}


def phrase(token: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `token`: its modifiers, conjuncts, appositions,
    "of"/"from" phrases and "led by X", without relative or other clauses."""
    out = [token]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _PHRASE_PREPS:
            out.append(child)
            for grand in child.children:
                if grand.dep_ == "pobj":
                    out += phrase(grand)
        elif child.dep_ == "acl" and child.lemma_ in _LEADING_ACLS:
            for grand in child.children:
                if grand.dep_ == "agent" or grand.dep_ == "dobj":
                    out += [p for g in grand.children if g.dep_ == "pobj" for p in phrase(g)] or phrase(grand)
        elif child.dep_ not in _PHRASE_PRUNE:
            out += phrase(child)
    return out
