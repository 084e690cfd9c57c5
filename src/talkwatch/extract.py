"""Extraction: stored articles in, what they say out (actor mentions, resolved
dates, inferred publication dates), one spaCy pass per article.

`extract_facts` is a pure function of an article's text and metadata, so the
same code runs in this process, in local worker processes (`workers`), or on
a cluster.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .nlp.actors.component import PUBLISHED
from .nlp.mentions import Mention, NewActor, Place, make_doc, text_of
from .nlp.dates.pubdate import DateRecord, infer_published, resolve_dates
from .nlp.pipeline import build_nlp
from .packs import Lexicon, load_lexicon
from .rows import article_rows
from .store import Store

DEFAULT_BATCH_SIZE = 16
T = TypeVar("T")


@dataclass(frozen=True)
class ArticleInput:
    """What extraction needs of a stored article."""

    id: str
    text: str
    published: str | None = None
    published_inferred: bool = False


@dataclass
class ActorInfo:
    """An actor as the export lists it."""

    id: str
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class ArticleFacts:
    """Everything read from one article."""

    article: str
    published: str | None
    published_inferred: bool
    mentions: list[Mention]
    actors: list[ActorInfo]
    dates: list[DateRecord]
    places: list[Place]
    events: list[dict[str, Any]] = field(default_factory=list)  # rows of the export format
    quotes: list[dict[str, Any]] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)


def _actor_info(actor_id: str, lexicon: Lexicon, new: dict[str, NewActor], published: str | None,
                forms: set[str]) -> ActorInfo:
    if actor_id in lexicon.people:
        p = lexicon.people[actor_id]
        return ActorInfo(p.id, p.name, "person", p.side, p.role_on(published), sorted({*p.aliases, *forms}))
    if actor_id in lexicon.states:
        s = lexicon.states[actor_id]
        return ActorInfo(s.id, s.name, s.kind, s.code, None, sorted({*s.aliases, *s.metonyms, *forms}))
    if lexicon.is_outlet(actor_id):
        name = actor_id.split(":", 1)[1]
        outlet = lexicon.outlets.get(name)
        return ActorInfo(actor_id, name, "organization", None, "news outlet",
                         sorted({*(outlet.aliases if outlet else ()), *forms}))
    a = new[actor_id]
    return ActorInfo(a.id, a.name, a.kind, a.side, a.role, sorted(forms))


def extract_facts(doc: Doc, article: ArticleInput, lexicon: Lexicon, prior_year: int | None = None) -> ArticleFacts:
    """The facts of one parsed article."""
    spans, anchors = list(doc._.tw_dates), list(doc._.tw_anchors)
    published, inferred = article.published, article.published_inferred
    if published is None or inferred:
        # What the text pins down; else the date inferred before (a dateline's, its year guessed).
        guess = published if inferred else None  # a dateline's month and day, the year guessed
        published = infer_published(spans, anchors, lexicon, prior_year, guess=guess) or published
        inferred = published is not None
    mentions = list(doc._.tw_mentions)
    forms: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind != "pronoun":
            forms.setdefault(m.actor, set()).add(" ".join(m.text.split()))
    new = doc._.tw_new_actors or {}
    actors = [_actor_info(a, lexicon, new, published, forms.get(a, set())) for a in dict.fromkeys(m.actor for m in mentions)]
    dates = resolve_dates(spans, anchors, lexicon, published, prior_year, text_of(doc))
    events, quotes, positions = article_rows(article.id, doc, dates, published)
    return ArticleFacts(article.id, published, inferred, mentions, actors, dates, list(doc._.tw_places),
                        events, quotes, positions)


# Worker processes inherit these from the parent (fork), so the model loads once.
_WORKER: dict[str, object] = {}


def _run_batch(batch: list[ArticleInput]) -> list[ArticleFacts]:
    nlp: Language = _WORKER["nlp"]  # type: ignore[assignment]
    lexicon: Lexicon = _WORKER["lexicon"]  # type: ignore[assignment]
    prior: int | None = _WORKER["prior_year"]  # type: ignore[assignment]
    docs = nlp.pipe((_unparsed(nlp, a) for a in batch), batch_size=len(batch))
    return [extract_facts(doc, a, lexicon, prior) for doc, a in zip(docs, batch)]


def _unparsed(nlp: Language, article: ArticleInput) -> Doc:
    """The article's tokens, with its publication date for the components that read it
    (a surname several leaders shared names the one in post on that date)."""
    doc = make_doc(nlp, article.text)
    doc.user_data[PUBLISHED] = article.published
    return doc


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_articles(articles: Iterable[ArticleInput], nlp: Language, lexicon: Lexicon, *, workers: int = 1,
                     batch_size: int = DEFAULT_BATCH_SIZE, prior_year: int | None = None) -> Iterator[ArticleFacts]:
    """Facts of each article, in order; `workers` > 1 parses in that many processes."""
    _WORKER.update(nlp=nlp, lexicon=lexicon, prior_year=prior_year)
    if workers <= 1:
        for batch in _batches(articles, batch_size):
            yield from _run_batch(batch)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        for facts in pool.imap(_run_batch, _batches(articles, batch_size)):
            yield from facts


def median_year(dates: Sequence[str | None]) -> int | None:
    """The prior for undated articles: the median year of the dated ones."""
    years = sorted(int(d[:4]) for d in dates if d)
    return years[len(years) // 2] if years else None


def extract_store(store: Store, *, every: bool = False, workers: int = 1, packs: Sequence[str] = (),
                  model: str | None = None, nlp: Language | None = None,
                  on_article: Callable[[int, int], None] | None = None) -> int:
    """Run the NLP pass over the store's unread articles (all with `every`) and
    save what it finds, one transaction per batch of articles. Returns how many were read."""
    pending = store.articles_to_extract(every=every)
    if not pending:
        return 0
    lexicon = load_lexicon(packs)
    nlp = nlp or build_nlp(lexicon, model=model)
    prior = median_year(store.published_dates())
    inputs = (ArticleInput(r["id"], r["text"], r["published"], bool(r["published_inferred"])) for r in pending)
    done = 0
    for batch in _batches(extract_articles(inputs, nlp, lexicon, workers=workers, prior_year=prior),
                          DEFAULT_BATCH_SIZE):
        store.save_facts(batch)
        for _ in batch:
            done += 1
            if on_article:
                on_article(done, len(pending))
    return len(pending)
