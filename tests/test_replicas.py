"""Replicas sharing one Chroma server: two real `python app.py` processes and one real `chroma run`.

They are started together (one builds, the other waits for it and uses what it built), and an operator rebuilds
with a changed corpus while both serve (both move over without a failed request; the old collection goes only
after nobody serves it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.webserver import ROOT, AppServer, chroma_run, free_port, wait_chroma

FIXTURES = Path(__file__).parent / "fixtures"
QUESTION = "Hoeveel ouders ontvingen kinderopvangtoeslag?"

pytestmark = pytest.mark.slow


def _ours(url: str, prefix: str = "kamerbrief") -> set[str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    host, port = url.removeprefix("http://").split(":")
    client = chromadb.HttpClient(host=host, port=int(port), settings=ChromaSettings(anonymized_telemetry=False))
    return {c.name for c in client.list_collections() if c.name.startswith(prefix + "-")}


def test_two_replicas_on_one_chroma_server_build_once_and_follow_a_rebuild(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / "kamerbrief-kort.md", corpus / "kamerbrief-kort.md")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with chroma_run(tmp_path / "chroma-data", port, tmp_path / "chroma.log") as chroma:
        wait_chroma(url, chroma, tmp_path / "chroma.log")
        env = {"ASSISTANT_CHROMA_URL": url, "ASSISTANT_STATE_POLL": "0.5"}
        apps = [
            AppServer(
                corpus_dir=corpus,
                index_dir=tmp_path / f"index-{i}",  # each replica its own local folder, as on two machines
                feedback_file=tmp_path / f"feedback-{i}" / "feedback.jsonl",
                log_file=tmp_path / f"app-{i}.log",
                extra_env=env,
            )
            for i in range(2)
        ]
        try:
            for app in apps:  # started together
                app.start()
            first = [app.wait_ready() for app in apps]
            assert first[0]["index"] == first[1]["index"], first
            builds = [app.log(200_000).count("building the shared index") for app in apps]
            assert sum(builds) == 1, builds  # one built, the other waited and used it
            assert _ours(url) == {first[0]["index"]}
            for app in apps:
                r = httpx.post(f"{app.url}/api/ask", json={"question": QUESTION}, timeout=60)
                assert r.status_code == 200 and "520.000" in r.json()["text"], r.text

            # A rebuild with a changed corpus while both serve; questions keep coming in meanwhile.
            failures: list[str] = []
            stop = threading.Event()

            def keep_asking() -> None:
                while not stop.is_set():
                    for app in apps:
                        try:
                            r = httpx.post(f"{app.url}/api/ask", json={"question": QUESTION}, timeout=60)
                            if r.status_code != 200 or "520.000" not in r.json()["text"]:
                                failures.append(f"{app.url}: {r.status_code} {r.text[:200]}")
                        except httpx.HTTPError as exc:
                            failures.append(f"{app.url}: {exc!r}")

            asker = threading.Thread(target=keep_asking, daemon=True)
            asker.start()
            (corpus / "notitie.md").write_text("# Notitie\n\nEen alinea over de wachtlijsten.\n", "utf-8")
            build_env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
            build_env.update(
                ASSISTANT_CHROMA_URL=url,
                ASSISTANT_CORPUS_DIR=str(corpus),
                ASSISTANT_INDEX_DIR=str(tmp_path / "index-operator"),
                PYTHONPATH=str(ROOT),
            )
            done = subprocess.run(
                [sys.executable, "-m", "assistant", "index"], env=build_env, capture_output=True, text=True, timeout=300
            )
            assert done.returncode == 0, done.stderr[-3000:]
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                now = [httpx.get(f"{app.url}/api/health", timeout=5).json() for app in apps]
                if all(h.get("index") != first[0]["index"] for h in now):
                    break
                time.sleep(0.25)
            assert now[0]["index"] == now[1]["index"] != first[0]["index"], now
            assert now[0]["chunks"] == first[0]["chunks"] + 1  # the new note is served
            time.sleep(1.0)  # a few more questions on the new index
            stop.set()
            asker.join(60)
            assert not failures, failures[:5]
            # the old collection is gone once nobody serves it; the new one stays
            deadline = time.monotonic() + 30
            while _ours(url) != {now[0]["index"]} and time.monotonic() < deadline:
                time.sleep(0.5)
            assert _ours(url) == {now[0]["index"]}
        finally:
            for app in apps:
                app.stop()
