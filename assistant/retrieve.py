"""Retrieval: routing, hybrid dense + BM25 search fused by reciprocal rank, follow-ups.

* Routing (from :func:`assistant.understand.understand`): "vraag 4" searches that question only;
  questions about the letter itself search its header, intro and signature too; questions about
  links, sources and laws favour the footnotes.
* Hybrid: dense search in Chroma (the index's embedder) and BM25 (bm25s over
  :mod:`assistant.analyze` terms), fused by reciprocal rank.
* Follow-ups: a question that leans on the conversation ("En wanneer wordt dat
  ingevoerd?") is searched together with the previous question, and the
  questions cited in the previous answer get a boost.  A self-contained question
  is searched on its own.
* :class:`KamerbriefRetriever` exposes the same search as a LangChain ``BaseRetriever``.

"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from math import fsum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .analyze import Analyzer, find_abbreviations, fold
from .documents import Chunk, Hit
from .scope import answers_fact
from .understand import (
    MODAL_VERBS,
    QUESTION_WORDS,
    SPECIFIC_ZIPF,
    Question,
    lexical_text,
    points_back,
    quoted_phrases,
    understand,
    zipf,
)

if TYPE_CHECKING:
    from .store import Index

log = logging.getLogger(__name__)

RRF_K = 60
COGNATE_STEM = 7  # an English word's stem this long, inside a term of the letter, is the same word (see cognates)
_LATIN_WORD = re.compile(r"[a-z]+")
_PERSON_ACRONYM = re.compile(r"\b[^\W\d_]{2,5}['’]ers?\b")  # "slb'er", "bbl'ers"
_URL_HOST = re.compile(r"\bhttps?://[^/\s]+|\bwww\.[^/\s]+", re.I)  # scheme and host of a link
QUERY_CACHE_SIZE = 4096  # query vectors remembered (about 1.5 KB each)
MAX_EMBED_TOKENS = 128  # the most tokens embedded for one search (bounded work per request, whatever the script)
_META_KINDS = ("metadata", "signature")
Query = Question  # what search takes: an understood question


@dataclass(frozen=True)
class Sentence:
    """One sentence (or list item) of a chunk, with offsets into its document's text."""

    text: str
    start: int
    end: int
    chunk: int  # index into Searcher.chunks


class _Lazy:
    """``obj[i]`` computed on first use by ``fn(i)`` and remembered."""

    def __init__(self, fn: Callable[[int], Any]) -> None:
        self._fn = fn
        self._memo: dict[int, Any] = {}
        self._lock = threading.Lock()

    def __getitem__(self, i: int) -> Any:
        if i not in self._memo:
            with self._lock:
                if i not in self._memo:
                    self._memo[i] = self._fn(i)
        return self._memo[i]


