"""The index: chunks and their embeddings in Chroma, with a manifest and a safe lifecycle.

* Embedded Chroma (a ``PersistentClient`` under ``index_dir/chroma``) by default,
  a Chroma server when ``ASSISTANT_CHROMA_URL`` is set: the same code for both.
* Each build goes into a new collection beside the live one; only when it is
  complete is it renamed to its final name and the manifest (written with an
  atomic ``os.replace``) switched to it.  A crash half-way leaves the old
  collection and manifest answering.
* The manifest records the corpus file hashes, the embedder's name and
  dimension and the chunker version; when any of them changes, :func:`open_index`
  rebuilds.  Embeddings of unchanged chunks (same content-hash id) are reused.
* A file lock keeps two processes from building at once.
* Chroma's default embedding function is never used (it downloads a model):
  collections are made with ``embedding_function=None`` and we pass vectors.

Usage (opens or builds the index)::

    index, report = open_index(Settings.load())
    index.count   # 39 for the letter alone
"""

from __future__ import annotations

import atexit
import errno
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import numpy as np

from .chunk import CHUNKER_VERSION, chunk_document
from .documents import Chunk, Hit
from .parse import file_hashes, load_corpus

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection
    from langchain_chroma import Chroma

    from .config import Settings
    from .embeddings import Embedder
    from .registry import Registry

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
IN_USE_MAX_AGE = 120.0  # a replica not seen for this long no longer holds on to the collection it served
_UPSERT_BATCH = 256


class IndexBuildError(RuntimeError):
    """The index could not be built (and no earlier index is there to answer)."""


@dataclass(frozen=True)
class BuildReport:
    """What a build did: the summary ``python -m assistant index`` prints."""

    documents: int
    chunks: int
    embedded: int
    reused: int
    seconds: float
    collection: str
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    rebuilt: bool = True
    reason: str = ""

    def summary(self) -> str:
        lines = [
            f"{self.documents} documents, {self.chunks} chunks ({self.embedded} embedded, {self.reused} reused) "
            f"in {self.seconds:.1f} s -> collection {self.collection}"
        ]
        lines += [f"skipped: {p}" for p in self.problems]
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)


# --------------------------------------------------------------------------- chroma access


def _chroma() -> Any:
    try:
        import chromadb
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("The index needs 'chromadb': pip install -r requirements.txt") from exc
    return chromadb


def connect(settings: Settings) -> ClientAPI:
    """A Chroma client: the server at ``settings.chroma_url``, else embedded under ``index_dir``."""
    chromadb = _chroma()
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url if "://" in settings.chroma_url else f"http://{settings.chroma_url}")
        if not url.hostname:
            raise ValueError(f"ASSISTANT_CHROMA_URL={settings.chroma_url!r} is not a URL like http://127.0.0.1:8000")
        port = url.port or (443 if url.scheme == "https" else 8000)
        return chromadb.HttpClient(host=url.hostname, port=port, ssl=url.scheme == "https", settings=chroma_settings)
    path = settings.index_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _forget_clients() -> None:
    """Drop Chroma's per-path client cache (needed after moving a data folder aside)."""
    try:
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:  # pragma: no cover - private API moved
        log.debug("could not clear chroma's client cache", exc_info=True)


def _metadata(chunk: Chunk) -> dict[str, str | int]:
    meta: dict[str, str | int] = {
        "source": chunk.source_id,
        "kind": chunk.kind,
        "paragraph": chunk.paragraph,
        "start": chunk.start,
        "end": chunk.end,
        "header": chunk.header,
        "title": chunk.title,
        "footnotes": ",".join(map(str, chunk.footnotes)),
        "urls": "\n".join(chunk.urls),
    }
    if chunk.question is not None:
        meta["question"] = chunk.question
    return meta


