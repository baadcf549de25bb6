"""Parse source files into structured :class:`~assistant.documents.Document` objects.

Kamerbrieven converted from PDF carry artefacts: ``---`` page breaks that cut
a sentence in two, footnote blocks (``<sup>N</sup> ...``) standing in the
middle of the body, and link targets lost as ``#``.  The parser repairs them
and recognises the structure of a letter that answers numbered questions
("1. ...?" or "Vraag 1" / "Antwoord 1" headings).  Documents without numbered
questions fall back to headings and paragraphs.

>>> doc = parse_text("1. Waarom?\\n\\nDaarom.\\n", "x.md")
>>> doc.questions[0].paragraphs[0].text
'Daarom.'
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .documents import Document, Footnote, Metadata, Paragraph, Reference, Section

log = logging.getLogger(__name__)

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf")

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ]
    )
}
_DATE = r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})"

# Block-level patterns.
_PAGE_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|\f)\s*$")
_FOOTNOTE_DEF = re.compile(r"^\s*(?:<sup>\s*(\d+)\s*</sup>|\[\^(\d+)\]:)\s*(.*)$", re.S)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,2}\))\s+")
_NUMBERED_QUESTION = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*)$", re.S)
_VRAAG = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(Vraag|Antwoord)\s+(\d{1,3})(?:\*\*)?\s*[:.\-–]?\s*(?:\*\*)?\s*(.*)$",
    re.S | re.I,
)

# Header (metadata) lines.
_DOSSIER = re.compile(r"^(\d{2}\s?\d{3})(?:\s*[-–]\s*|\s+)([A-Z].*)$")
_NR = re.compile(r"^Nr\.?\s*(\d+)\s*(.*)$")
_ADDRESSEE = re.compile(r"^Aan\s+(?:de|het)\s+\S.*$")
_PLACE_DATE = re.compile(r"^([A-Z][\w'’\- ]{1,40}),\s+" + _DATE + r"\s*$")
_DATUM = re.compile(r"^Datum\s+" + _DATE + r"\s*$")
_ONDERWERP = re.compile(r"^(?:Onderwerp|Betreft)\s+(.+)$")
_SIGN_ROLE = re.compile(
    r"^(?:De|Het)\s+(?:minister|staatssecretaris|minister-president|voorzitter|directeur|secretaris)\b.*,$", re.I
)
_CLOSING = re.compile(r"^(?:Hoogachtend|Met vriendelijke groet(?:en)?)\s*,?$", re.I)
# A signatory: initials and a surname, with a tussenvoegsel ("J.P. de Vries", "E.J. van der Meulen"), or a full name.
_NAME = re.compile(
    r"^(?:[A-Z][a-z]?\.)+\s?(?:(?:van|de|der|den|het|ten|ter|te|in|op|'t|d')\s+){0,3}[A-Z][\w'’\- ]+$"
    r"|^[A-Z][a-z]+(?:\s+[A-Za-z][\w'’\-]*){1,4}$"
)

# Inline patterns.
_SUP = re.compile(r"<sup>\s*(\d+)\s*</sup>|\[\^(\d+)\](?!:)")
_ANGLE_LINK = re.compile(r"<\[([^\]]*)\]\(([^)\s]*)\)>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_BARE_URL = re.compile(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:]")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_REFERENCE = re.compile(r"Kamerstuk(?:ken)?\s+(\d{2}\s?\d{3})(?:[\s-]*[A-Z]{1,6})?,?\s+nr\.?\s*(\d+)", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", ")")


class CorpusError(ValueError):
    """A corpus file that cannot be read; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


# --------------------------------------------------------------------------- blocks


@dataclass
class _Block:
    kind: str  # "text" | "list" | "heading" | "break" | "footnote"
    lines: list[str]
    number: int | None = None  # footnote number or heading level

    @property
    def raw(self) -> str:
        return "\n".join(self.lines)


