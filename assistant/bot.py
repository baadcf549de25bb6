"""The :class:`Assistant`: wires the stages together; the one object the CLI, API and UI hold.

understand -> retrieve -> scope -> select -> compose (or generate) -> verify.  ``Assistant.load()`` reads the
settings and opens the index; ``ask(question, history)`` returns a checked :class:`Answer`.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import texts
from .compose import Claim, Composer, Draft, overview_lines
from .config import Settings
from .documents import Answer, Citation, Document
from .generate import Event, Generative
from .inputs import clean_text, typed_length
from .llm import make_generator
from .overview import Overview, asked_phrase, asked_stems, build_overviews, common_stems, overview_stems, to_verbs
from .retrieve import Searcher
from .scope import Gate, Scope
from .select import Selection, Selector, is_item, quoted_figures
from .understand import Question, content_words, defined_term, points_back
from .verify import Verifier

log = logging.getLogger(__name__)

_THIS_LETTER = re.compile(r"\b(?:deze|de|this|the) (?:brief|letter)\b", re.I)
# a part asking only for a paper's number, after a part asking which paper ("welke motie ..., welk kamerstuknummer?")
_REFERENCE_ASKED = re.compile(
    r"\b(?:welke?|which|what)\s+(?:motie|motion|kamerstuk|brief|letter|rapport|report)\w*", re.I
)
_REFERENCE_WORDS = frozenset({"kamerstuk", "kamerstuknummer", "nummer", "number", "nr", "dossiernummer"})

MAX_QUESTION_CHARS = 2000
MAX_HISTORY_MESSAGES = 50

# "van wie is dat cijfer?", "is dat een cijfer van de minister?", "waar komt dat cijfer vandaan?", "whose figure"
_ASKS_WHOSE = re.compile(
    r"\b(?:van\s+wie|wiens|cijfer\s+van|getal\s+van|percentage\s+van\s+de\s+(?:minister|staatssecretaris|commissie)|"
    r"waar\s+komt\b[^?]*\bvandaan|afkomstig|bron\s+van|whose|where\s+does\b[^?]*\bcome\s+from|"
    r"(?:komt|staat)\b[^?]*\b(?:alleen|enkel|slechts)\b[^?]*\b(?:vraag|commissie)|bevestigt\b[^?]*\bzelf|"
    r"\bzelf\b|komt\b[^?]*\buit\b[^?]*\b(?:vraag|commissie))\b",
    re.I,
)
# a fact the letter does not give that can be said after another note ("Een bedrag noemt de brief hiervoor niet.")
_ALSO_SAID = frozenset(texts.ALSO_NOT_IN_LETTER) - {"count", "count_vague", "count_total", "words"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _plain_number(value: str) -> str:
    """ "31%" -> "31", "33,8 mln. euro" -> "33.8", "4.695" -> "4695": a figure's number, comparable."""
    m = _NUMBER.search(value)
    return m.group(0).replace(".", "").replace(",", ".") if m else ""


_MARKUP = re.compile(r"<script\b.*?(?:</script\s*>|$)|<style\b.*?(?:</style\s*>|$)|<[a-zA-Z/!][^>]*>", re.I | re.S)


class QuestionError(ValueError):
    """A question the assistant cannot take (too long); the message is Dutch and names the problem."""


def clean_question(question: str) -> str:
    """Strip control characters and surrounding space; HTML is left as text (never rendered)."""
    if not isinstance(question, str):
        raise QuestionError(f"de vraag moet tekst zijn, niet {type(question).__name__}")
    question = clean_text(question)
    if (length := typed_length(question)) > MAX_QUESTION_CHARS:
        raise QuestionError(texts.TOO_LONG.format(length=length, limit=MAX_QUESTION_CHARS))
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
        out.append({"role": role, "content": clean_text(content)[: MAX_QUESTION_CHARS * 4]})
    return out


