"""Helpers for the web tests: the real app (`python app.py`) in a subprocess, and a tiny static site.

The app runs exactly as a user starts it (``python app.py`` in the repository root, settings from
``ASSISTANT_*`` environment variables); the tests only talk to it over HTTP on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def html_server(pages: Mapping[str, str] | str) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving HTML: one page per path (404 for any other), or the same page for
    every path. Yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = pages if isinstance(pages, str) else pages.get(self.path)
            if page is None:
                self.send_error(404)
                return
            body = page.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chroma_run(data: Path, port: int, log_file: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`chroma run` on 127.0.0.1:``port`` with its data in ``data``, stopped on exit; output to ``log_file``."""
    exe = shutil.which("chroma")
    assert exe, "the `chroma` command comes with the chromadb package"
    with log_file.open("wb") as log:
        proc = subprocess.Popen(
            [exe, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def wait_chroma(url: str, proc: subprocess.Popen[bytes], log_file: Path, timeout: float = 60.0) -> None:
    """Wait until the `chroma run` at ``url`` answers its heartbeat."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, log_file.read_text(errors="replace")[-2000:]
        assert time.monotonic() < deadline, f"chroma run did not start within {timeout:.0f} s"
        time.sleep(0.2)


class AppServer:
    """`python app.py` with its own corpus, index, feedback file and port; output goes to a log file."""

    def __init__(
        self,
        *,
        corpus_dir: Path,
        index_dir: Path,
        feedback_file: Path,
        log_file: Path,
        port: int | None = None,
        allowed_origins: str = "",
        rate_limit: int = 1000,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.corpus_dir = corpus_dir
        self.index_dir = index_dir
        self.feedback_file = feedback_file
        self.log_file = log_file
        self.port = port or free_port()
        self.allowed_origins = allowed_origins
        self.rate_limit = rate_limit
        self.extra_env = extra_env or {}
        self.pause_file = feedback_file.parent / f"paused-{self.port}"  # the operator's off switch
        self.gradio_temp = log_file.parent / f"gradio-tmp-{self.port}"  # where Gradio would keep uploaded files
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_handle = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> AppServer:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        env.update(
            ASSISTANT_CORPUS_DIR=str(self.corpus_dir),
            ASSISTANT_INDEX_DIR=str(self.index_dir),
            ASSISTANT_PORT=str(self.port),
            ASSISTANT_HOST="127.0.0.1",
            ASSISTANT_FEEDBACK_FILE=str(self.feedback_file),
            ASSISTANT_PAUSE_FILE=str(self.pause_file),
            ASSISTANT_ALLOWED_ORIGINS=self.allowed_origins,
            ASSISTANT_RATE_LIMIT=str(self.rate_limit),
            # The tests reach no site outside 127.0.0.1; tests/test_linked_start.py turns fetching on against one.
            ASSISTANT_FETCH_LINKS="false",
            GRADIO_TEMP_DIR=str(self.gradio_temp),
            PYTHONPATH=str(ROOT),
            GRADIO_ANALYTICS_ENABLED="False",
            ANONYMIZED_TELEMETRY="False",
            HF_HUB_OFFLINE="1",
            NO_PROXY="127.0.0.1,localhost",
            no_proxy="127.0.0.1,localhost",
        )
        env.update(self.extra_env)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        self._log_handle = self.log_file.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "app.py"], cwd=ROOT, env=env, stdout=self._log_handle, stderr=subprocess.STDOUT
        )
        return self

    def log(self, tail: int = 12_000) -> str:
        try:
            return self.log_file.read_text("utf-8", errors="replace")[-tail:]
        except OSError:
            return "(no log)"

    def _check_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            raise RuntimeError(f"app.py exited with code {self.proc.returncode}; log:\n{self.log()}")

    def wait_listening(self, timeout: float = 60.0) -> httpx.Response:
        """Wait until the server answers /api/health at all (any status); return that first answer."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                return httpx.get(f"{self.url}/api/health", timeout=5)
            except httpx.TransportError:
                time.sleep(0.1)
        raise TimeoutError(f"app.py did not listen on {self.url} within {timeout:.0f} s; log:\n{self.log()}")

    def wait_ready(self, timeout: float = 180.0) -> dict:
        """Poll GET /api/health until it answers 200 (the index is built on first start)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                r = httpx.get(f"{self.url}/api/health", timeout=5)
                if r.status_code == 200:
                    return r.json()
            except httpx.TransportError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"app.py at {self.url} was not ready within {timeout:.0f} s; log:\n{self.log()}")

    def stop(self, grace: float = 10.0) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            print(f"app.py at {self.url} had exited with code {self.proc.returncode}; log:\n{self.log()}")
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None


class StaticSite:
    """A plain HTTP server on 127.0.0.1:<port> serving one folder (a "third-party" web site)."""

    def __init__(self, folder: Path, port: int) -> None:
        handler = partial(_QuietHandler, directory=str(folder))
        self.port = port
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, name=f"site-{port}", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> StaticSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        with contextlib.suppress(RuntimeError):
            self.thread.join(5)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def widget_page(app_url: str, title: str = "Vraag het de brief", color: str = "#7a1f5c") -> str:
    """A normal page of some school, plus the one-line widget snippet and nothing else of ours."""
    return f"""<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ROC Voorbeeld - Stages</title>
<style>body {{ font-family: Georgia, serif; margin: 2em; }} button {{ background: red; }}</style></head>
<body>
<h1>ROC Voorbeeld</h1>
<p>Welkom op de stagepagina van ROC Voorbeeld. Hier vind je alles over je beroepspraktijkvorming.</p>
<ul><li><a href="#">Stage zoeken</a></li><li><a href="#">Contact</a></li></ul>
<script src="{app_url}/widget.js" data-title="{title}" data-color="{color}" defer></script>
</body>
</html>
"""
