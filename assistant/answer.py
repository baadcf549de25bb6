"""The extractive answer: pick the sentences that answer the question, frame them, cite them.

No language model: every sentence shown is a verbatim sentence of the corpus,
scored by the embedder (query vs. sentence) plus idf-weighted term overlap and
the passage's retrieval rank.  Sentences keep their reading order, each is
followed by its citation ``[vraag N]``, and the framing says where they come
from ("In het antwoord op vraag 6 schrijft de minister: ...").

The refusal decision is made here too, from retrieval evidence only (how much
of the question one sentence of the corpus covers, and how close the best
sentence is in meaning), never from a list of known questions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from . import texts
from .documents import Chunk, Citation, Document, Hit
from .retrieve import Query, Searcher

# Calibrated on questions written for calibration (benchmarks/heldout.jsonl; python benchmarks/calibrate.py).
# Similarity: cosine of the question and the closest sentence (multilingual-e5-small scores are compressed,
# 0.75-0.95). Coverage: the idf-weighted share of the question's terms that one sentence of the corpus has.
REFUSE_SIMILARITY = 0.825  # below this a Dutch question is refused outright ...
REFUSE_WEAK_SIMILARITY = 0.85  # ... and below this when one sentence covers too little of it:
REFUSE_COVERAGE = 0.25
REFUSE_SIMILARITY_EN = 0.79  # English questions match Dutch text less closely and share no terms with it
WORD_BUDGET = 120

_AMOUNT = re.compile(r"\b(?:hoeveel|hoe hoog|hoe groot|welk bedrag|hoeveel geld|how much|how many|what amount)\b", re.I)
_DATE = re.compile(
    r"\b(?:wanneer|per wanneer|vanaf wanneer|op welke datum|welke datum|hoe lang|when|what date|by when)\b", re.I
)
_HAS_NUMBER = re.compile(r"\d")
_HAS_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|zomer|najaar|voorjaar|binnenkort|begin|eind)\b",
    re.I,
)
_LEANS_BACK = re.compile(
    r"^(?:dat|dit|die|daarom|daardoor|daarbij|daarnaast|zo|ook|want|maar|en|hierin|hiervan)\b", re.I
)
_ENGLISH = frozenset(
    [
        "the",
        "is",
        "are",
        "what",
        "who",
        "why",
        "how",
        "when",
        "which",
        "does",
        "do",
        "did",
        "can",
        "could",
        "should",
        "would",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "about",
        "and",
        "or",
        "a",
        "an",
        "this",
        "that",
        "letter",
        "minister",
        "students",
        "internship",
    ]
)


def is_english(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    return bool(words) and sum(w in _ENGLISH for w in words) / len(words) >= 0.3


@dataclass(frozen=True)
class Claim:
    """A sentence of the answer and the citation that backs it."""

    text: str
    citation: Citation
    chunk: Chunk
    start: int


@dataclass
class Draft:
    """An answer before verification: claims, and notes that make no claim of their own."""

    claims: list[Claim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    refused: bool = False
    english: bool = False
    closest: list[int] = field(default_factory=list)


@dataclass
class Evidence:
    """What retrieval found for a question, for the refusal decision and for eval."""

    coverage: float
    similarity: float


def _marker(question: int | None) -> str:
    return f"[vraag {question}]" if question is not None else f"[{texts.MARKER_LETTER}]"


class Extractive:
    """Composes answers from the corpus's own sentences."""

    def __init__(self, searcher: Searcher, documents: Mapping[str, Document]) -> None:
        self.searcher = searcher
        self.documents = documents
        self._answers_of: dict[int, list[int]] = {}
        for i, c in enumerate(searcher.chunks):
            if c.kind == "answer" and c.question is not None:
                self._answers_of.setdefault(c.question, []).append(i)

    # ------------------------------------------------------------------ evidence and refusal

    def evidence(self, query: Query, hits: Sequence[Hit], query_vector: np.ndarray) -> Evidence:
        ids = [self.searcher.by_id[h.chunk.id] for h in hits[:6] if h.chunk.id in self.searcher.by_id]
        best = self.searcher.best_sentences(query_vector, ids)
        similarity = max((sim for _, sim in best.values()), default=0.0)
        return Evidence(self.searcher.coverage(query.search_text, metadata=query.intent == "metadata"), similarity)

    @staticmethod
    def out_of_scope(query: Query, ev: Evidence) -> bool:
        """The calibrated decision that the corpus does not address the question."""
        if query.question is not None or query.intent == "metadata":
            return False
        if is_english(query.text):
            return ev.similarity < REFUSE_SIMILARITY_EN
        return ev.similarity < REFUSE_SIMILARITY or (
            ev.similarity < REFUSE_WEAK_SIMILARITY and ev.coverage < REFUSE_COVERAGE
        )

    # ------------------------------------------------------------------ composing

    def compose(self, query: Query, hits: Sequence[Hit], query_vector: np.ndarray) -> Draft:
        english = is_english(query.text)
        draft = Draft(english=english)
        chunk_ids = self._candidates(query, hits)
        if not chunk_ids:
            draft.refused = True
            return draft
        scored = self._score_sentences(query, chunk_ids, query_vector)
        chosen = self._choose(scored, chunk_ids)
        for sid in sorted(
            chosen, key=lambda s: (self._group_key(s, chosen), self.searcher.sentences.sentences[s].start)
        ):
            sent = self.searcher.sentences.sentences[sid]
            chunk = self.searcher.chunks[sent.chunk]
            question = chunk.question if chunk.source_id in self._letters() or chunk.kind == "footnote" else None
            url = chunk.urls[0] if chunk.urls else None
            citation = Citation(question=question, quote=sent.text, source=chunk.source_id, url=url)
            draft.claims.append(Claim(sent.text, citation, chunk, sent.start))
        self._notes(query, draft)
        return draft

    def _letters(self) -> set[str]:
        return {sid for sid, d in self.documents.items() if d.questions}

    def _candidates(self, query: Query, hits: Sequence[Hit]) -> list[int]:
        """Chunk ids to take sentences from: the top passages; a question's text brings its answer."""
        out: list[int] = []
        for h in hits[:4]:
            i = self.searcher.by_id.get(h.chunk.id)
            if i is None:
                continue
            c = h.chunk
            if c.kind == "question" and c.question is not None:
                out.extend(self._answers_of.get(c.question, []))
                if query.question is not None and "wat was" in query.text.lower():
                    out.append(i)
            else:
                out.append(i)
        if query.question is not None:  # "vraag N": its answer, whole
            out = [i for i in out if self.searcher.chunks[i].question == query.question] or out
        return list(dict.fromkeys(out))

    def _score_sentences(self, query: Query, chunk_ids: list[int], qvec: np.ndarray) -> dict[int, float]:
        sents = [s for ci in chunk_ids for s in self.searcher.sentences.of_chunk[ci]]
        if not sents:
            return {}
        sims = self.searcher.sentences.vectors(sents) @ np.asarray(qvec, dtype=np.float32)
        terms = set(self.searcher.analyzer.terms(query.text)) - self.searcher._question_terms
        context = set(self.searcher.analyzer.terms(query.previous)) if query.followup else set()
        total = sum(self.searcher.idf(t) for t in terms) or 1.0
        rank_of = {ci: r for r, ci in enumerate(chunk_ids)}
        scores = {}
        for sid, sim in zip(sents, sims.tolist(), strict=True):
            sterms = self.searcher.sentences.terms[sid]
            overlap = sum(self.searcher.idf(t) for t in terms & sterms) / total
            ctx = 0.1 if context & sterms else 0.0
            rank = rank_of[self.searcher.sentences.sentences[sid].chunk]
            scores[sid] = sim + 0.12 * overlap + ctx - 0.01 * rank
        return scores

    def _choose(self, scores: dict[int, float], chunk_ids: list[int]) -> list[int]:
        """The best sentence, its context, and more of the best passages within the word budget."""
        if not scores:
            return []
        sents = self.searcher.sentences
        ranked = sorted(scores, key=lambda s: -scores[s])
        top = ranked[0]
        chosen: list[int] = []
        words = 0

        def add(sid: int) -> bool:
            nonlocal words
            if sid in chosen:
                return True
            n = len(sents.sentences[sid].text.split())
            if chosen and words + n > WORD_BUDGET:
                return False
            chosen.append(sid)
            words += n
            return True

        def with_context(sid: int) -> None:
            s = sents.sentences[sid]
            siblings = sents.of_chunk[s.chunk]
            pos = siblings.index(sid)
            if pos > 0 and _LEANS_BACK.match(s.text):
                add(siblings[pos - 1])
            add(sid)
            if s.text.rstrip().endswith(":"):  # a lead sentence brings its list
                for nxt in siblings[pos + 1 :]:
                    if not sents.sentences[nxt].text.lstrip().startswith(("-", "•", "*")) or not add(nxt):
                        break

        with_context(top)
        questions = {self.searcher.chunks[sents.sentences[top].chunk].question}
        for sid in ranked[1:]:
            if scores[sid] < scores[top] - 0.06 or words >= WORD_BUDGET * 0.8:
                break
            q = self.searcher.chunks[sents.sentences[sid].chunk].question
            if q not in questions and len(questions) >= 2:
                continue
            questions.add(q)
            with_context(sid)
        return chosen

    def _group_key(self, sid: int, chosen: list[int]) -> int:
        """Order groups by the first chosen sentence of each (source, question)."""
        sents = self.searcher.sentences
        c = self.searcher.chunks[sents.sentences[sid].chunk]
        firsts = [
            s
            for s in chosen
            if (
                self.searcher.chunks[sents.sentences[s].chunk].source_id,
                self.searcher.chunks[sents.sentences[s].chunk].question,
            )
            == (c.source_id, c.question)
        ]
        return chosen.index(firsts[0])

    def _notes(self, query: Query, draft: Draft) -> None:
        said = " ".join(c.text for c in draft.claims)
        kind = "amount" if _AMOUNT.search(query.text) else "date" if _DATE.search(query.text) else None
        if (kind == "amount" and not _HAS_NUMBER.search(said)) or (kind == "date" and not _HAS_DATE.search(said)):
            draft.notes.append((texts.NOT_IN_LETTER_EN if draft.english else texts.NOT_IN_LETTER)[kind])

    # ------------------------------------------------------------------ rendering

    def render(self, draft: Draft) -> str:
        """Markdown: framed groups of sentences, each with its citation, then links and notes."""
        en = draft.english
        parts: list[str] = []
        group: tuple[str, int | None, str] | None = None
        line: list[str] = []
        links: dict[str, str] = {}
        missing: list[str] = []
        for claim in draft.claims:
            c = claim.chunk
            key = (c.source_id, claim.citation.question, c.kind)
            if key != group:
                if line:
                    parts.append(" ".join(line))
                line = [self._frame(c, claim.citation.question, en)]
                group = key
            line.append(f"{claim.text} {_marker(claim.citation.question)}")
            doc = self.documents.get(c.source_id)
            if doc is not None:
                for n in c.footnotes:
                    note = next((f for f in doc.footnotes if f.number == n), None)
                    if note is None:
                        continue
                    if note.url:
                        links.setdefault(note.url, note.title or note.url)
                    elif note.title and note.title not in missing:
                        missing.append(note.title)
            if c.source_id not in self._letters() and c.urls:
                links.setdefault(c.urls[0], c.title or c.urls[0])
        if line:
            parts.append(" ".join(line))
        for url, title in links.items():
            parts.append((texts.LINK_EN if en else texts.LINK).format(title=_md(title), url=url))
        for title in missing:
            parts.append((texts.LINK_MISSING_EN if en else texts.LINK_MISSING).format(title=title))
        parts.extend(draft.notes)
        return "\n\n".join(parts)

    def _frame(self, chunk: Chunk, question: int | None, en: bool) -> str:
        if chunk.source_id not in self._letters():
            doc = self.documents.get(chunk.source_id)
            if doc and doc.cited_by:
                _, note, q = doc.cited_by[0]
                return (texts.FRAME_LINKED_EN if en else texts.FRAME_LINKED).format(
                    title=doc.title, footnote=note, question=q
                )
            return (texts.FRAME_SOURCE_EN if en else texts.FRAME_SOURCE).format(title=chunk.title or chunk.source_id)
        if chunk.kind == "footnote":
            return (texts.FRAME_FOOTNOTE_EN if en else texts.FRAME_FOOTNOTE).format(
                footnote=chunk.footnotes[0] if chunk.footnotes else "?", question=question
            )
        if question is None:
            return texts.FRAME_LETTER_EN if en else texts.FRAME_LETTER
        if chunk.kind == "question":
            return (texts.FRAME_QUESTION_EN if en else texts.FRAME_QUESTION).format(question=question)
        return (texts.FRAME_ANSWER_EN if en else texts.FRAME_ANSWER).format(question=question)

    def refusal(self, query: Query, hits: Sequence[Hit], english: bool) -> str:
        """The honest "not in the letter", naming the closest questions the letter does answer."""
        closest: list[int] = []
        for h in hits:
            if h.chunk.question is not None and h.chunk.question not in closest:
                closest.append(h.chunk.question)
        lines = [texts.REFUSAL_EN if english else texts.REFUSAL]
        if closest:
            lines.append(texts.REFUSAL_SUGGEST_EN if english else texts.REFUSAL_SUGGEST)
            for q in closest[:3]:
                lines.append(f"- vraag {q}: {self.question_title(q)}")
        return "\n".join(lines)

    def question_title(self, number: int) -> str:
        """A short title for a question of the letter: its first sentence, shortened."""
        for doc in self.documents.values():
            section = doc.question(number)
            if section and section.question:
                text = section.question.text
                sentences = re.split(r"(?<=[.?!])\s+", text)
                first = next((s for s in sentences if s.endswith("?")), sentences[0])
                words = first.split()
                return " ".join(words[:16]) + (" …" if len(words) > 16 else "")
        return ""


def _md(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")
