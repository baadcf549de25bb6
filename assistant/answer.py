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
from .analyze import is_english
from .documents import Chunk, Citation, Document, Hit
from .retrieve import Query, Searcher

# Calibrated on questions written for calibration (benchmarks/heldout.jsonl; python benchmarks/calibrate.py).
# Similarity: cosine of the question and the closest sentence (multilingual-e5-small scores are compressed,
# 0.75-0.95). Coverage: the idf-weighted share of the question's terms that one sentence of the corpus has.
REFUSE_SIMILARITY = 0.825  # below this a Dutch question is refused outright ...
REFUSE_WEAK_SIMILARITY = 0.845  # ... and below this when one sentence covers too little of it:
REFUSE_COVERAGE = 0.15
REFUSE_SIMILARITY_EN = 0.79  # English questions match Dutch text less closely and share no terms with it
WORD_BUDGET = 120  # words of quoted text, about; a bullet list may run over
TARGET_WORDS = 70  # read on from the best sentence until about this many words
SECOND_PASSAGE_MARGIN = 0.03  # another passage joins when its best sentence scores this close to the best
ANSWER_TYPE_BONUS = 0.03  # a sentence with a figure, date or place when the question asks hoeveel, wanneer, waar
EXPECTED_MARGIN = 0.08  # how far below the best sentence a sentence with the asked-for date/amount may be
QUESTION_TEXT_PENALTY = 0.04  # prefer the minister's answer over the committee's question text
QUESTION_TEXT_LEAD = 0.06  # the committee's text leads only when it beats the best answer sentence by this much
CONTEXT_BONUS = 0.06  # follow-ups: times the share of a sentence's terms that the conversation mentioned
LEXICAL_WEIGHT = 0.12  # sentence score = cosine + this * idf-weighted term overlap ...
RANK_PENALTY = 0.01  # ... - this * the passage's retrieval rank

_AMOUNT = re.compile(r"\b(?:hoeveel|hoe hoog|hoe groot|welk bedrag|hoeveel geld|how much|how many|what amount)\b", re.I)
_DATE = re.compile(
    r"\b(?:wanneer|per wanneer|vanaf wanneer|op welke datum|welke datum|hoe lang|when|what date|by when)\b", re.I
)
_HAS_NUMBER = re.compile(r"\d")
_CITATION_MARK = re.compile(r"\[(?:vraag \d+|brief)\]|In het antwoord op vraag \d+ schrijft de minister:")
_FIGURES = re.compile(r"\b(?:cijfers?|aantal|percentage|procent|figures?|numbers?|statistie\w*)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Kinds of fact a question can ask for that a corpus may simply not contain: (asked for, present).
_FACT_KINDS = {
    "phone": (
        re.compile(r"\b(?:telefoonnummer|telefoonnummers|phone number|welk nummer|nummer (?:van|bellen))\b", re.I),
        re.compile(r"(?:\+31|\b0)\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}\b"),
    ),
    "email": (
        re.compile(r"\b(?:e-?mailadres\w*|mailadres\w*|email address)\b", re.I),
        re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),
    ),
    "opening hours": (
        re.compile(r"\b(?:openingstijden|opening hours)\b", re.I),
        re.compile(r"\bopeningstijden\b", re.I),
    ),
}
_URL_ONLY = re.compile(r"^\s*https?://\S+\s*$")
_HAS_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|zomer|najaar|voorjaar|binnenkort|begin|eind)\b",
    re.I,
)
_LEANS_BACK = re.compile(
    r"^(?:dat|dit|die|deze|zo|ook|want|maar|en|toch)\b|\b(?:daarom|daardoor|daarbij|daarnaast|hierdoor|hiervan|"
    r"hierin|hiermee|dus|deze cijfers|dit verschil)\b",
    re.I,
)


_WHERE = re.compile(r"\bwaar (?:kan|moet|kun|vind|meld|ga)\b|\bbij wie\b|\bterecht\b|\bwhere (?:can|do|should)\b", re.I)
_HAS_PLACE = re.compile(r"\b(?:meldpunt\w*|loket|bij (?:een|de|het|je|jouw|hun) \w+|website|webpagina|adres)\b", re.I)
_NOT_AN_AMOUNT = re.compile(
    r"Kamerstuk(?:ken)?\s+[\d\s]+(?:-?[A-Z]+)?,?\s*nr\.?\s*\d+|\b(?:19|20)\d\d\b|\bvraag \d+", re.I
)


