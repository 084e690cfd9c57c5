"""Every spaCy factory talkwatch registers, in one place (no import-time side
effects elsewhere). Also reachable through the `spacy_factories` entry points."""

from __future__ import annotations

from spacy.language import Language

from .attributes import AttributeTables
from .actors.component import DEFAULT_FUZZY_THRESHOLD, ActorResolver
from .dates.component import DateFinder
from .events.component import EventReader
from .paragraphs import ParagraphBreaker
from .positions.component import PositionReader
from .quotes.component import QuoteReader
from .repairs import ParseRepairer


@Language.factory("talkwatch_attribute_tables", assigns=["token.pos", "token.morph", "token.lemma"])
def make_attribute_tables(nlp: Language, name: str) -> AttributeTables:
    return AttributeTables(nlp, name)


@Language.factory("talkwatch_paragraphs", assigns=["token.is_sent_start", "doc._.tw_headings"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    return ParagraphBreaker(nlp, name)


@Language.factory("talkwatch_repairs", requires=["doc.ents", "token.dep"], assigns=["token.dep", "token.pos"])
def make_repairs(nlp: Language, name: str) -> ParseRepairer:
    return ParseRepairer(nlp, name)


@Language.factory("talkwatch_actors", requires=["doc.ents", "token.dep"],
                  assigns=["doc._.tw_mentions", "doc._.tw_new_actors", "doc._.tw_places"],
                  default_config={"fuzzy_threshold": DEFAULT_FUZZY_THRESHOLD})
def make_actors(nlp: Language, name: str, fuzzy_threshold: int) -> ActorResolver:
    return ActorResolver(nlp, name, fuzzy_threshold=fuzzy_threshold)


@Language.factory("talkwatch_dates", requires=["doc.ents", "token.dep"], assigns=["doc._.tw_dates", "doc._.tw_anchors"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)


@Language.factory("talkwatch_events", requires=["doc._.tw_mentions", "doc._.tw_dates"], assigns=["doc._.tw_events"])
def make_events(nlp: Language, name: str) -> EventReader:
    return EventReader(nlp, name)


@Language.factory("talkwatch_quotes", requires=["doc._.tw_mentions"], assigns=["doc._.tw_quotes"])
def make_quotes(nlp: Language, name: str) -> QuoteReader:
    return QuoteReader(nlp, name)


@Language.factory("talkwatch_positions", requires=["doc._.tw_mentions", "doc._.tw_dates"],
                  assigns=["doc._.tw_positions"])
def make_positions(nlp: Language, name: str) -> PositionReader:
    return PositionReader(nlp, name)