def _chunk(cid: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        id=cid,
        source_id=str(meta.get("source", "")),
        kind=meta.get("kind", "body"),
        text=text,
        header=str(meta.get("header", "")),
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        paragraph=int(meta.get("paragraph", 0)),
        question=int(meta["question"]) if meta.get("question") is not None else None,
        footnotes=tuple(int(n) for n in str(meta.get("footnotes", "")).split(",") if n),
        urls=tuple(u for u in str(meta.get("urls", "")).split("\n") if u),
        title=str(meta.get("title", "")),
    )


# --------------------------------------------------------------------------- the index


@dataclass
class Index:
    """An open index: a Chroma collection of chunks, and the embedder that made it."""

    client: ClientAPI
    collection: Collection
    embedder: Embedder
    manifest: dict[str, Any] = field(default_factory=dict)
    registry: Registry | None = None  # shared state on a Chroma server (None for embedded Chroma)

    @cached_property
    def count(self) -> int:
        """The number of chunks (fixed for an opened collection: read once, not on every search)."""
        return self.collection.count()

    @property
    def name(self) -> str:
        return self.collection.name

    def search(self, query: str, k: int = 8, where: dict[str, Any] | None = None) -> list[Hit]:
        """Dense search: the ``k`` chunks nearest to ``query`` (cosine similarity as score)."""
        vec = self.embedder.embed([query], "query")[0]
        return self.search_vector(vec, k, where)

    def search_vector(self, vector: np.ndarray, k: int = 8, where: dict[str, Any] | None = None) -> list[Hit]:
        n = min(k, self.count)
        if n <= 0:
            return []
        res = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()],
            n_results=n,
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        hits = []
        for rank, (cid, doc, meta, dist) in enumerate(
            zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0], strict=True)
        ):
            score = 1.0 - float(dist)
            hits.append(Hit(_chunk(cid, doc or "", dict(meta or {})), score, rank, dense_score=score))
        return hits

    def chunks(self, page: int = 5000) -> list[Chunk]:
        """Every chunk in the index, in document order (for BM25 and browsing); read in pages."""
        chunks: list[Chunk] = []
        total = self.count
        for offset in range(0, total, page):
            res = self.collection.get(include=["documents", "metadatas"], limit=page, offset=offset)
            chunks += [
                _chunk(c, d or "", dict(m or {}))
                for c, d, m in zip(res["ids"], res["documents"], res["metadatas"], strict=True)
            ]
        return sorted(chunks, key=lambda c: (c.source_id, c.start, c.kind != "question"))

    def vectorstore(self) -> Chroma:
        """The same collection as a LangChain ``Chroma`` vector store, with our embeddings."""
        from langchain_chroma import Chroma

        from .embeddings import LangChainEmbeddings

        return Chroma(
            client=self.client,
            collection_name=self.collection.name,
            embedding_function=LangChainEmbeddings(self.embedder),
            create_collection_if_not_exists=False,
        )


# --------------------------------------------------------------------------- manifest


def fingerprint(files: dict[str, str], embedder_name: str, dim: int, max_tokens: int) -> str:
    key = json.dumps(
        {"files": files, "embedder": embedder_name, "dim": dim, "chunker": CHUNKER_VERSION, "max_tokens": max_tokens},
        sort_keys=True,
    )
    return hashlib.sha256(key.encode()).hexdigest()


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    path = index_dir / MANIFEST
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION or "collection" not in data:
            raise ValueError("unexpected content")
        return data
    except (OSError, ValueError) as exc:
        log.warning("index manifest %s is unreadable (%s); the index will be rebuilt", path, exc)
        return None


def _write_manifest(index_dir: Path, data: dict[str, Any]) -> None:
    index_dir.mkdir(parents=True, exist_ok=True)
    tmp = index_dir / f".{MANIFEST}.{uuid.uuid4().hex[:8]}.tmp"
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / MANIFEST)


def _lock(index_dir: Path, timeout: float = 900.0) -> Any:
    from filelock import FileLock

    index_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(index_dir / ".index.lock"), timeout=timeout)


# --------------------------------------------------------------------------- open / build


def _get(client: ClientAPI, name: str) -> Collection | None:
    try:
        return client.get_collection(name, embedding_function=None)  # type: ignore[arg-type]
    except Exception:
        return None


