"""The types that flow between stages: Document -> Chunk -> Hit -> Answer.

Every type is a frozen dataclass, so a stage can hand its output to the next
one without fear of it being changed underneath.  Offsets (``start``, ``end``)
always index into :attr:`Document.text`, the cleaned text of the source.

>>> p = Paragraph(text="Hallo.", start=0, end=6)
>>> p.text
'Hallo.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

_ROLE = re.compile(r"\b(minister-president|minister|staatssecretaris)\b", re.I)

SectionKind = Literal["metadata", "intro", "question", "body", "signature", "footnotes"]
ChunkKind = Literal["metadata", "intro", "question", "answer", "body", "signature", "footnote"]


@dataclass(frozen=True)
class Reference:
    """A reference to another Kamerstuk, e.g. "Kamerstuk 31 524, nr. 687"."""

    dossier: str  # digits only: "31524"
    number: int  # the "nr." within the dossier
    text: str  # as written in the source
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Footnote:
    """A footnote: its number, its text, and a link when the source gives one.

    ``url`` is None when the source lost the link target (shown as ``#``); the
    link's ``title`` is kept either way.  ``question`` is the number of the
    question whose answer cites the footnote (None outside the questions).
    """

    number: int
    text: str
    title: str | None = None
    url: str | None = None
    question: int | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text (a bullet list stays with its lead sentence)."""

    text: str
    start: int
    end: int
    footnotes: tuple[int, ...] = ()
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class Section:
    """A part of a document: the intro, one question with its answer, a heading's text, ..."""

    kind: SectionKind
    paragraphs: tuple[Paragraph, ...] = ()
    number: int | None = None  # the question number for kind == "question"
    question: Paragraph | None = None  # the committee's question text
    title: str | None = None  # heading text for kind == "body"


@dataclass(frozen=True)
class Metadata:
    """What the header and signature of a Kamerbrief say about it."""

    title: str = ""
    dossiers: tuple[tuple[str, str], ...] = ()  # (number, title), e.g. ("31524", "Beroepsonderwijs ...")
    number: int | None = None  # "Nr. 707"
    kind: str | None = None  # "Brief van de minister van ..."
    sender: str | None = None  # "de minister van Onderwijs, Cultuur en Wetenschap"
    addressee: str | None = None
    place: str | None = None
    date: str | None = None  # ISO 8601, "2026-06-25"
    date_text: str | None = None  # as written, "25 juni 2026"
    answers_letter_date: str | None = None  # ISO date of the letter this one answers
    answers_letter_date_text: str | None = None
    subject: str | None = None
    signatory: str | None = None  # "R.M. Letschert"
    signatory_role: str | None = None  # "De minister van Onderwijs, Cultuur en Wetenschap"

    @property
    def role(self) -> str | None:
        """The sender's role as the signature or header names it: "minister", "staatssecretaris" (None if neither).

        >>> Metadata(signatory_role="De staatssecretaris van VWS").role
        'staatssecretaris'
        """
        for text in (self.signatory_role, self.sender, self.kind):
            if text and (m := _ROLE.search(text)):
                return m.group(1).lower()
        return None

    @property
    def citation(self) -> str:
        """A citation a journalist can paste, e.g. "Kamerstuk 31524, nr. 707, 25 juni 2026"."""
        parts = []
        if self.dossiers:
            parts.append("Kamerstuk " + self.dossiers[0][0])
        if self.number is not None:
            parts.append(f"nr. {self.number}")
        if self.date_text:
            parts.append(self.date_text)
        return ", ".join(parts) or self.title


@dataclass(frozen=True)
class Document:
    """One parsed source: its cleaned text, structure, footnotes and references.

    ``source_id`` is the file's path relative to the corpus folder
    (``kst-31524-707.md``, ``linked/stagepact-mbo.md``).
    """

    source_id: str
    text: str
    metadata: Metadata
    sections: tuple[Section, ...]
    footnotes: tuple[Footnote, ...] = ()
    references: tuple[Reference, ...] = ()
    path: str | None = None
    sha256: str | None = None
    # For a linked document: the footnote and question of the letter that cite it.
    cited_by: tuple[tuple[str, int, int | None], ...] = ()  # (source_id, footnote, question)
    url: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.metadata.title or self.source_id

    @property
    def questions(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind == "question")

    def question(self, number: int) -> Section | None:
        return next((s for s in self.questions if s.number == number), None)


@dataclass(frozen=True)
class Chunk:
    """A retrievable unit: one paragraph (or question text, footnote, ...) with its context.

    ``text`` is verbatim ``document.text[start:end]``; ``header`` is the short
    context (document title, "Vraag N: ...") embedded together with it.
    """

    id: str
    source_id: str
    kind: ChunkKind
    text: str
    header: str
    start: int
    end: int
    paragraph: int  # index of the paragraph within its section (0 for a question text)
    question: int | None = None
    footnotes: tuple[int, ...] = ()
    urls: tuple[str, ...] = ()
    title: str = ""

    @property
    def embed_text(self) -> str:
        """What is embedded: the contextual header, then the text."""
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass(frozen=True)
class Hit:
    """A chunk found for a query, with its score (higher is better)."""

    chunk: Chunk
    score: float
    rank: int = 0
    dense_score: float | None = None
    bm25_score: float | None = None


@dataclass(frozen=True)
class Citation:
    """A verified citation: ``quote`` occurs verbatim in ``source``."""

    question: int | None
    quote: str
    source: str
    url: str | None = None


@dataclass(frozen=True)
class Answer:
    """What the assistant says, with the citations it was checked against.

    ``more`` is the whole of the cited answers (checked like ``text``), for "meer"; ``partial`` says the
    letter covers the subject but not the asked-for fact (the text says so first).
    """

    text: str
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    refused: bool = False
    mode: str = "extractive"
    more: str = ""
    partial: bool = False
