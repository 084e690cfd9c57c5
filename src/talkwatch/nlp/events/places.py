"""Where an event happened: the place its "in"/"at" phrases name, the most
specific first ("at the Ritz Carlton Hotel in Riyadh" is Riyadh), a seat of
power as its capital ("in the Kremlin" is Moscow), "the Alaska summit", and
"in Berlin, where they met"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ...packs import Lexicon
from .argactors import ActorMap

LOCATIVE = {"in", "at", "inside", "near", "outside"}
RANKS = ("GPE", "LOC", "FAC")
# Nouns a demonym makes a place of: "the Ukrainian city of Kharkiv", "on Russian soil".
PLACE_NOUNS = {"city", "town", "village", "region", "province", "border", "capital", "territory", "district",
               "oblast", "side", "coast", "port", "area", "state", "enclave", "sector", "part", "soil", "airspace",
               "waters", "frontier", "countryside", "mainland", "island", "peninsula", "republic", "land",
               "square", "street", "quarter", "neighbourhood", "neighborhood", "suburb", "camp", "base", "embassy",
               "consulate", "prison", "jail", "airport", "harbour", "harbor", "market", "settlement"}  # a city or country before a region, a region before a building

# How parties hang below a meeting: "talks with X and Y", "a meeting of the coalition".
NESTING = {"prep", "pobj", "conj", "appos", "dobj"}
PARTY_PREPS = {"with", "of", "between", "among"}
# Adverbial idioms the small model hangs the next phrase on: "met face to face in Istanbul".
MANNER_NOUNS = {"face", "person", "camera", "door", "doors", "one", "side"}

Location = tuple[str, str | None]  # place name, and the state it is in when known


class PlaceReader:
    """The places of one document: named entities and the actor component's located places."""

    def __init__(self, doc: Doc, lexicon: Lexicon, actors: ActorMap) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.actors = actors
        self.label: dict[int, str] = {}
        for ent in doc.ents:
            if ent.label_ in RANKS:
                for token in ent:
                    self.label[token.i] = ent.label_
        # "Israeli" in "killed in Israeli tank shelling" names who fired, not where; in "the Russian
        # region of Kursk" it names the state of a place.
        demonyms = {(m.start, m.end) for m in doc._.tw_mentions if m.kind == "demonym"}
        for place in doc._.tw_places:
            if (place.start, place.end) in demonyms and not _of_a_place(doc, place.start, place.end):
                continue
            for token in doc.char_span(place.start, place.end, alignment_mode="expand") or ():
                self.label.setdefault(token.i, "GPE")
        self.date_tokens = {t.i for d in doc._.tw_dates
                            for t in (doc.char_span(d.start, d.end, alignment_mode="expand") or ())}

    def is_place(self, token: Token) -> bool:
        """A place name that is not also an actor of the sentence ("Alaska", not "US")."""
        return token.i in self.label and token.i not in self.actors.by_token

    def place_of(self, tokens: Iterable[Token]) -> Location | None:
        """The most specific place these tokens name."""
        ranked = sorted((RANKS.index(self.label[t.i]), t.i) for t in tokens
                        if t.i in self.label and t.i not in self.date_tokens and not self._names_a_wider(t))
        if not ranked:
            return None
        first = ranked[0][1]
        start = end = first
        while start - 1 in self.label and self.label[start - 1] == self.label[first]:
            start -= 1
        while end + 1 in self.label and self.label[end + 1] == self.label[first]:
            end += 1
        capital = self.doc[end].head.lemma_.lower() == "capital" and self.doc[end].dep_ in ("amod", "compound")
        return self._city(self.doc[start: end + 1].text, capital), self._state_at(start, end)

    def _names_a_wider(self, token: Token) -> bool:
        """"Saudi" in "the Saudi city of Jeddah", "US" in "the US mission in Geneva": a place that
        names what a place after it is in, or whose it is."""
        head = token
        while head.dep_ in ("amod", "compound", "nmod", "det") and head.head.i != head.i:
            head = head.head
        if head.i == token.i:
            return False
        preps = ("of",) if head.lemma_.lower() in PLACE_NOUNS else ("in", "at")
        return any(g.i in self.label for p in head.children if p.dep_ == "prep" and p.lower_ in preps
                   for o in p.children if o.dep_ == "pobj" for g in o.subtree)

    def location(self, words: Iterable[Token], skip: set[int]) -> Location | None:
        """The place of the first "in"/"at" phrase below `words` that names one (`skip`: event
        nouns, "in talks" is no place)."""
        for word in _with_manner_idioms(words):
            for prep in word.children:
                if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE:
                    continue
                for obj in (g for g in prep.children if g.dep_ == "pobj" and g.i not in skip):
                    found = self.place_of(_without_clauses(obj))
                    if found:
                        return found
        return None

    def nested(self, head: Token, skip: set[int]) -> Location | None:
        """The place of an "in"/"at" phrase hung on a party named below `head` (through "with",
        "of", "between", objects and lists), not inside a clause of its own."""
        stack = [c for c in head.children if c.dep_ in NESTING and (c.dep_ != "prep" or c.lower_ in PARTY_PREPS)]
        while stack:
            word = stack.pop(0)
            for c in word.children:
                if c.dep_ == "prep" and c.lower_ in LOCATIVE:
                    for obj in (g for g in c.children if g.dep_ == "pobj" and g.i not in skip):
                        found = self.place_of(_without_clauses(obj))
                        if found:
                            return found
                elif c.dep_ in NESTING and (c.dep_ != "prep" or c.lower_ in PARTY_PREPS):
                    stack.append(c)
        return None

    def there(self, verb: Token) -> Location | None:
        """"speaking in Davos ... He had met Trump there": the last place named before, in this
        sentence or the one before."""
        if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
            return None
        sent = verb.sent
        start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for token in reversed(self.doc[start: verb.i]):
            if token.i in self.label and token.i not in self.date_tokens:
                return self.place_of([token])
        return None

    def where(self, verb: Token) -> Location | None:
        """"talks in Berlin, where X met Y": the place the relative clause hangs on."""
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            return self.place_of([verb.head])
        return None

    def compound(self, noun: Token) -> Location | None:
        """"the Alaska summit", "the Riyadh talks"."""
        words = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and self.is_place(c)]
        return self.place_of(t for w in words for t in w.subtree) if words else None

    def _state_at(self, start: int, end: int) -> str | None:
        """The state a place name belongs to: a country named, or the state of a known place."""
        actor = self.actors.by_token.get(start)
        if actor in self.lexicon.states:
            return actor
        first, last = self.doc[start].idx, self.doc[end].idx + len(self.doc[end])
        return next((p.state for p in self.doc._.tw_places if p.start <= first and last <= p.end + 1), None)

    def _city(self, text: str, capital: bool = False) -> str:
        """A seat of power stands for its capital ("the Kremlin" is in Moscow), a demonym for its
        country ("Ukrainian cities" are in Ukraine), or its capital ("the Hungarian capital")."""
        text = text[4:] if text.lower().startswith("the ") else text
        for form in (text, "the " + text):
            for term in self.lexicon.by_form.get(form, ()):
                state = self.lexicon.states.get(term.actor)
                if term.kind == "metonym" and state is not None and state.capital:
                    return state.capital
                if term.kind == "demonym" and state is not None:
                    return state.capital if capital and state.capital else state.name  # "on Ukrainian cities"
        return text


def _without_clauses(noun: Token) -> list[Token]:
    """A phrase's words without the clauses about who acts: "in a swap brokered by the UAE" is in no
    place, "at a palace located in Istanbul" is in Istanbul."""
    clauses = {t.i for c in noun.children if c.dep_ == "relcl" or c.dep_ == "acl" and any(
        g.dep_ == "agent" for g in c.children) for t in c.subtree}
    return [t for t in noun.subtree if t.i not in clauses]


def _with_manner_idioms(words: Iterable[Token]) -> Iterable[Token]:
    """The words, each followed by the last noun of a manner idiom hung on it ("face to face", "in
    person"), whose "in" phrase the model often hangs there instead of on the verb."""
    for word in words:
        yield word
        for prep in (c for c in word.children if c.dep_ == "prep"):
            yield from (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in MANNER_NOUNS)


def _of_a_place(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "the Russian border region"
        head = head.head
    return head.lemma_.lower() in PLACE_NOUNS
