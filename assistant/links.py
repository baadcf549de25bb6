"""Fetch the documents a letter links to and store them as Markdown in the corpus.

:func:`fetch_links` downloads every footnote URL once, extracts its main text
(HTML via trafilatura, PDF via pypdf, plain text as is), writes it to
``corpus/linked/<slug>.md`` and records every footnote link in
``corpus/links.json``.  A failed fetch never removes a document that an
earlier run stored, so a re-run without network keeps the corpus intact.

httpx, trafilatura and pypdf are imported inside the functions that need
them, so ``import assistant.links`` stays cheap.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

if TYPE_CHECKING:
    import httpx

    from .documents import Footnote

logger = logging.getLogger(__name__)

USER_AGENT = "kamerbrief-assistent/0.1"
LINKED_DIR = "linked"
MANIFEST_NAME = "links.json"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PDF_TYPES = frozenset({"application/pdf"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})

_MAX_SLUG = 80
_HASH_LEN = 8
_STORED_FILE = re.compile(rf"{LINKED_DIR}/[a-z0-9][a-z0-9-]*\.md")  # what a manifest "file" may name
_MANIFEST_KEYS = (
    "url", "title", "footnote", "question", "source", "status", "detail",
    "file", "final_url", "content_type", "fetched_at", "sha256",
)  # fmt: skip


@dataclass(frozen=True)
class LinkResult:
    """The outcome for one footnote link; ``file`` may survive a failed re-fetch."""

    url: str
    title: str | None  # footnote's link title, or the page's <title>/PDF title when found
    footnote: int
    question: int | None
    source: str  # the citing document's source id, e.g. "kst-31524-707.md"
    status: str  # "ok" | "http_error" | "too_large" | "bad_content_type" | "network_error" | "empty"
    detail: str = ""  # human-readable reason, e.g. "HTTP 404"
    file: str | None = None  # relative to the corpus dir, e.g. "linked/rijksoverheid-nl-stagepact-mbo.md"
    final_url: str | None = None  # after redirects
    content_type: str | None = None
    sha256: str | None = None  # of the stored text file
    fetched_at: str | None = None  # ISO 8601 UTC

    def to_manifest(self) -> dict[str, Any]:
        """The JSON object stored in ``links.json`` for this link."""
        return {key: getattr(self, key) for key in _MANIFEST_KEYS}


@dataclass(frozen=True)
class FetchReport:
    """All link results of one :func:`fetch_links` run, in footnote order."""

    results: tuple[LinkResult, ...]

    @property
    def ok(self) -> tuple[LinkResult, ...]:
        return tuple(r for r in self.results if r.status == "ok")

    @property
    def failed(self) -> tuple[LinkResult, ...]:
        return tuple(r for r in self.results if r.status != "ok")


@dataclass(frozen=True)
class _Fetched:
    """What fetching one URL gave: a status and, when ok, the extracted text."""

    status: str
    detail: str = ""
    final_url: str | None = None
    content_type: str | None = None
    title: str | None = None
    text: str = ""


# --------------------------------------------------------------------------- extraction


def extract_html(html: str, url: str | None = None) -> tuple[str | None, str]:
    """Return (title, main text) of an HTML page, without navigation and footer boilerplate.

    The text is Markdown: paragraphs, ``##`` headings, lists and tables separated by
    blank lines; bold/italic markers are dropped so sentences stay quotable verbatim.
    """
    import trafilatura

    if not html.strip():
        return None, ""
    text = trafilatura.extract(
        html,
        url=url,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    title: str | None = None
    metadata = trafilatura.extract_metadata(html, default_url=url)
    if metadata is not None and metadata.title:
        title = _one_line(metadata.title)
    if not title:
        match = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
        if match:
            import html as html_lib

            title = _one_line(html_lib.unescape(match.group(1))) or None
    return title, _clean_markdown(text or "")


def extract_pdf(data: bytes) -> tuple[str | None, str]:
    """Return (title, text) of a PDF: its metadata title and the text of all pages.

    Wrapped lines are joined into paragraphs (a paragraph ends at a short line that
    closes a sentence, or at a page break); paragraphs are separated by blank lines.
    """
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    title: str | None = None
    try:
        if reader.metadata is not None and reader.metadata.title:
            title = _one_line(str(reader.metadata.title)) or None
    except Exception:  # broken info dictionaries are common; the title is optional
        logger.debug("PDF metadata unreadable", exc_info=True)
    pages = [page.extract_text() or "" for page in reader.pages]
    return title, _pdf_paragraphs(pages)


_BULLET = re.compile(r"^(?:[•▪◦●·*–-]\s|\d{1,2}[.)]\s)")
_SENTENCE_END = re.compile(r"[.!?:;)\"'”’]$")


def _pdf_paragraphs(pages: list[str]) -> str:
    """Join the wrapped lines of PDF pages into paragraphs separated by blank lines."""
    page_lines = [[" ".join(line.split()) for line in page.splitlines()] for page in pages]
    page_lines = [[line for line in lines if line] for lines in page_lines]
    lengths = sorted(len(line) for lines in page_lines for line in lines)
    if not lengths:
        return ""
    full = lengths[int(0.9 * (len(lengths) - 1))]  # a typical full line
    paragraphs: list[str] = []
    for lines in page_lines:
        current = ""
        for i, line in enumerate(lines):
            if current and _BULLET.match(line):
                paragraphs.append(current)
                current = ""
            if not current:
                current = line
            elif current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
                current += line  # "mbo-\nstudenten" -> "mbo-studenten"
            else:
                current += " " + line
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            short = len(line) < 0.7 * full
            if short and (_SENTENCE_END.search(line) or nxt[:1].isupper() or nxt[:1].isdigit()):
                paragraphs.append(current)
                current = ""
        if current:
            paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _clean_markdown(text: str) -> str:
    """Normalise extracted Markdown: no emphasis markers, no level-1 headings, tidy blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\*\*(\S(?:.*?\S)?)\*\*", r"\1", text)
    text = re.sub(r"(?<![*\w])\*(\S(?:[^*\n]*?\S)?)\*(?![*\w])", r"\1", text)
    text = re.sub(r"(?m)^# ", "## ", text)  # the stored file has exactly one level-1 heading
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _markdown_file(heading: str, text: str) -> str:
    """The stored file: ``# heading``, a blank line, the text; a leading repeat of the heading is dropped."""
    heading = _one_line(heading)
    first, _, rest = text.partition("\n\n")
    if rest.strip() and re.sub(r"^#+ ", "", first).strip().casefold() == heading.casefold():
        text = rest
    return f"# {heading}\n\n{text.strip()}\n"