def _usable(client: ClientAPI, name: str, expected: int | None) -> Collection | None:
    """The collection ``name`` when it exists and holds the expected number of chunks."""
    col = _get(client, name)
    if col is None:
        return None
    try:
        count = col.count()
        meta = col.metadata or {}
    except Exception as exc:
        log.warning("collection %s cannot be read (%s)", name, exc)
        return None
    want = expected if expected is not None else meta.get("chunks")
    if not meta.get("complete") or want is None or count != int(want):
        log.warning("collection %s is incomplete (%s of %s chunks)", name, count, want)
        return None
    return col


_NOT_CORRUPTION = ("readonly", "read-only", "permission", "denied", "no space", "disk full", "locked", "busy")


def _is_corruption(exc: BaseException) -> bool:
    """Whether opening failed because the data is damaged, not because of access, space or another process."""
    if isinstance(exc, (PermissionError, TimeoutError)) or (
        isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.ENOSPC, errno.EPERM)
    ):
        return False
    text = str(exc).lower()
    return not any(word in text for word in _NOT_CORRUPTION)


def writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (made if missing): false on a read-only mount or another
    user's folder."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            return True
    except OSError:
        return False


def _open_client(settings: Settings) -> ClientAPI:
    """Connect; an embedded data folder that is really damaged is moved aside and started anew (a folder that
    cannot be written, a full disk or a busy database is reported, and nothing is moved)."""
    try:
        client = connect(settings)
        client.list_collections()
        return client
    except Exception as exc:
        if settings.chroma_url:
            raise IndexBuildError(f"cannot reach the Chroma server at {settings.chroma_url}: {exc}") from exc
        if not _is_corruption(exc):
            raise IndexBuildError(f"cannot open the index at {settings.index_dir / 'chroma'}: {exc}") from exc
        path = settings.index_dir / "chroma"
        aside = settings.index_dir / f"chroma.corrupt-{time.strftime('%Y%m%d-%H%M%S')}"
        log.error("the index at %s is corrupt (%s); moving it to %s and rebuilding", path, exc, aside)
        _forget_clients()
        if path.exists():
            shutil.move(str(path), str(aside))
        manifest = settings.index_dir / MANIFEST
        if manifest.exists():
            manifest.unlink()
        return connect(settings)


def open_index(
    settings: Settings, embedder: Embedder | None = None, *, rebuild: bool = False, progress: bool = False
) -> tuple[Index, BuildReport | None]:
    """Open the index, building or updating it first when the corpus or the embedder changed.

    Returns the index and the build report (None when nothing had to be built).
    When a needed rebuild fails but an earlier complete index exists, that one
    keeps answering and the failure is logged.
    """
    from .embeddings import make_embedder

    embedder = embedder or make_embedder(settings)
    if settings.chroma_url:
        return _open_shared(settings, embedder, rebuild=rebuild, progress=progress)
    if not writable(settings.index_dir):
        if rebuild:
            raise IndexBuildError(f"the index folder {settings.index_dir} is read-only: it cannot be rebuilt here")
        return _open_read_only(settings, embedder), None
    with _lock(settings.index_dir):
        client = _open_client(settings)
        files = file_hashes(settings.corpus_dir)
        fp = fingerprint(files, embedder.name, embedder.dim, settings.chunk_max_tokens)
        manifest = read_manifest(settings.index_dir)
        final = f"{settings.collection}-{fp[:16]}"
        current = None
        if manifest is not None:
            current = _usable(client, manifest["collection"], manifest.get("chunks"))
            if current is None:
                log.warning("the index named in %s is missing or incomplete; rebuilding", settings.index_dir / MANIFEST)
        if not rebuild:
            if current is not None and manifest is not None and manifest.get("fingerprint") == fp:
                return Index(client, current, embedder, manifest), None
            # Another replica (or an earlier run) may have built this exact index already.
            if (ready := _usable(client, final, None)) is not None:
                data = dict(ready.metadata or {})
                manifest = _manifest(fp, final, files, embedder, data.get("documents", 0), ready.count(), {}, settings)
                _write_manifest(settings.index_dir, manifest)
                log.info("using the existing collection %s", final)
                return Index(client, ready, embedder, manifest), None
        reason = "requested" if rebuild else ("no index yet" if manifest is None else "corpus or embedder changed")
        log.info("building the index (%s)", reason)
        try:
            report, manifest = _build(client, settings, embedder, fp, final, current, progress=progress, reason=reason)
        except Exception as exc:
            if current is not None and manifest is not None:
                log.error("rebuilding the index failed (%s); the previous index keeps answering", exc)
                return Index(client, current, embedder, manifest), None
            raise
        col = _get(client, report.collection)
        assert col is not None
        return Index(client, col, embedder, manifest), report


