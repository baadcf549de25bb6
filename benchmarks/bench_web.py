"""Web benchmarks: prints figures, asserts nothing. Traffic goes to 127.0.0.1 only, bounded in count and time.

    python benchmarks/bench_web.py [--clients 20] [--seconds 60]

1. Time from `python app.py` to the first answer served: without an index (built on first start) and with one.
2. A bounded load run: N concurrent clients for S seconds against POST /api/ask (asyncio + httpx):
   requests, errors, p50/p95 latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "corpus" / "kst-31524-707.md"
QUESTIONS = [ROOT / "eval" / "dev.jsonl", ROOT / "benchmarks" / "heldout.jsonl"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(corpus: Path, index: Path, port: int, rate_limit: int = 0) -> subprocess.Popen:
    env = dict(
        os.environ,
        ASSISTANT_CORPUS_DIR=str(corpus),
        ASSISTANT_INDEX_DIR=str(index),
        ASSISTANT_PORT=str(port),
        ASSISTANT_HOST="127.0.0.1",
        ASSISTANT_RATE_LIMIT=str(rate_limit),
        ASSISTANT_LOG_LEVEL="WARNING",
        ASSISTANT_FEEDBACK_FILE=str(index / "feedback.jsonl"),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.Popen(
        [sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def time_to_first_answer(corpus: Path, index: Path) -> float:
    port = free_port()
    t0 = time.perf_counter()
    proc = start(corpus, index, port)
    try:
        with httpx.Client(timeout=5) as client:
            while time.perf_counter() - t0 < 600:
                try:
                    r = client.post(f"http://127.0.0.1:{port}/api/ask", json={"question": "Wie meet de stagetekorten?"})
                    if r.status_code == 200:
                        return time.perf_counter() - t0
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
        raise RuntimeError("no answer within 600 s")
    finally:
        proc.terminate()
        proc.wait(10)


async def load(
    base: str, questions: list[str], clients: int, seconds: float, unique: bool = False
) -> tuple[list[float], int, int]:
    latencies: list[float] = []
    errors = 0
    requests = 0
    deadline = time.perf_counter() + seconds

    async def worker(n: int) -> None:
        nonlocal errors, requests
        async with httpx.AsyncClient(timeout=30) as client:
            i = n
            while time.perf_counter() < deadline:
                q = questions[i % len(questions)]
                if unique:
                    q = f"{q} (meting {i})"
                i += clients
                t = time.perf_counter()
                try:
                    r = await client.post(f"{base}/api/ask", json={"question": q})
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - t) * 1000)
                requests += 1
                errors += not ok

    await asyncio.gather(*(worker(n) for n in range(clients)))
    return latencies, requests, errors


def report(name: str, clients: int, seconds: float, lat: list[float], n: int, errors: int) -> None:
    lat = sorted(lat)
    p95 = lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))]
    print(
        f"load, {name}: {clients} clients x {seconds:.0f} s on POST /api/ask: {n} requests ({n / seconds:.1f}/s), "
        f"{errors} errors, p50 {statistics.median(lat):.0f} ms, p95 {p95:.0f} ms (targets: no errors, p95 < 500 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    questions = [
        json.loads(line)["turns"][-1]
        for f in QUESTIONS
        if f.exists()
        for line in f.read_text("utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        shutil.copy(LETTER, corpus)
        index = Path(tmp) / "index"
        if not args.skip_startup:
            cold = time_to_first_answer(corpus, index)
            warm = [time_to_first_answer(corpus, index) for _ in range(3)]
            print(
                f"python app.py -> first answer: without an index {cold:.1f} s; with an existing index "
                f"{statistics.median(warm):.1f} s (median of 3)"
            )
        port = free_port()
        proc = start(corpus, index, port)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(3000):
                try:
                    if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
            for name, unique in (
                ("eval questions, repeating as popular questions do", False),
                ("every question unique, so no cache helps", True),
            ):
                lat, n, errors = asyncio.run(load(base, questions, args.clients, args.seconds, unique))
                report(name, args.clients, args.seconds, lat, n, errors)
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
