"""AttributeTables (nlp/attributes.py) leaves every token as the model's own
attribute ruler does: POS, MORPH, LEMMA, TAG and DEP compared over our own
generated articles and sentences with the ruler's exceptions in them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from talkwatch.nlp.attributes import AttributeTables, use_attribute_tables
from talkwatch.nlp.pipeline import build_nlp, load_model, model_name

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from corpus import variants  # noqa: E402

# Words the English ruler treats specially: contractions, "gonna", "y'all", "there is", "but" as
# an adverb, determiners as pronouns, "do" and "have" as main verbs, whitespace tokens.
EXCEPTIONS = [
    "U.S.-led talks won't start; they'd go.  Y'all gonna see, ain't nothin' gets done.",
    "Let's c'mon! I told you it was there; but he is. Gotta go.",
    "There is a plan. There's hope. Whether that is so, I do not know. He does. She did it.",
    "Do you have it? I have. You'd know that this is what they want.\n\n  Kyiv’s reply came.  ",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [str(r["text"]) for r in variants(60)] + EXCEPTIONS


@pytest.mark.model
def test_tokens_come_out_as_the_stock_ruler_leaves_them(texts):
    nlp = load_model(model_name())
    stock = nlp.get_pipe("attribute_ruler")
    tables = AttributeTables(nlp, "attribute_ruler")
    tables.initialize(patterns=stock.patterns)
    parsed = list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    for doc in parsed:
        expected = stock(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
        got = tables(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
        assert got.to_array([POS, MORPH, LEMMA, TAG, DEP]).tolist() == \
            expected.to_array([POS, MORPH, LEMMA, TAG, DEP]).tolist(), doc.text[:60]
        assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]


@pytest.mark.model
def test_pipeline_runs_the_tables_in_the_ruler_s_place():
    nlp = build_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTables)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")
    doc = nlp("Russia won't agree, Peskov said.")
    assert [t.pos_ for t in doc][:4] == ["PROPN", "AUX", "PART", "VERB"]


def test_a_pipeline_without_a_ruler_is_left_alone():
    import spacy

    nlp = spacy.blank("en")
    use_attribute_tables(nlp)
    assert nlp.pipe_names == []