class SentenceIndex:
    """Sentences of the chunks, their terms and embeddings, for sentence-level scoring.

    Chunks are split into sentences when first needed, so a large index costs nothing until a chunk is
    a candidate.  Embeddings are cached on disk beside the index (keyed by a hash of the sentence text,
    so the cache stays valid across rebuilds); missing ones are embedded on demand.
    """

    def __init__(self, chunks: Sequence[Chunk], embedder: Any, analyzer: Analyzer, cache: Path | None = None) -> None:
        self.chunks = chunks
        self.embedder = embedder
        self.analyzer = analyzer
        self.cache = cache
        self.sentences: list[Sentence] = []
        self._keys: list[str] = []
        self._lock = threading.RLock()
        self.of_chunk = _Lazy(self._split)
        self.terms = _Lazy(lambda sid: analyzer.term_set(self.sentences[sid].text))
        self._rows: dict[str, int] = {}
        self._matrix = np.zeros((0, embedder.dim), dtype=np.float16)
        self._new: dict[str, np.ndarray] = {}
        self._load()

    def _split(self, ci: int) -> list[int]:
        from .chunk import split_sentences

        c = self.chunks[ci]
        with self._lock:  # answers run in a thread pool: sentence ids must not interleave
            ids = []
            for text, start, end in split_sentences(c.text, c.start):
                ids.append(len(self.sentences))
                self.sentences.append(Sentence(text, start, end, ci))
                self._keys.append(_key(text))
            return ids

    def _load(self) -> None:
        if self.cache is None or not self.cache.exists():
            return
        try:
            with np.load(self.cache, allow_pickle=False) as data:
                if int(data["dim"]) != self.embedder.dim or str(data["embedder"]) != self.embedder.name:
                    return
                keys = data["keys"].tolist()
                self._matrix = np.asarray(data["vectors"], dtype=np.float16)
            self._rows = {k: i for i, k in enumerate(keys)}
        except Exception as exc:  # a broken cache is rebuilt, never fatal
            log.warning("sentence cache %s is unreadable (%s); recomputing", self.cache, exc)
            self._rows, self._matrix = {}, np.zeros((0, self.embedder.dim), dtype=np.float16)

    def _has(self, key: str) -> bool:
        return key in self._rows or key in self._new

    def ensure(self, ids: Sequence[int] | None = None, *, save: bool = False) -> int:
        """Embed the sentences (all, or ``ids``) that have no vector yet; return how many were embedded."""
        if ids is None:
            ids = [sid for ci in range(len(self.chunks)) for sid in self.of_chunk[ci]]
        todo: dict[str, str] = {}
        for i in ids:
            if not self._has(self._keys[i]):
                todo.setdefault(self._keys[i], self.sentences[i].text)
        keys = list(todo)
        for b in range(0, len(keys), 64):
            batch = keys[b : b + 64]
            vecs = self.embedder.embed([todo[k] for k in batch], "passage")
            self._new.update({k: v.astype(np.float16) for k, v in zip(batch, vecs, strict=True)})
        if save and self.cache is not None and (todo or not self.cache.exists()):
            try:
                self.save()
            except OSError as exc:  # a read-only index folder: the vectors stay in memory
                log.info("sentence vectors not cached (%s)", exc)
        return len(todo)

    def _vector(self, key: str) -> np.ndarray:
        row = self._rows.get(key)
        return self._matrix[row] if row is not None else self._new[key]

    def save(self) -> None:
        assert self.cache is not None
        keys = list(self._rows) + [k for k in self._new if k not in self._rows]
        vectors = np.stack([self._vector(k) for k in keys]) if keys else self._matrix
        tmp = self.cache.with_name(self.cache.name + ".tmp.npz")
        np.savez(tmp, keys=np.array(keys), vectors=vectors, dim=self.embedder.dim, embedder=self.embedder.name)
        os.replace(tmp, self.cache)

    def vector_of(self, text: str) -> np.ndarray | None:
        """The vector of a sentence with this text (a list item with or without its "- "), if it has one."""
        for candidate in (text, f"- {text}"):
            key = _key(candidate)
            if self._has(key):
                return self._vector(key).astype(np.float32)
        return None

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        if not ids:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        self.ensure(ids)
        return np.stack([self._vector(self._keys[i]) for i in ids]).astype(np.float32)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` highest scores, best first (argpartition: linear in the index size)."""
    if len(scores) <= k:
        return np.argsort(-scores)
    part = np.argpartition(-scores, k)[:k]
    return part[np.argsort(-scores[part])]


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


@dataclass
class Searcher:
    """Hybrid search over one :class:`~assistant.store.Index`."""

    index: Index
    analyzer: Analyzer = field(default_factory=Analyzer)
    candidates: int = 40
    use_dense: bool = True
    use_bm25: bool = True
    use_sentences: bool = True
    rerank: int = 12
    sentence_cache: Path | None = None
    embed_concurrency: int = 2  # query embeddings computed at once (more only queue for the same cores)

    def __post_init__(self) -> None:
        import bm25s

        self._query_cache: dict[str, np.ndarray] = {}
        self._cache_lock = threading.Lock()
        self._embedding = threading.BoundedSemaphore(max(1, self.embed_concurrency))
        self.store_error: str | None = None  # set while the vector store cannot be searched (see _dense)
        self.chunks: list[Chunk] = self.index.chunks()
        if not self.analyzer.abbreviations:  # the abbreviations the corpus defines ("... Bedrijfsleven (SBB)")
            self.analyzer = Analyzer(abbreviations=find_abbreviations(c.text for c in self.chunks))
        self.analyzer.corpus_words = frozenset(w for c in self.chunks for w in self.analyzer.words(c.text))
        self.sentences = SentenceIndex(self.chunks, self.index.embedder, self.analyzer, self.sentence_cache)
        self.by_id = {c.id: i for i, c in enumerate(self.chunks)}
        self.questions = sorted({c.question for c in self.chunks if c.question is not None})
        self._bm25 = bm25s.BM25()
        corpus = [self.analyzer.terms(self._bm25_text(c)) or ["_"] for c in self.chunks]
        self._bm25.index(corpus, show_progress=False)
        df: dict[str, int] = {}
        for terms in corpus:
            for t in set(terms):
                df[t] = df.get(t, 0) + 1
        self._df = df
        self._idf = {t: float(np.log(1 + (len(corpus) - d + 0.5) / (d + 0.5))) for t, d in df.items()}
        self._max_idf = max(self._idf.values(), default=1.0)
        self._question_terms = set(self.analyzer.terms(" ".join(QUESTION_WORDS)))
        # "mag dat wel?": whether something may or must happen says which sentence answers, not which passage is
        # about it (a passage does not match a question on its "mag")
        self._modal_terms = set(self.analyzer.terms(" ".join(MODAL_VERBS)))
        self._question_of = np.array([c.question if c.question is not None else -1 for c in self.chunks])
        self._kind_of = np.array([c.kind for c in self.chunks])
        self._content = ~np.isin(self._kind_of, _META_KINDS)
        self._plain = [" ".join(c.text.split()).lower() for c in self.chunks]  # for words the asker quotes

    def _dense(self, vector: np.ndarray) -> list[tuple[int, float]]:
        """Chunk ids and scores, nearest first: from the vector store, or, while it cannot be reached (a Chroma
        server down), from the sentence vectors in memory (a chunk scores as its best sentence)."""
        try:
            hits = self.index.search_vector(vector, self.candidates * 2)
        except Exception as exc:
            if self.store_error is None:
                log.warning("the vector store cannot be searched (%s); answering from the passages in memory", exc)
            self.store_error = f"{type(exc).__name__}"
            best = self.best_sentences(vector, range(len(self.chunks)))
            order = sorted(best, key=lambda i: -best[i][1])[: self.candidates * 2]
            return [(i, best[i][1]) for i in order]
        if self.store_error is not None:
            log.info("the vector store answers again")
            self.store_error = None
        return [(i, h.score) for h in hits if (i := self.by_id.get(h.chunk.id)) is not None]

    def best_sentences(self, query_vector: np.ndarray, chunk_ids: Sequence[int]) -> dict[int, tuple[int, float]]:
        """For each chunk: (its best sentence id, that sentence's cosine similarity to the query)."""
        ids = [s for ci in chunk_ids for s in self.sentences.of_chunk[ci]]
        sims = self.sentences.vectors(ids) @ np.asarray(query_vector, dtype=np.float32) if ids else np.zeros(0)
        sim_of = dict(zip(ids, sims.tolist(), strict=True))
        out: dict[int, tuple[int, float]] = {}
        for ci in chunk_ids:
            cand = self.sentences.of_chunk[ci]
            out[ci] = max(((s, sim_of[s]) for s in cand), key=lambda t: t[1]) if cand else (-1, 0.0)
        return out

    def idf(self, term: str) -> float:
        """Inverse document frequency; a term the corpus does not have counts as the rarest."""
        return self._idf.get(term, self._max_idf)

    def passages_with(self, term: str) -> int:
        """How many passages of the corpus have the (stemmed) term."""
        return self._df.get(term, 0)

    def has_term(self, term: str) -> bool:
        """Whether some passage of the corpus has the (stemmed) term."""
        return term in self._idf

    def sentence_overlap(self, text: str, chunk_ids: Sequence[int]) -> dict[int, float]:
        """For each chunk: the best idf-weighted share of the question's terms that one of its sentences has."""
        terms = set(self.analyzer.terms(text)) - self._question_terms - self._modal_terms
        total = fsum(self.idf(t) for t in terms) or 1.0
        out = {}
        for ci in chunk_ids:
            sents = self.sentences.of_chunk[ci]
            out[ci] = max(
                (fsum(self.idf(t) for t in terms & self.sentences.terms[s]) / total for s in sents), default=0.0
            )
        return out

    @staticmethod
    def _bm25_text(chunk: Chunk) -> str:
        header = chunk.header.split("\n", 1)[1] if "\n" in chunk.header else ""
        # (a link's host names who publishes it, not what it is about: "rijksoverheid.nl" is no answer to "overheid")
        return _URL_HOST.sub(" ", f"{header}\n{chunk.text}")

    def query(self, text: str, history: Sequence[dict[str, str]] = ()) -> Question:
        """Understand ``text`` in the context of ``history``, with this corpus's question numbers."""
        text = _PERSON_ACRONYM.sub(self._spelled_out, text)
        question = understand(text, history, valid_questions=self.questions, self_contained=self.coverage(text))
        if question.anchored and not points_back(text) and not self._context_gives(question):
            # "en hoeveel euro krijgt de gemeente per traject?" after an answer without money: its words were in
            # the conversation, but what it asks for is elsewhere in the letter. ("hoeveel geld gaat daarnaar?"
            # points back: about the discussed answer, which then does not say.)
            question = replace(question, anchored=False)
        return question

    def _spelled_out(self, m: re.Match[str]) -> str:
        """An acronym's person the corpus never writes as the corpus's word for that person ("mijn slb'er": "mijn
        loopbaanbegeleider", see :meth:`Analyzer.person_acronym`), else as written."""
        person = self.analyzer.person_acronym(m.group(0))
        return (person + "s" if m.group(0).endswith("s") else person) if person else m.group(0)

    def _context_gives(self, question: Question) -> bool:
        """Whether the questions discussed have the specific kind of fact asked for (money, a date), if any."""
        kind = next((k for k in ("money", "date") if k in question.asked_facts), None)
        if kind is None or not question.context_questions:
            return True
        check = answers_fact(kind)  # "binnenkort" answers "wanneer" as well
        return check is None or any(check(c.text) for c in self.chunks if c.question in question.context_questions)

    def coverage(self, text: str, *, metadata: bool = False) -> float:
        """How much of the question (idf-weighted) one sentence of the corpus covers, at best.

        The letter's header and signature count only for questions about the letter itself.
        """
        scores = self.bm25_scores(text)
        if not metadata:
            scores = np.where(self._content, scores, 0.0)
        top = [int(i) for i in _top(scores, 10) if scores[i] > 0]
        return max(self.sentence_overlap(text, top).values(), default=0.0)

    def quoting(self, text: str) -> list[int]:
        """The passages that have words the question quotes ("waar staat 'Dat baart mij zorgen'?"), case and
        spacing aside."""
        phrases = quoted_phrases(text)
        return [i for i, plain in enumerate(self._plain) if any(p in plain for p in phrases)] if phrases else []

    def cognates(self, text: str) -> list[str]:
        """Terms of the corpus that an English question's long words share a Latin stem with ("consultation":
        "internetconsultatie", "discrimination": "stagediscriminatie", "evaluation": "eindevaluatie"): the word
        without its last three letters, at least COGNATE_STEM letters, inside the term.

        Not shorter stems: "internship" is no "internet..."."""
        out: list[str] = []
        for word in _LATIN_WORD.findall(fold(text)):
            stem = word[:-3]
            if len(stem) >= COGNATE_STEM:
                out += [t for t in self._bm25.vocab_dict if stem in t and t not in out]
        return out

    def bm25_scores(self, text: str) -> np.ndarray:
        terms = [t for t in self.analyzer.terms(text) if t in self._bm25.vocab_dict and t not in self._modal_terms]
        if not terms:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(terms), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """The query vector; recent ones are remembered (popular and example questions repeat)."""
        vec = self._query_cache.get(text)
        if vec is None:
            with self._embedding:  # a burst of requests waits here instead of oversubscribing the cores
                vec = self.index.embedder.embed([self._bounded(text)], "query")[0]
            with self._cache_lock:
                self._query_cache[text] = vec
                if len(self._query_cache) > QUERY_CACHE_SIZE:
                    self._query_cache.pop(next(iter(self._query_cache)))
        return vec

    def _bounded(self, text: str) -> str:
        """The end of ``text``, at most MAX_EMBED_TOKENS tokens of the embedder (a CJK character is about one token,
        a Dutch word one or two): one request never embeds more. The end, because that is where the question is
        (a follow-up's search text is the previous turn's slice, then the question)."""
        count = getattr(self.index.embedder, "count_tokens", None)
        if count is None:
            return text[-MAX_EMBED_TOKENS * 4 :]
        for _ in range(8):
            n = count(text)
            if n <= MAX_EMBED_TOKENS:
                break
            text = text[-max(1, int(len(text) * MAX_EMBED_TOKENS / n * 0.95)) :]
        return text

    def search(self, query: Query, k: int = 8, *, query_vector: np.ndarray | None = None) -> list[Hit]:
        """The ``k`` best chunks for ``query``, best first (score: fused reciprocal rank)."""
        n = len(self.chunks)
        if n == 0:
            return []
        # Filters are applied to the candidates here rather than in Chroma: a metadata filter makes
        # Chroma scan every record, which is slow on a large index.
        if query.question is not None:
            mask = self._question_of == query.question
        elif query.intent == "metadata":
            mask = np.ones(n, dtype=bool)
        else:  # the header and signature only answer questions about the letter itself
            mask = self._content

        fused: dict[int, float] = {}
        dense: dict[int, float] = {}
        bm25: dict[int, float] = {}
        vec = query_vector if query_vector is not None else self.embed_query(query.search_text)
        if self.use_dense:
            rank = 0
            for i, score in self._dense(vec):
                if not mask[i]:
                    continue
                dense[i] = score
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
                rank += 1
        if self.use_bm25:
            lexical = lexical_text(query.search_text, query.english)
            if query.english:  # "consultation": the letter's "internetconsultatie"
                lexical = " ".join([lexical, *self.cognates(query.search_text)])
            scores = self.bm25_scores(lexical)
            scores = np.where(mask, scores, 0.0)
            top = _top(scores, self.candidates)
            for rank, i in enumerate(int(i) for i in top if scores[i] > 0):
                bm25[i] = float(scores[i])
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        if self.use_dense and query.english:
            # An English question shares few words with a Dutch letter, so the lexical list is nearly empty; across
            # languages a single sentence matches better than a whole passage: the passages ranked by their nearest
            # sentence take the lexical list's place.
            best = self.best_sentences(vec, [int(i) for i in np.flatnonzero(mask)])
            for rank, i in enumerate(sorted(best, key=lambda i: -best[i][1])[: self.candidates]):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        bonus = 1.0 / (RRF_K + 1)
        # a follow-up that names nothing specific of its own ("wat gaat de minister er aan doen?" after "is dat
        # onderzocht?") stays with what was being discussed, whatever the turn before it asked with
        anchor = (2.0 + (not any(zipf(w) < SPECIFIC_ZIPF for w in query.focus))) if query.anchored else 1.0
        for i in self.quoting(query.text):  # "waar staat 'Dat baart mij zorgen'?": the passage that has it
            if mask[i]:
                fused[i] = fused.get(i, 0.0) + bonus * 2
        for i in list(fused):
            c = self.chunks[i]
            if query.context_questions and c.question in query.context_questions:
                # a follow-up that brings no subject of its own ("wat doet de minister daaraan?") stays with
                # what was being discussed
                fused[i] += bonus * anchor * (1.0 if c.question == query.context_questions[0] else 0.5)
            if query.intent == "links" and (c.kind == "footnote" or c.urls or c.footnotes):
                fused[i] += bonus * 0.5
            if query.intent == "metadata" and c.kind in (*_META_KINDS, "intro"):
                fused[i] += bonus * 2
        if query.question is not None and not fused:  # the question exists but nothing matched: its text first
            fused = {int(i): 1.0 / (RRF_K + r + 1) for r, i in enumerate(np.flatnonzero(mask))}
        if self.use_sentences and fused:
            # Sentence-level evidence: a long paragraph with one sentence that answers the question.
            top = sorted(fused, key=lambda i: -fused[i])[: self.rerank]
            lexical = self.sentence_overlap(query.text if query.followup else query.search_text, top)
            for rank, i in enumerate(sorted(top, key=lambda i: -lexical[i])):
                if lexical[i] > 0:
                    fused[i] += 1.0 / (RRF_K + rank + 1)
            if self.use_dense:
                best = self.best_sentences(vec, top)
                for rank, i in enumerate(sorted(top, key=lambda i: -best[i][1])):
                    fused[i] += 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda i: -fused[i])[:k]
        return [
            Hit(self.chunks[i], fused[i], rank, dense_score=dense.get(i), bm25_score=bm25.get(i))
            for rank, i in enumerate(order)
        ]


def to_langchain(hit: Hit) -> LCDocument:
    c = hit.chunk
    meta: dict[str, Any] = {
        "id": c.id,
        "source": c.source_id,
        "kind": c.kind,
        "question": c.question,
        "paragraph": c.paragraph,
        "start": c.start,
        "end": c.end,
        "footnotes": list(c.footnotes),
        "urls": list(c.urls),
        "title": c.title,
        "score": hit.score,
    }
    return LCDocument(page_content=c.text, metadata=meta, id=c.id)


class KamerbriefRetriever(BaseRetriever):
    """The hybrid searcher as a LangChain retriever: ``KamerbriefRetriever(searcher=s, k=4).invoke("...")``."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    searcher: Any
    k: int = 4

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        history: Sequence[dict[str, str]] = (),
    ) -> list[LCDocument]:
        q = self.searcher.query(query, history)
        return [to_langchain(h) for h in self.searcher.search(q, k or self.k)]