def _has_amount(text: str) -> bool:
    """A figure in the text, not counting Kamerstuk numbers, years or question numbers."""
    return bool(_HAS_NUMBER.search(_NOT_AN_AMOUNT.sub(" ", text)))


_EXPECTED = {
    "amount": _has_amount,
    "date": lambda text: bool(_HAS_DATE.search(text)),
    "place": lambda text: bool(_HAS_PLACE.search(text)),
}
_ASKS_QUESTION_TEXT = re.compile(
    r"\bwat (?:was|is|luidt) (?:de )?vraag\b|\bwat vroeg\b|\bwelke vraag\b|\bvroeg de commissie\b|"
    r"\bwhat (?:was|is) question\b|\bprecies gevraagd\b|\bvraag \d+ (?:zelf|precies)\b",
    re.I,
)
_META_FIELDS = [
    (
        "date",
        re.compile(
            r"\b(?:datum|gedateerd|wanneer (?:is|werd) (?:de|deze) brief|verstuurd|verzonden|"
            r"on what date|what date|date|dated|when was)\b",
            re.I,
        ),
    ),
    (
        "signatory",
        re.compile(
            r"\b(?:ondertek\w*|afzender|wie (?:heeft|schreef|stuurde)|van wie|signed|signatory|"
            r"sender|who wrote|who sent)\b",
            re.I,
        ),
    ),
    ("number", re.compile(r"\b(?:kamerstuk\w*|dossier\w*|nummer|number|nr)\b", re.I)),
    ("addressee", re.compile(r"\b(?:aan wie|gericht|geadresseerde|addressed|to whom|recipient)\b", re.I)),
    (
        "answers",
        re.compile(
            r"\b(?:welke brief|eerdere brief|reageert|aanleiding|which letter|earlier letter|"
            r"respond\w*|in reply|waarover|onderwerp)\b",
            re.I,
        ),
    ),
]


