"""Who said the words inside quotation marks: the speech verb whose clause holds
them ("Trump said it had been a “good day”", "described by the latter as “...”"),
or the attribution beside a quote that stands as a sentence of its own
("“...,” Peskov said", "he replied: “...”"), and the mention that names the speaker."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...packs import Lexicon
from ..mentions import Mention, text_of
from .quotemarks import CLOSING, Marked
from .speech import SpeechVerbs, phrase_text, phrase_tokens, speaker_token
from ..words import words_of

MAX_CLIMB = 10  # dependency steps from quoted words up to the verb that frames them
AFTER_WINDOW = 12  # tokens after a closing mark that may hold "Peskov said"
BEFORE_WINDOW = 10  # tokens before an opening mark that may hold "he said:"
SENTENCE_END = {".", "!", "?", ";"}
# What may stand before an opening mark of a quote that is a sentence of its own.
STANDALONE_AFTER = set(".!?:;,\u2014\u2013-") | CLOSING
LEAD_IN = {":", ",", "\u2014", "\u2013", "-"}


@dataclass(frozen=True)
class Speaker:
    """Who a quote is attributed to: an actor id (None when no actor is named) and the words naming them."""

    actor: str | None
    text: str | None
    pronoun: bool = False


class Attribution:
    """Finds speakers for the quotes of one document."""

    def __init__(self, doc: Doc, marked: list[Marked], verbs: SpeechVerbs, lexicon: Lexicon) -> None:
        self.doc = doc
        self.verbs = verbs
        self.lexicon = lexicon
        # Marks included: a token on a mark belongs to the quote.
        self.ranges = [(q.open_at, (q.close_at + 1) if q.close_at is not None else q.end) for q in marked]
        self._starts = [s for s, _ in self.ranges]
        self.mentions = sorted(doc._.tw_mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._token_starts = words_of(doc).idx

    # where things are

    def in_quote(self, offset: int) -> bool:
        """True when a character offset lies inside quotation marks (marks included)."""
        i = bisect_left(self._starts, offset + 1) - 1
        return i >= 0 and offset < self.ranges[i][1]

    def quoted(self, token: Token) -> bool:
        return self.in_quote(token.idx)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens that begin within [start, end)."""
        return list(self.doc[bisect_left(self._token_starts, start): bisect_left(self._token_starts, end)])

    # frames

    def is_standalone(self, quote: Marked, floor: int) -> bool:
        """A quote that is a sentence (or more) of its own, not words inside the writer's sentence."""
        before = text_of(self.doc)[floor: quote.open_at].rstrip()
        return not before or before[-1] in STANDALONE_AFTER

    def frame_above(self, quote: Marked) -> Token | None:
        """The nearest speech verb above the quoted words in the parse.

        Quoted words inside reported speech are the reported speaker's wording, so
        Putin "reaffirmed that Moscow was ready for a settlement that would address
        the “root causes”" gives the term to Putin. A noun above the quote that names
        its own author ("a proposal by European countries to form a “coalition of the
        willing”", "Britain's plan for a “reassurance force”") stops the climb: the term
        is that author's, and no one in the sentence is quoted saying it.
        """
        best: tuple[int, Token] | None = None
        inner = self.tokens(quote.start, quote.end)
        for token in inner:
            if token.head.i == token.i or quote.start <= token.head.idx < quote.end:
                continue
            found = self._climb(token)
            if found and (best is None or found[0] < best[0]):
                best = found
        return best[1] if best else None

    def _climb(self, token: Token) -> tuple[int, Token] | None:
        node = token
        for steps in range(1, MAX_CLIMB + 1):
            if node.head.i == node.i:
                return None
            node = node.head
            if self.verbs.is_speech(node) and not self.quoted(node):
                return steps, node
            aside = next((c for c in node.children if c.dep_ == "parataxis" and self.verbs.is_speech(c)
                          and not self.quoted(c)), None)
            if aside is not None:  # "The differences, he said, were “not insurmountable.”"
                return steps, aside
            if _names_author(node, self):
                return None
        return None

    def frame_after(self, quote: Marked, limit: int) -> Token | None:
        """The attribution right after a quote: "“...,” Peskov said" / "“...,” said Peskov" /
        "“...?” Witkoff asked Sunday".

        Args:
            quote: the quote.
            limit: offset where the attribution must have ended (the next quote or the paragraph end).

        Returns:
            The speech verb, or None when another verb or the end of the sentence comes first.
        """
        if quote.close_at is None or text_of(self.doc)[quote.end - 1] == ".":
            return None  # a quote that ends with a full stop ends its sentence
        window = [t for t in self.tokens(quote.close_at + 1, limit) if not t.is_space][:AFTER_WINDOW]
        return self._first_speech_verb(window)

    def frame_before(self, quote: Marked, floor: int) -> Token | None:
        """The attribution right before a quote: "Peskov said: “...”" / "he said, “...”" /
        "“...,” he said, “...”".

        Args:
            quote: the quote.
            floor: offset where the attribution may start (the previous quote's end or the paragraph start).

        Returns:
            The speech verb, or None.
        """
        window = [t for t in self.tokens(floor, quote.open_at) if not t.is_space]
        if not window:
            return None
        if window[-1].text in LEAD_IN:
            window.pop()
        elif not self.verbs.is_speech(window[-1]):
            return None
        return self._first_speech_verb(window[::-1][:BEFORE_WINDOW])

    def _first_speech_verb(self, window: list[Token]) -> Token | None:
        """The speech verb of a short attribution, if no other verb or sentence end comes first."""
        for token in window:
            if token.text in SENTENCE_END or self.quoted(token):
                return None
            if self.verbs.is_speech(token):
                return token
            if token.pos_ in ("VERB", "AUX") and not self.verbs.is_speech(token.head):
                return None
        return None

    # speakers

    def speaker_of(self, verb: Token, beside: bool = False) -> Speaker:
        """The speaker of a speech verb: the actor its subject (or agent) names.

        `beside`: the verb attributes a quote next to it. "“...!” Trump posted" is
        then never a participle modifying "Trump", whatever the parser made of it.
        """
        token = speaker_token(verb, self.quoted)
        head = verb.head
        if token is None and beside and verb.dep_ == "acl" and head.i < verb.i and not self.quoted(head):
            token = head
        if token is None:
            return Speaker(None, None)
        mention = self.mention_for(token)
        if mention is None and token.lower_ == "it" and token.pos_ == "PRON":
            mention = self._body_before(token)
            if mention is not None:  # "The White House described the call. '...,' it said."
                return Speaker(mention.actor, token.text, True)
        if mention is None:
            return Speaker(None, phrase_text(token))
        return Speaker(mention.actor, " ".join(mention.text.split()), mention.kind == "pronoun")

    def _body_before(self, token: Token) -> Mention | None:
        """What "it" says for: the last state or body named as a subject, outside quotes, in its
        sentence or the two before."""
        sent = token.sent
        start = sent.start
        for _ in range(2):
            start = self.doc[start - 1].sent.start if start > 0 else start
        lo = self.doc[start].idx
        for m in reversed(self.mentions):
            if m.start >= token.idx or m.start < lo:
                continue
            if self.is_person(m.actor) or self.in_quote(m.start):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return m
        return None

    def mention_for(self, token: Token) -> Mention | None:
        """The mention that names the speaker a noun phrase stands for: the one on its
        head ("Peskov", "the Kremlin", "he"), else a person or outlet in it ("Ukraine's
        top negotiator Rustem Umerov", "Russia's TASS news agency"). A state that only
        qualifies the head ("a US official", "Russian state media") is not the speaker."""
        phrase = phrase_tokens(token)
        lo, hi = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
        spans = [(t.idx, t.idx + len(t)) for t in phrase]
        first, last = bisect_left(self._mention_starts, lo), bisect_left(self._mention_starts, hi)
        hits = [m for m in self.mentions[max(first - 1, 0): last]
                if any(m.start < e and s < m.end for s, e in spans) and not self.in_quote(m.start)]
        on_head = [m for m in hits if m.start <= token.idx < m.end]
        if on_head:
            return on_head[0]
        speakers = [m for m in hits if self.is_person(m.actor) or self.lexicon.is_outlet(m.actor)]
        # A name after its title ("top negotiator Rustem Umerov") before one that qualifies it ("Putin aide").
        if not speakers:
            return None
        return min(speakers, key=lambda m: (m.start < token.idx, abs(m.start - token.idx)))

    def is_person(self, actor: str) -> bool:
        new = self.doc._.tw_new_actors or {}
        return actor in self.lexicon.people or (actor in new and new[actor].kind == "person")

    def gender(self, actor: str) -> str | None:
        person = self.lexicon.people.get(actor)
        new = self.doc._.tw_new_actors or {}
        return person.gender if person else (new[actor].gender if actor in new else None)


def _names_author(node: Token, where: Attribution) -> bool:
    """A noun with an author of its own outside the quote: "X's plan", "a proposal by X"."""
    if node.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in node.children:
        if where.quoted(child):
            continue
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return True
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            return True
    return False
