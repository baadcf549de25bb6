"""What the web app shares between its API and its UI: the assistant (loaded once, in the background),
the per-client rate limit, the feedback store, and the views of a cited passage and of the letter.

Usage (loads the index in a thread; ``ask()`` raises ``NotReady`` until then)::

    service = Service(Settings.load())
    service.start()
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import texts
from .config import Settings
from .documents import Answer, Citation, Document

log = logging.getLogger(__name__)


FEEDBACK_PER_MINUTE = 10  # thumbs and comments per client per minute
ISSUED_REMEMBERED = 20_000  # answers remembered for checking feedback (a digest each)


def client_address(request: Any) -> str:
    """The address a request came from (behind a trusted proxy, uvicorn has set it from the proxy's hop)."""
    return getattr(getattr(request, "client", None), "host", None) or "anonymous"


def _digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8", "replace")).hexdigest()[:32]


class NotReady(RuntimeError):
    """The assistant is still loading (or failed to load)."""


class Paused(NotReady):
    """The operator turned answering off (the pause file exists); the message says so."""


class RateLimited(RuntimeError):
    """This client asked too many questions in the last minute."""


class RateLimiter:
    """A moving one-minute window per client, through the ``limits`` library.

    ``store`` is a ``limits`` storage URI: ``memory://`` (this process only, the default) or
    ``redis://host:port/db`` so that all replicas share one limit. Clients are kept as a short hash of their
    address, never the address itself. When the store cannot be reached, requests are let through (answering
    matters more) and that is logged, at most once a minute.
    """

    def __init__(self, per_minute: int, store: str = "memory://", namespace: str = "ask") -> None:
        from limits import RateLimitItemPerMinute
        from limits.storage import storage_from_string
        from limits.strategies import MovingWindowRateLimiter

        self.per_minute = per_minute
        self.namespace = namespace
        self.item = RateLimitItemPerMinute(max(per_minute, 1))
        self.store = store
        # a shared store that does not answer must not hold up the answer: short timeouts
        options = {"socket_timeout": 0.5, "socket_connect_timeout": 0.5} if store.startswith("redis") else {}
        self._limiter = MovingWindowRateLimiter(storage_from_string(store, **options))
        self._warned = 0.0

    def check(self, key: str) -> None:
        """Count one request for ``key``; raise :class:`RateLimited` when it is over the limit."""
        if self.per_minute <= 0:
            return
        client = hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:24]
        try:
            allowed = self._limiter.hit(self.item, "kamerbrief-assistent", self.namespace, client)
        except Exception as exc:  # the shared store is down: keep answering, say so in the log
            if time.monotonic() - self._warned > 60:
                self._warned = time.monotonic()
                log.warning(
                    "the rate-limit store %s cannot be reached (%s); not limiting meanwhile", _safe(self.store), exc
                )
            return
        if not allowed:
            raise RateLimited(texts.RATE_LIMITED)


def _safe(uri: str) -> str:
    """A storage URI without its password, for the log."""
    return re.sub(r"//[^@/]*@", "//***@", uri)


@dataclass
class Passage:
    """A cited passage, ready to show: where it is, the question it answers, the quote marked."""

    question: int | None
    question_text: str
    paragraph: str
    marks: list[tuple[int, int]]  # quote spans within the paragraph
    links: list[tuple[str, str | None]]  # (title, url or None)
    is_question_text: bool = False  # the cited paragraph is the committee's question itself
    start: int = 0  # the paragraph's offset in its document


