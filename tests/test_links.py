"""Tests for assistant.links against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import logging
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fpdf import FPDF

from assistant.documents import Footnote
from assistant.links import (
    FetchReport,
    LinkResult,
    _slug,
    extract_html,
    extract_pdf,
    fetch_links,
    load_manifest,
)

ARTICLE_1 = (
    "Het stagepact mbo is een afspraak tussen scholen, werkgevers en de overheid. "
    "Het doel is dat iedere mbo-student een passende stageplek vindt."
)
ARTICLE_2 = (
    "Stagediscriminatie moet volledig verdwijnen. Scholen en leerbedrijven melden "
    "signalen van discriminatie bij het landelijke meldpunt."
)
ARTICLE_3 = (
    "De minister van Onderwijs, Cultuur en Wetenschap stuurt de Tweede Kamer elk jaar "
    "een voortgangsrapportage over het stagepact."
)
HTML_PAGE = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Stagepact mbo | Rijksoverheid.nl</title></head>
<body>
<div class="cookie-banner" id="cookiebanner"><p>Deze website gebruikt cookies. Accepteer alle cookies
of pas uw cookievoorkeuren aan.</p><button>Akkoord</button></div>
<header><nav class="menu"><ul>
<li><a href="/">Home</a></li><li><a href="/onderwerpen">Onderwerpen</a></li>
<li><a href="/nieuws">Nieuwsberichten</a></li><li><a href="/zoeken">Zoekformulier</a></li>
</ul></nav></header>
<main><article>
<h1>Stagepact mbo</h1>
<p>{ARTICLE_1}</p>
<p>{ARTICLE_2}</p>
<h2>Afspraken</h2>
<ul><li>Meer stageplaatsen in de zorg.</li><li>Betere begeleiding van studenten.</li></ul>
<p>{ARTICLE_3}</p>
</article></main>
<footer><ul><li><a href="/privacy">Privacyverklaring</a></li><li><a href="/contact">Contactformulier</a></li>
<li>Postbus 20901, 2500 EX Den Haag</li><li><a href="/toegankelijk">Toegankelijkheidsverklaring</a></li></ul>
</footer>
</body></html>"""
BOILERPLATE = ("Nieuwsberichten", "Zoekformulier", "cookie", "Akkoord", "Privacyverklaring", "Postbus",
               "Toegankelijkheidsverklaring", "Contactformulier")  # fmt: skip
PDF_SENTENCE = "Stagediscriminatie in het mbo moet volledig verdwijnen, zegt de coördinator."
PDF_TITLE = "Voortgangsrapportage stagepact"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
CHUNKED_TOTAL = 64 * 1024 * 1024


def make_pdf(title: str | None = PDF_TITLE) -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "Dit rapport beschrijft de voortgang van het stagepact in het jaar 2026 " * 2 + PDF_SENTENCE)
    pdf.ln(6)
    pdf.multi_cell(0, 6, "Tweede alinea: één geïnteresseerde student.")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Pagina twee met een slotzin.")
    return bytes(pdf.output())