def _plain_text(text: str) -> tuple[str | None, str]:
    """Return (title, text) of a text/plain or text/markdown body (a leading ``# `` line is the title)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.split("\n"))).strip()
    match = re.match(r"# +(.+)\n?", text)
    if match:
        return _one_line(match.group(1)) or None, text[match.end() :].strip()
    return None, text


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- fetching


def _decode(data: bytes, charset: str | None, html: bool) -> str:
    """Decode a body: the header's charset, else a <meta charset>, else UTF-8, else cp1252."""
    candidates = [charset] if charset else []
    if html:
        match = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.IGNORECASE)
        if match:
            candidates.append(match.group(1).decode("ascii"))
    for encoding in candidates:
        try:
            return data.decode(encoding, errors="replace")
        except LookupError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} kB"
    return f"{n} bytes"


def _error_message(exc: BaseException) -> str:
    message = _one_line(str(exc))
    name = type(exc).__name__
    return (f"{name}: {message}" if message else name)[:200]


def _fetch(client: httpx.Client, url: str, timeout: float, max_bytes: int) -> _Fetched:
    """GET one URL and extract its text; never raises for network or content problems."""
    import httpx

    headers = {}
    if client.headers.get("user-agent", "").startswith("python-httpx"):
        headers["User-Agent"] = USER_AGENT
    deadline = time.monotonic() + 3 * timeout  # per-read timeouts do not bound a slow trickle
    try:
        with client.stream("GET", url, headers=headers, follow_redirects=True, timeout=timeout) as resp:
            final_url = str(resp.url)
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower() or None
            if resp.status_code >= 400:
                return _Fetched("http_error", f"HTTP {resp.status_code}", final_url, ctype)
            if ctype not in HTML_TYPES | PDF_TYPES | TEXT_TYPES:
                detail = f"content type {ctype} is not text" if ctype else "no content type given"
                return _Fetched("bad_content_type", detail, final_url, ctype)
            length = resp.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                detail = f"larger than {_size(max_bytes)} limit (Content-Length {length})"
                return _Fetched("too_large", detail, final_url, ctype)
            chunks: list[bytes] = []
            received = 0
            for chunk in resp.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    return _Fetched("too_large", f"larger than {_size(max_bytes)} limit", final_url, ctype)
                if time.monotonic() > deadline:
                    detail = f"download took longer than {3 * timeout:g} s"
                    return _Fetched("network_error", detail, final_url, ctype)
                chunks.append(chunk)
            charset = resp.charset_encoding
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return _Fetched("network_error", _error_message(exc))

    data = b"".join(chunks)
    try:
        if ctype in PDF_TYPES:
            title, text = extract_pdf(data)
        elif ctype in HTML_TYPES:
            title, text = extract_html(_decode(data, charset, html=True), final_url)
        else:
            title, text = _plain_text(_decode(data, charset, html=False))
    except ImportError:
        raise  # a missing dependency is a deployment bug, not a property of the link
    except Exception as exc:  # pypdf/lxml raise many kinds of errors on broken input
        return _Fetched("empty", f"text extraction failed: {_error_message(exc)}", final_url, ctype)
    if not text.strip():
        return _Fetched("empty", "no text found in the document", final_url, ctype, title)
    return _Fetched("ok", "", final_url, ctype, title, text)


