"""Cut a :class:`Document` into :class:`Chunk` objects with contextual headers.

A chunk is one answer paragraph (a bullet list stays with its lead sentence),
one committee question, the intro, the signature, the letter's header or one
footnote.  Paragraphs over ``max_tokens`` are split at sentence boundaries.
Chunk ids are content hashes, so chunking the same text twice gives the same ids.

>>> from assistant.parse import parse_text
>>> chunks = chunk_document(parse_text("1. Waarom?\\n\\nDaarom.\\n", "x.md"))
>>> [(c.kind, c.question, c.text) for c in chunks]
[('question', 1, 'Waarom?'), ('answer', 1, 'Daarom.')]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable

from .documents import Chunk, ChunkKind, Document, Paragraph, Section

CHUNKER_VERSION = "3"  # bump when chunking changes, so indexes are rebuilt

_WORDS = re.compile(r"\w+|[^\w\s]")
# Abbreviations whose period does not end a sentence (Dutch official style).
_ABBREVIATION = re.compile(
    r"(?:\b(?:[a-zA-Z]\.){2,}|\b(?:bijv|bv|nr|nrs|mln|mld|ca|dhr|mevr|mr|dr|drs|ir|prof|enz|zgn|resp|art|jl|vs|"
    r"etc|incl|excl|min|max|blz|p|pag|vgl|evt|ong|geb|zie|t\.a\.v|m\.b\.t|o\.a|o\.l\.v|e\.d|i\.p\.v|d\.w\.z)\.)$",
    re.I,
)


def estimate_tokens(text: str) -> int:
    """A quick estimate of subword tokens (multilingual tokenizers split Dutch words ~1.3x)."""
    return int(len(_WORDS.findall(text)) * 1.3) + 1


def _segment_line(line: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of one line: pysbd's Dutch rules, then our official-style abbreviations.

    pysbd ends a sentence at "33,8 mln." (an abbreviation its Dutch list lacks); such a piece is joined with
    the next one.
    """
    try:
        import pysbd
    except ImportError as exc:  # pragma: no cover - a dependency of the default install
        raise ImportError("sentence splitting needs pysbd: pip install -r requirements.txt") from exc
    spans: list[tuple[int, int]] = []
    for piece in pysbd.Segmenter(language="nl", clean=False, char_span=True).segment(line):
        start, end = piece.start, piece.end
        text = line[start:end].rstrip()
        if not text.strip():
            continue
        end = start + len(text)
        if spans and _ABBREVIATION.search(line[spans[-1][0] : spans[-1][1]]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start + len(text) - len(text.lstrip()), end))
    return spans


def split_sentences(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Split ``text`` into sentences (list items count as sentences) with absolute offsets.

    >>> [s for s, _, _ in split_sentences("Er gaat 33,8 mln. euro naar LOB. Dat is veel.\\n- Een punt")]
    ['Er gaat 33,8 mln. euro naar LOB.', 'Dat is veel.', '- Een punt']
    """
    out: list[tuple[str, int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = text.index(line, pos) if line else pos
        pos = line_start + len(line)
        if not line.strip():
            continue
        for start, end in _segment_line(line):
            out.append((line[start:end], offset + line_start + start, offset + line_start + end))
    return out


def _pieces(doc: Document, para: Paragraph, max_tokens: int, count: Callable[[str], int]) -> list[tuple[int, int]]:
    """(start, end) spans of ``para`` of at most ``max_tokens`` each, cut between sentences."""
    if count(para.text) <= max_tokens:
        return [(para.start, para.end)]
    spans: list[tuple[int, int]] = []
    cur_start = cur_end = None
    for _, s, e in split_sentences(para.text, para.start):
        if cur_start is not None and count(doc.text[cur_start:e]) > max_tokens:
            spans.append((cur_start, cur_end))  # type: ignore[arg-type]
            cur_start = None
        if cur_start is None:
            cur_start = s
        cur_end = e
    if cur_start is not None:
        spans.append((cur_start, cur_end))  # type: ignore[arg-type]
    return spans


def chunk_id(source_id: str, kind: str, question: int | None, header: str, text: str, occurrence: int = 0) -> str:
    """A content hash of what is stored and embedded: the same text in the same place gets the same id."""
    key = "\x1f".join((source_id, kind, str(question), header, text, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def chunk_document(
    doc: Document, *, max_tokens: int = 350, count_tokens: Callable[[str], int] = estimate_tokens
) -> list[Chunk]:
    """All chunks of ``doc`` in reading order."""
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    title = doc.title
    linked = ""
    if doc.cited_by:
        _, note, q = doc.cited_by[0]
        linked = f" (bron bij voetnoot {note}" + (f", vraag {q}" if q is not None else "") + ")"
    notes_by_number = {f.number: f for f in doc.footnotes}

    def emit(
        kind: ChunkKind,
        start: int,
        end: int,
        header: str,
        paragraph: int,
        section: Section | None,
        footnotes: Iterable[int] = (),
        question: int | None = None,
    ) -> None:
        text = doc.text[start:end]
        notes = tuple(sorted(set(footnotes)))
        urls = tuple(u for n in notes if (u := getattr(notes_by_number.get(n), "url", None)))
        if doc.url and not urls:
            urls = (doc.url,)
        base = chunk_id(doc.source_id, kind, question, header, text)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        cid = base if occurrence == 0 else chunk_id(doc.source_id, kind, question, header, text, occurrence)
        chunks.append(
            Chunk(cid, doc.source_id, kind, text, header, start, end, paragraph, question, notes, urls, title)
        )

    for section in doc.sections:
        q = section.number if section.kind == "question" else None
        if section.kind == "metadata" and section.paragraphs:
            emit("metadata", section.paragraphs[0].start, section.paragraphs[-1].end, title + linked, 0, section)
            continue
        if section.kind == "footnotes":
            for i, p in enumerate(section.paragraphs):
                note = notes_by_number.get(p.footnotes[0]) if p.footnotes else None
                fq = note.question if note else None
                head = f"{title}\nVoetnoot {p.footnotes[0] if p.footnotes else i + 1}"
                if fq is not None and (qs := doc.question(fq)) and qs.question:
                    head += f" bij vraag {fq}: {qs.question.text}"
                emit("footnote", p.start, p.end, head, i, section, p.footnotes, fq)
            continue
        if section.kind == "question":
            qtext = section.question.text if section.question else ""
            header = f"{title}\nVraag {q}: {qtext}".rstrip(": ")
            if section.question:
                p = section.question
                for s, e in _pieces(doc, p, max_tokens, count_tokens):
                    emit("question", s, e, f"{title}\nVraag {q}", 0, section, p.footnotes, q)
            kind: ChunkKind = "answer"
        else:
            header = title + linked + (f"\n{section.title}" if section.title else "")
            kind = {"intro": "intro", "signature": "signature"}.get(section.kind, "body")  # type: ignore[assignment]
        for i, p in enumerate(section.paragraphs):
            for s, e in _pieces(doc, p, max_tokens, count_tokens):
                notes = [n for n in p.footnotes] if (s, e) == (p.start, p.end) else p.footnotes
                emit(kind, s, e, header, i, section, notes, q)
    return chunks
