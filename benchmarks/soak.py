"""A soak run against the real app (`python app.py` on 127.0.0.1): prints figures, asserts nothing.

    python benchmarks/soak.py [--minutes 10] [--clients 6]

Mixed traffic for the whole time, as on a public site:
- questions on ``POST /api/ask`` (the dev and held-out questions, each made new so no cache answers);
- conversations: a question, then a follow-up with the history;
- streams that disconnect: ``POST /api/ask/stream``, read the first event, hang up;
- the Gradio ``/ask`` endpoint (gradio_client), as the widget's chat does;
- feedback: a real browser (Debian chromium) asks in the chat UI and clicks thumbs up.

Reported: requests and errors per kind, p50/p95 latency, the server's RSS at the start, each minute and at the
end, its CPU per request, and the CPU of the worst request (the adversarial ones of bench_worst.py, sent alone,
before and after).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_web import free_port  # noqa: E402

LETTER = ROOT / "corpus" / "kst-31524-707.md"
SETS = [ROOT / "eval" / "dev.jsonl", ROOT / "benchmarks" / "heldout.jsonl", ROOT / "benchmarks" / "heldout2.jsonl"]
FOLLOW_UPS = ["En wanneer?", "Wie betaalt dat?", "En als dat niet lukt?", "Kun je dat uitleggen?", "Waarom?"]
WORST = [
    ("实习" * 999, []),
    ("En dat?", [{"role": "user", "content": "实" * 8000}, {"role": "assistant", "content": "x" * 8000}]),
    (
        "En wanneer dan?",
        [{"role": "user" if k % 2 == 0 else "assistant", "content": "stage " * 1300} for k in range(50)],
    ),
]


def proc_cpu(pid: int) -> float:
    """User + system CPU seconds of a process (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def proc_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worst_cpu(base: str, pid: int) -> float:
    """CPU seconds the server spends on the worst request, sent alone (max over the adversarial ones)."""
    worst = 0.0
    with httpx.Client(timeout=120) as client:
        for question, history in WORST:
            before = proc_cpu(pid)
            client.post(
                f"{base}/api/ask", json={"question": f"{question} {random.random()}"[:2000], "history": history}
            )
            time.sleep(0.2)
            worst = max(worst, proc_cpu(pid) - before)
    return worst


async def traffic(base: str, questions: list[str], clients: int, seconds: float, stats: dict) -> None:
    deadline = time.perf_counter() + seconds

    async def timed(kind: str, coro) -> object:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            r = await coro
            ok = r.status_code == 200
        except httpx.HTTPError as exc:
            r, ok = exc, False
        stats[kind]["lat"].append((time.perf_counter() - t) * 1000)
        stats[kind]["n"] += 1
        stats[kind]["errors"] += not ok
        return r

    async def worker(n: int) -> None:
        rng = random.Random(n)
        async with httpx.AsyncClient(timeout=60) as client:
            while time.perf_counter() < deadline:
                q = f"{rng.choice(questions)} ({rng.randrange(10**6)})"
                kind = rng.choice(["ask", "ask", "conversation", "stream-hangup"])
                if kind == "ask":
                    await timed("ask", client.post(f"{base}/api/ask", json={"question": q}))
                elif kind == "conversation":
                    r = await timed("ask", client.post(f"{base}/api/ask", json={"question": q}))
                    if isinstance(r, httpx.Response) and r.status_code == 200:
                        history = [{"role": "user", "content": q}, {"role": "assistant", "content": r.json()["text"]}]
                        body = {"question": rng.choice(FOLLOW_UPS), "history": history}
                        await timed("follow-up", client.post(f"{base}/api/ask", json=body))
                else:
                    t = time.perf_counter()
                    try:
                        async with client.stream("POST", f"{base}/api/ask/stream", json={"question": q}) as r:
                            ok = r.status_code == 200
                            async for _ in r.aiter_lines():
                                break  # hang up after the first line
                    except httpx.HTTPError:
                        ok = False
                    stats["stream-hangup"]["lat"].append((time.perf_counter() - t) * 1000)
                    stats["stream-hangup"]["n"] += 1
                    stats["stream-hangup"]["errors"] += not ok

    await asyncio.gather(*(worker(n) for n in range(clients)))


def gradio_clients(base: str, questions: list[str], stop: threading.Event, stats: dict) -> None:
    from gradio_client import Client

    client = Client(base + "/", verbose=False)
    rng = random.Random(7)
    while not stop.is_set():
        t = time.perf_counter()
        try:
            client.predict(f"{rng.choice(questions)} ({rng.randrange(10**6)})", api_name="/ask")
            ok = True
        except Exception:
            ok = False
        stats["gradio /ask"]["lat"].append((time.perf_counter() - t) * 1000)
        stats["gradio /ask"]["n"] += 1
        stats["gradio /ask"]["errors"] += not ok
        stop.wait(2)


def browser_feedback(base: str, questions: list[str], stop: threading.Event, stats: dict) -> None:
    from playwright.sync_api import sync_playwright

    args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    rng = random.Random(11)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        try:
            while not stop.is_set():
                page = browser.new_page()
                t = time.perf_counter()
                try:
                    page.goto(base + "/", timeout=30_000)
                    box = page.locator("#kb-input textarea")
                    box.wait_for(timeout=30_000)
                    bots = page.locator("#kb-chatbot [data-testid=bot]")
                    box.fill(rng.choice(questions))
                    box.press("Enter")
                    bots.first.wait_for(timeout=60_000)
                    page.wait_for_timeout(1500)
                    bots.last.hover()
                    page.locator("#kb-chatbot").locator(
                        "button[aria-label='Like'], button[aria-label='Vind ik leuk']"
                    ).last.click(timeout=10_000)
                    ok = True
                except Exception:
                    ok = False
                finally:
                    page.close()
                stats["browser + feedback"]["lat"].append((time.perf_counter() - t) * 1000)
                stats["browser + feedback"]["n"] += 1
                stats["browser + feedback"]["errors"] += not ok
                stop.wait(5)
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--clients", type=int, default=6)
    args = parser.parse_args()
    questions = [
        json.loads(line)["turns"][0] for f in SETS if f.exists() for line in f.read_text("utf-8").splitlines() if line
    ]
    stats: dict = defaultdict(lambda: {"lat": [], "n": 0, "errors": 0})
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        shutil.copy(LETTER, corpus)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = dict(
            os.environ,
            ASSISTANT_CORPUS_DIR=str(corpus),
            ASSISTANT_INDEX_DIR=str(Path(tmp) / "index"),
            ASSISTANT_PORT=str(port),
            ASSISTANT_HOST="127.0.0.1",
            ASSISTANT_RATE_LIMIT="0",
            ASSISTANT_LOG_LEVEL="WARNING",
            ASSISTANT_FEEDBACK_FILE=str(Path(tmp) / "feedback.jsonl"),
            GRADIO_TEMP_DIR=str(Path(tmp) / "gradio"),
            PYTHONPATH=str(ROOT),
        )
        log = (Path(tmp) / "app.log").open("wb")
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{base}/api/health", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.5)
            httpx.post(f"{base}/api/ask", json={"question": "warm up"}, timeout=60)
            rss_start = proc_rss_mb(proc.pid)
            worst_before = worst_cpu(base, proc.pid)
            cpu_start = proc_cpu(proc.pid)
            stop = threading.Event()
            side = [
                threading.Thread(target=gradio_clients, args=(base, questions, stop, stats), daemon=True),
                threading.Thread(target=browser_feedback, args=(base, questions, stop, stats), daemon=True),
            ]
            rss_series: list[float] = []

            def sample_rss() -> None:
                while not stop.wait(60):
                    rss_series.append(proc_rss_mb(proc.pid))

            side.append(threading.Thread(target=sample_rss, daemon=True))
            for t in side:
                t.start()
            t0 = time.perf_counter()
            asyncio.run(traffic(base, questions, args.clients, args.minutes * 60, stats))
            stop.set()
            for t in side:
                t.join(120)
            elapsed = time.perf_counter() - t0
            cpu_used = proc_cpu(proc.pid) - cpu_start
            worst_after = worst_cpu(base, proc.pid)
            rss_end = proc_rss_mb(proc.pid)
            feedback = Path(tmp) / "feedback.jsonl"
            stored = len(feedback.read_text("utf-8").splitlines()) if feedback.exists() else 0
            tracebacks = (Path(tmp) / "app.log").read_text("utf-8", errors="replace").count("Traceback")
        finally:
            proc.terminate()
            proc.wait(20)
            log.close()
    total = sum(s["n"] for s in stats.values())
    errors = sum(s["errors"] for s in stats.values())
    print(f"soak: {elapsed / 60:.1f} min, {args.clients} API clients + 1 Gradio client + 1 browser")
    for kind, s in sorted(stats.items()):
        lat = sorted(s["lat"]) or [0.0]
        p95 = lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))]
        print(
            f"  {kind:20s} {s['n']:6d} requests, {s['errors']:3d} errors, p50 {statistics.median(lat):6.0f} ms, "
            f"p95 {p95:6.0f} ms"
        )
    print(
        f"  all: {total} requests, {errors} errors; feedback records stored: {stored}; tracebacks in the log: "
        f"{tracebacks}"
    )
    print(
        f"  server CPU {cpu_used:.0f} s ({cpu_used / max(total, 1) * 1000:.0f} ms per request); worst single request "
        f"{worst_before:.2f} s CPU before, {worst_after:.2f} s after"
    )
    print(f"  server RSS {rss_start:.0f} MB at the start, {rss_end:.0f} MB at the end")
    print(f"  server RSS each minute (MB): {' '.join(f'{r:.0f}' for r in rss_series)}")


if __name__ == "__main__":
    main()
