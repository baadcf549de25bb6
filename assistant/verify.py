"""The gate every answer passes: citations are checked in code, never trusted.

A citation holds when its quote occurs verbatim (whitespace-normalised) in the
text of its source document, inside the part that the citation names (the
answer to question N, or the letter's header/intro/signature for
``question=None``).  Answers drop every sentence whose citation fails.

>>> from assistant.parse import parse_text
>>> v = Verifier({"a.md": parse_text("1. Waarom?\\n\\nOmdat het moet.\\n", "a.md")})
>>> v.check(Citation(question=1, quote="Omdat  het moet.", source="a.md"))
True
>>> v.check(Citation(question=1, quote="Omdat het niet moet.", source="a.md"))
False
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .documents import Citation, Document

log = logging.getLogger(__name__)

_WS = re.compile(r"\s+")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def normalise(text: str) -> str:
    """Whitespace-normalised text (also folds typographic quotes and non-breaking spaces)."""
    text = text.replace("\u00a0", " ").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _WS.sub(" ", text).strip()


@dataclass
class _Indexed:
    text: str  # normalised document text
    offsets: list[int]  # normalised position -> original position
    spans: list[tuple[int, int, int | None]]  # (start, end, question) in original offsets, sorted


class Verifier:
    """Checks citations against the parsed source documents."""

    def __init__(self, documents: Mapping[str, Document]) -> None:
        self.documents = documents
        self._index: dict[str, _Indexed] = {}

    def _indexed(self, source: str) -> _Indexed | None:
        if source in self._index:
            return self._index[source]
        doc = self.documents.get(source)
        if doc is None:
            return None
        chars: list[str] = []
        offsets: list[int] = []
        prev_space = True
        for i, ch in enumerate(normalise_chars(doc.text)):
            if ch.isspace():
                if prev_space:
                    continue
                ch = " "
                prev_space = True
            else:
                prev_space = False
            chars.append(ch)
            offsets.append(i)
        spans: list[tuple[int, int, int | None]] = []
        notes = {f.number: f for f in doc.footnotes}
        for s in doc.sections:
            if s.kind == "footnotes":
                for p in s.paragraphs:
                    note = notes.get(p.footnotes[0]) if p.footnotes else None
                    spans.append((p.start, p.end, note.question if note else None))
                continue
            q = s.number if s.kind == "question" else None
            parts = list(s.paragraphs) + ([s.question] if s.question else [])
            spans.extend((p.start, p.end, q) for p in parts)
        spans.sort()
        self._index[source] = _Indexed("".join(chars), offsets, spans)
        return self._index[source]

    def locate(self, citation: Citation) -> tuple[int, int] | None:
        """(start, end) of the quote in its document's text, inside the cited part; None when it is not there."""
        idx = self._indexed(citation.source)
        quote = normalise(citation.quote)
        if idx is None or len(quote) < 3:
            return None
        starts = [s for s, _, _ in idx.spans]
        pos = idx.text.find(quote)
        while pos >= 0:
            start, end = idx.offsets[pos], idx.offsets[pos + len(quote) - 1] + 1
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0:
                s, e, q = idx.spans[k]
                if start >= s and end <= e and q == citation.question:
                    return start, end
            pos = idx.text.find(quote, pos + 1)
        return None

    def check(self, citation: Citation) -> bool:
        ok = self.locate(citation) is not None
        if not ok:
            log.warning("citation failed verification (source %s, question %s)", citation.source, citation.question)
        return ok


def number_values(text: str) -> set[float]:
    """The numbers in a Dutch text as values: "4.695" and "4695" are 4695, "33,8" is 33.8.

    >>> sorted(number_values("4.695 studenten, 33,8 mln en 1%"))
    [1.0, 33.8, 4695.0]
    """
    out: set[float] = set()
    for raw in NUMBER.findall(text):
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):  # Dutch thousands separators
            raw = raw.replace(".", "")
        raw = raw.replace(",", ".")
        if raw.count(".") > 1:  # a date like 1.2.2026 or a version: compare its parts
            out.update(float(p) for p in raw.split(".") if p)
            continue
        try:
            out.add(float(raw))
        except ValueError:
            continue
    return out


def numbers_supported(sentence: str, passage: str) -> bool:
    """Every number in ``sentence`` is, as a number, also in ``passage`` ("469" is not "4.695").

    >>> numbers_supported("Het gaat om 4695 studenten.", "4.695 mbo-studenten")
    True
    >>> numbers_supported("Het gaat om 469 studenten.", "4.695 mbo-studenten")
    False
    """
    return number_values(sentence) <= number_values(passage)


def normalise_chars(text: str) -> str:
    """Character-for-character folding (same length) so that offsets stay valid."""
    return text.replace("\u00a0", " ").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