def _open_read_only(settings: Settings, embedder: Embedder) -> Index:
    """Serve an index folder that cannot be written (a container image, another user's folder): no lock, no
    build; Chroma needs a writable database, so it opens a private copy in the temp folder."""
    folder = settings.index_dir
    manifest = read_manifest(folder)
    if manifest is None or not (folder / "chroma").is_dir():
        raise IndexBuildError(
            f"the index folder {folder} is read-only and holds no index: build it where it can be written "
            "(python -m assistant index) and ship the whole folder"
        )
    built_with = manifest.get("embedder", {})
    if built_with.get("name") != embedder.name or built_with.get("dim") != embedder.dim:
        raise IndexBuildError(
            f"the read-only index in {folder} was built with the embedder {built_with.get('name')!r}, "
            f"this process uses {embedder.name!r}: rebuild it where it can be written"
        )
    files = file_hashes(settings.corpus_dir)
    if manifest.get("fingerprint") != fingerprint(files, embedder.name, embedder.dim, settings.chunk_max_tokens):
        log.warning(
            "the corpus changed since the read-only index in %s was built; serving it as built (quotes are still "
            "checked against the corpus); rebuild it where it can be written",
            folder,
        )
    copy = Path(tempfile.mkdtemp(prefix="assistant-index-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    shutil.copytree(folder / "chroma", copy / "chroma")
    from chromadb.config import Settings as ChromaSettings

    client = _chroma().PersistentClient(path=str(copy / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    col = _usable(client, manifest["collection"], manifest.get("chunks"))
    if col is None:
        raise IndexBuildError(f"the read-only index in {folder} is incomplete: rebuild it where it can be written")
    log.info("the index folder %s is read-only: serving a private copy, without a lock", folder)
    return Index(client, col, embedder, manifest)


def _open_shared(
    settings: Settings, embedder: Embedder, *, rebuild: bool, progress: bool
) -> tuple[Index, BuildReport | None]:
    """Open the live index on a Chroma server that other replicas may share (see :mod:`assistant.registry`).

    The live collection and its manifest are read from the server; only one replica builds at a time (the others
    wait and then use what it built); a build gets a new collection name, so the one others serve stays until
    they have moved over.
    """
    from .registry import Registry

    client = _open_client(settings)
    registry = Registry(client, settings.collection)
    files = file_hashes(settings.corpus_dir)
    fp = fingerprint(files, embedder.name, embedder.dim, settings.chunk_max_tokens)

    def ready() -> Index | None:
        live = registry.live()
        if live is None or live.get("fingerprint") != fp:
            return None
        col = _usable(client, live["collection"], live.get("chunks"))
        return None if col is None else Index(client, col, embedder, live, registry)

    if not rebuild and (index := ready()) is not None:
        _save_manifest_copy(settings, index.manifest)
        return index, None
    with registry.building():
        if not rebuild and (index := ready()) is not None:  # another replica built it while we waited
            _save_manifest_copy(settings, index.manifest)
            return index, None
        live = registry.live()
        current = _usable(client, live["collection"], live.get("chunks")) if live else None
        final = f"{settings.collection}-{fp[:16]}-{uuid.uuid4().hex[:6]}"
        reason = "requested" if rebuild else ("no index yet" if live is None else "corpus or embedder changed")
        log.info("building the shared index (%s)", reason)
        report, manifest = _build(
            client, settings, embedder, fp, final, current, progress=progress, reason=reason, registry=registry
        )
    col = _get(client, report.collection)
    assert col is not None
    return Index(client, col, embedder, manifest, registry), report


def _save_manifest_copy(settings: Settings, manifest: dict[str, Any]) -> None:
    """A copy of the shared manifest in the local index folder, for the operator (it may be read-only)."""
    try:
        _write_manifest(settings.index_dir, manifest)
    except OSError as exc:
        log.debug("no local copy of the manifest (%s)", exc)


def collect_garbage(client: ClientAPI, registry: Registry, prefix: str, max_age: float) -> list[str]:
    """Delete our collections that are neither live nor served by a replica seen within ``max_age`` seconds.

    Done under the build lock, and skipped when another replica holds it. Returns the names deleted.
    """
    prefix_ = prefix + "-"
    names = [c if isinstance(c, str) else c.name for c in client.list_collections()]
    if sum(n.startswith(prefix_) for n in names) <= 1 or not registry.try_lock():
        return []  # nothing to collect, or another replica is building or collecting
    try:
        live = registry.live()
        keep = registry.in_use(max_age) | ({live["collection"]} if live else set())
        return _cleanup(client, prefix, keep=keep)
    finally:
        registry.unlock()


def _manifest(
    fp: str,
    name: str,
    files: dict[str, str],
    embedder: Embedder,
    documents: int,
    chunks: int,
    skipped: dict[str, str],
    settings: Settings,
) -> dict[str, Any]:
    return {
        "version": MANIFEST_VERSION,
        "collection": name,
        "fingerprint": fp,
        "files": files,
        "skipped": skipped,
        "embedder": {"name": embedder.name, "dim": embedder.dim},
        "chunker": CHUNKER_VERSION,
        "chunk_max_tokens": settings.chunk_max_tokens,
        "documents": documents,
        "chunks": chunks,
        "chroma": settings.chroma_url or "embedded",
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _build(
    client: ClientAPI,
    settings: Settings,
    embedder: Embedder,
    fp: str,
    final: str,
    current: Collection | None,
    *,
    progress: bool,
    reason: str,
    registry: Registry | None = None,
) -> tuple[BuildReport, dict[str, Any]]:
    t0 = time.perf_counter()
    loaded = load_corpus(settings.corpus_dir, max_bytes=settings.max_file_bytes)
    problems = tuple(str(p) for p in loaded.problems)
    if not loaded.documents:
        detail = "; ".join(problems) or f"no .md, .txt, .html or .pdf files in {settings.corpus_dir}"
        raise IndexBuildError(f"no documents could be parsed ({detail}); the existing index is kept")
    count_tokens = getattr(embedder, "count_tokens", None)
    chunks: list[Chunk] = []
    for doc in loaded.documents:
        if count_tokens is not None:
            chunks.extend(chunk_document(doc, max_tokens=settings.chunk_max_tokens, count_tokens=count_tokens))
        else:
            chunks.extend(chunk_document(doc, max_tokens=settings.chunk_max_tokens))
    # Same content hash -> same chunk: keep one of each.
    unique = list({c.id: c for c in chunks}.values())

    vectors = _reuse(current, embedder, [c.id for c in unique])
    todo = [c for c in unique if c.id not in vectors]
    vectors.update(_embed(embedder, todo, settings.embedding_batch_size, progress))

    tmp_name = f"{settings.collection}-build-{uuid.uuid4().hex[:12]}"
    meta = {
        "fingerprint": fp,
        "embedder": embedder.name,
        "dim": embedder.dim,
        "complete": False,
        "chunks": len(unique),
        "documents": len(loaded.documents),
    }
    col = client.create_collection(
        tmp_name,
        embedding_function=None,
        configuration={"hnsw": {"space": "cosine"}},
        metadata=meta,  # type: ignore[arg-type]
    )
    try:
        for i in range(0, len(unique), _UPSERT_BATCH):
            batch = unique[i : i + _UPSERT_BATCH]
            col.upsert(
                ids=[c.id for c in batch],
                embeddings=np.stack([vectors[c.id] for c in batch]).astype(np.float32),  # type: ignore[arg-type]
                documents=[c.text for c in batch],
                metadatas=[_metadata(c) for c in batch],  # type: ignore[misc]
            )
        if col.count() != len(unique):
            raise IndexBuildError(f"wrote {col.count()} chunks, expected {len(unique)}")
        if _get(client, final) is not None:  # a stale or incomplete one under the final name
            client.delete_collection(final)
        col.modify(name=final, metadata={**meta, "complete": True})
    except BaseException:
        _drop(client, tmp_name)
        raise
    manifest = _manifest(
        fp,
        final,
        loaded.files,
        embedder,
        len(loaded.documents),
        len(unique),
        {p.path: p.problem for p in loaded.problems},
        settings,
    )
    if registry is None:
        _write_manifest(settings.index_dir, manifest)
        _cleanup(client, settings.collection, keep={final})
    else:
        registry.publish(manifest)
        _save_manifest_copy(settings, manifest)
        # replicas still serving an earlier collection keep it until they have moved over
        _cleanup(client, settings.collection, keep={final} | registry.in_use(IN_USE_MAX_AGE))
    warnings = tuple(f"{d.source_id}: {w}" for d in loaded.documents for w in d.warnings)
    report = BuildReport(
        documents=len(loaded.documents),
        chunks=len(unique),
        embedded=len(todo),
        reused=len(unique) - len(todo),
        seconds=time.perf_counter() - t0,
        collection=final,
        problems=problems,
        warnings=warnings,
        reason=reason,
    )
    log.info("index built: %s", report.summary().splitlines()[0])
    return report, manifest


def _reuse(current: Collection | None, embedder: Embedder, ids: Sequence[str]) -> dict[str, np.ndarray]:
    """Embeddings of chunks the live index already has (same id = same content, same embedder)."""
    if current is None or (current.metadata or {}).get("embedder") != embedder.name:
        return {}
    out: dict[str, np.ndarray] = {}
    try:
        for i in range(0, len(ids), 500):
            res = current.get(ids=list(ids[i : i + 500]), include=["embeddings"])
            for cid, emb in zip(res["ids"], res["embeddings"], strict=True):
                out[cid] = np.asarray(emb, dtype=np.float32)
    except Exception as exc:
        log.warning("could not reuse embeddings from %s (%s); embedding everything", current.name, exc)
        return {}
    return out


def _embed(embedder: Embedder, chunks: Sequence[Chunk], batch_size: int, progress: bool) -> dict[str, np.ndarray]:
    from tqdm import tqdm

    out: dict[str, np.ndarray] = {}
    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not progress or not chunks) as bar:
        for i in range(0, len(chunks), batch_size):
            batch = chunks[i : i + batch_size]
            vecs = embedder.embed([c.embed_text for c in batch], "passage")
            if vecs.shape != (len(batch), embedder.dim):
                raise IndexBuildError(f"embedder returned shape {vecs.shape}, expected ({len(batch)}, {embedder.dim})")
            out.update({c.id: v for c, v in zip(batch, vecs, strict=True)})
            bar.update(len(batch))
    return out


def _drop(client: ClientAPI, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:
        log.debug("could not delete collection %s", name, exc_info=True)


def _cleanup(client: ClientAPI, prefix: str, keep: set[str]) -> list[str]:
    """Delete our other collections (older builds, builds a crash left behind); returns their names."""
    removed = []
    for col in client.list_collections():
        name = col if isinstance(col, str) else col.name
        if name not in keep and name.startswith(prefix + "-"):
            log.info("removing old collection %s", name)
            _drop(client, name)
            removed.append(name)
    return removed
