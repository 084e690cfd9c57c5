"""Near copies and rewrites between articles, in time linear in the corpus.

MinHash LSH over content words finds the few earlier articles worth comparing
with each new one, so no pair is compared that shares little. Near copies
(the same text with small edits) share almost all their 5-word shingles.
Rewrites (the same story in other words, often "according to Bloomberg") share
fewer words, so they are judged on several signals together: the content
words they share, an attribution to the other's outlet, direct quotes in
common (in whole or in part), and names and numbers told in the same order
(a paraphrase keeps the original's sequence of facts; two reports of one
event name the same people, each in its own order); with the `semantic`
extra installed, also how well their sentences' embeddings align
(semantic.py), which finds rewrites that share few words and keeps apart
reports that share words but tell other things.
Links point from the later copy to the earlier or attributed original.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from datasketch import MinHash, MinHashLSH

from . import semantic
from .features import Attributions, content_words, jaccard, quotes, shingles

NUM_PERM = 64
DUPLICATE_THRESHOLD = 0.6  # shingle Jaccard of a near copy (a rewrite shares < 0.3)
NEAR_COPY_WORDS = 0.6  # content-word Jaccard below which two texts cannot be near copies
CANDIDATE_THRESHOLD = 0.25  # content-word Jaccard worth a closer look (same-topic news shares ~0.15)
ESTIMATE_SLACK = 0.1  # a 64-permutation estimate is within ~0.1 of the true Jaccard
REWRITE_SCORE = 0.45
REWRITE_MIN_OVERLAP = 0.15
ATTRIBUTION_WEIGHT = 0.3
QUOTE_WEIGHT = 0.15
QUOTE_RUN = 5  # words in a row that make two quotes one: a rewrite often quotes only part of a line
# Names and numbers told in the same order (`fact_order`): paraphrases measured 0.5-0.6, two reports of one
# event 0.3-0.47 (the same people, each report in its own order), so only the part above the floor counts.
FACT_FLOOR = 0.5
FACT_FULL = 0.8
FACT_WEIGHT = 0.2
FACT_LIMIT = 80  # first mentions compared: the lead carries the facts, and the cost stays bounded
WINDOW_DAYS = 7
# With sentence embeddings: how well the sentences align (semantic.alignment). Rewrites align ~0.65 and
# up, other reports of the same news below ~0.56: below the floor a pair is no rewrite, whatever the words.
SEMANTIC_FLOOR = 0.58
SEMANTIC_FULL = 0.75  # alignment that earns the whole weight
SEMANTIC_WEIGHT = 0.3
SEMANTIC_MIN_OVERLAP = 0.08  # aligned sentences make up for words not shared (a rewrite in other words)
SEMANTIC_VETO_BELOW = 0.5  # sharing more of their words than this, two texts tell the same story anyway


@dataclass
class LinkItem:
    """What linking needs of an article."""

    id: str
    text: str
    published: str | None = None
    outlet: str | None = None
    order: int = 0  # ingest order, for articles without dates
    words: set[str] = field(default_factory=set)
    quotes: set[str] = field(default_factory=set)
    facts: list[str] = field(default_factory=list)  # names and numbers, in order of first mention
    attributed: set[str] = field(default_factory=set)
    day: int | None = None  # date ordinal of `published`, when it is a day
    signature: MinHash | None = None
    sentences: Any = None  # the lead sentences' embeddings, with the semantic extra


@dataclass
class Links:
    duplicate_of: dict[str, str] = field(default_factory=dict)
    rewrite_of: dict[str, str] = field(default_factory=dict)
    pairs: list[tuple[str, str, float]] = field(default_factory=list)  # (a, b, content overlap) of candidates


class _Index:
    """Per week of publication: MinHash LSH of content words, and the articles by
    outlet and by quote.

    Copies and rewrites appear within days of their original, so an article is
    only looked up in its own week and the weeks either side: the work per
    article stays flat however long the corpus runs. Undated articles are looked
    up everywhere (they are few)."""

    def __init__(self) -> None:
        self.lsh: dict[int | None, MinHashLSH] = {}
        self.by_outlet: dict[int | None, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.by_quote: dict[int | None, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))

    @staticmethod
    def _week(item: LinkItem) -> int | None:
        return item.day // 7 if item.day is not None else None

    def _weeks(self, item: LinkItem) -> list[int | None]:
        week = self._week(item)
        return list(self.lsh) if week is None else [week - 1, week, week + 1, None]

    def similar(self, item: LinkItem, signature: MinHash) -> set[str]:
        return {k for w in self._weeks(item) if w in self.lsh for k in self.lsh[w].query(signature)}

    def related(self, item: LinkItem) -> set[str]:
        """Articles of an outlet this one attributes its story to, or sharing a quote with it."""
        found: set[str] = set()
        for w in self._weeks(item):
            if w in self.by_outlet:
                found.update(k for o in item.attributed for k in self.by_outlet[w].get(o, ()))
            if w in self.by_quote:
                found.update(k for q in item.quotes for k in self.by_quote[w].get(q, ()))
        return found

    def insert(self, item: LinkItem, signature: MinHash) -> None:
        week = self._week(item)
        if week not in self.lsh:
            self.lsh[week] = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM, params=_LSH_PARAMS)
        self.lsh[week].insert(item.id, signature)
        if item.outlet:
            self.by_outlet[week][item.outlet].append(item.id)
        for q in item.quotes:
            self.by_quote[week][q].append(item.id)


# Computed once: datasketch would otherwise redo them for every signature and index.
_TEMPLATE = MinHash(num_perm=NUM_PERM)
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme
_LSH_PARAMS = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM).b, \
    MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM).r


def _minhash(tokens: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme=_SCHEME)
    m.update_batch([t.encode("utf-8") for t in tokens])
    return m


def _days_apart(a: LinkItem, b: LinkItem) -> int | None:
    return abs(a.day - b.day) if a.day is not None and b.day is not None else None


def _near_copy(original: LinkItem, copy: LinkItem) -> bool:
    if _estimate(original, copy) < NEAR_COPY_WORDS - ESTIMATE_SLACK or jaccard(original.words, copy.words) < NEAR_COPY_WORDS:
        return False
    return jaccard(shingles(original.text), shingles(copy.text)) >= DUPLICATE_THRESHOLD


def rewrite_score(original: LinkItem, copy: LinkItem, aligned: float | None = None) -> float:
    """How strongly `copy` reads as a rewrite of `original`; `aligned`: how well their
    sentences' embeddings align, when the semantic extra gives it."""
    score = jaccard(original.words, copy.words)
    if aligned is not None:
        if aligned < SEMANTIC_FLOOR and score < SEMANTIC_VETO_BELOW:
            return 0.0
        score += SEMANTIC_WEIGHT * min(1.0, max(0.0, aligned - SEMANTIC_FLOOR) / (SEMANTIC_FULL - SEMANTIC_FLOOR))
    if original.outlet and original.outlet in copy.attributed:
        score += ATTRIBUTION_WEIGHT
    order = fact_order(original.facts or facts(original.text), copy.facts or facts(copy.text))
    score += FACT_WEIGHT * min(1.0, max(0.0, order - FACT_FLOOR) / (FACT_FULL - FACT_FLOOR))
    return score + QUOTE_WEIGHT * min(shared_quotes(original.quotes, copy.quotes), 2)