def _split_blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [ln.rstrip("\n") for ln in chunk.split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            continue
        first = lines[0]
        # A page break line may sit directly above or below text in the same block.
        if any(_PAGE_BREAK.match(ln) for ln in lines):
            part: list[str] = []
            for ln in lines:
                if _PAGE_BREAK.match(ln):
                    if part:
                        blocks.extend(_split_blocks("\n".join(part)))
                        part = []
                    blocks.append(_Block("break", []))
                else:
                    part.append(ln)
            if part:
                blocks.extend(_split_blocks("\n".join(part)))
            continue
        if m := _FOOTNOTE_DEF.match(chunk.strip()):
            number = int(m.group(1) or m.group(2))
            blocks.append(_Block("footnote", [m.group(3).strip()], number))
        elif m := _HEADING.match(first):
            blocks.append(_Block("heading", [m.group(2)], len(m.group(1))))
            if len(lines) > 1:
                blocks.extend(_split_blocks("\n".join(lines[1:])))
        elif all(_LIST_ITEM.match(ln) or ln.startswith((" ", "\t")) for ln in lines) and _LIST_ITEM.match(first):
            blocks.append(_Block("list", lines))
        else:
            blocks.append(_Block("text", lines))
    return blocks


def _join_lines(lines: list[str]) -> str:
    """Join soft-wrapped lines with a space; keep Markdown hard breaks (two trailing spaces)."""
    out = ""
    for i, ln in enumerate(lines):
        hard = ln.endswith("  ") or ln.endswith("\\")
        piece = _SPACES.sub(" ", ln.rstrip(" \\")).strip()
        if i == 0:
            out = piece
        else:
            out += piece
        if i < len(lines) - 1:
            out += "\n" if hard else " "
    return out


def _list_text(lines: list[str]) -> str:
    items: list[str] = []
    for ln in lines:
        if _LIST_ITEM.match(ln) or not items:
            items.append(_SPACES.sub(" ", ln).strip())
        else:
            items[-1] += " " + _SPACES.sub(" ", ln).strip()
    return "\n".join(items)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def _starts_lower(text: str) -> bool:
    s = text.lstrip()
    return bool(s) and s[0].islower()


def _repair(blocks: list[_Block]) -> tuple[list[_Block], list[_Block]]:
    """Drop page breaks, pull out footnotes, and join sentences that a page break cut in two."""
    body: list[_Block] = []
    notes: list[_Block] = []
    for b in blocks:
        if b.kind == "break":
            continue
        if b.kind == "footnote":
            notes.append(b)
            continue
        prev = body[-1] if body else None
        if (
            b.kind == "text"
            and prev is not None
            and prev.kind == "text"
            and not _ends_sentence(_join_lines(prev.lines))
            and _starts_lower(b.lines[0])
        ):
            prev.lines = [*prev.lines[:-1], prev.lines[-1].rstrip(" \\") + " " + b.lines[0].lstrip(), *b.lines[1:]]
            continue
        body.append(b)
    return body, notes


# --------------------------------------------------------------------------- inline


@dataclass
class _Inline:
    text: str
    footnotes: tuple[int, ...] = ()
    links: tuple[tuple[str, str | None], ...] = ()  # (title, url or None)


def _clean_inline(text: str) -> _Inline:
    notes = tuple(int(a or b) for a, b in _SUP.findall(text))
    text = _SUP.sub("", text)
    links: list[tuple[str, str | None]] = []

    def _link(m: re.Match[str]) -> str:
        title, url = m.group(1).strip(), m.group(2).strip()
        links.append((title, url if url.startswith(("http://", "https://")) else None))
        return title

    text = _ANGLE_LINK.sub(_link, text)
    text = _MD_LINK.sub(_link, text)

    def _auto(m: re.Match[str]) -> str:
        links.append((m.group(1), m.group(1)))
        return m.group(1)

    text = _AUTOLINK.sub(_auto, text)
    text = _EMPHASIS.sub(r"\2", text)
    text = re.sub(r"<[^>]{1,40}>", "", text) if "<" in text else text  # leftover simple tags
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return _Inline("\n".join(ln for ln in lines if ln), notes, tuple(links))


# --------------------------------------------------------------------------- metadata


def _iso(day: str, month: str, year: str) -> str:
    return f"{int(year):04d}-{MONTHS[month.lower()]:02d}-{int(day):02d}"


@dataclass
class _MetaBuilder:
    title: str = ""
    dossiers: list[tuple[str, str]] = field(default_factory=list)
    number: int | None = None
    kind: str | None = None
    addressee: str | None = None
    place: str | None = None
    date: str | None = None
    date_text: str | None = None
    subject: str | None = None
    last: str | None = None  # the field a continuation line extends

    def take(self, line: str) -> bool:
        """Record ``line`` if it is a header line; return False when it is not."""
        line = _SPACES.sub(" ", line).strip()
        if m := _DOSSIER.match(line):
            self.dossiers.append((m.group(1).replace(" ", ""), m.group(2).strip()))
            self.last = "dossier"
        elif m := _NR.match(line):
            self.number = int(m.group(1))
            self.kind = m.group(2).strip() or None
            self.last = "kind"
        elif _ADDRESSEE.match(line):
            self.addressee = line[4:].strip()
            self.last = "addressee"
        elif m := _PLACE_DATE.match(line):
            self.place = m.group(1).strip()
            self.date_text = f"{int(m.group(2))} {m.group(3).lower()} {m.group(4)}"
            self.date = _iso(m.group(2), m.group(3), m.group(4))
            self.last = None
        elif m := _DATUM.match(line):
            self.date_text = f"{int(m.group(1))} {m.group(2).lower()} {m.group(3)}"
            self.date = _iso(m.group(1), m.group(2), m.group(3))
            self.last = None
        elif m := _ONDERWERP.match(line):
            self.subject = m.group(1).strip()
            self.last = "subject"
        else:
            return False
        return True

    def continue_last(self, line: str) -> bool:
        line = _SPACES.sub(" ", line).strip()
        if self.last == "kind" and self.kind and line and line[0].isupper() and not line.endswith("."):
            self.kind += " " + line
            return True
        if self.last == "dossier" and self.dossiers and line and not _NR.match(line):
            number, title = self.dossiers[-1]
            self.dossiers[-1] = (number, title + " " + line)
            return True
        return False


def _header_lines(block: _Block) -> list[str] | None:
    """The block's lines when every one of them is a header line (or continues one), else None."""
    probe = _MetaBuilder()
    for i, ln in enumerate(block.lines):
        if not probe.take(ln) and not (i > 0 and probe.continue_last(ln)):
            return None
    return block.lines


# --------------------------------------------------------------------------- document builder


class _Builder:
    """Accumulates the cleaned text and records offsets of what goes into it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _references(text: str, offset: int) -> tuple[Reference, ...]:
    return tuple(
        Reference(m.group(1).replace(" ", ""), int(m.group(2)), m.group(0), offset + m.start(), offset + m.end())
        for m in _REFERENCE.finditer(text)
    )


def _is_signature(blocks: list[_Block]) -> int:
    """How many trailing text blocks form the signature (0 when there is none)."""
    for n in (1, 2):
        if len(blocks) < n:
            break
        tail = [ln.strip() for b in blocks[-n:] for ln in b.lines if ln.strip()]
        if not tail or len(tail) > 6 or any(b.kind != "text" for b in blocks[-n:]):
            continue
        role_or_closing = any(_SIGN_ROLE.match(ln) or _CLOSING.match(ln) for ln in tail)
        if role_or_closing and _NAME.match(tail[-1]) and len(tail[-1]) <= 60:
            return n
    return 0


def parse_text(text: str, source_id: str, *, path: str | None = None, sha256: str | None = None) -> Document:
    """Parse Markdown or plain text into a :class:`Document`.

    ``source_id`` names the document (its path relative to the corpus folder).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").replace("\u00a0", " ")
    text = re.sub(r"[\ud800-\udfff]", "\ufffd", text)  # a lone surrogate cannot be stored or hashed
    blocks, note_blocks = _repair(_split_blocks(text))
    warnings: list[str] = []

    # Header: leading blocks made only of header lines; a first "# Title" heading is the title.
    meta = _MetaBuilder()
    i = 0
    header_texts: list[str] = []
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "heading" and i == 0 and not meta.title:
            meta.title = _clean_inline(b.lines[0]).text
            i += 1
            continue
        if b.kind == "text" and _header_lines(b) is not None:
            for j, ln in enumerate(b.lines):
                if not meta.take(ln):
                    meta.continue_last(ln) if j else None
            header_texts.append(_join_lines(b.lines))
            i += 1
            continue
        break
    body = blocks[i:]

    n_sig = _is_signature(body)
    signature_blocks = body[len(body) - n_sig :] if n_sig else []
    body = body[: len(body) - n_sig] if n_sig else body

    out = _Builder()
    sections: list[Section] = []
    all_refs: list[Reference] = []
    note_question: dict[int, int | None] = {}

    if header_texts:
        paras = []
        for h in header_texts:
            start, end = out.add(_clean_inline(h).text)
            paras.append(Paragraph(out.text[start:end], start, end))
        sections.append(Section("metadata", tuple(paras)))

    # Group the body into sections.
    numbered = _find_numbered_questions(body)
    vraag_style = any(b.kind == "text" and _VRAAG.match(b.lines[0]) for b in body)

    current: dict[str, object] = {"kind": "intro", "number": None, "question": None, "title": None, "paras": []}

    def flush() -> None:
        paras: list[Paragraph] = current["paras"]  # type: ignore[assignment]
        if paras or current["question"] is not None:
            sections.append(
                Section(
                    current["kind"],  # type: ignore[arg-type]
                    tuple(paras),
                    current["number"],  # type: ignore[arg-type]
                    current["question"],  # type: ignore[arg-type]
                    current["title"],  # type: ignore[arg-type]
                )
            )

    def add_paragraph(raw: str) -> Paragraph | None:
        inline = _clean_inline(raw)
        if not inline.text:
            return None
        start, end = out.add(inline.text)
        refs = _references(inline.text, start)
        all_refs.extend(refs)
        for n in inline.footnotes:
            note_question.setdefault(n, current["number"])  # type: ignore[arg-type]
        return Paragraph(inline.text, start, end, inline.footnotes, refs)

    def start_section(kind: str, number: int | None = None, title: str | None = None) -> None:
        flush()
        current.update(kind=kind, number=number, question=None, title=title, paras=[])

    pending_answer = False
    for idx, b in enumerate(body):
        if b.kind == "heading":
            if not numbered and not vraag_style:
                start_section("body", title=_clean_inline(b.lines[0]).text)
            continue
        raw = _list_text(b.lines) if b.kind == "list" else _join_lines(b.lines)
        if idx in numbered:
            start_section("question", number=numbered[idx])
            current["question"] = add_paragraph(_NUMBERED_QUESTION.match(raw).group(2))  # type: ignore[union-attr]
            continue
        if vraag_style and b.kind == "text" and (m := _VRAAG.match(raw)):
            label, number, rest = m.group(1).lower(), int(m.group(2)), m.group(3).strip()
            if label == "vraag":
                start_section("question", number=number)
                if rest:
                    current["question"] = add_paragraph(rest)
                pending_answer = False
            else:
                if current["number"] != number:
                    start_section("question", number=number)
                pending_answer = True
                if rest:
                    _append(current, add_paragraph(rest))
            continue
        if vraag_style and current["kind"] == "question" and current["question"] is None and not pending_answer:
            current["question"] = add_paragraph(raw)
            continue
        if b.kind == "list" and current["paras"] and _ends_with_colon(current["paras"]):  # type: ignore[arg-type]
            for n in _extend_last(current, out, raw):
                note_question.setdefault(n, current["number"])  # type: ignore[arg-type]
            continue
        _append(current, add_paragraph(raw))
    flush()

    if signature_blocks:
        paras = []
        for b in signature_blocks:
            start, end = out.add(_clean_inline(_join_lines(b.lines)).text)
            paras.append(Paragraph(out.text[start:end], start, end))
        sections.append(Section("signature", tuple(paras)))

    # Footnotes go last, as endnotes, so that their text has offsets too.
    footnotes: list[Footnote] = []
    note_paras: list[Paragraph] = []
    for nb in note_blocks:
        inline = _clean_inline(_join_lines(nb.raw.split("\n")))
        if not inline.text:
            continue
        title = next((t for t, _ in inline.links if t and not t.startswith("http")), None)
        url = next((u for _, u in inline.links if u), None)
        if url is None and (m := _BARE_URL.search(inline.text)):
            url = m.group(0)
        start, end = out.add(inline.text)
        assert nb.number is not None
        footnotes.append(Footnote(nb.number, inline.text, title, url, note_question.get(nb.number), start, end))
        note_paras.append(Paragraph(inline.text, start, end, (nb.number,)))
    if note_paras:
        sections.append(Section("footnotes", tuple(note_paras)))

    questions = [s for s in sections if s.kind == "question"]
    headings = [s for s in sections if s.kind == "body" and s.title]
    if not questions and not headings and not header_texts and not meta.title:
        warnings.append("no numbered questions, headings or letter header found; indexed as plain paragraphs")

    doc_text = out.text
    signatory = signatory_role = None
    if signature_blocks:
        lines = [ln for p in sections[-1 - bool(note_paras)].paragraphs for ln in p.text.split("\n") if ln]
        signatory = lines[-1]
        role = next((ln for ln in lines if _SIGN_ROLE.match(ln)), None)
        signatory_role = role.rstrip(",") if role else None

    kind = meta.kind
    sender = None
    if kind and (m := re.match(r"^(Brief|Nota|Memorie|Verslag|Motie)\s+van\s+(.+)$", kind)):
        sender = m.group(2)
    intro_text = " ".join(p.text for s in sections if s.kind == "intro" for p in s.paragraphs)
    answers_text = answers_iso = subject = None
    if m := re.search(r"brief van " + _DATE, intro_text, re.I):
        answers_text = f"{int(m.group(1))} {m.group(2).lower()} {m.group(3)}"
        answers_iso = _iso(m.group(1), m.group(2), m.group(3))
    if m := re.search(r"\binzake\s+(.+?)\.(?:\s|$)", intro_text):
        subject = m.group(1)
    title = meta.title
    if not title and meta.dossiers and meta.number is not None:
        title = f"Kamerstuk {meta.dossiers[0][0]}, nr. {meta.number}"
        if kind:
            title += f": {kind}"
    if not title:
        first = next((p.text for s in sections for p in s.paragraphs), "")
        title = first.split("\n")[0][:80] if first else Path(source_id).stem
    metadata = Metadata(
        title=title,
        dossiers=tuple(meta.dossiers),
        number=meta.number,
        kind=kind,
        sender=sender,
        addressee=meta.addressee,
        place=meta.place,
        date=meta.date,
        date_text=meta.date_text,
        answers_letter_date=answers_iso,
        answers_letter_date_text=answers_text,
        subject=meta.subject or subject,
        signatory=signatory,
        signatory_role=signatory_role,
    )
    if not doc_text.strip():
        raise CorpusError(path or source_id, "no readable text in the file")
    return Document(
        source_id=source_id,
        text=doc_text,
        metadata=metadata,
        sections=tuple(sections),
        footnotes=tuple(footnotes),
        references=tuple(all_refs),
        path=path,
        sha256=sha256,
        warnings=tuple(warnings),
    )


def _find_numbered_questions(body: list[_Block]) -> dict[int, int]:
    """Block index -> question number for "N. ...?" paragraphs numbered 1, 2, 3, ... in order."""
    found: dict[int, int] = {}
    expected = 1
    for idx, b in enumerate(body):
        if b.kind != "text":
            continue
        m = _NUMBERED_QUESTION.match(_join_lines(b.lines))
        if m and int(m.group(1)) == expected and "?" in m.group(2):
            found[idx] = expected
            expected += 1
    return found if len(found) >= 2 or (found and len(body) > 1) else {}


def _ends_with_colon(paras: list[Paragraph]) -> bool:
    return bool(paras) and paras[-1].text.rstrip().endswith(":")


def _append(current: dict[str, object], para: Paragraph | None) -> None:
    if para is not None:
        current["paras"].append(para)  # type: ignore[attr-defined]


def _extend_last(current: dict[str, object], out: _Builder, raw: str) -> tuple[int, ...]:
    """Attach a bullet list to the paragraph that introduces it (one paragraph, one chunk)."""
    paras: list[Paragraph] = current["paras"]  # type: ignore[assignment]
    last = paras[-1]
    inline = _clean_inline(raw)
    # The list is the last thing written: extend it in place.
    assert out.text.endswith(last.text)
    addition = "\n" + inline.text
    out.parts.append(addition)
    out.length += len(addition)
    refs = last.references + _references(inline.text, last.end + 1)
    paras[-1] = Paragraph(
        last.text + addition, last.start, last.end + len(addition), last.footnotes + inline.footnotes, refs
    )
    return inline.footnotes


# --------------------------------------------------------------------------- files


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:8192]:
        raise CorpusError(path, "looks like a binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None


def parse_file(path: Path, corpus_dir: Path, *, max_bytes: int = 10 * 1024 * 1024) -> Document:
    """Read and parse one corpus file; raise :class:`CorpusError` naming the file and the problem."""
    source_id = path.relative_to(corpus_dir).as_posix()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror})") from None
    if size == 0:
        raise CorpusError(path, "is empty")
    if size > max_bytes:
        raise CorpusError(
            path, f"is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.1f} MB limit (ASSISTANT_MAX_FILE_MB)"
        )
    data = path.read_bytes()
    digest = _sha256(data)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise CorpusError(path, "is named .pdf but is not a PDF file")
        from .links import extract_pdf

        try:
            title, text = extract_pdf(data)
        except Exception as exc:  # pypdf raises many kinds
            raise CorpusError(path, f"is not a readable PDF ({type(exc).__name__}: {exc})") from None
        doc = parse_text(text, source_id, path=str(path), sha256=digest)
    elif suffix in (".html", ".htm"):
        from .links import extract_html

        title, text = extract_html(_decode(data, path))
        if not text.strip():
            raise CorpusError(path, "has no main text that could be extracted from the HTML")
        doc = parse_text(text, source_id, path=str(path), sha256=digest)
    else:
        title = None
        doc = parse_text(_decode(data, path), source_id, path=str(path), sha256=digest)
    if title and not doc.metadata.title.startswith(("Kamerstuk", title)) and not doc.metadata.dossiers:
        from dataclasses import replace

        doc = replace(doc, metadata=replace(doc.metadata, title=title))
    return doc


