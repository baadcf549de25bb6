"""Chunking: one paragraph per chunk, contextual headers, offsets, token limit, stable ids."""

from __future__ import annotations

import pytest

from assistant.chunk import chunk_document, estimate_tokens, split_sentences
from assistant.parse import parse_file, parse_text

from .conftest import LETTER


@pytest.fixture(scope="module")
def letter():
    return parse_file(LETTER, LETTER.parent)


@pytest.fixture(scope="module")
def chunks(letter):
    return chunk_document(letter)


def test_every_kind_of_chunk_is_there(chunks):
    kinds = [c.kind for c in chunks]
    assert kinds.count("question") == 10
    assert kinds.count("footnote") == 5
    assert {"metadata", "intro", "answer", "signature"} <= set(kinds)
    assert [c.question for c in chunks if c.kind == "question"] == list(range(1, 11))


def test_answer_chunks_are_paragraphs_with_header(letter, chunks):
    q6 = [c for c in chunks if c.kind == "answer" and c.question == 6]
    assert [c.text for c in q6] == [p.text for p in letter.question(6).paragraphs]
    assert q6[0].header.startswith("Kamerstuk 31524, nr. 707")
    assert "Vraag 6: Uit de JOB Monitor 2026 blijkt" in q6[0].header
    assert q6[0].embed_text.endswith(q6[0].text)


def test_metadata_on_chunks(letter, chunks):
    for c in chunks:
        assert c.source_id == "kst-31524-707.md"
        assert letter.text[c.start : c.end] == c.text
    fn5 = next(c for c in chunks if c.kind == "answer" and 5 in c.footnotes)
    assert fn5.question == 6
    assert fn5.urls == ("https://www.rijksoverheid.nl/themas/onderwijs/middelbaar-beroepsopleiding/stagepact-mbo",)
    note = next(c for c in chunks if c.kind == "footnote" and c.footnotes == (4,))
    assert note.question == 5 and "Wet van school naar duurzaam werk" in note.text
    assert "Voetnoot 4 bij vraag 5" in note.header


def test_chunk_size_limit(chunks):
    assert max(estimate_tokens(c.text) for c in chunks) <= 350


def test_long_paragraph_is_split_between_sentences():
    sentence = "De minister neemt maatregelen om het aantal stageplekken in de zorg te vergroten. "
    doc = parse_text("1. Wat doet de minister?\n\n" + sentence * 30 + "\n", "lang.md")
    parts = [c for c in chunk_document(doc, max_tokens=100) if c.kind == "answer"]
    assert len(parts) > 3
    assert all(estimate_tokens(c.text) <= 100 for c in parts)
    assert all(c.text.startswith("De minister") and c.text.endswith("vergroten.") for c in parts)
    assert all(doc.text[c.start : c.end] == c.text for c in parts)
    assert len({c.id for c in parts}) == len(parts)


def test_ids_are_content_hashes(letter, chunks):
    again = chunk_document(parse_file(LETTER, LETTER.parent))
    assert [c.id for c in again] == [c.id for c in chunks]
    assert len({c.id for c in chunks}) == len(chunks)
    edited = parse_text(LETTER.read_text("utf-8").replace("4.695", "4.700"), "kst-31524-707.md")
    changed = {c.id for c in chunk_document(edited)} - {c.id for c in chunks}
    # question 6 names the figure: its text, its answers (whose header quotes it) and its footnote change
    assert {c.question for c in chunk_document(edited) if c.id in changed} == {6}
    assert len(changed) == 4


def test_split_sentences_offsets():
    text = "Eerste zin. Tweede zin? Derde: 99% van de studenten.\n- een punt"
    parts = split_sentences(text, 100)
    assert [p[0] for p in parts] == ["Eerste zin.", "Tweede zin?", "Derde: 99% van de studenten.", "- een punt"]
    assert all(text[s - 100 : e - 100] == t for t, s, e in parts)