# A capitalised word that does not open a sentence (a name: "Rubio", "Geneva", "NATO"), or a number.
_FACT = re.compile(r"\b(?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*|[A-Z]{2,})\b|\d[\d,]*(?:\.\d+)?")
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:\"\u201c\u201d(\n])\s*\Z")


def facts(text: str) -> list[str]:
    """The names and numbers of a text, each at its first mention: what a rewrite must retell."""
    found: dict[str, None] = {}
    for match in _FACT.finditer(text):
        token = match[0]
        if token[0].isalpha() and _OPENS_SENTENCE.search(text[max(0, match.start() - 3):match.start()]):
            continue  # any word is capitalised there
        found.setdefault(re.sub(r"['\u2019]s$", "", token.replace(",", "").lower()), None)
        if len(found) == FACT_LIMIT:
            break
    return list(found)


def fact_order(a: list[str], b: list[str]) -> float:
    """The share of the names and numbers of the fuller text that the other tells in the same order
    (the longest common subsequence of their first mentions)."""
    if not a or not b:
        return 0.0
    common = set(a) & set(b)
    row = [0] * (len(b) + 1)
    for x in (t for t in a if t in common):
        previous, row = row, [0]
        for j, y in enumerate(b):
            row.append(previous[j] + 1 if x == y else max(previous[j + 1], row[j]))
    return row[-1] / max(len(a), len(b))


def shared_quotes(a: set[str], b: set[str]) -> int:
    """Quotes of `a` that `b` repeats in whole or in part (QUOTE_RUN words in a row)."""
    runs_b = {r for q in b for r in shingles(q, QUOTE_RUN)}
    return sum(1 for q in a if shingles(q, QUOTE_RUN) & runs_b)