def expected_type(question: str) -> str | None:
    """What the question asks for: "amount" (hoeveel), "date" (wanneer), "place" (waar kan ik), or None."""
    for kind, pattern in (("amount", _AMOUNT), ("date", _DATE), ("place", _WHERE)):
        if pattern.search(question):
            return kind
    return None


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
        self._citing: dict[tuple[str, int], list[int]] = {}
        for i, c in enumerate(searcher.chunks):
            if c.kind == "answer" and c.question is not None:
                self._answers_of.setdefault(c.question, []).append(i)
            if c.kind != "footnote":
                for n in c.footnotes:
                    self._citing.setdefault((c.source_id, n), []).append(i)

    # ------------------------------------------------------------------ evidence and refusal

    def evidence(self, query: Query, hits: Sequence[Hit], query_vector: np.ndarray) -> Evidence:
        ids = [self.searcher.by_id[h.chunk.id] for h in hits[:6] if h.chunk.id in self.searcher.by_id]
        best = self.searcher.best_sentences(query_vector, ids)
        similarity = max((sim for _, sim in best.values()), default=0.0)
        return Evidence(self.searcher.coverage(query.search_text, metadata=query.intent == "metadata"), similarity)

    def out_of_scope(self, query: Query, ev: Evidence) -> bool:
        """The calibrated decision that the corpus does not address the question."""
        if query.question is not None or query.intent == "metadata":
            return False
        if self.unknown_years(query.text) and (expected_type(query.text) == "amount" or _FIGURES.search(query.text)):
            return True  # figures "in 2023": the corpus has nothing on that year, so any figure would be wrong
        if self.missing_kind_of_fact(query.text):
            return True  # a phone number, e-mail address, ... that the corpus nowhere contains
        if is_english(query.text):
            return ev.similarity < REFUSE_SIMILARITY_EN
        return ev.similarity < REFUSE_SIMILARITY or (
            ev.similarity < REFUSE_WEAK_SIMILARITY and ev.coverage < REFUSE_COVERAGE
        )

    def missing_kind_of_fact(self, text: str) -> str | None:
        """The kind of fact the question asks for (phone number, e-mail, ...) when no document has one."""
        for kind, (asks, present) in _FACT_KINDS.items():
            if asks.search(text) and not any(present.search(d.text) for d in self.documents.values()):
                return kind
        return None

    def unknown_years(self, text: str) -> list[str]:
        """Years the question names that no document of the corpus mentions."""
        if not hasattr(self, "_years"):
            self._years = {y for d in self.documents.values() for y in _YEAR.findall(d.text)}
        return [y for y in _YEAR.findall(text) if y not in self._years]

    # ------------------------------------------------------------------ composing

    def compose(self, query: Query, hits: Sequence[Hit], query_vector: np.ndarray) -> Draft:
        english = is_english(query.text)
        draft = Draft(english=english)
        if query.intent == "metadata" and (claims := self._metadata_claims(query)):
            draft.claims = claims
            return draft
        chunk_ids = self._candidates(query, hits)
        if not chunk_ids:
            draft.refused = True
            return draft
        if query.question is not None:
            chosen = self._whole_question(query, chunk_ids)
        else:
            scored = self._score_sentences(query, chunk_ids, query_vector)
            chosen = self._choose(scored, chunk_ids)
            chosen = self._with_expected(query, scored, chosen)
        sents = self.searcher.sentences.sentences
        for sid in sorted(chosen, key=lambda s: (self._group_key(s, chosen), sents[s].start)):
            draft.claims.append(self._claim(sents[sid].text, self.searcher.chunks[sents[sid].chunk], sents[sid].start))
        self._notes(query, draft)
        return draft

    def _claim(self, text: str, chunk: Chunk, start: int) -> Claim:
        question = chunk.question if chunk.source_id in self._letters() or chunk.kind == "footnote" else None
        url = chunk.urls[0] if chunk.urls else None
        return Claim(text, Citation(question=question, quote=text, source=chunk.source_id, url=url), chunk, start)

    def _whole_question(self, query: Query, chunk_ids: list[int]) -> list[int]:
        """ "Wat staat er in vraag N?": the answer from its start; "Wat was vraag N?": the committee's question."""
        sents = self.searcher.sentences
        chunks = self.searcher.chunks
        kind = "question" if _ASKS_QUESTION_TEXT.search(query.text) else "answer"
        sources = {chunks[c].source_id for c in chunk_ids}
        ids = [
            i
            for i, c in enumerate(chunks)
            if c.question == query.question and c.kind == kind and c.source_id in sources
        ]
        paragraphs = [sents.of_chunk[ci] for ci in sorted(ids, key=lambda i: chunks[i].start)]
        if kind == "question":
            return [sid for p in paragraphs for sid in p]
        # An overview: the first sentence of every paragraph, then the second of every paragraph, ... within the
        # budget, shown in reading order (a list stays whole with its lead sentence).
        chosen: list[int] = []
        words = 0
        for depth in range(max((len(p) for p in paragraphs), default=0)):
            for p in paragraphs:
                if depth >= len(p) or p[depth] in chosen:
                    continue
                group = [p[depth]]
                if sents.sentences[p[depth]].text.rstrip().endswith(":"):
                    group += [sid for sid in p[depth + 1 :] if _is_item(sents.sentences[sid].text)]
                n = sum(len(sents.sentences[sid].text.split()) for sid in group)
                if chosen and words + n > WORD_BUDGET:
                    continue
                chosen += [sid for sid in group if sid not in chosen]
                words += n
        return chosen

    def _metadata_claims(self, query: Query) -> list[Claim]:
        """Questions about the letter itself, answered from its parsed header, intro and signature."""
        letter = self._main_letter()
        if letter is None:
            return []
        by_kind: dict[str, list[Chunk]] = {}
        for c in self.searcher.chunks:
            if c.source_id == letter.source_id and c.kind in ("metadata", "signature", "intro"):
                by_kind.setdefault(c.kind, []).append(c)
        wanted = [name for name, pattern in _META_FIELDS if pattern.search(query.text)]
        claims: list[Claim] = []
        for name in wanted or ["answers"]:
            for chunk, piece in _metadata_piece(name, letter, by_kind):
                start = chunk.start + chunk.text.find(piece)
                if not any(c.start == start for c in claims):
                    claims.append(self._claim(piece, chunk, start))
        return sorted(claims, key=lambda c: c.start)

    def _main_letter(self) -> Document | None:
        letters = [d for d in self.documents.values() if d.questions]
        return max(letters, key=lambda d: (d.metadata.number is not None, len(d.questions)), default=None)

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
                out.append(i)  # the committee's own text, framed as theirs, when it matches best
            elif c.kind == "footnote":
                # A footnote speaks through the paragraph that cites it; its own text only when asked for sources.
                out.extend(self._citing.get((c.source_id, c.footnotes[0] if c.footnotes else -1), []))
                if query.intent == "links" and len(c.text.split()) >= 6 and not _URL_ONLY.match(c.text):
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
        if query.followup:  # passages were found with the conversation; sentences answer the question itself
            qvec = self.searcher.embed_query(query.text)
        sims = self.searcher.sentences.vectors(sents) @ np.asarray(qvec, dtype=np.float32)
        terms = set(self.searcher.analyzer.terms(query.text)) - self.searcher._question_terms
        context: set[str] = set()
        if query.followup:  # what the conversation was about: the previous question and answer
            context = set(
                self.searcher.analyzer.terms(query.previous + " " + _CITATION_MARK.sub(" ", query.previous_answer))
            )
        total = sum(self.searcher.idf(t) for t in terms) or 1.0
        rank_of = {ci: r for r, ci in enumerate(chunk_ids)}
        expected = expected_type(query.text)
        scores = {}
        for sid, sim in zip(sents, sims.tolist(), strict=True):
            sterms = self.searcher.sentences.terms[sid]
            overlap = sum(self.searcher.idf(t) for t in terms & sterms) / total
            ctx = CONTEXT_BONUS * self._share(context, sterms) if context else 0.0
            ci = self.searcher.sentences.sentences[sid].chunk
            rank = rank_of[ci]
            text = self.searcher.sentences.sentences[sid].text
            typed = ANSWER_TYPE_BONUS if expected and _EXPECTED[expected](text) else 0.0
            own = QUESTION_TEXT_PENALTY if self.searcher.chunks[ci].kind == "question" else 0.0
            scores[sid] = sim + LEXICAL_WEIGHT * overlap + ctx + typed - own - RANK_PENALTY * rank
        return scores

    def _with_expected(self, query: Query, scores: dict[int, float], chosen: list[int]) -> list[int]:
        """When the question asks for a date or an amount and the chosen sentences have none, add the best
        candidate sentence that has one (so the answer does not claim the letter is silent when it is not)."""
        kind = expected_type(query.text)
        sents = self.searcher.sentences.sentences
        if kind not in ("amount", "date") or any(_EXPECTED[kind](sents[s].text) for s in chosen):
            return chosen
        best = max(
            (s for s in scores if s not in chosen and _EXPECTED[kind](sents[s].text)),
            key=lambda s: scores[s],
            default=None,
        )
        if best is not None and chosen and scores[best] >= scores[chosen[0]] - EXPECTED_MARGIN:
            return [*chosen, best]
        return chosen

    def _share(self, context: set[str], sterms: set[str]) -> float:
        """The idf-weighted share of a sentence's terms that the conversation so far mentioned."""
        total = sum(self.searcher.idf(t) for t in sterms)
        return sum(self.searcher.idf(t) for t in sterms & context) / total if total else 0.0

    def _choose(self, scores: dict[int, float], chunk_ids: list[int]) -> list[int]:
        """A window of reading order around the best sentence, then the best of another passage if close.

        Facts sit next to the sentence that matches best ("Bol-studenten wisselen vaker van stage. ...
        zijn bol-studenten daarom meer afhankelijk"), so the answer reads on from the best sentence
        rather than collecting scattered ones.  A bullet list comes whole, with its lead sentence.
        """
        if not scores:
            return []
        sents = self.searcher.sentences
        ranked = sorted(scores, key=lambda s: -scores[s])
        chosen: list[int] = []
        words = 0

        def size(sid: int) -> int:
            return len(sents.sentences[sid].text.split())

        def add(sid: int, budget: int) -> bool:
            nonlocal words
            if sid in chosen:
                return True
            if chosen and words + size(sid) > budget:
                return False
            chosen.append(sid)
            words += size(sid)
            return True

        def window(sid: int, target: int, budget: int) -> None:
            siblings = sents.of_chunk[sents.sentences[sid].chunk]
            pos = siblings.index(sid)
            add(sid, budget)
            lo = hi = pos
            while lo > 0 and lo > pos - 2 and _LEANS_BACK.search(sents.sentences[siblings[lo]].text):
                if not add(siblings[lo - 1], budget):
                    break
                lo -= 1
            items = [i for i, s in enumerate(siblings) if _is_item(sents.sentences[s].text)]
            if items and (
                pos in items
                or any(
                    sents.sentences[siblings[i]].text.rstrip().endswith(":")
                    for i in (pos, pos + 1)
                    if i < len(siblings)
                )
                or pos + 1 in items
            ):
                first = max(0, items[0] - 1)  # the lead sentence before the first item
                for i in range(first, items[-1] + 1):
                    add(siblings[i], budget + 40)
                lo, hi = min(lo, first), max(hi, items[-1])
            while words < target:
                grew = False
                if hi + 1 < len(siblings) and add(siblings[hi + 1], budget):
                    hi += 1
                    grew = True
                if (
                    words < target
                    and lo > 0
                    and scores.get(siblings[lo - 1], -1) >= scores[sid] - 0.08
                    and add(siblings[lo - 1], budget)
                ):
                    lo -= 1
                    grew = True
                if not grew:
                    break

        top = ranked[0]
        if self.searcher.chunks[sents.sentences[top].chunk].kind == "question":
            # The committee's question restates what was asked; lead with the minister's answer when one is close.
            chunks = self.searcher.chunks
            answer = next((s for s in ranked if chunks[sents.sentences[s].chunk].kind != "question"), None)
            if answer is not None and scores[answer] >= scores[top] - QUESTION_TEXT_LEAD:
                top = answer
                ranked = [top, *(s for s in ranked if s != top)]
        window(top, TARGET_WORDS, WORD_BUDGET)
        top_chunk = sents.sentences[top].chunk
        for sid in ranked[1:]:
            if scores[sid] < scores[top] - SECOND_PASSAGE_MARGIN or words >= WORD_BUDGET - 10:
                break
            if sents.sentences[sid].chunk == top_chunk or sid in chosen:
                continue
            window(sid, words + 30, WORD_BUDGET)
            break
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
        kind = expected_type(query.text)
        if kind in ("amount", "date") and not _EXPECTED[kind](said):
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
                    parts.append(" ".join(line).replace(" \n", "\n"))
                line = [self._frame(c, claim.citation.question, en)]
                group = key
            item = f"{claim.text} {_marker(claim.citation.question)}"
            line.append("\n" + item if _is_item(claim.text) else item)  # bullet items stay a Markdown list
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
            parts.append(" ".join(line).replace(" \n", "\n"))
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


def _metadata_piece(name: str, letter: Document, by_kind: dict[str, list[Chunk]]) -> list[tuple[Chunk, str]]:
    """The verbatim piece of the header, signature or intro that answers one metadata field."""
    from .chunk import split_sentences

    m = letter.metadata
    paragraphs = [(c, p) for c in by_kind.get("metadata", []) for p in c.text.split("\n\n")]
    out: list[tuple[Chunk, str]] = []
    if name == "date" and m.date_text:
        out += [(c, p) for c, p in paragraphs if m.date_text in p]
    elif name == "number":
        out += [(c, p) for c, p in paragraphs if re.search(r"\bNr\.?\s*\d", p)]
    elif name == "addressee":
        out += [(c, p) for c, p in paragraphs if p.startswith("Aan ")]
    elif name == "signatory":
        out += [(c, c.text) for c in by_kind.get("signature", [])]
    if name == "answers" or not out:
        for c in by_kind.get("intro", [])[:1]:
            first = split_sentences(c.text, c.start)
            if first:
                out.append((c, first[0][0]))
    return out


def _is_item(text: str) -> bool:
    return text.lstrip().startswith(("- ", "• ", "* "))


def _md(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")
