"""What the actor and date components leave on a Doc: small dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc


@dataclass(frozen=True)
class Mention:
    """A span of text that names (or, for a pronoun, refers to) an actor."""

    actor: str  # actor id
    start: int  # character offsets into the article text
    end: int
    text: str
    kind: str  # name, alias, surname, demonym, metonym, pronoun, fuzzy, new


@dataclass
class NewActor:
    """An actor no pack knows, as the article introduces it."""

    id: str
    name: str
    kind: str  # person, organization
    side: str | None = None
    role: str | None = None
    gender: str | None = None


@dataclass(frozen=True)
class Place:
    """A place name used as a location ("in Riyadh"), with the state it belongs to when known."""

    start: int
    end: int
    text: str
    state: str | None = None


@dataclass(frozen=True)
class EventRecord:
    """One real act a sentence reports (ONTOLOGY.md), before its date is resolved.

    Offsets are character offsets into the article; `date_span` points at the
    date expression (from `doc._.tw_dates`) that dates the event, if any.
    """

    kind: str
    plover: str | None
    source: tuple[str, ...]  # actor ids
    target: tuple[str, ...]
    actors: tuple[str, ...]  # every participant, source and target included
    status: str  # occurred, ongoing, planned, hypothetical
    sent_start: int
    sent_end: int
    trigger: str  # the word that signals it, as written
    trigger_start: int
    location: str | None = None
    date_span: tuple[int, int] | None = None
    today: bool = False  # "today", or a present-tense report: dated by publication
    confidence: float = 0.5
    offered: bool = False  # an offer, promise or stated readiness of the source's own act
    lemma: str = ""  # the lexicon entry of the trigger ("release", "hold talk")
    date_shift: int = 0  # days from the date at date_span: "one day after talks" dated by the meeting
    answered: bool = False  # named only as what another act answers: "rejected calls by Belarus"
    domestic: bool = False  # aimed at the source's own party: "Georgian police detained Georgian activists"


@dataclass(frozen=True)
class QuoteRecord:
    """Words attributed to a speaker, in quotation marks (direct) or reported (indirect)."""

    text: str
    start: int  # offsets of the quoted words, without the marks
    end: int
    direct: bool
    speaker: str | None = None  # actor id
    speaker_text: str | None = None  # how the text names the speaker: "he", "Peskov", "the Kremlin"


@dataclass(frozen=True)
class PositionRecord:
    """A stance an actor states toward an issue (ONTOLOGY.md)."""

    actor: str
    issue: str
    stance: str  # support, oppose, conditional, open
    sent_start: int
    sent_end: int
    condition: str | None = None
    date_span: tuple[int, int] | None = None


for _name, _default in (("tw_mentions", ()), ("tw_new_actors", None), ("tw_places", ()), ("tw_events", ()),
                        ("tw_quotes", ()), ("tw_positions", ())):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


TEXT = "tw_text"


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token anew on each call."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def make_doc(nlp: Language, text: str) -> Doc:
    """The unparsed tokens of `text`, which keep the text itself for `text_of` (tokens are lossless,
    so it is the `Doc.text` spaCy would join)."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT] = text
    return doc