def find_links(items: Sequence[LinkItem], outlets: Sequence[str] = (), *, embeddings: bool | None = None) -> Links:
    """Duplicate and rewrite links among `items` (each item compared only with LSH candidates).
    `embeddings`: use sentence embeddings too (default: when the semantic extra is installed)."""
    finder = Attributions({*outlets, *(i.outlet for i in items if i.outlet)})
    # With embeddings, the pairs they could decide wait here, to be embedded in batches.
    pending: dict[str, list[str]] | None = {} if (embeddings if embeddings is not None
                                                   else semantic.available()) else None
    for item in items:
        item.day = dt.date.fromisoformat(item.published[:10]).toordinal() \
            if item.published and len(item.published) >= 10 else None
        item.words = item.words or content_words(item.text)
        item.quotes = item.quotes or quotes(item.text)
        item.facts = item.facts or facts(item.text)
        item.attributed = finder.find(item.text)
    ordered = sorted(items, key=lambda i: (i.published or "9999", i.order))
    index = _Index()
    by_id = {i.id: i for i in items}
    undated_by_outlet: dict[str, list[str]] = defaultdict(list)
    links = Links()
    for item in ordered:
        signature = item.signature = _minhash(item.words)
        # LSH lets through pairs below its threshold; the signatures' estimate drops them cheaply.
        candidates = {k for k in index.similar(item, signature)
                      if _estimate(by_id[k], item) >= CANDIDATE_THRESHOLD - ESTIMATE_SLACK}
        originals = [by_id[k] for k in candidates if _near_copy(by_id[k], item)]
        if originals:
            links.duplicate_of[item.id] = min(originals, key=lambda o: (o.published or "9999", o.order)).id
        _judge_rewrites(item, [by_id[k] for k in candidates | index.related(item)], links, pending=pending)
        index.insert(item, signature)
        if item.outlet and item.day is None:
            undated_by_outlet[item.outlet].append(item.id)
    _align_pending(pending, by_id, links)
    # An undated original sorts after its dated copies: look for it once all are indexed.
    for item in ordered:
        current = by_id.get(links.rewrite_of.get(item.id, ""))
        if item.attributed and item.id not in links.duplicate_of and (current is None or current.outlet
                                                                       not in item.attributed):
            attributed = [by_id[k] for o in item.attributed for k in undated_by_outlet.get(o, ()) if k != item.id]
            _judge_rewrites(item, attributed, links, record=False, pending=pending)
    _align_pending(pending, by_id, links)
    return links


def _judge_rewrites(item: LinkItem, candidates: list[LinkItem], links: Links, *, record: bool = True,
                    pending: dict[str, list[str]] | None = None) -> None:
    """Link `item` to the candidate it best reads as a rewrite of; with embeddings (`pending`
    given), leave the candidates they could decide in `pending` for `_align_pending`."""
    scored: list[tuple[float, str]] = []
    least = REWRITE_MIN_OVERLAP if pending is None else SEMANTIC_MIN_OVERLAP
    for other in candidates:
        apart = _days_apart(other, item)
        if (apart is not None and apart > WINDOW_DAYS) or _estimate(other, item) < least - ESTIMATE_SLACK:
            continue
        overlap = jaccard(other.words, item.words)
        if record and overlap >= REWRITE_MIN_OVERLAP:
            links.pairs.append((other.id, item.id, overlap))
        if item.id in links.duplicate_of or overlap < least:
            continue
        score = rewrite_score(other, item)
        if pending is not None and score + SEMANTIC_WEIGHT >= REWRITE_SCORE:
            pending.setdefault(item.id, []).append(other.id)
        elif pending is None:
            scored.append((score, other.id))
    _link_best(item.id, scored, links)


def _align_pending(pending: dict[str, list[str]] | None, by_id: dict[str, LinkItem], links: Links) -> None:
    """Embed, in one batch, the articles of the pairs waiting for embeddings, and judge those pairs."""
    if not pending:
        return
    needed = [by_id[i] for i in dict.fromkeys(i for k, v in pending.items() for i in (k, *v))
              if by_id[i].sentences is None]
    for item, vectors in zip(needed, semantic.embed([i.text for i in needed])):
        item.sentences = vectors
    for item_id, others in pending.items():
        item, scored = by_id[item_id], []
        for other in map(by_id.get, others):
            aligned = semantic.alignment(other.sentences, item.sentences)
            if aligned is not None or jaccard(other.words, item.words) >= REWRITE_MIN_OVERLAP:
                scored.append((rewrite_score(other, item, aligned), other.id))
        _link_best(item_id, scored, links)
    pending.clear()


def _link_best(item_id: str, scored: list[tuple[float, str]], links: Links) -> None:
    best = max(scored, key=lambda pair: pair[0], default=None)  # the first of equals
    if best is not None and best[0] >= REWRITE_SCORE:
        links.rewrite_of[item_id] = best[1]


def _estimate(a: LinkItem, b: LinkItem) -> float:
    """The signatures' estimate of the content-word Jaccard (1.0 when one is missing, to be safe)."""
    return a.signature.jaccard(b.signature) if a.signature is not None and b.signature is not None else 1.0
