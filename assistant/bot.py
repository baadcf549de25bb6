"""The :class:`Assistant`: wires the stages together; the one object the CLI, API and UI hold.

>>> bot = Assistant.load()                                             # doctest: +SKIP
>>> answer = bot.ask("Hoeveel studenten vinden geen stageplek?")          # doctest: +SKIP
>>> answer.citations[0].question                                      # doctest: +SKIP
6
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import texts
from .analyze import is_english
from .answer import Draft, Extractive
from .config import Settings
from .documents import Answer, Citation, Document
from .generate import Event, Generative
from .llm import make_generator
from .retrieve import Searcher
from .verify import Verifier

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
MAX_HISTORY_MESSAGES = 50

# Instructions aimed at the assistant itself. Each pattern addresses the assistant ("je", "your", "jij") or names a
# known jailbreak, so that ordinary Dutch ("dan", "vanaf nu moet ik", "ik vergeet de regels") is not caught.
_INJECTION = re.compile(
    r"\b(?:negeer|vergeet|ignore|forget|disregard|overrule|omzeil)\s+(?:al\s+|all\s+)?"
    r"(?:je|jouw|alle|eerdere|vorige|bovenstaande|your|all|previous|prior|above|the previous)\s+"
    r"(?:\w+\s+)?(?:instructie|instructies|regels|opdracht|opdrachten|prompt|instructions|rules|guidelines)"
    r"|\bsysteem ?prompt|\bsystem ?prompt|\b(?:je|jouw) (?:prompt|instructies)\b|\byour (?:prompt|instructions)\b"
    r"|\b(?:je|jij) bent (?:nu|vanaf nu)\b|\byou are now\b|\bdoe alsof (?:je|jij)\b|\bpretend (?:to be|you)\b"
    r"|\bspeel (?:de rol|een rol)|\brole ?play|\brollenspel|\bact as\b|\bgedraag je als\b|\bjailbreak"
    r"|\bdeveloper mode\b|\bDAN[ -]?(?:mode|modus)\b|\bdo anything now\b"
    r"|\bfrom now on,? (?:you|answer|reply|respond|speak|say)\b"
    r"|\bvanaf nu (?:ben je|moet je|zeg je|praat je|antwoord je)\b"
    r"|\b(?:ignore|negeer|vergeet|forget) (?:de|the) (?:brief|letter)\b"
    r"|\btell me a (?:joke|story|poem)|\bvertel (?:me )?een (?:grap|mop|verhaal)|\bwrite (?:me )?a (?:poem|story|song)"
    r"|\bschrijf (?:me )?een (?:gedicht|verhaal|liedje)",
    re.I,
)
_MARKUP = re.compile(r"<script\b.*?(?:</script\s*>|$)|<style\b.*?(?:</style\s*>|$)|<[a-zA-Z/!][^>]*>", re.I | re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class QuestionError(ValueError):
    """A question the assistant cannot take (too long); the message is Dutch and names the problem."""


def clean_question(question: str) -> str:
    """Strip control characters and surrounding space; HTML is left as text (never rendered)."""
    if not isinstance(question, str):
        raise QuestionError(f"de vraag moet tekst zijn, niet {type(question).__name__}")
    question = unicodedata.normalize("NFC", _CONTROL.sub("", question)).strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(texts.TOO_LONG.format(length=len(question), limit=MAX_QUESTION_CHARS))
    return question


def check_history(history: Any) -> list[dict[str, str]]:
    """Validate Gradio-style messages; raise ``ValueError`` naming what is wrong."""
    if history is None:
        return []
    if not isinstance(history, (list, tuple)):
        raise ValueError(f"history must be a list of messages, not {type(history).__name__}")
    out = []
    for i, msg in enumerate(history[-MAX_HISTORY_MESSAGES:]):
        if not isinstance(msg, dict):
            raise ValueError(f"history[{i}] must be a dict with 'role' and 'content', not {type(msg).__name__}")
        role, content = msg.get("role"), msg.get("content")
        if role not in ("user", "assistant"):
            raise ValueError(f"history[{i}]['role'] must be 'user' or 'assistant', not {role!r}")
        if not isinstance(content, str):
            raise ValueError(f"history[{i}]['content'] must be a string, not {type(content).__name__}")
        out.append({"role": role, "content": _CONTROL.sub("", content)[: MAX_QUESTION_CHARS * 4]})
    return out


@dataclass
class Assistant:
    """Answers questions about the corpus, with verified citations."""

    settings: Settings
    index: Any
    searcher: Searcher
    documents: dict[str, Document]
    composer: Extractive
    verifier: Verifier
    generative: Generative | None = None
    last_generation: tuple[int, int] = (0, 0)  # (kept, generated) sentences of the last generative answer

    @classmethod
    def load(cls, settings: Settings | None = None, *, embedder: Any = None) -> Assistant:
        """Read settings, open (building or updating if needed) the index, and get ready to answer."""
        from .parse import load_corpus
        from .store import open_index

        settings = settings or Settings.load()
        t0 = time.perf_counter()
        index, _ = open_index(settings, embedder)
        loaded = load_corpus(settings.corpus_dir, max_bytes=settings.max_file_bytes)
        documents = {d.source_id: d for d in loaded.documents}
        cache = settings.index_dir / f"sentences-{index.name}.npz"
        searcher = Searcher(index, sentence_cache=cache)
        embedded = searcher.sentences.ensure(save=True)
        log.info(
            "assistant ready in %.2f s (%d chunks, %d sentences, %d newly embedded)",
            time.perf_counter() - t0,
            index.count,
            len(searcher.sentences.sentences),
            embedded,
        )
        composer, verifier = Extractive(searcher, documents), Verifier(documents)
        generator = make_generator(settings)  # settings errors (no URL, no file) are raised here, at startup
        generative = None
        if generator is not None:
            generative = Generative(
                generator, composer, verifier, timeout=settings.llm_timeout, context_tokens=settings.llm_context_tokens
            )
        return cls(settings, index, searcher, documents, composer, verifier, generative)

    def ask(self, question: str, history: Sequence[dict[str, str]] | None = None) -> Answer:
        """Answer ``question`` in the context of ``history`` (Gradio "messages": role/content dicts)."""
        answer = None
        for event in self.ask_stream(question, history):
            if event.kind == "answer":
                answer = event.answer
        assert answer is not None
        return answer

    def ask_stream(self, question: str, history: Sequence[dict[str, str]] | None = None) -> Iterator[Event]:
        """The answer as events: ``delta`` (checked text to show), ``reset`` (discard it), and a last ``answer``.

        Input errors (too long, malformed history) raise before the first event.
        """
        question = clean_question(question)
        messages = check_history(history)
        return self._events(question, messages)

    def _events(self, question: str, messages: list[dict[str, str]]) -> Iterator[Event]:
        question = _MARKUP.sub(" ", question).strip()  # markup is never a question (and never echoed)
        english = is_english(question)
        if not re.search(r"\w", question):
            yield from _final(Answer(texts.EMPTY_QUESTION, (), refused=True))
            return
        if _INJECTION.search(question):
            log.info("refused: instructions inside the question")
            yield from _final(Answer(texts.INJECTION_EN if english else texts.INJECTION, (), refused=True))
            return
        query = self.searcher.query(question, messages)
        qvec = self.searcher.embed_query(query.search_text)
        hits = self.searcher.search(query, 8, query_vector=qvec)
        evidence = self.composer.evidence(query, hits, qvec)
        if not hits or self.composer.out_of_scope(query, evidence):
            yield from _final(Answer(self.composer.refusal(query, hits, english), (), refused=True))
            return
        if self.generative is not None and query.intent != "metadata":
            for event in self.generative.stream(query, hits, qvec, messages):
                if event.kind == "fallback":
                    self.last_generation = (event.kept, event.total)
                    yield from _final(self.finish(event.answer, query, hits))
                    return
                if event.kind == "answer":
                    self.last_generation = (event.kept, event.total)
                yield event
            return
        draft = self.composer.compose(query, hits, qvec)
        yield from _final(self.finish(draft, query, hits))

    def finish(self, draft: Draft, query: Any, hits: Any) -> Answer:
        """Verify every claim; only verified claims are shown."""
        kept = [c for c in draft.claims if self.verifier.check(c.citation)]
        if len(kept) < len(draft.claims):
            log.warning("dropped %d unverifiable sentence(s)", len(draft.claims) - len(kept))
        draft.claims = kept
        if not kept:
            return Answer(self.composer.refusal(query, hits, draft.english), (), refused=True)
        text = self.composer.render(draft)
        citations = tuple(dict.fromkeys(c.citation for c in kept))
        return Answer(text, citations, refused=False, mode="extractive")


def _final(answer: Answer) -> Iterator[Event]:
    """A finished answer as events: its text in pieces (as the UI streams), then the answer itself."""
    words = answer.text.split(" ")
    for i in range(0, len(words), 8):
        yield Event("delta", " ".join(words[i : i + 8]) + (" " if i + 8 < len(words) else ""))
    yield Event("answer", answer=answer)


def answer_json(answer: Answer) -> dict[str, Any]:
    """The JSON shape of ``ask --json`` and ``POST /api/ask``."""
    return {
        "text": answer.text,
        "citations": [
            {"question": c.question, "quote": c.quote, "source": c.source, "url": c.url} for c in answer.citations
        ],
        "refused": answer.refused,
        "mode": answer.mode,
    }


__all__ = ["Assistant", "Citation", "QuestionError", "answer_json"]
