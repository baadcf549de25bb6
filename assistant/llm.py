"""Generator backends: any LangChain chat model behind one small seam.

* ``ASSISTANT_LLM=openai``: any OpenAI-compatible server (Ollama, vLLM, llama.cpp's server, LM Studio, a hosted
  API) through langchain-openai's ``ChatOpenAI``, with ``ASSISTANT_LLM_BASE_URL``, ``ASSISTANT_LLM_MODEL`` and
  ``ASSISTANT_LLM_API_KEY``.
* ``ASSISTANT_LLM=llamacpp``: a local GGUF file (``ASSISTANT_LLM_MODEL_PATH``) through llama-cpp-python, an
  optional extra (``pip install -r requirements-llm.txt``; it builds from source).

Usage (needs a running server)::

    generator = make_generator(Settings.load(llm="openai", llm_base_url="http://127.0.0.1:11434/v1",
                                             llm_model="qwen2.5"))
    "".join(generator.generate([SystemMessage("..."), HumanMessage("...")]))
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict

if TYPE_CHECKING:
    from .config import Settings

log = logging.getLogger(__name__)


@runtime_checkable
class Generator(Protocol):
    """Streams the text of a reply to chat messages."""

    def generate(self, messages: Sequence[BaseMessage]) -> Iterator[str]: ...


class ChatModelGenerator:
    """Any LangChain chat model as a :class:`Generator` (streaming when the model streams)."""

    def __init__(self, model: BaseChatModel, name: str = "") -> None:
        self.model = model
        self.name = name or type(model).__name__

    def generate(self, messages: Sequence[BaseMessage]) -> Iterator[str]:
        for chunk in self.model.stream(list(messages)):
            content = chunk.content
            if isinstance(content, str):
                yield content
            elif isinstance(content, list):
                yield "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)


class LlamaCppChat(BaseChatModel):
    """A local GGUF model (llama-cpp-python) as a LangChain chat model."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    llama: Any
    max_tokens: int = 220
    temperature: float = 0.1

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    @staticmethod
    def _messages(messages: list[BaseMessage]) -> list[dict[str, str]]:
        roles = {"system": "system", "human": "user", "ai": "assistant"}
        return [{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages]

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        out = self.llama.create_chat_completion(
            messages=self._messages(messages), max_tokens=self.max_tokens, temperature=self.temperature, stop=stop
        )
        text = out["choices"][0]["message"]["content"] or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for part in self.llama.create_chat_completion(
            messages=self._messages(messages),
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            stop=stop,
            stream=True,
        ):
            delta = part["choices"][0].get("delta", {}).get("content") or ""
            if delta:
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                if run_manager:
                    run_manager.on_llm_new_token(delta, chunk=chunk)
                yield chunk


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model the settings choose (None for ``ASSISTANT_LLM=none``); clear errors for bad settings."""
    if settings.llm == "none":
        return None
    if settings.llm == "openai":
        if not settings.llm_base_url:
            raise ValueError("ASSISTANT_LLM=openai needs ASSISTANT_LLM_BASE_URL (e.g. http://127.0.0.1:11434/v1)")
        if not settings.llm_model:
            raise ValueError("ASSISTANT_LLM=openai needs ASSISTANT_LLM_MODEL (the model name on that server)")
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ImportError("ASSISTANT_LLM=openai needs langchain-openai: pip install -r requirements.txt") from exc
        return ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key.get_secret_value() or "not-needed",
            timeout=settings.llm_timeout,
            max_retries=0,
            max_tokens=settings.llm_max_tokens,
            temperature=settings.llm_temperature,
            streaming=True,
        )
    path = settings.llm_model_path
    if path is None:
        raise ValueError("ASSISTANT_LLM=llamacpp needs ASSISTANT_LLM_MODEL_PATH (a local .gguf file)")
    if not path.is_file():
        raise ValueError(f"ASSISTANT_LLM_MODEL_PATH={path} does not exist (or is not a file)")
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise ImportError(
            "ASSISTANT_LLM=llamacpp needs llama-cpp-python: pip install -r requirements-llm.txt (it builds from source)"
        ) from exc
    llama = Llama(model_path=str(path), n_ctx=4096, n_threads=settings.llm_threads, verbose=False)
    return LlamaCppChat(llama=llama, max_tokens=settings.llm_max_tokens, temperature=settings.llm_temperature)


def make_generator(settings: Settings) -> Generator | None:
    model = make_chat_model(settings)
    if model is None:
        return None
    name = settings.llm_model or (settings.llm_model_path.name if settings.llm_model_path else settings.llm)
    return ChatModelGenerator(model, name=f"{settings.llm}:{name}")
