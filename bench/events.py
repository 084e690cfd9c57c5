"""Sentence-level event coding measured on two public gold standards
(../shared/bench, see its README): the PLOVER gold standard records and the
PETRARCH2 validation sentences. Runs the coder (talkwatch.coder) over each and
prints the figures of ../shared/bench/score_sentences.py for it, PETRARCH2's
own output beside ours on the PETRARCH2 set.

    .venv/bin/python bench/events.py [--bench DIR] [--keep DIR]

Measured, never tuned to: no rule or lexicon entry is aimed at these sentences.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from talkwatch.coder import code_records
from talkwatch.nlp.pipeline import build_nlp

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
SETS = ("petr2_gsr.jsonl", "plover_gsr.jsonl")
# How each gold writes a party an event lacks or cannot code: PETRARCH2's output, which its gold
# corrects, writes "---"; the PLOVER records leave the list empty. `talkwatch code --missing`.
MISSING = {"petr2_gsr.jsonl": "---", "plover_gsr.jsonl": None}


def scorer(bench: Path) -> ModuleType:
    """score_sentences.py, imported from the benchmark directory."""
    spec = importlib.util.spec_from_file_location("score_sentences", bench / "score_sentences.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"bench/events.py: no score_sentences.py in {bench}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def code_set(path: Path, out: Path, nlp, missing: str | None = None) -> float:
    """Code one gold file's sentences into `out`; returns the seconds it took."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for coded in code_records(({"id": r["id"], "text": r["text"], "date": r.get("date")} for r in records), nlp,
                                  missing=missing):
            fh.write(json.dumps(coded) + "\n")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=BENCH, help="the directory of the gold files")
    parser.add_argument("--keep", type=Path, help="keep the predictions in this directory")
    args = parser.parse_args(argv)
    score = scorer(args.bench)
    nlp = build_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in SETS:
            gold_path = args.bench / name
            pred_path = out_dir / f"{Path(name).stem}.pred.jsonl"
            seconds = code_set(gold_path, pred_path, nlp, MISSING.get(name))
            print(f"== {name} (coded in {seconds:.1f} s)")
            sys.stdout.flush()
            score.main([str(pred_path), str(gold_path)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
