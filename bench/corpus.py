"""Generated corpora for the benchmarks: variants of the bundled sample articles.

Each variant swaps the order of paragraphs and numbers itself in a closing
line, so every text is distinct (a new article id) while the language stays
that of real negotiation reports.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from talkwatch.ingest import read_input
from talkwatch.ingest.sources import Input, expand

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def sample_articles() -> list[dict[str, str | None]]:
    """The sample corpus as records: text, title, outlet, published."""
    records = []
    for item in expand([str(EXAMPLES)]):
        if isinstance(item, Input):
            for article in read_input(item):
                if not isinstance(article, Exception):
                    records.append({"text": article.text, "title": article.title, "outlet": article.outlet,
                                    "published": article.published})
    return records


def variants(count: int, seed: int = 7) -> list[dict[str, str | None]]:
    """`count` distinct articles made from the sample corpus."""
    rng = random.Random(seed)
    base = sample_articles()
    out = []
    for n in range(count):
        record = dict(base[n % len(base)])
        paragraphs = str(record["text"]).split("\n\n")
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        record["text"] = "\n\n".join([*head, *rest, f"This is report {n} in the series."])
        out.append(record)
    return out


def write_jsonl(records: list[dict[str, str | None]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
