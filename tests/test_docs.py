"""The examples in the modules' docstrings run and hold (examples that need a model or a server are +SKIP)."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "assistant.documents",
        "assistant.config",
        "assistant.parse",
        "assistant.chunk",
        "assistant.analyze",
        "assistant.verify",
        "assistant.retrieve",
        "assistant.store",
        "assistant.bot",
        "assistant.llm",
        "assistant.overview",
        "assistant.understand",
    ],
)
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