# --------------------------------------------------------------------------- storage


def _url_key(url: str) -> str:
    """The URL as fetched: stripped, without its #fragment."""
    parts = urlsplit(url.strip())
    return urlunsplit(parts._replace(fragment=""))


def _slug(url: str) -> str:
    """A file name stem from the URL's host and path: lowercase ``[a-z0-9-]``, at most 80 chars.

    A short hash of the URL is appended when the stem had to be cut or the URL has a query.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    raw = f"{host}{f'-{port}' if port else ''}{unquote(parts.path)}"
    raw = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", raw).strip("-") or "link"
    if len(slug) > _MAX_SLUG or parts.query:
        slug = f"{slug[: _MAX_SLUG - _HASH_LEN - 1].rstrip('-')}-{_short_hash(url)}"
    return slug


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_HASH_LEN]


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder and ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_manifest(corpus_dir: Path) -> list[dict]:
    """Read ``corpus_dir/links.json``; [] when it is missing or unreadable."""
    path = Path(corpus_dir) / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        logger.warning("ignoring unreadable link manifest %s: %s", path, _error_message(exc))
        return []
    if not isinstance(data, list):
        logger.warning("ignoring link manifest %s: not a JSON list", path)
        return []
    return [entry for entry in data if isinstance(entry, dict)]


def _stored_file(entry: dict) -> bool:
    """Whether a manifest entry names a file this module could have written (never outside linked/)."""
    file = entry.get("file")
    return isinstance(file, str) and _STORED_FILE.fullmatch(file) is not None


def _assign_files(keys: Iterable[str], old: list[dict]) -> dict[str, str]:
    """Choose ``linked/<slug>.md`` for every URL key, reusing the file an earlier run used."""
    previous: dict[str, str] = {}
    owner: dict[str, str] = {}  # file -> url key, from the old manifest
    for entry in old:
        if _stored_file(entry) and isinstance(entry.get("url"), str):
            key = _url_key(entry["url"])
            previous.setdefault(key, entry["file"])
            owner.setdefault(entry["file"], key)
    files: dict[str, str] = {}
    used: set[str] = set()
    for key in keys:
        file = previous.get(key)
        if file is None or file in used:
            file = f"{LINKED_DIR}/{_slug(key)}.md"
            if file in used or owner.get(file, key) != key:
                stem = _slug(key)[: _MAX_SLUG - _HASH_LEN - 1].rstrip("-")
                file = f"{LINKED_DIR}/{stem}-{_short_hash(key)}.md"
        used.add(file)
        files[key] = file
    return files


def _previous_entry(old: list[dict], key: str, source: str, number: int, corpus_dir: Path) -> dict | None:
    """The earlier manifest entry whose stored file still exists for this URL (same footnote first)."""
    candidates = [
        e
        for e in old
        if isinstance(e.get("url"), str)
        and _url_key(e["url"]) == key
        and _stored_file(e)
        and (corpus_dir / e["file"]).is_file()
    ]
    same = [e for e in candidates if e.get("source") == source and e.get("footnote") == number]
    return (same or candidates or [None])[0]


def _safe_url(url: str) -> str:
    """Host and path only, for logging (query strings can carry personal data)."""
    parts = urlsplit(url)
    return f"{parts.hostname or ''}{parts.path}"


def fetch_links(
    footnotes: Iterable[tuple[str, Footnote]],
    corpus_dir: Path,
    *,
    timeout: float = 10.0,
    max_bytes: int = 5_000_000,
    client: httpx.Client | None = None,
    only_if_fetched: bool = False,
) -> FetchReport:
    """Fetch every footnote link once, store its text under ``corpus_dir/linked`` and write the manifest.

    With ``only_if_fetched`` the manifest is left as it was when no link could be fetched (offline: the corpus,
    and so the index, stays unchanged).

    ``footnotes`` yields ``(source_id, Footnote)``; footnotes without a ``url`` are skipped.
    The manifest ``corpus_dir/links.json`` gets one entry per footnote link; entries of
    sources not in ``footnotes`` are kept as they were.  On a failed fetch an earlier
    stored file stays, with its ``file``/``sha256``/``fetched_at``, under the new status.
    """
    import httpx

    corpus_dir = Path(corpus_dir)
    sources: set[str] = set()
    groups: dict[str, list[tuple[str, Footnote]]] = {}
    for source, note in footnotes:
        sources.add(source)
        if note.url is not None and note.url.strip():
            groups.setdefault(_url_key(note.url), []).append((source, note))

    old = load_manifest(corpus_dir)
    files = _assign_files(groups, old)
    results: list[LinkResult] = []
    own_client = client is None
    if client is None:
        client = httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        for key, cites in groups.items():
            fetched = _fetch(client, key, timeout, max_bytes)
            file = sha = fetched_at = None
            if fetched.status == "ok":
                heading = next((n.title for _, n in cites if n.title), None) or fetched.title or key
                body = _markdown_file(heading, fetched.text).encode("utf-8")
                file, sha = files[key], hashlib.sha256(body).hexdigest()
                _write_atomic(corpus_dir / file, body)
                fetched_at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
            for source, note in cites:
                title = note.title or fetched.title
                entry_file, entry_sha, entry_at = file, sha, fetched_at
                if fetched.status != "ok":
                    prev = _previous_entry(old, key, source, note.number, corpus_dir)
                    if prev is not None:
                        entry_file, entry_sha, entry_at = (
                            prev["file"],
                            prev.get("sha256"),
                            prev.get("fetched_at"),
                        )
                        title = title or prev.get("title")
                result = LinkResult(
                    url=note.url or key,
                    title=title,
                    footnote=note.number,
                    question=note.question,
                    source=source,
                    status=fetched.status,
                    detail=fetched.detail,
                    file=entry_file,
                    final_url=fetched.final_url,
                    content_type=fetched.content_type,
                    sha256=entry_sha,
                    fetched_at=entry_at,
                )
                results.append(result)
                _log(result)
    finally:
        if own_client:
            client.close()

    if only_if_fetched and not any(r.status == "ok" for r in results):
        return FetchReport(tuple(results))
    kept = [e for e in old if e.get("source") not in sources]
    manifest = kept + [r.to_manifest() for r in results]
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    _write_atomic(corpus_dir / MANIFEST_NAME, text.encode("utf-8"))
    return FetchReport(tuple(results))


def _log(result: LinkResult) -> None:
    where = f"{result.source} footnote {result.footnote}"
    if result.status == "ok":
        logger.info("link %s: ok, %s -> %s", where, _safe_url(result.url), result.file)
    else:
        kept = f"; keeping earlier {result.file}" if result.file else ""
        logger.warning("link %s: %s (%s), %s%s", where, result.status, result.detail, _safe_url(result.url), kept)