PDF_BYTES = make_pdf()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.overrides: dict[str, int] = {}  # path -> status code to answer instead
        self.chunked_sent = 0
        self.chunked_done = threading.Event()
        self.stop = threading.Event()
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass

    def _send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        with self.server.lock:
            self.server.hits[path] += 1
        if path in self.server.overrides:
            self._send(self.server.overrides[path], "text/html", b"<html><body>Fout</body></html>")
        elif path == "/artikel.html":
            self._send(200, "text/html; charset=utf-8", HTML_PAGE.encode("utf-8"))
        elif path == "/rapport.pdf":
            self._send(200, "application/pdf", PDF_BYTES)
        elif path == "/kapot.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 dit is geen echte pdf")
        elif path == "/tekst.txt":
            self._send(
                200,
                "text/plain; charset=iso-8859-1",
                "Eerste alinea, geïnteresseerd.\r\n\r\n\r\nTweede.".encode("latin-1"),
            )
        elif path == "/leeg.html":
            self._send(200, "text/html", b"<html><head><title>Leeg</title></head><body></body></html>")
        elif path == "/plaatje.png":
            self._send(200, "image/png", PNG)
        elif path == "/oud":
            self._send(302, "text/html", b"", {"Location": "/artikel.html"})
        elif path == "/groot-lengte":
            self._too_large_with_length()
        elif path == "/groot-chunked":
            self._too_large_chunked()
        elif path == "/traag":
            self._trickle()
        else:
            self._send(404, "text/html", b"<html><body>Niet gevonden</body></html>")

    def _too_large_with_length(self) -> None:
        """Announce 50 kB, send 10 bytes, then stall: only an early reject returns quickly."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "50000")
        self.end_headers()
        try:
            self.wfile.write(b"<html>1234")
            self.wfile.flush()
            self.server.stop.wait(5)
            self.wfile.write(b"x" * 49990)
        except OSError:
            pass
        self.close_connection = True

    def _too_large_chunked(self) -> None:
        """A chunked body without Content-Length of up to 64 MiB; counts what it could send."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"a" * 65536
        try:
            while self.server.chunked_sent < CHUNKED_TOTAL and not self.server.stop.is_set():
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.server.chunked_sent += len(chunk)
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass
        finally:
            self.close_connection = True
            self.server.chunked_done.set()

    def _trickle(self) -> None:
        """A chunked body that never ends: 10 bytes every 50 ms, each read well within the timeout."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            end = time.monotonic() + 5  # bounded, so a missing deadline fails instead of hanging
            while not self.server.stop.wait(0.05) and time.monotonic() < end:
                self.wfile.write(b"a\r\nregel tien\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass
        self.close_connection = True


class Served:
    """A running test server: its base URL and state."""

    def __init__(self) -> None:
        self.httpd = _Server()
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.daemon = True
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.httpd.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def server() -> Iterator[Served]:
    served = Served()
    yield served
    served.close()


@pytest.fixture
def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def note(number: int, url: str | None, title: str | None = None, question: int | None = None) -> Footnote:
    return Footnote(number=number, text=title or url or "", title=title, url=url, question=question)


def fetch_one(url: str, corpus: Path, title: str | None = None, **kwargs: object) -> LinkResult:
    report = fetch_links([("kst-31524-707.md", note(1, url, title, 4))], corpus, **kwargs)  # type: ignore[arg-type]
    assert len(report.results) == 1
    return report.results[0]


def stored(corpus: Path, result: LinkResult) -> str:
    assert result.file is not None
    return (corpus / result.file).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- fetching


def test_html_page_keeps_article_and_drops_boilerplate(server: Served, tmp_path: Path) -> None:
    result = fetch_one(server.url("/artikel.html"), tmp_path, title="Stagepact mbo (Rijksoverheid)")
    assert result.status == "ok", result.detail
    assert result.file == f"linked/127-0-0-1-{server.port}-artikel-html.md"
    assert result.content_type == "text/html"
    assert result.final_url == server.url("/artikel.html")
    assert result.title == "Stagepact mbo (Rijksoverheid)"
    assert result.footnote == 1 and result.question == 4 and result.source == "kst-31524-707.md"
    text = stored(tmp_path, result)
    assert text.startswith("# Stagepact mbo (Rijksoverheid)\n\n")
    assert f"{ARTICLE_1}\n\n{ARTICLE_2}" in text
    assert ARTICLE_3 in text
    assert "Meer stageplaatsen in de zorg." in text
    for word in BOILERPLATE:
        assert word.lower() not in text.lower(), word
    assert "\n# " not in text and "\n## Stagepact mbo\n" in text  # the page's <h1> became a level-2 heading
    assert result.sha256 == hashlib.sha256((tmp_path / result.file).read_bytes()).hexdigest()
    assert result.fetched_at is not None and result.fetched_at.endswith("Z")


def test_redirect_is_followed_and_page_title_used(server: Served, tmp_path: Path) -> None:
    result = fetch_one(server.url("/oud"), tmp_path)
    assert result.status == "ok", result.detail
    assert result.url == server.url("/oud")
    assert result.final_url == server.url("/artikel.html")
    assert result.title == "Stagepact mbo"
    text = stored(tmp_path, result)
    assert text.startswith(f"# Stagepact mbo\n\n{ARTICLE_1}\n\n")  # the page's <h1> is not repeated
    assert ARTICLE_2 in text


def test_pdf_text_and_title(server: Served, tmp_path: Path) -> None:
    result = fetch_one(server.url("/rapport.pdf"), tmp_path)
    assert result.status == "ok", result.detail
    assert result.content_type == "application/pdf"
    assert result.title == PDF_TITLE
    text = stored(tmp_path, result)
    assert text.startswith(f"# {PDF_TITLE}\n\n")
    assert PDF_SENTENCE in text
    assert "Pagina twee met een slotzin." in text


def test_plain_text_as_is_with_charset(server: Served, tmp_path: Path) -> None:
    result = fetch_one(server.url("/tekst.txt"), tmp_path)
    assert result.status == "ok", result.detail
    assert stored(tmp_path, result) == f"# {server.url('/tekst.txt')}\n\nEerste alinea, geïnteresseerd.\n\nTweede.\n"


def test_http_404(server: Served, tmp_path: Path) -> None:
    result = fetch_one(server.url("/ontbreekt"), tmp_path)
    assert (result.status, result.detail) == ("http_error", "HTTP 404")
    assert result.file is None and result.sha256 is None
    assert not (tmp_path / "linked").exists() or not any((tmp_path / "linked").iterdir())


def test_too_large_rejected_early_on_content_length(server: Served, tmp_path: Path) -> None:
    start = time.monotonic()
    result = fetch_one(server.url("/groot-lengte"), tmp_path, max_bytes=1000, timeout=3.0)
    assert result.status == "too_large", result.detail
    assert result.detail.startswith("larger than 1 kB limit")
    # the server stalls after 10 bytes: reading the body would have hit the 3 s timeout
    assert time.monotonic() - start < 2.5
    assert result.file is None


def test_too_large_chunked_body_is_aborted(server: Served, tmp_path: Path) -> None:
    result = fetch_one(server.url("/groot-chunked"), tmp_path, max_bytes=100_000)
    assert (result.status, result.detail) == ("too_large", "larger than 100 kB limit")
    assert result.file is None
    assert server.httpd.chunked_done.wait(5)
    assert server.httpd.chunked_sent < CHUNKED_TOTAL  # the client hung up long before the end


def test_slow_trickle_hits_total_deadline(server: Served, tmp_path: Path) -> None:
    start = time.monotonic()
    result = fetch_one(server.url("/traag"), tmp_path, timeout=0.2)
    assert (result.status, result.detail) == ("network_error", "download took longer than 0.6 s")
    assert time.monotonic() - start < 2.0
    assert result.file is None


def test_non_text_content_type(server: Served, tmp_path: Path) -> None:
    result = fetch_one(server.url("/plaatje.png"), tmp_path)
    assert (result.status, result.detail) == ("bad_content_type", "content type image/png is not text")
    assert result.content_type == "image/png"
    assert result.file is None


def test_empty_page_and_broken_pdf(server: Served, tmp_path: Path) -> None:
    empty = fetch_one(server.url("/leeg.html"), tmp_path)
    assert (empty.status, empty.detail) == ("empty", "no text found in the document")
    broken = fetch_one(server.url("/kapot.pdf"), tmp_path)
    assert broken.status == "empty"
    assert broken.detail.startswith("text extraction failed:")
    assert not (tmp_path / "linked").exists()


def test_closed_port_is_network_error(closed_port: int, tmp_path: Path) -> None:
    result = fetch_one(f"http://127.0.0.1:{closed_port}/stuk.html", tmp_path, timeout=2.0)
    assert result.status == "network_error"
    assert result.detail.startswith("ConnectError")
    assert result.final_url is None and result.file is None


# --------------------------------------------------------------------------- manifest


def test_manifest_and_offline_rerun(server: Served, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    article = server.url("/artikel.html")
    links = [
        ("kst-31524-707.md", note(1, None, "Link zonder doel")),
        ("kst-31524-707.md", note(2, article, "Stagepact mbo", question=1)),
        ("kst-31524-707.md", note(3, server.url("/rapport.pdf"), None, question=2)),
        ("kst-31524-707.md", note(4, server.url("/ontbreekt"), "Weg", question=2)),
        ("kst-31524-707.md", note(5, article + "#afspraken", "Stagepact, nogmaals", question=5)),
        ("kst-31524-707.md", note(6, server.url("/plaatje.png"), None)),
    ]
    with caplog.at_level(logging.INFO, logger="assistant.links"):
        report = fetch_links(links, tmp_path)
    assert isinstance(report, FetchReport)
    assert [r.footnote for r in report.results] == [2, 5, 3, 4, 6]
    assert [r.footnote for r in report.ok] == [2, 5, 3]
    assert [(r.footnote, r.status) for r in report.failed] == [(4, "http_error"), (6, "bad_content_type")]
    assert server.httpd.hits["/artikel.html"] == 1  # same URL (bar the #fragment) fetched once
    records = [r for r in caplog.records if r.name == "assistant.links"]
    assert [r.levelname for r in records] == ["INFO", "INFO", "INFO", "WARNING", "WARNING"]

    manifest = load_manifest(tmp_path)
    raw = (tmp_path / "links.json").read_text(encoding="utf-8")
    assert json.loads(raw) == manifest and '\n  {\n    "url"' in raw
    keys = ["url", "title", "footnote", "question", "source", "status",
            "detail", "file", "final_url", "content_type", "fetched_at", "sha256"]  # fmt: skip
    assert all(list(e) == keys for e in manifest)
    by_number = {e["footnote"]: e for e in manifest}
    assert set(by_number) == {2, 3, 4, 5, 6}
    assert {n: e["status"] for n, e in by_number.items()} == {
        2: "ok", 3: "ok", 4: "http_error", 5: "ok", 6: "bad_content_type"
    }  # fmt: skip
    assert {n: e["question"] for n, e in by_number.items()} == {2: 1, 3: 2, 4: 2, 5: 5, 6: None}
    assert by_number[5]["url"] == article + "#afspraken"
    assert by_number[2]["file"] == by_number[5]["file"]
    assert by_number[3]["title"] == PDF_TITLE and by_number[4]["detail"] == "HTTP 404"
    for number in (2, 3):
        entry = by_number[number]
        data = (tmp_path / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["source"] == "kst-31524-707.md"
    assert sorted(p.name for p in (tmp_path / "linked").iterdir()) == sorted(
        Path(by_number[n]["file"]).name for n in (2, 3)
    )
    html_file = tmp_path / by_number[2]["file"]
    before = html_file.read_bytes()

    # offline: the server is gone, the stored documents and their hashes stay
    server.close()
    again = fetch_links(links, tmp_path, timeout=2.0)
    assert {r.status for r in again.results} == {"network_error"}
    assert again.ok == ()
    after = {e["footnote"]: e for e in load_manifest(tmp_path)}
    for number in (2, 3, 5):
        assert after[number]["status"] == "network_error"
        assert after[number]["detail"].startswith("ConnectError")
        for key in ("file", "sha256", "fetched_at", "title"):
            assert after[number][key] == by_number[number][key], (number, key)
    assert after[4]["file"] is None
    assert html_file.read_bytes() == before
    assert not [p for p in (tmp_path / "linked").iterdir() if p.suffix != ".md"]  # no temp files left


def test_http_error_rerun_keeps_file_and_other_sources(server: Served, tmp_path: Path) -> None:
    url = server.url("/artikel.html")
    first = fetch_links([("a.md", note(1, url)), ("b.md", note(7, server.url("/tekst.txt")))], tmp_path)
    assert [r.status for r in first.results] == ["ok", "ok"]
    server.httpd.overrides["/artikel.html"] = 410
    second = fetch_links([("a.md", note(1, url))], tmp_path)
    (result,) = second.results
    assert (result.status, result.detail) == ("http_error", "HTTP 410")
    assert result.file == first.results[0].file and result.sha256 == first.results[0].sha256
    assert ARTICLE_1 in stored(tmp_path, result)
    manifest = load_manifest(tmp_path)
    assert {(e["source"], e["footnote"], e["status"]) for e in manifest} == {
        ("b.md", 7, "ok"), ("a.md", 1, "http_error")
    }  # fmt: skip


def test_manifest_cannot_point_outside_linked_dir(server: Served, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = tmp_path / "buiten.md"
    outside.write_text("niet overschrijven", encoding="utf-8")
    url = server.url("/artikel.html")
    entry = {
        "url": url,
        "source": "a.md",
        "footnote": 1,
        "file": "../buiten.md",
        "sha256": "x",
        "status": "ok",
    }
    (corpus / "links.json").write_text(json.dumps([entry]), encoding="utf-8")
    result = fetch_one(url, corpus)
    assert result.status == "ok" and result.file == f"linked/127-0-0-1-{server.port}-artikel-html.md"
    assert outside.read_text(encoding="utf-8") == "niet overschrijven"


def test_load_manifest_missing_or_broken(tmp_path: Path) -> None:
    assert load_manifest(tmp_path) == []
    (tmp_path / "links.json").write_text("{niet json", encoding="utf-8")
    assert load_manifest(tmp_path) == []
    (tmp_path / "links.json").write_text('[{"url": "https://x.nl/"}, 3]', encoding="utf-8")
    assert load_manifest(tmp_path) == [{"url": "https://x.nl/"}]


def test_slug() -> None:
    url = "https://www.rijksoverheid.nl/themas/onderwijs/middelbaar-beroepsopleiding/stagepact-mbo"
    assert _slug(url) == "rijksoverheid-nl-themas-onderwijs-middelbaar-beroepsopleiding-stagepact-mbo"
    assert _slug("https://Voorbeeld.NL/Één_Rapport.PDF") == "voorbeeld-nl-een-rapport-pdf"
    long = "https://example.org/" + "heel-lang-pad/" * 20
    assert len(_slug(long)) == 80 and _slug(long) != _slug(long + "x")
    with_query = _slug("https://example.org/zoek?q=1")
    assert with_query.startswith("example-org-zoek-") and with_query != _slug("https://example.org/zoek?q=2")
    assert all(c.isalnum() or c == "-" for c in with_query)


# --------------------------------------------------------------------------- extractors


def test_extract_html_small() -> None:
    title, text = extract_html(HTML_PAGE, "https://www.rijksoverheid.nl/stagepact")
    assert title == "Stagepact mbo"
    assert ARTICLE_1 in text and ARTICLE_3 in text
    assert "Privacyverklaring" not in text and "Nieuwsberichten" not in text
    assert "## Afspraken" in text


def test_extract_html_drops_emphasis_markers() -> None:
    html = (
        "<html><head><title>Brief</title></head><body><article><p>De regeling geldt <b>voor alle</b> "
        "studenten in het <i>middelbaar beroepsonderwijs</i> vanaf het schooljaar 2026-2027.</p>"
        "</article></body></html>"
    )
    _, text = extract_html(html)
    assert text == (
        "De regeling geldt voor alle studenten in het middelbaar beroepsonderwijs vanaf het schooljaar 2026-2027."
    )
    assert extract_html("") == (None, "")


def test_extract_pdf_small() -> None:
    title, text = extract_pdf(PDF_BYTES)
    assert title == PDF_TITLE
    paragraphs = text.split("\n\n")
    assert paragraphs[0].endswith(PDF_SENTENCE)  # wrapped lines joined into one paragraph
    assert paragraphs[1:] == ["Tweede alinea: één geïnteresseerde student.", "Pagina twee met een slotzin."]
    untitled, _ = extract_pdf(make_pdf(title=None))
    assert untitled is None
