"""Throughput of `ingest` with extraction against bare spaCy, in one process run.

    python bench/throughput.py [--articles 1000] [--workers 2]

Both sides parse the same generated articles with the same model and number of
processes: the baseline is `nlp.pipe` of the plain model; talkwatch is the
whole ingest (read the JSON Lines dump, store each article, parse, resolve
actors and dates, store what it found). The ratio of their articles per second
says what talkwatch's layers cost on top of the parse; machines here are
noisy, so both are timed in the same run, alternating, best of `--repeat`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import variants, write_jsonl  # noqa: E402

from talkwatch.extract import extract_store  # noqa: E402
from talkwatch.ingest import ingest  # noqa: E402
from talkwatch.nlp.pipeline import build_nlp, load_model, model_name  # noqa: E402
from talkwatch.packs import load_lexicon  # noqa: E402
from talkwatch.store import Store  # noqa: E402


def time_bare(texts: list[str], model: str, workers: int) -> float:
    nlp = load_model(model)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=workers):
        pass
    return time.perf_counter() - start


def time_talkwatch(dump: Path, workers: int, workdir: Path, run: int) -> float:
    nlp = build_nlp(load_lexicon())  # built once per process, as a long ingest would
    start = time.perf_counter()
    with Store(str(workdir / f"bench-{run}.db")) as store:
        report = ingest([str(dump)], store)
        extract_store(store, workers=workers, nlp=nlp)
    elapsed = time.perf_counter() - start
    assert not report.errors, report.errors[:3]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    records = variants(args.articles)
    texts = [str(r["text"]) for r in records]
    model = model_name()
    build_nlp(load_lexicon())  # warm: model and patterns loaded before timing either side
    with tempfile.TemporaryDirectory() as tmp:
        dump = write_jsonl(records, Path(tmp) / "articles.jsonl")
        bare, full = [], []
        for run in range(args.repeat):
            bare.append(time_bare(texts, model, args.workers))
            full.append(time_talkwatch(dump, args.workers, Path(tmp), run))
    bare_rate, full_rate = args.articles / min(bare), args.articles / min(full)
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"articles: {args.articles} (mean {words:.0f} words), model: {model}, workers: {args.workers}")
    print(f"bare nlp.pipe:              {bare_rate:8.1f} articles/s")
    print(f"talkwatch ingest + extract: {full_rate:8.1f} articles/s")
    print(f"ratio:                      {full_rate / bare_rate:8.3f}")


if __name__ == "__main__":
    main()