@dataclass(frozen=True)
class CorpusLoad:
    """The documents that parsed, and a message for each file that did not."""

    documents: tuple[Document, ...]
    problems: tuple[CorpusError, ...]
    files: dict[str, str]  # source id -> sha256 of every corpus file seen (parsed or not)


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The corpus files, sorted: every supported file below ``corpus_dir``, hidden ones left out."""
    if not corpus_dir.is_dir():
        return []
    return sorted(
        p
        for p in corpus_dir.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts)
        and p.name.lower() != "readme.md"
    )


def file_hashes(corpus_dir: Path) -> dict[str, str]:
    """Source id -> sha256 for every corpus file (and the links manifest, which ties documents together)."""
    hashes = {p.relative_to(corpus_dir).as_posix(): _sha256(p.read_bytes()) for p in corpus_files(corpus_dir)}
    manifest = corpus_dir / "links.json"
    if manifest.is_file():
        hashes["links.json"] = _sha256(manifest.read_bytes())
    return hashes


def load_corpus(corpus_dir: Path, *, max_bytes: int = 10 * 1024 * 1024) -> CorpusLoad:
    """Parse every corpus file; a bad file is reported and skipped, the rest still loads."""
    from dataclasses import replace

    links = _links_by_file(corpus_dir)
    docs: list[Document] = []
    problems: list[CorpusError] = []
    for path in corpus_files(corpus_dir):
        try:
            doc = parse_file(path, corpus_dir, max_bytes=max_bytes)
        except CorpusError as exc:
            log.warning("skipped %s", exc)
            problems.append(exc)
            continue
        except Exception as exc:  # a parser bug must not take the whole corpus down
            err = CorpusError(path, f"could not be parsed ({type(exc).__name__}: {exc})")
            log.exception("skipped %s", err)
            problems.append(err)
            continue
        if entries := links.get(doc.source_id):
            doc = replace(
                doc,
                url=entries[0].get("url"),
                cited_by=tuple((e.get("source", ""), int(e["footnote"]), e.get("question")) for e in entries),
            )
        for w in doc.warnings:
            log.warning("%s: %s", doc.source_id, w)
        docs.append(doc)
    return CorpusLoad(tuple(docs), tuple(problems), file_hashes(corpus_dir))


def _links_by_file(corpus_dir: Path) -> dict[str, list[dict]]:
    manifest = corpus_dir / "links.json"
    if not manifest.is_file():
        return {}
    try:
        entries = json.loads(manifest.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot be read (%s); linked documents are indexed without their footnote", manifest, exc)
        return {}
    by_file: dict[str, list[dict]] = {}
    for e in entries if isinstance(entries, list) else []:
        if isinstance(e, dict) and e.get("file") and e.get("footnote") is not None:
            by_file.setdefault(str(e["file"]), []).append(e)
    return by_file


# --------------------------------------------------------------------------- inspect


def describe(doc: Document) -> str:
    """A readable outline of a parsed document, for ``python -m assistant inspect``."""
    m = doc.metadata
    lines = [f"# {doc.title}", f"source: {doc.source_id}"]
    for label, value in (
        ("dossiers", "; ".join(f"{n} {t}" for n, t in m.dossiers)),
        ("nr", m.number),
        ("kind", m.kind),
        ("sender", m.sender),
        ("addressee", m.addressee),
        ("place", m.place),
        ("date", f"{m.date_text} ({m.date})" if m.date else None),
        (
            "answers letter of",
            f"{m.answers_letter_date_text} ({m.answers_letter_date})" if m.answers_letter_date else None,
        ),
        ("subject", m.subject),
        ("signatory", f"{m.signatory} ({m.signatory_role})" if m.signatory else None),
        ("cited by", ", ".join(f"{s} footnote {f} (vraag {q})" for s, f, q in doc.cited_by)),
        ("url", doc.url),
    ):
        if value not in (None, ""):
            lines.append(f"{label}: {value}")
    for s in doc.sections:
        if s.kind == "footnotes":
            continue
        head = {"question": f"## Vraag {s.number}", "body": f"## {s.title or '(tekst)'}"}.get(s.kind, f"## {s.kind}")
        lines.append("")
        lines.append(head)
        if s.question:
            lines.append(f"Q: {_short(s.question.text)}")
        for i, p in enumerate(s.paragraphs):
            extra = f" [voetnoot {', '.join(map(str, p.footnotes))}]" if p.footnotes else ""
            lines.append(f"  {i}. {_short(p.text)}{extra}")
    if doc.footnotes:
        lines += ["", "## Voetnoten"]
        for f in doc.footnotes:
            where = f"vraag {f.question}" if f.question is not None else "-"
            lines.append(f"  {f.number} ({where}) {_short(f.text)} | title: {f.title} | url: {f.url or '-'}")
    if doc.references:
        lines += ["", "## Verwijzingen"]
        lines += [f"  Kamerstuk {r.dossier}, nr. {r.number}  ({r.text})" for r in doc.references]
    if doc.warnings:
        lines += ["", "## Waarschuwingen"] + [f"  {w}" for w in doc.warnings]
    return "\n".join(lines)


def _short(text: str, width: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def iter_paragraphs(doc: Document) -> Iterable[tuple[Section, int, Paragraph]]:
    """Every (section, paragraph index, paragraph) in reading order."""
    for s in doc.sections:
        for i, p in enumerate(s.paragraphs):
            yield s, i, p
