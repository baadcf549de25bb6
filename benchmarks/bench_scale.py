"""Retrieval at scale: an index of 100,000 chunks, searched by the same code. Prints figures, asserts nothing.

    python benchmarks/bench_scale.py [--chunks 100000]

Embedding 100,000 chunks would take hours here, so the script reuses the letter's real chunk and sentence
embeddings with small noise, and varies the text (sentence order, figures, a region and paragraph label),
so that BM25 and the sentence index see 100,000 different passages. Then it runs the real Searcher over the
real Chroma collection and reports retrieval latency p50/p95 and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LETTER = ROOT / "corpus" / "kst-31524-707.md"
QUESTION_FILES = [ROOT / "eval" / "dev.jsonl", ROOT / "benchmarks" / "heldout.jsonl"]
REGIONS = [
    "Groningen",
    "Friesland",
    "Drenthe",
    "Overijssel",
    "Gelderland",
    "Utrecht",
    "Flevoland",
    "Zeeland",
    "Limburg",
    "Brabant",
    "Holland",
    "Twente",
    "Achterhoek",
    "Rijnmond",
    "Haaglanden",
    "Amstelland",
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def noisy(vec: np.ndarray, rng: np.random.Generator, scale: float = 0.02) -> np.ndarray:
    v = vec + rng.normal(0, scale, vec.shape).astype(np.float32)
    return v / np.linalg.norm(v)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=100_000)
    args = parser.parse_args()

    from assistant.bot import Assistant
    from assistant.chunk import split_sentences
    from assistant.config import Settings
    from assistant.documents import Chunk
    from assistant.retrieve import Searcher, _key
    from assistant.store import Index, _metadata, connect

    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    settings = Settings.load(index_dir=tmp / "index", corpus_dir=LETTER.parent)
    bot = Assistant.load(settings)
    real = [c for c in bot.searcher.chunks if c.kind in ("answer", "question", "intro", "footnote")]
    res = bot.index.collection.get(ids=[c.id for c in real], include=["embeddings"])
    vec_of = dict(zip(res["ids"], np.asarray(res["embeddings"], dtype=np.float32), strict=True))
    sent_vec = bot.searcher.sentences
    rng = np.random.default_rng(7)
    pyrng = random.Random(7)

    # A separate collection, written the way store.py writes ours.
    client = connect(settings)
    col = client.create_collection(
        "scale-test",
        embedding_function=None,
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"complete": True, "chunks": args.chunks, "embedder": bot.index.embedder.name},
    )
    sentence_keys: list[str] = []
    sentence_vecs: list[np.ndarray] = []
    t0 = time.perf_counter()
    batch_ids, batch_vecs, batch_docs, batch_meta = [], [], [], []
    offset = 0
    for i in range(args.chunks):
        base = real[i % len(real)]
        sentences = [s for s, _, _ in split_sentences(base.text)]
        if len(sentences) > 2:
            body = sentences[1:]
            pyrng.shuffle(body)
            sentences = [sentences[0], *body]
        region = REGIONS[i % len(REGIONS)]
        sentences[0] = f"In {region} (document {i // 40}, alinea {i % 40}): {sentences[0]}"
        sentences = [re.sub(r"\d+", lambda m: str(int(m.group(0)) + pyrng.randint(0, 9)), s) for s in sentences]
        text = " ".join(sentences)
        chunk = Chunk(
            f"s{i:06d}",
            f"synthetisch-{i // 40:04d}.md",
            base.kind,
            text,
            base.header,
            offset,
            offset + len(text),
            i % 40,
            base.question,
            base.footnotes,
            base.urls,
            base.title,
        )
        offset += len(text) + 2
        base_sents = sent_vec.of_chunk[bot.searcher.by_id[base.id]]
        base_sv = sent_vec.vectors(base_sents) if base_sents else np.zeros((0, 384), np.float32)
        for j, (s, _, _) in enumerate(split_sentences(text)):
            sentence_keys.append(_key(s))
            ref = base_sv[min(j, len(base_sv) - 1)] if len(base_sv) else vec_of[base.id]
            sentence_vecs.append(noisy(ref, rng).astype(np.float16))
        batch_ids.append(chunk.id)
        batch_vecs.append(noisy(vec_of[base.id], rng))
        batch_docs.append(text)
        batch_meta.append(_metadata(chunk))
        if len(batch_ids) == 5000 or i == args.chunks - 1:
            col.upsert(ids=batch_ids, embeddings=np.stack(batch_vecs), documents=batch_docs, metadatas=batch_meta)
            batch_ids, batch_vecs, batch_docs, batch_meta = [], [], [], []
    write_s = time.perf_counter() - t0
    cache = tmp / "index" / "sentences-scale.npz"
    np.savez(
        cache, keys=np.array(sentence_keys), vectors=np.stack(sentence_vecs), dim=384, embedder=bot.index.embedder.name
    )
    del sentence_vecs, sentence_keys
    print(f"wrote {col.count()} chunks to Chroma in {write_s:.0f} s")

    index = Index(client, col, bot.index.embedder, {"collection": "scale-test"})
    t0 = time.perf_counter()
    searcher = Searcher(index, sentence_cache=cache)
    start_s = time.perf_counter() - t0
    print(
        f"Searcher over {len(searcher.chunks)} chunks (sentence cache: {len(searcher.sentences._rows)} sentences) "
        f"ready in {start_s:.1f} s"
    )

    questions = []
    for f in QUESTION_FILES:
        if f.exists():
            questions += [json.loads(line)["turns"][-1] for line in f.read_text("utf-8").splitlines() if line.strip()]
    for q in questions[:5]:
        searcher.search(searcher.query(q), 8)
    times = []
    for _ in range(2):
        for q in questions:
            t = time.perf_counter()
            searcher.search(searcher.query(q), 8)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"retrieval over {args.chunks} chunks, {len(times)} queries: p50 {statistics.median(times):.1f} ms, "
        f"p95 {p95:.1f} ms (target p95 < 150 ms)"
    )
    print(f"peak RSS {peak_mb():.0f} MB (target < 2048 MB)")


if __name__ == "__main__":
    main()
