"""Generative answers: a language model writes, the code checks every sentence before it is shown.

The model gets the retrieved passages, each labelled as it must be cited (``[vraag 6]``, ``[brief]``), and a
bounded slice of the conversation. Its reply is read sentence by sentence as it streams; a sentence is shown
only when

* it cites at least one passage that was given (a sentence without citation is dropped),
* every number in it occurs in a passage it cites,
* every quotation in it occurs verbatim in a passage it cites,
* it shares enough words with a sentence of a cited passage, which becomes its verbatim ``Citation.quote``
  (so the citation passes the same :class:`~assistant.verify.Verifier` as the extractive answer).

When too little survives, the model fails, is slow (bounded by ``ASSISTANT_LLM_TIMEOUT``) or returns garbage,
the extractive answer is given instead, with a visible note, and the log says why.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from . import prompts, texts
from .chunk import estimate_tokens, split_sentences
from .compose import Claim, Draft
from .documents import Chunk, Citation
from .llm import Generator
from .understand import Question
from .verify import Verifier, normalise, numbers_supported

if TYPE_CHECKING:
    from .retrieve import Searcher

log = logging.getLogger(__name__)

MARKER = re.compile(r"\[(vraag \d{1,2}|brief)\]", re.I)
QUOTED = re.compile(r"[„“\"']([^„“”\"']{12,})[”\"']")
# A sentence ends after . ! or ? and the citation markers that follow it; never split before a "[" that may
# still become a marker while tokens stream in.
SENTENCE_END = re.compile(r"(?<=[.!?])(?:\s*\[(?:vraag \d{1,2}|brief)\])*\s+(?=[^\s\[])")
MIN_SUPPORT = 0.3  # share of a generated sentence's terms that its best supporting sentence must have
MIN_WORDS = 4  # a shown sentence has at least this many words
MIN_KEPT = 0.5  # at least this share of the generated sentences must survive, else the extractive answer
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
REFUSAL_TEXT = re.compile(r"zegt hierover niets|does not say", re.I)


@dataclass(frozen=True)
class Passage:
    """A labelled passage given to the model: every chunk of one question (or of the letter's header)."""

    label: str  # "vraag 6" or "brief"
    question: int | None
    source: str
    chunks: tuple[Chunk, ...]

    @property
    def text(self) -> str:
        return "\n".join(c.text for c in self.chunks)


@dataclass(frozen=True)
class Event:
    """A streaming event: ``delta`` (checked text to show), ``reset`` (discard what was shown), ``answer``."""

    kind: str
    text: str = ""
    answer: Any = None
    kept: int = 0  # generated sentences shown (answer/fallback events)
    total: int = 0  # generated sentences read


class Generative:
    """Answers with a language model; falls back to the extractive composer."""

    def __init__(
        self,
        generator: Generator,
        searcher: Searcher,
        verifier: Verifier,
        *,
        timeout: float,
        context_tokens: int,
        letter: str = "",
        sender: str = "",
    ) -> None:
        self.generator = generator
        self.searcher = searcher
        self.verifier = verifier
        self.letter = letter
        self.sender = sender
        self.timeout = timeout
        self.context_tokens = context_tokens

    # ------------------------------------------------------------------ the prompt

    def passages(self, candidates: Sequence[int]) -> list[Passage]:
        """The candidate chunks (from :meth:`Selector.candidates`), grouped per question, within the budget."""
        groups: dict[tuple[str, int | None], list[Chunk]] = {}
        budget = self.context_tokens
        for ci in candidates:
            chunk = self.searcher.chunks[ci]
            cost = estimate_tokens(chunk.text)
            if cost > budget and groups:
                break
            budget -= cost
            question = chunk.question if chunk.kind != "footnote" or chunk.question is not None else None
            groups.setdefault((chunk.source_id, question), []).append(chunk)
        out = []
        for (source, question), chunks in groups.items():
            label = f"vraag {question}" if question is not None else texts.MARKER_LETTER
            if any(p.label == label for p in out):  # one label per passage: later sources join the first
                continue
            out.append(Passage(label, question, source, tuple(sorted(chunks, key=lambda c: c.start))))
        return out

    def messages(
        self, query: Question, passages: Sequence[Passage], history: Sequence[dict[str, str]]
    ) -> list[BaseMessage]:
        language = prompts.LANGUAGE_EN if query.english else prompts.LANGUAGE_NL
        system = prompts.SYSTEM.format(letter=self.letter, sender=self.sender, language=language)
        msgs: list[BaseMessage] = [SystemMessage(system)]
        budget = max(0, self.context_tokens // 4)
        for m in list(history)[-4:]:
            text = MARKER.sub("", m["content"])[:600]
            if estimate_tokens(text) > budget:
                continue
            budget -= estimate_tokens(text)
            msgs.append(HumanMessage(text) if m["role"] == "user" else AIMessage(text))
        block = "\n\n".join(prompts.PASSAGE.format(label=p.label, text=p.text) for p in passages)
        msgs.append(HumanMessage(prompts.PASSAGES.format(passages=block, question=query.text)))
        return msgs

    # ------------------------------------------------------------------ checking one sentence

    def check(self, sentence: str, passages: Sequence[Passage]) -> Claim | None:
        """The sentence as a verified claim, or None when it must not be shown."""
        labels = {m.lower() for m in MARKER.findall(sentence)}
        text = " ".join(MARKER.sub(" ", sentence).split())
        if not text or not labels:
            return None  # no citation
        if len(re.findall(r"\w+", text)) < MIN_WORDS:
            return None  # a fragment ("31%") is not an answer
        if REFUSAL_TEXT.search(text):
            return None  # the model's own refusal never overrides the retrieval decision
        cited = [p for p in passages if p.label in labels]
        if len(cited) != len(labels):
            return None  # cites a passage that was not given
        body = normalise(" ".join(p.text for p in cited))
        if not numbers_supported(text, body):
            return None  # a number that the cited passages do not have
        for quoted in QUOTED.findall(text):
            if normalise(quoted) not in body:
                return None  # a quotation that is not verbatim
        support = self._support(text, cited, QUOTED.findall(text))
        if support is None:
            return None
        chunk, quote, start = support
        citation = Citation(
            question=chunk.question, quote=quote, source=chunk.source_id, url=chunk.urls[0] if chunk.urls else None
        )
        if not self.verifier.check(citation):
            return None
        marker = " ".join(f"[{lbl}]" for lbl in sorted(labels))
        return Claim(f"{text} {marker}", citation, chunk, start)

    def _support(
        self, text: str, cited: Sequence[Passage], quoted: Sequence[str] = ()
    ) -> tuple[Chunk, str, int] | None:
        """The sentence of the cited passages that shares the most terms with ``text`` (one holding its
        quotation, when it has one)."""
        terms = set(self.searcher.analyzer.terms(text))
        if not terms:
            return None
        best: tuple[float, Chunk, str, int] | None = None
        for p in cited:
            for chunk in p.chunks:
                for s, start, _ in split_sentences(chunk.text, chunk.start):
                    share = len(terms & self.searcher.analyzer.term_set(s)) / len(terms)
                    if quoted and any(normalise(q) in normalise(s) for q in quoted):
                        share += 1.0
                    if best is None or share > best[0]:
                        best = (share, chunk, s, start)
        if best is None or best[0] < MIN_SUPPORT:
            return None
        return best[1], best[2], best[3]

    # ------------------------------------------------------------------ streaming

    def _tokens(self, messages: list[BaseMessage]) -> Iterator[str]:
        """The model's tokens, with a hard deadline: a slow or hanging model raises TimeoutError."""
        q: queue.Queue[tuple[str, Any]] = queue.Queue()

        def run() -> None:
            try:
                for token in self.generator.generate(messages):
                    q.put(("token", token))
                q.put(("end", None))
            except Exception as exc:  # reported to the consumer
                q.put(("error", exc))

        threading.Thread(target=run, name="llm-generate", daemon=True).start()
        deadline = time.monotonic() + self.timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no complete answer within {self.timeout:.0f} s")
            try:
                kind, value = q.get(timeout=remaining)
            except queue.Empty:
                raise TimeoutError(f"no complete answer within {self.timeout:.0f} s") from None
            if kind == "token":
                yield value
            elif kind == "error":
                raise value
            else:
                return

    def stream(
        self, query: Question, candidates: Sequence[int], history: Sequence[dict[str, str]], fallback: Draft
    ) -> Iterator[Event]:
        """Checked sentences as they are written, then the final answer (``llm``, or ``fallback`` on failure)."""
        from .documents import Answer

        passages = self.passages(candidates)
        msgs = self.messages(query, passages, history)
        kept: list[Claim] = []
        total = 0
        shown = False
        reason = ""
        t0 = time.perf_counter()
        pending: list[str] = []  # list items still waiting for the marker at the end of their list

        def units(text: str) -> Iterator[str]:
            """Sentences, and list items (a list is one line per item)."""
            for line in text.split("\n"):
                parts = SENTENCE_END.split(line) if not LIST_ITEM.match(line) else [line]
                yield from (p.strip() for p in parts if p.strip())

        def judge(unit: str) -> Iterator[Claim]:
            nonlocal total
            item = LIST_ITEM.match(unit)
            if item and not MARKER.search(unit):
                pending.append(unit[item.end() :])  # its citation comes at the end of the list
                return
            total += 1 + len(pending)
            labels = " ".join(f"[{m}]" for m in MARKER.findall(unit))
            items, pending[:] = list(pending), []
            for text in [*(f"{p} {labels}" for p in items), unit[item.end() :] if item else unit]:
                if claim := self.check(text, passages):
                    yield claim

        try:
            buffer = ""
            for token in self._tokens(msgs):
                buffer += token
                while True:
                    newline = buffer.find("\n")
                    m = SENTENCE_END.search(buffer)
                    if newline >= 0 and (m is None or newline < m.start()):
                        done, buffer = buffer[:newline], buffer[newline + 1 :]
                    elif m is not None and not LIST_ITEM.match(buffer):
                        done, buffer = buffer[: m.end()], buffer[m.end() :]
                    else:
                        break
                    for unit in units(done):
                        for claim in judge(unit):
                            kept.append(claim)
                            shown = True
                            yield Event("delta", claim.text + " ")
            for unit in units(buffer):
                for claim in judge(unit):
                    kept.append(claim)
                    shown = True
                    yield Event("delta", claim.text + " ")
            total += len(pending)  # items whose list never got a citation
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}"
        if not reason and (not kept or len(kept) < MIN_KEPT * total):
            reason = f"only {len(kept)} of {total} generated sentences passed the checks"
        if reason:
            log.warning("generative answer not used (%s); giving the extractive answer", reason)
            if shown:
                yield Event("reset")
            fallback.notes.insert(0, texts.LLM_FALLBACK)
            yield Event("fallback", answer=fallback, kept=0, total=total)
            return
        log.info("generative answer: %d of %d sentences kept in %.1f s", len(kept), total, time.perf_counter() - t0)
        text = " ".join(c.text for c in kept)
        citations = tuple(dict.fromkeys(c.citation for c in kept))
        yield Event("answer", answer=Answer(text, citations, refused=False, mode="llm"), kept=len(kept), total=total)