@dataclass
class Assistant:
    """Answers questions about the corpus, with verified citations."""

    settings: Settings
    index: Any
    searcher: Searcher
    documents: dict[str, Document]
    gate: Gate
    selector: Selector
    composer: Composer
    verifier: Verifier
    generative: Generative | None = None
    last_generation: tuple[int, int] = (0, 0)  # (kept, generated) sentences of the last generative answer
    overviews: dict[str, Overview] = field(default_factory=dict)  # per letter: commitments, figures, ...

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
        searcher = Searcher(index, sentence_cache=cache, embed_concurrency=settings.embed_concurrency)
        embedded = searcher.sentences.ensure(save=True)
        log.info(
            "assistant ready in %.2f s (%d chunks, %d sentences, %d newly embedded)",
            time.perf_counter() - t0,
            index.count,
            len(searcher.sentences.sentences),
            embedded,
        )
        composer = Composer(documents, searcher.chunks, settings.refusal_hint)
        verifier = Verifier(documents)
        generator = make_generator(settings)  # settings errors (no URL, no file) are raised here, at startup
        generative = None
        if generator is not None:
            generative = Generative(
                generator,
                searcher,
                verifier,
                timeout=settings.llm_timeout,
                context_tokens=settings.llm_context_tokens,
                letter=composer.letter_citation(),
                sender=composer.sender(),
            )
        gate, selector = Gate(searcher, documents), Selector(searcher, documents)
        overviews = build_overviews(documents, settings.corpus_dir, index.embedder, searcher.sentences.vector_of)
        return cls(
            settings, index, searcher, documents, gate, selector, composer, verifier, generative, overviews=overviews
        )

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

    def understand(self, question: str, history: Sequence[dict[str, str]] = ()) -> Question:
        """The question as the assistant reads it (markup removed: it is never a question, never echoed)."""
        return self.searcher.query(_MARKUP.sub(" ", question).strip(), history)

    def _events(self, text: str, messages: list[dict[str, str]]) -> Iterator[Event]:
        question = self.understand(text, messages)
        if question.intent == "overview" and question.overview and self.overviews:
            yield from _final(self.overview_answer(question))
            return
        hits: list[Any] = []
        evidence = None
        if question.intent not in ("empty", "injection", "opinion"):
            qvec = self.searcher.embed_query(question.search_text)
            hits = self.searcher.search(question, 8, query_vector=qvec)
            evidence = self.gate.evidence(question, hits, qvec) if hits else None
        if hits and (defined := self.definition(question, evidence, qvec)) is not None:
            scope, selection = defined  # "wie is VELON?": what the letter says it is, or all it says about it
            log.info("scope: %s (%s)", scope.decision, scope.reason)
            yield from _final(self.finish(self.composer.compose(question, scope, selection), question, scope))
            return
        scope = self.gate.decide(question, hits, evidence)
        if scope.decision == "answer" and question.intent == "content":
            scope = self.skipped_ask(question, hits) or scope
        elif (
            scope.decision == "partial"
            and question.intent == "content"
            and scope.missing_fact in _ALSO_SAID
            and (skipped := self.skipped_ask(question, hits)) is not None
        ):
            # "krijg ik evenveel stagegeld als op het hbo?": the part the answer skips, and the sum it does not give
            scope = replace(scope, also_skipped=skipped.unknown, skipped_in=skipped.closest[0])
        log.info("scope: %s (%s)", scope.decision, scope.reason)
        if scope.decision == "decline":
            yield from _final(Answer(self.composer.decline(question, scope), (), refused=True))
            return
        if scope.decision == "answer" and (question.answer_type == "date" or "date" in question.asked_facts):
            scope = replace(scope, about=self.gate.referent(question))
        selection = self.selector.select(question, scope, hits, qvec)
        shown = [c for c in selection.sentences if c.chunk.kind != "question"]
        # a list item is about what its paragraph says before it ("Extra personeel ... (70%)" is LOB money)
        context = [c.chunk.text[: c.start - c.chunk.start + len(c.text)] if is_item(c.text) else c.text for c in shown]
        scope = self.gate.recheck(scope, [c.text for c in shown], context)
        scope = self.gate.only_vague_time(question, scope, [c.text for c in selection.sentences])
        scope = self.gate.no_figure_shown(question, scope, [c.text for c in selection.sentences])
        scope = self.gate.date_not_about(question, scope, [(c.text, self.selector.lead_in(c)) for c in shown])
        scope = self.gate.parts_missing(question, scope, hits, [c.text for c in selection.full])
        draft = self.composer.compose(question, scope, selection)
        if question.intent == "content" and (meta := self.letter_parts(question, messages, draft.claims)):
            # (after the answer when a note about it leads: "De brief noemt geen datum ..." is not about the letter's)
            draft.claims = [*draft.claims, *meta] if draft.notes else [*meta, *draft.claims]
        if self.generative is not None and question.intent == "content" and scope.decision == "answer":
            candidates = self.selector.candidates(question, hits, scope)
            for event in self.generative.stream(question, candidates, messages, draft):
                if event.kind == "fallback":
                    self.last_generation = (event.kept, event.total)
                    yield from _final(self.finish(event.answer, question, scope))
                    return
                if event.kind == "answer":
                    self.last_generation = (event.kept, event.total)
                yield event
            return
        yield from _final(self.finish(draft, question, scope))

    def definition(self, question: Question, evidence: Any, qvec: Any) -> tuple[Scope, Selection] | None:
        """ "Wie is VELON?", "wat betekent bpv?": the scope and sentences of what the letter says a name is
        (:meth:`Selector.define`); None for any other question, or a name the letter does not answer this way."""
        term = defined_term(question.text) if question.intent == "content" and question.question is None else ""
        defined = self.selector.define(term, qvec) if term else None
        if defined is None:
            return None
        selection, status = defined
        if status != "only_here":
            return Scope("answer", f"the letter says what {term} is", evidence), selection
        # with its article as asked: "het Stagepact"
        scope = Scope(
            "partial",
            f"the letter names {term} only in passing",
            evidence,
            "definition",
            (_named(term, question.text),),
        )
        return scope, selection

    def letter_parts(
        self, question: Question, messages: Sequence[dict[str, str]], shown: Sequence[Claim]
    ) -> list[Claim]:
        """ "Wie heeft de brief ondertekend en wanneer? En komt er ...?": a part about the letter itself, answered
        from its header and signature (the claims not already in ``shown``), in the letter's order."""
        out: list[Claim] = []
        before = ""  # ("wie heeft de brief ondertekend, en wanneer?": "wanneer" is about the same)
        sentences = re.split(r"(?<=[?!.])\s+", question.text)
        previous = ""
        for part in question.parts:
            previous, asked_before = part, previous
            if points_back(part) and not before and not _THIS_LETTER.search(part):
                continue  # "... en in welk Kamerstuk is dat vastgelegd?": about what the question asked before
            if (
                not before
                and not _THIS_LETTER.search(part)
                and _REFERENCE_ASKED.search(asked_before)
                and not set(content_words(part)) - _REFERENCE_WORDS
            ):
                continue  # "welke motie noemt de minister over X, welk kamerstuknummer?": that motie's number
            text = f"{before} {part}" if before and not content_words(part) else part
            asked = self.understand(text, messages)
            sentence = next((x for x in sentences if part in x), text)
            if asked.intent == "metadata" and (whole := self.understand(sentence, messages)).intent == "metadata":
                asked = whole  # its whole sentence: "wie heeft deze brief ondertekend en wanneer?"
            before = text if asked.intent == "metadata" else ""
            if before:
                out += self.composer.metadata_claims(asked)
        starts = {(c.chunk.source_id, c.start) for c in shown}
        return sorted(
            (c for c in dict.fromkeys(out) if (c.chunk.source_id, c.start) not in starts), key=lambda c: c.start
        )

    def overview_answer(self, question: Question) -> Answer:
        """ "Wat belooft de minister?", "Welke cijfers noemt de brief?": answered from the letters' overviews, every
        item a verified quote."""
        assert question.overview is not None
        lines = overview_lines(self.composer, question.overview, list(self.overviews.values()), question.english)
        kept = [(line, c) for line, c in lines if c is None or self.verifier.check(c)]
        if len(kept) < len(lines):
            log.warning("dropped %d unverifiable overview item(s)", len(lines) - len(kept))
        citations = tuple(dict.fromkeys(c for _, c in kept if c is not None))
        return Answer("\n".join(line for line, _ in kept), citations, refused=False, mode="extractive")

    def finish(self, draft: Draft, question: Question, scope: Scope) -> Answer:
        """Verify every claim; only verified claims are shown."""
        kept = [c for c in draft.claims if self.verifier.check(c.citation)]
        if len(kept) < len(draft.claims):
            log.warning("dropped %d unverifiable sentence(s)", len(draft.claims) - len(kept))
        draft.claims = kept
        if not kept:
            return Answer(self.composer.decline(question, scope), (), refused=True)
        full = [c for c in draft.full if self.verifier.check(c.citation)]
        more = self.composer.render(draft, full) if len(full) > len(kept) else ""
        text = self.composer.render(draft)
        citations = tuple(dict.fromkeys(c.citation for c in kept))
        if (whose := self.whose_figure(question, shown=text)) is not None:
            note, citation, first = whose
            if first:
                text = f"{note}\n\n{text}"
            else:  # after the quotes (before "Meer informatie" and notes): the answer still comes first
                blocks = text.split("\n\n")
                last = max((i for i, b in enumerate(blocks) if "[vraag " in b), default=len(blocks) - 1)
                text = "\n\n".join([*blocks[: last + 1], note, *blocks[last + 1 :]])
            citations = (citation, *(c for c in citations if c != citation))
        partial = scope.decision == "partial" or bool(scope.also_missing) or bool(scope.also_absent)
        return Answer(text, citations, refused=False, mode="extractive", more=more, partial=partial)

    def skipped_ask(self, question: Question, hits: Sequence[Any] = ()) -> Scope | None:
        """ "Hebben scholen genoeg middelen tegen stagediscriminatie?": when a question is about a part of a committee
        question that no sentence of the answer addresses (the overview's evidence), answer in part and say first
        that the answer does not take it up. Only of the committee question the search found first, or, for a
        follow-up ("hebben scholen daar wel genoeg geld voor?"), the one being discussed."""
        if question.english:
            return None
        if question.followup and not question.context_questions:
            return None
        asked = asked_stems(question.text)  # "genoeg geld" asks about "voldoende middelen"
        for ov in self.overviews.values():
            for sub in ov.subquestions:
                if sub.answered:
                    continue
                # the committee question being discussed, or the one the search found first
                if question.followup:
                    about = (ov.source, question.context_questions[0])
                else:
                    about = (hits[0].chunk.source_id, hits[0].chunk.question) if hits else (ov.source, sub.question)
                if (ov.source, sub.question) != about:
                    continue
                own = overview_stems(sub.text)
                # the rest of the committee question: what it says first and its other parts
                rest = overview_stems(self.gate.committee_text(ov.source, sub.question).replace(sub.text, " "))
                # its own words, not its neighbours'; a verb after "te" ("aan te pakken") says what for, not what about
                mine = common_stems(own - common_stems(own, rest) - to_verbs(sub.text), asked)
                # a follow-up has its subject from the conversation: its own words need only name the part; a
                # question names two of the part's words, or is as close in meaning as a paraphrase of it
                if mine and (
                    question.followup
                    or len(common_stems(own, asked)) >= 2
                    or self.gate.paraphrases(question.text, sub.text)
                ):
                    # its most specific word that the answer does not use in any form: "middelen", not
                    # "onderwijsinstellingen" when the answer speaks of "mbo-instellingen"
                    unused = [w for w in sorted(mine) if not self.gate.used_in_answer(w, ov.source, sub.question)]
                    word = max(unused or sorted(mine), key=len)

                    # with the words next to it that were asked about and are not in the answer either
                    def fits(w: str, source: str = ov.source, number: int = sub.question) -> bool:
                        return bool(common_stems({w}, asked)) and not self.gate.used_in_answer(w, source, number)

                    words = (asked_phrase(sub.text, word, fits),)
                    reason = f"the answer to question {sub.question} does not take up {', '.join(words)}"
                    return Scope("partial", reason, None, "unanswered", unknown=words, closest=(sub.question,))
        return None

    def whose_figure(self, question: Question, shown: str = "") -> tuple[str, Citation, bool] | None:
        """ "Is dat 31 procent een cijfer van de minister?": when a question asks whose a figure it quotes is, and the
        letter has that figure only in the committee's question, say so first, with the committee's sentence. When
        the question only quotes such a figure ("hoe reageert de minister op de 31%?") and the answer does not show
        it, say so after the answer, briefly. Returns (note, the committee's sentence, whether the note leads)."""
        whose = bool(_ASKS_WHOSE.search(question.text))
        # asked whose: any number the question has; otherwise only a statistic it quotes ("31%", not "31")
        quoted = _NUMBER.findall(question.text) if whose else quoted_figures(question.text)
        asked = {_plain_number(n) for n in quoted}
        for ov in self.overviews.values():
            same = [f for f in ov.figures if f.kind != "date" and _plain_number(f.value) in asked]
            if same and all(f.owner == "committee" for f in same):
                f = same[0]
                if not whose and f.value in shown:
                    return None
                s = f.sentence
                citation = Citation(question=s.question, quote=s.text, source=s.source)
                if not self.verifier.check(citation):
                    return None
                if s.text in shown or not whose:  # quoted already, or not asked: say whose it is, no (second) quote
                    frame = texts.WHOSE_COMMITTEE_SHORT_EN if question.english else texts.WHOSE_COMMITTEE_SHORT
                else:
                    frame = texts.WHOSE_COMMITTEE_EN if question.english else texts.WHOSE_COMMITTEE
                sender = self.composer.sender(question.english, ov.source)
                return frame.format(value=f.value, question=s.question, sender=sender, quote=s.text), citation, whose
        return None


def _named(term: str, text: str) -> str:
    """``term`` with the article the question gives it ("wat is het Stagepact?" -> "het Stagepact")."""
    m = re.search(rf"\b(?:(?:de|het|een|the|an?)\s+)?{re.escape(term)}", text, re.I)
    return m.group(0) if m else term


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
        "partial": answer.partial,
        "mode": answer.mode,
        "more": answer.more,
    }


__all__ = ["Assistant", "Citation", "QuestionError", "answer_json"]