class Service:
    """The assistant behind the web app."""

    def __init__(self, settings: Settings, bot: Any = None) -> None:
        self.settings = settings
        self.bot = bot
        self.error: str | None = None
        self.started_at = time.monotonic()
        self.ready_at: float | None = time.monotonic() if bot is not None else None
        self.limiter = RateLimiter(settings.rate_limit, settings.rate_limit_store)
        self.feedback_limiter = RateLimiter(FEEDBACK_PER_MINUTE, settings.rate_limit_store, namespace="feedback")
        self._feedback_lock = threading.Lock()
        self._issued: OrderedDict[str, None] = OrderedDict()  # digests of the answers this process gave
        self._thread: threading.Thread | None = None

    def letter_texts(self) -> dict[str, Any]:
        """The UI's subtitle, placeholder and example questions, from the parsed letter (parsing is cheap)."""
        from .compose import Composer
        from .parse import load_corpus

        if self.bot is not None:
            composer = self.bot.composer
        else:
            loaded = load_corpus(self.settings.corpus_dir, max_bytes=self.settings.max_file_bytes)
            composer = Composer({d.source_id: d for d in loaded.documents}, [])
        examples = composer.examples()
        topics = composer.topics()
        subtitle = texts.UI_SUBTITLE.format(
            sender=composer.sender(), letter=composer.letter_citation(), topics=", ".join(topics[:4]) or "de brief"
        )
        placeholder = texts.UI_PLACEHOLDER.format(example=examples["students"][0])
        return {"subtitle": subtitle, "placeholder": placeholder, **examples}

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Load the assistant in a background thread (building the index on first start)."""
        if self.bot is not None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._load, name="assistant-load", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        """With a Chroma server shared by replicas: say which collection this replica serves, and when another
        replica published a new one (a rebuild), load it and switch over; then remove what nobody serves."""
        from .bot import Assistant
        from .store import IN_USE_MAX_AGE, collect_garbage

        reacted_to: str | None = None
        while self.settings.state_poll > 0:
            time.sleep(self.settings.state_poll)
            bot = self.bot
            registry = getattr(getattr(bot, "index", None), "registry", None)
            if bot is None or registry is None:
                continue
            try:
                registry.heartbeat(bot.index.name)
                live = registry.live()
                if live is not None and live["collection"] not in (bot.index.name, reacted_to):
                    reacted_to = live["collection"]
                    log.info("the shared index changed to %s; reloading", reacted_to)
                    fresh = Assistant.load(self.settings)
                    if fresh.index.name != bot.index.name:
                        self.bot = bot = fresh  # requests in flight finish on the old one
                        registry = fresh.index.registry
                        registry.heartbeat(fresh.index.name)
                        log.info("now serving %s", fresh.index.name)
                collect_garbage(bot.index.client, registry, self.settings.collection, IN_USE_MAX_AGE)
            except Exception as exc:  # the server may be down for a moment: keep serving what we have
                log.warning("checking the shared index failed (%s); still serving %s", exc, bot.index.name)

    def _load(self) -> None:
        """Load; after a failure (a Chroma server not up yet, a disk problem) try again every
        ``ASSISTANT_LOAD_RETRY`` seconds, reporting the service as unavailable meanwhile."""
        from .bot import Assistant

        attempt = 0
        while self.bot is None:
            attempt += 1
            try:
                log.info("loading the assistant (the index is built on first start; this can take a minute)")
                self.bot = Assistant.load(self.settings)
                self.error = None
                self.ready_at = time.monotonic()
                log.info("assistant ready after %.1f s", self.ready_at - self.started_at)
                if self.settings.fetch_links and attempt == 1:
                    threading.Thread(target=self._fetch_linked, name="assistant-links", daemon=True).start()
                if self.settings.chroma_url and self.settings.state_poll > 0:
                    self.bot.index.registry.heartbeat(self.bot.index.name)
                    threading.Thread(target=self._watch, name="assistant-watch", daemon=True).start()
            except Exception as exc:  # reported by /api/health and the UI, never as a stack trace
                self.error = f"{type(exc).__name__}: {exc}"
                if attempt == 1:
                    log.exception("the assistant could not be loaded")
                else:
                    log.error("the assistant could not be loaded (attempt %d): %s", attempt, self.error)
                if self.settings.load_retry <= 0:
                    return
                time.sleep(self.settings.load_retry)

    def _fetch_linked(self) -> None:
        """Fetch the documents the letters' footnotes link to that were never fetched, and when any arrived,
        index them and switch to the new index. Offline: one log line, and the letter is served alone."""
        from .bot import Assistant
        from .links import fetch_links, load_manifest

        bot = self.bot
        if bot is None:
            return
        done = {(e.get("source"), e.get("footnote")) for e in load_manifest(self.settings.corpus_dir) if e.get("file")}
        notes = [
            (doc.source_id, f)
            for doc in bot.documents.values()
            if not doc.cited_by
            for f in doc.footnotes
            if f.url and (doc.source_id, f.number) not in done
        ]
        if not notes:
            return
        try:
            report = fetch_links(
                notes,
                self.settings.corpus_dir,
                timeout=self.settings.link_timeout,
                max_bytes=self.settings.link_max_bytes,
                only_if_fetched=True,
            )
        except OSError as exc:  # a read-only corpus folder
            log.warning("the linked documents could not be stored (%s); serving the letter alone", exc)
            return
        if not report.ok:
            from .overview import build_overviews

            attempts = [r.to_manifest() for r in report.results]  # shown as "ophalen mislukt" in the overview
            bot.overviews = build_overviews(
                bot.documents, self.settings.corpus_dir, bot.index.embedder, bot.searcher.sentences.vector_of, attempts
            )
            reasons = sorted({r.detail or r.status for r in report.results})
            log.warning(
                "none of the %d linked documents could be fetched (offline? %s); serving the letter alone. "
                "Run `python -m assistant fetch-links` when online.",
                len(report.results),
                "; ".join(reasons)[:300],
            )
            return
        log.info("fetched %d of %d linked documents; indexing them", len(report.ok), len(report.results))
        try:
            fresh = Assistant.load(self.settings)
        except Exception as exc:  # keep serving what we have
            log.error("indexing the linked documents failed (%s); still serving %s", exc, bot.index.name)
            return
        self.bot = fresh  # requests in flight finish on the old one
        log.info("now serving %s with %d documents", fresh.index.name, len(fresh.documents))

    def wait(self, timeout: float = 600.0) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.bot is not None

    @property
    def status(self) -> str:
        return "ready" if self.bot is not None else ("error" if self.error else "loading")

    # ------------------------------------------------------------------ asking

    def ask(self, question: str, history: Any = None, client: str = "") -> Answer:
        """Rate-limit ``client``, then ask. Raises NotReady, RateLimited, QuestionError, ValueError."""
        answer = self._ready(client).ask(question, history)
        self.issue(answer.text)
        return answer

    def ask_stream(self, question: str, history: Any = None, client: str = "") -> Any:
        """Like :meth:`ask`, as events (``delta``, ``reset``, ``answer``); errors raise before the first event."""
        events = self._ready(client).ask_stream(question, history)

        def remembering() -> Any:
            for event in events:
                if event.kind == "answer":
                    self.issue(event.answer.text)
                yield event

        return remembering()

    def issue(self, text: str) -> None:
        """Remember ``text`` as an answer this process gave (feedback is taken only for those)."""
        with self._feedback_lock:
            self._issued[_digest(text)] = None
            while len(self._issued) > ISSUED_REMEMBERED:
                self._issued.popitem(last=False)

    def issued(self, text: str) -> bool:
        """Whether this process gave this answer (recently): feedback is only taken for those."""
        return _digest(text) in self._issued

    def paused(self) -> str | None:
        """The message to show while the operator has turned answering off, else None.

        The switch is a file (``ASSISTANT_PAUSE_FILE``), checked on every request: ``touch`` it to stop answering
        on every channel at once, remove it to start again; no restart. Its text, if any, is the message.
        """
        path = self.settings.pause_file
        try:
            if not path.exists():
                return None
            text = path.read_text("utf-8", errors="replace").strip()[:500]
        except OSError:  # unreadable: it still exists, so answering stays off
            text = ""
        return text or self.settings.pause_message or texts.PAUSED

    def _ready(self, client: str) -> Any:
        """Count the request for ``client`` and return the loaded assistant (Paused, RateLimited, NotReady
        otherwise)."""
        if (message := self.paused()) is not None:
            raise Paused(message)
        self.limiter.check(client or "anonymous")
        if self.bot is None:
            raise NotReady(texts.UNAVAILABLE if self.error else texts.NOT_READY)
        return self.bot

    # ------------------------------------------------------------------ the letter

    def documents(self) -> list[dict[str, Any]]:
        """The parsed structure for /api/documents: metadata and the questions with short titles."""
        if self.bot is None:
            raise NotReady(texts.NOT_READY)
        out = []
        for doc in self.bot.documents.values():
            m = doc.metadata
            out.append(
                {
                    "source": doc.source_id,
                    "title": doc.title,
                    "citation": m.citation,
                    "date": m.date,
                    "dossiers": [{"number": n, "title": t} for n, t in m.dossiers],
                    "number": m.number,
                    "signatory": m.signatory,
                    "url": doc.url,
                    "questions": [
                        {
                            "number": s.number,
                            "title": self.bot.composer.question_title(s.number or 0),
                            "question": s.question.text if s.question else "",
                        }
                        for s in doc.questions
                    ],
                    "footnotes": [
                        {"number": f.number, "title": f.title, "url": f.url, "question": f.question}
                        for f in doc.footnotes
                    ],
                }
            )
        return out

    def overviews(self, source: str | None = None) -> list[Any]:
        """The overview of every letter (or of ``source``): commitments, figures, sub-questions, references.
        Raises NotReady while loading, KeyError for an unknown source."""
        if self.bot is None:
            raise NotReady(texts.UNAVAILABLE if self.error else texts.NOT_READY)
        overviews = self.bot.overviews
        if source is not None:
            if source not in overviews:
                raise KeyError(source)
            return [overviews[source]]
        return list(overviews.values())

    def passage(self, citation: Citation, *more: Citation) -> Passage | None:
        """The paragraph a citation comes from, with the quote (and ``more`` quotes in it) marked."""
        if self.bot is None:
            return None
        doc: Document | None = self.bot.documents.get(citation.source)
        span = self.bot.verifier.locate(citation)
        if doc is None or span is None:
            return None
        start, end = span
        for section in doc.sections:
            parts = list(section.paragraphs) + ([section.question] if section.question else [])
            for p in parts:
                if p.start <= start and end <= p.end:
                    marks = [(start - p.start, end - p.start)]
                    for other in more:
                        if (o := self.bot.verifier.locate(other)) and p.start <= o[0] and o[1] <= p.end:
                            marks.append((o[0] - p.start, o[1] - p.start))
                    qtext = section.question.text if section.question else ""
                    notes = {f.number: f for f in doc.footnotes}
                    links = [(notes[n].title or notes[n].text, notes[n].url) for n in p.footnotes if n in notes]
                    return Passage(
                        citation.question,
                        qtext,
                        p.text,
                        sorted(set(marks)),
                        links,
                        is_question_text=p is section.question,
                        start=p.start,
                    )
        return None

    def citation_text(self, citation: Citation) -> str:
        """A ready citation a journalist can paste."""
        letter = self._letter_citation(citation.source)
        if citation.question is None:
            return texts.CITATION_FORMAT_LETTER.format(letter=letter, quote=citation.quote)
        return texts.CITATION_FORMAT.format(letter=letter, question=citation.question, quote=citation.quote)

    def _letter_citation(self, source: str) -> str:
        doc = self.bot.documents.get(source) if self.bot else None
        return doc.metadata.citation if doc else source

    # ------------------------------------------------------------------ feedback

    def feedback(
        self,
        *,
        question: str,
        answer: str,
        citations: list[int | None],
        liked: bool | None,
        comment: str = "",
        client: str = "",
    ) -> bool:
        """Store feedback locally (JSONL): no IP address, no cookies, nothing about the person.

        Only for an answer this process gave, at most FEEDBACK_PER_MINUTE per client; the file is rotated when it
        grows over ``ASSISTANT_FEEDBACK_MAX_MB``. Returns whether it was stored; a full or read-only disk is logged,
        never an error for the visitor.
        """
        if not self.issued(answer):
            log.warning("feedback for an answer this server did not give: ignored")
            return False
        try:
            self.feedback_limiter.check(client or "anonymous")
        except RateLimited:
            log.warning("feedback rate limit reached: ignored")
            return False
        record = {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "liked": liked,
            "comment": comment[:2000],
            "question": question[:2000],
            "answer": answer[:10_000],
            "citations": citations,
        }
        # U+2028/U+2029 are line breaks to many line-based readers: escaped, so one record stays one line
        line = json.dumps(record, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        path: Path = self.settings.feedback_file
        with self._feedback_lock:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if path.exists() and path.stat().st_size + len(line) > self.settings.feedback_max_mb * 1024 * 1024:
                    path.replace(path.with_name(path.name + ".1"))  # one older file is kept
                with path.open("a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            except OSError as exc:
                log.error("feedback could not be stored (%s): %s", type(exc).__name__, exc.strerror or exc)
                return False
        return True


def passage_html(p: Passage) -> str:
    """The source panel: the committee's question, the paragraph with the quote marked, the footnote links."""
    e = html.escape
    parts = []
    if p.question is not None:
        parts.append(f"<h3>{e(texts.PANEL_QUESTION.format(question=p.question))}</h3>")
        if not p.is_question_text:
            parts.append(f"<blockquote>{e(p.question_text)}</blockquote>")
            parts.append(f"<h4>{e(texts.PANEL_ANSWER)}</h4>")
    body, pos = "", 0
    for start, end in p.marks:
        if start < pos:
            continue
        body += e(p.paragraph[pos:start]) + "<mark>" + e(p.paragraph[start:end]) + "</mark>"
        pos = end
    body += e(p.paragraph[pos:])
    parts.append("<p class='kb-passage'>" + body.replace("\n", "<br>") + "</p>")
    if p.links:
        items = []
        for title, url in p.links:
            if url:
                items.append(
                    f"<li><a href='{e(url, quote=True)}' target='_blank' rel='noopener noreferrer'>{e(title)}</a></li>"
                )
            else:
                items.append(f"<li>{e(title)} {e(texts.PANEL_NO_LINK)}</li>")
        parts.append(f"<h4>{e(texts.PANEL_LINKS)}</h4><ul>{''.join(items)}</ul>")
    return "\n".join(parts)
