"""The NLP pipeline and lexicon, built once per test session, and a helper that
reads one text the way `talkwatch extract` reads a stored article."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from talkwatch.extract import ArticleFacts, ArticleInput, extract_facts
from talkwatch.nlp.pipeline import build_nlp
from talkwatch.packs import Lexicon, load_lexicon

# A Wednesday: the weekdays before and after it are all different dates.
PUBLISHED = "2025-03-19"

Extract = Callable[..., ArticleFacts]


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def nlp(lexicon: Lexicon) -> Language:
    return build_nlp(lexicon)


@pytest.fixture(scope="session")
def extract(nlp: Language, lexicon: Lexicon) -> Extract:
    """extract(text, published=PUBLISHED, prior_year=None): the facts of one article."""

    def run(text: str, published: str | None = PUBLISHED, prior_year: int | None = None) -> ArticleFacts:
        return extract_facts(nlp(text), ArticleInput("article-1", text, published), lexicon, prior_year)

    return run
